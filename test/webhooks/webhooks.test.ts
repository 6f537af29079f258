/**
 * Issue 16: signed webhooks. Endpoints (an account's, the operator's), events fanned out from the
 * audit log and delivered after commit, verified by a real receiver on loopback with the
 * standardwebhooks package; every event exactly once per endpoint (by webhook-id), rotation,
 * redelivery, the delivery log, and secrets nowhere but in the one answer that shows them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, ok, refused, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { eventually } from '../helpers/smtp.ts';
import { startReceiver, webhookEnv, type Receiver } from '../helpers/webhook-receiver.ts';

const ALL_EVENTS = ['activation.created', 'activation.ended', 'key.blocked', 'key.regenerated', 'key.expired', 'subscription.expired', 'invitation.accepted', 'sso_user.deprovisioned', 'seats.limit_reached'];

describe.each(dialects())('webhooks on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let admin: Api;
  let seed: Seeded;
  let receiver: Receiver;

  beforeEach(async () => {
    receiver = await startReceiver();
    server = await startTestServer(dialect, { env: webhookEnv() });
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
    admin = api.as(seed.adminToken);
  });
  afterEach(async () => {
    await server.close();
    await receiver.close();
  });

  async function endpoint(as: Api = admin, body: Record<string, unknown> = {}) {
    const made = ok(await as.post('/v1/webhook-endpoints', { url: receiver.url, events: ALL_EVENTS, ...body }), 201);
    receiver.secrets.push(made.secret);
    return made;
  }
  const ofType = (type: string) => receiver.received.filter((r) => r.body.type === type);

  it('creates an endpoint whose secret is shown once, and delivers every event signed, once per message id', async () => {
    const made = await endpoint(admin, { description: 'ERP' });
    expect(made.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(made.endpoint).toMatchObject({ accountId: seed.accountId, url: receiver.url, description: 'ERP', enabled: true, failureStreak: 0 });
    const listed = ok(await admin.get('/v1/webhook-endpoints'));
    expect(listed.data).toEqual([made.endpoint]);
    expect(JSON.stringify(listed)).not.toContain(made.secret);
    expect(JSON.stringify(ok(await admin.get(`/v1/webhook-endpoints/${made.endpoint.id}`)))).not.toContain(made.secret);

    const a = ok(await activate(api, seed.primaryKey, 1), 201);
    ok(await admin.post(`/v1/activations/${a.activation.id}/deactivate`));
    const key = ok(await createKey(admin, seed.subscriptionId, { type: 'dynamic', maxSeats: 1 }), 201);
    ok(await admin.post(`/v1/keys/${key.id}/block`));
    ok(await admin.post(`/v1/keys/${key.id}/regenerate`));
    ok(await admin.post(`/v1/webhook-endpoints/${made.endpoint.id}/test`), 202);

    await eventually('every event delivered', async () => ['activation.created', 'activation.ended', 'key.blocked', 'key.regenerated', 'webhook.test'].every((t) => ofType(t).length > 0));
    const created = ofType('activation.created')[0]!;
    expect(created.verified).toBe(true);
    expect(created.body).toMatchObject({ type: 'activation.created', data: { accountId: seed.accountId, subscriptionId: seed.subscriptionId, activationId: a.activation.id, keyId: seed.primaryKeyId, deviceName: 'laptop-1' } });
    expect(Date.parse(created.body.timestamp)).toBeGreaterThan(0);
    expect(ofType('activation.ended')[0]!.body.data).toMatchObject({ activationId: a.activation.id, status: 'deactivated' });
    expect(JSON.stringify(receiver.received)).not.toContain(seed.primaryKey);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect([...receiver.counts().values()].every((n) => n === 1)).toBe(true);

    // The receiver answers before the worker records the answer: wait for the log.
    const log = await eventually('the log says delivered', async () => {
      const l = ok(await admin.get(`/v1/webhook-endpoints/${made.endpoint.id}/deliveries`));
      return l.data.every((d: any) => d.status === 'delivered') ? l : undefined;
    });
    expect(log.data.length).toBe(5);
    expect(log.data.every((d: any) => d.attempts === 1 && d.lastStatusCode === 200)).toBe(true);
    expect(JSON.stringify(log)).not.toContain(made.secret);
  });

  it("an operator endpoint receives every account's events; an account endpoint only its own", async () => {
    const other = await seedSubscription(api, 5);
    const opEndpoint = await endpoint(api);
    expect(opEndpoint.endpoint.accountId).toBeNull();
    const mine = await endpoint(admin, { events: ['activation.created'] });
    ok(await activate(api, seed.primaryKey, 1), 201);
    ok(await activate(api, other.primaryKey, 2), 201);
    await eventually('three deliveries', async () => receiver.received.length >= 3);
    const byAccount = receiver.received.map((r) => r.body.data.accountId).sort();
    expect(byAccount).toEqual([seed.accountId, seed.accountId, other.accountId].sort());
    const mineLog = ok(await admin.get(`/v1/webhook-endpoints/${mine.endpoint.id}/deliveries`)).data;
    expect(mineLog).toHaveLength(1);
    expect(ok(await api.get('/v1/webhook-endpoints')).data.map((e: any) => e.id)).toEqual([opEndpoint.endpoint.id]);
    expect(ok(await api.get(`/v1/webhook-endpoints?accountId=${seed.accountId}`)).data.map((e: any) => e.id)).toEqual([mine.endpoint.id]);
  });

  it('a rotated secret signs beside the old one for a day; redelivery sends the same message id again', async () => {
    const made = await endpoint();
    const rotated = ok(await admin.post(`/v1/webhook-endpoints/${made.endpoint.id}/rotate-secret`));
    expect(rotated.secret).not.toBe(made.secret);
    expect(rotated.endpoint.previousSecretUntil).not.toBeNull();
    ok(await activate(api, seed.primaryKey, 1), 201);
    await eventually('delivered', async () => receiver.received.length === 1);
    const msg = receiver.received[0]!;
    expect(msg.signature.split(' ')).toHaveLength(2);
    // Each secret alone verifies it.
    receiver.secrets = [rotated.secret];
    const delivery = await eventually('recorded as delivered', async () => {
      const [d] = ok(await admin.get(`/v1/webhook-endpoints/${made.endpoint.id}/deliveries`)).data;
      return d?.status === 'delivered' ? d : undefined;
    });
    ok(await admin.post(`/v1/webhook-endpoints/${made.endpoint.id}/deliveries/${delivery.id}/redeliver`), 202);
    await eventually('redelivered', async () => receiver.received.length === 2);
    expect(receiver.received[1]!.id).toBe(msg.id);
    expect(receiver.received[1]!.verified).toBe(true);
    const detail = await eventually('both attempts recorded', async () => {
      const d = ok(await admin.get(`/v1/webhook-endpoints/${made.endpoint.id}/deliveries/${delivery.id}`));
      return d.history.length === 2 ? d : undefined;
    });
    expect(detail.status).toBe('delivered');
    expect(JSON.parse(detail.payload).type).toBe('activation.created');
  });

  it("another account's endpoint is 404; members who are no Account Administrator are refused", async () => {
    const made = await endpoint();
    const other = await seedSubscription(api, 5);
    const stranger = api.as(other.adminToken);
    for (const path of ['', '/deliveries']) refused(await stranger.get(`/v1/webhook-endpoints/${made.endpoint.id}${path}`), 404, 'WEBHOOK_ENDPOINT_NOT_FOUND');
    refused(await stranger.patch(`/v1/webhook-endpoints/${made.endpoint.id}`, { enabled: false }), 404, 'WEBHOOK_ENDPOINT_NOT_FOUND');
    refused(await stranger.del(`/v1/webhook-endpoints/${made.endpoint.id}`), 404, 'WEBHOOK_ENDPOINT_NOT_FOUND');
    refused(await stranger.post(`/v1/webhook-endpoints/${made.endpoint.id}/rotate-secret`), 404, 'WEBHOOK_ENDPOINT_NOT_FOUND');
    refused(await stranger.post(`/v1/webhook-endpoints/${made.endpoint.id}/test`), 404, 'WEBHOOK_ENDPOINT_NOT_FOUND');
    refused(await stranger.post('/v1/webhook-endpoints', { url: receiver.url, events: ['key.blocked'], accountId: seed.accountId }), 404, 'ACCOUNT_NOT_FOUND');
    refused(await stranger.get(`/v1/webhook-endpoints?accountId=${seed.accountId}`), 404, 'ACCOUNT_NOT_FOUND');
    // The operator's own endpoints are no account's to see.
    const op = await endpoint(api);
    refused(await admin.get(`/v1/webhook-endpoints/${op.endpoint.id}`), 404, 'WEBHOOK_ENDPOINT_NOT_FOUND');
  });

  it('refuses bad input with a code and writes nothing', async () => {
    refused(await admin.post('/v1/webhook-endpoints', { url: receiver.url, events: [] }), 400, 'INVALID_REQUEST');
    refused(await admin.post('/v1/webhook-endpoints', { url: receiver.url, events: ['nope'] }), 400, 'INVALID_REQUEST');
    refused(await admin.post('/v1/webhook-endpoints', { url: 'ftp://example.com/x', events: ['key.blocked'] }), 400, 'INVALID_REQUEST');
    refused(await admin.post('/v1/webhook-endpoints', { url: `https://user:pw@example.com/x`, events: ['key.blocked'] }), 400, 'INVALID_REQUEST');
    refused(await admin.post('/v1/webhook-endpoints', { url: receiver.url, events: ['key.blocked'], extra: 1 }), 400, 'INVALID_REQUEST');
    expect(ok(await admin.get('/v1/webhook-endpoints')).data).toEqual([]);
  });

  it('seats.limit_reached, invitation.accepted, the expiry notices and the expiries, each once', async () => {
    const DAY = 86_400_000;
    const sub = await seedSubscription(api, 2, { expiresAt: new Date(server.clock.t + 19 * DAY).toISOString() });
    const subAdmin = api.as(sub.adminToken);
    const made = ok(await subAdmin.post('/v1/webhook-endpoints', { url: receiver.url, events: ALL_EVENTS.concat(['subscription.expiring_soon', 'subscription.in_grace']) }), 201);
    receiver.secrets.push(made.secret);
    const key = ok(await createKey(subAdmin, sub.subscriptionId, { type: 'dynamic', maxSeats: 1, expiresAt: new Date(server.clock.t + 3 * DAY).toISOString() }), 201);
    const invited = ok(await subAdmin.post(`/v1/keys/${key.id}/invitations`, { emails: ['dev@example.com'] }), 201);
    ok(await api.as(null).post('/v1/client/activate', { key: invited.data[0].code, fingerprint: 'fp-inv', device: { name: 'invited-pc', os: 'Windows 11' } }), 201);
    ok(await activate(api, sub.primaryKey, 2), 201);
    const sweeps = () => server.runtime.services.sweeps.run();
    await sweeps();
    await sweeps();
    server.clock.advance(13 * DAY);
    await sweeps();
    server.clock.advance(6 * DAY - 1000);
    await sweeps();
    server.clock.advance(2 * DAY);
    await sweeps();
    server.clock.advance(31 * DAY);
    await sweeps();
    await sweeps();
    const want = { 'seats.limit_reached': 2, 'invitation.accepted': 1, 'subscription.expiring_soon': 3, 'key.expired': 1, 'subscription.in_grace': 1, 'subscription.expired': 1 };
    await eventually('every event', async () => Object.entries(want).every(([t, n]) => ofType(t).length >= n));
    await sweeps();
    for (const [t, n] of Object.entries(want)) expect(ofType(t), t).toHaveLength(n);
    expect(ofType('seats.limit_reached').map((r) => r.body.data.scope).sort()).toEqual(['key', 'pool']);
    expect(ofType('seats.limit_reached').find((r) => r.body.data.scope === 'key')!.body.data).toMatchObject({ keyId: key.id, seats: 1 });
    expect(ofType('subscription.expiring_soon').map((r) => r.body.data.daysLeft)).toEqual([19, 6, 1]);
    expect(ofType('invitation.accepted')[0]!.body.data).toMatchObject({ email: 'dev@example.com', keyId: key.id, deviceName: 'invited-pc' });
    expect(JSON.stringify(receiver.received)).not.toContain(invited.data[0].code);
    expect([...receiver.counts().values()].every((n) => n === 1)).toBe(true);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
  });

  it('activations decided together (a batch) report the last free seat once, as one at a time do', async () => {
    const sub = await seedSubscription(api, 6);
    const made = ok(await api.as(sub.adminToken).post('/v1/webhook-endpoints', { url: receiver.url, events: ['seats.limit_reached', 'activation.created'] }), 201);
    receiver.secrets.push(made.secret);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => activate(api, sub.primaryKey, `b${i}`)));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(6);
    await eventually('six activations and the limit', async () => ofType('activation.created').length === 6 && ofType('seats.limit_reached').length === 1);
    expect(ofType('seats.limit_reached')[0]!.body.data).toMatchObject({ scope: 'pool', seats: 6, keyId: sub.primaryKeyId });
    expect([...receiver.counts().values()].every((n) => n === 1)).toBe(true);
  });
});

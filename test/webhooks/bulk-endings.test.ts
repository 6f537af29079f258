/**
 * Issue 16: the bulk endings (a key deleted with its devices, a key's expiry, a subscription's
 * expiry) end many devices in one statement and keep one summary row in the audit log, yet each
 * ended device yields its own activation.ended, as a device ended alone does: exactly those
 * messages, once each, by webhook-id (`<audit event id>.<activation id>`), verified by a real
 * receiver.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, ok, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { eventually } from '../helpers/smtp.ts';
import { startReceiver, webhookEnv, type Receiver } from '../helpers/webhook-receiver.ts';

const DAY = 86_400_000;
const EVENTS = ['activation.created', 'activation.ended', 'key.expired', 'subscription.expired'];

describe.each(dialects())('bulk endings send one activation.ended per device on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let receiver: Receiver;

  beforeEach(async () => {
    receiver = await startReceiver();
    server = await startTestServer(dialect, { env: webhookEnv() });
    api = apiClient(server.app);
  });
  afterEach(async () => {
    await server.close();
    await receiver.close();
  });

  async function subscribe(adminToken: string) {
    const made = ok(await api.as(adminToken).post('/v1/webhook-endpoints', { url: receiver.url, events: EVENTS }), 201);
    receiver.secrets.push(made.secret);
  }
  const ofType = (type: string) => receiver.received.filter((r) => r.body.type === type);
  /** The audit event of `action` on `targetId`: the bulk ending's message ids derive from its id. */
  async function auditEventId(action: string, targetId: string): Promise<string> {
    const events = ok(await api.get(`/v1/events?action=${action}&limit=100`)).data as { id: string; target: { id: string } }[];
    const e = events.find((x) => x.target.id === targetId);
    expect(e, `${action} ${targetId}`).toBeDefined();
    return e!.id;
  }
  /** Waits for `ids` (and their summary types), then checks that activation.ended came exactly for them, once each, verified. */
  async function expectEnded(want: Map<string, { activationId: string; keyId: string; deviceName: string; status: string; endReason: string }>, summaries: Record<string, number>) {
    await eventually('every activation.ended and summary', async () => ofType('activation.ended').length >= want.size && Object.entries(summaries).every(([t, n]) => ofType(t).length >= n));
    // A second look after the sweeps ran again: nothing more comes.
    await server.runtime.services.sweeps.run();
    const ended = ofType('activation.ended');
    expect(ended.map((r) => r.id).sort()).toEqual([...want.keys()].sort());
    for (const r of ended) expect(r.body.data).toMatchObject(want.get(r.id)!);
    for (const [t, n] of Object.entries(summaries)) expect(ofType(t), t).toHaveLength(n);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect([...receiver.counts().values()].every((n) => n === 1)).toBe(true);
  }

  it('a key deleted with 3 devices: 3 activation.ended (the key.deleted audit event keeps its count)', async () => {
    const seed = await seedSubscription(api, 10);
    const admin = api.as(seed.adminToken);
    const key = ok(await createKey(admin, seed.subscriptionId, { name: 'Design', type: 'dynamic', maxSeats: 5 }), 201);
    const acts = [];
    for (const n of ['k1', 'k2', 'k3']) acts.push(ok(await activate(api, key.key, n), 201).activation);
    ok(await activate(api, seed.primaryKey, 'p1'), 201);
    await subscribe(seed.adminToken);
    const del = ok(await admin.del(`/v1/keys/${key.id}?deactivateDevices=true`));
    expect(del.deactivatedDevices).toBe(3);
    const eventId = await auditEventId('key.deleted', key.id);
    const events = ok(await api.get('/v1/events?action=key.deleted&limit=100')).data;
    expect(events.find((e: any) => e.id === eventId).after).toEqual({ deactivatedDevices: 3 });
    const want = new Map(
      acts.map((a: any, i) => [
        `${eventId}.${a.id}`,
        { activationId: a.id, keyId: key.id, keyName: 'Design', deviceName: `laptop-k${i + 1}`, fingerprint: `fp-k${i + 1}`, status: 'deactivated', endReason: 'key_deleted' },
      ]),
    );
    await expectEnded(want, {});
    expect(ofType('activation.ended').every((r) => r.body.data.accountId === seed.accountId && r.body.data.subscriptionId === seed.subscriptionId)).toBe(true);
    // Its delivery log lists each; a redelivery sends the same webhook-id again.
    const endpointId = ok(await admin.get('/v1/webhook-endpoints')).data[0].id;
    const log = await eventually('the log says delivered', async () => {
      const l = ok(await admin.get(`/v1/webhook-endpoints/${endpointId}/deliveries`)).data as { id: string; messageId: string; status: string }[];
      return l.length === 3 && l.every((d) => d.status === 'delivered') ? l : undefined;
    });
    expect(log.map((d) => d.messageId).sort()).toEqual([...want.keys()].sort());
    ok(await admin.post(`/v1/webhook-endpoints/${endpointId}/deliveries/${log[0]!.id}/redeliver`), 202);
    await eventually('redelivered', async () => receiver.received.length === 4);
    expect(receiver.received[3]!.id).toBe(log[0]!.messageId);
    expect(receiver.received[3]!.verified).toBe(true);
  });

  it("a key expiring with 2 devices: key.expired and 2 activation.ended; the subscription's other devices stay", async () => {
    const seed = await seedSubscription(api, 10);
    const admin = api.as(seed.adminToken);
    const key = ok(await createKey(admin, seed.subscriptionId, { type: 'reserved', maxSeats: 3, expiresAt: new Date(server.clock.t + 3 * DAY).toISOString() }), 201);
    const acts = [];
    for (const n of ['e1', 'e2']) acts.push(ok(await activate(api, key.key, n), 201).activation);
    ok(await activate(api, seed.primaryKey, 'p1'), 201);
    await subscribe(seed.adminToken);
    server.clock.advance(4 * DAY);
    await server.runtime.services.sweeps.run();
    const eventId = await auditEventId('key.expired', key.id);
    const want = new Map(
      acts.map((a: any, i) => [`${eventId}.${a.id}`, { activationId: a.id, keyId: key.id, deviceName: `laptop-e${i + 1}`, status: 'released', endReason: 'key_expired' }]),
    );
    await expectEnded(want, { 'key.expired': 1 });
    expect(ofType('key.expired')[0]!.id).toBe(eventId);
    expect(ofType('key.expired')[0]!.body.data).toMatchObject({ keyId: key.id, releasedActivations: 2 });
  });

  it('a key deleted with more devices than one fan-out statement holds: one activation.ended each, to the endpoints that want them only', async () => {
    const seed = await seedSubscription(api, 600);
    const admin = api.as(seed.adminToken);
    const key = ok(await createKey(admin, seed.subscriptionId, { type: 'dynamic', maxSeats: 600 }), 201);
    const n = 520;
    const ids: string[] = [];
    for (let i = 0; i < n; i += 40)
      for (const r of await Promise.all(Array.from({ length: Math.min(40, n - i) }, (_, j) => activate(api, key.key, `m${i + j}`)))) ids.push(ok(r, 201).activation.id);
    await subscribe(seed.adminToken);
    // Endpoints that want none of them: another account's, and the operator's for another type.
    const other = await seedSubscription(api, 1);
    const elsewhere = ok(await api.as(other.adminToken).post('/v1/webhook-endpoints', { url: receiver.url, events: ['activation.ended'] }), 201);
    const operator = ok(await api.post('/v1/webhook-endpoints', { url: receiver.url, events: ['key.blocked'] }), 201);
    ok(await admin.del(`/v1/keys/${key.id}?deactivateDevices=true`));
    const eventId = await auditEventId('key.deleted', key.id);
    await eventually('every device', async () => ofType('activation.ended').length >= n);
    expect(new Set(ofType('activation.ended').map((r) => r.id))).toEqual(new Set(ids.map((id) => `${eventId}.${id}`)));
    expect([...receiver.counts().values()].every((c) => c === 1)).toBe(true);
    for (const e of [elsewhere, operator]) expect(ok(await api.get(`/v1/webhook-endpoints/${e.endpoint.id}/deliveries`)).data).toEqual([]);
  });

  it('a subscription expiring with devices on two keys: subscription.expired and one activation.ended per device', async () => {
    const seed = await seedSubscription(api, 10, { expiresAt: new Date(server.clock.t + 5 * DAY).toISOString(), gracePeriodDays: 0 });
    const admin = api.as(seed.adminToken);
    const key = ok(await createKey(admin, seed.subscriptionId, { name: 'Lab', type: 'dynamic', maxSeats: 4 }), 201);
    const onPrimary = [ok(await activate(api, seed.primaryKey, 's1'), 201).activation, ok(await activate(api, seed.primaryKey, 's2'), 201).activation];
    const onKey = [ok(await activate(api, key.key, 's3'), 201).activation];
    // One already ended before: it yields nothing more.
    const gone = ok(await activate(api, key.key, 's4'), 201).activation;
    ok(await admin.post(`/v1/activations/${gone.id}/deactivate`));
    await subscribe(seed.adminToken);
    server.clock.advance(6 * DAY);
    await server.runtime.services.sweeps.run();
    const eventId = await auditEventId('subscription.expired', seed.subscriptionId);
    const want = new Map([
      ...onPrimary.map((a: any) => [`${eventId}.${a.id}`, { activationId: a.id, keyId: seed.primaryKeyId, status: 'released', endReason: 'subscription_expired' }] as const),
      ...onKey.map((a: any) => [`${eventId}.${a.id}`, { activationId: a.id, keyId: key.id, keyName: 'Lab', status: 'released', endReason: 'subscription_expired' }] as const),
    ]);
    await expectEnded(new Map(want as any), { 'subscription.expired': 1 });
    expect(ofType('subscription.expired')[0]!.body.data).toMatchObject({ subscriptionId: seed.subscriptionId, releasedActivations: 3 });
  });
});

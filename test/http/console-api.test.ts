/**
 * What the console asked of the public API (never a private back door): an account's keys in
 * one call, exports that match the list on screen, one request for a multi-selection of
 * devices, the actor's name in the audit log, and nosniff on every answer.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { auditSeats, expectSeatsConsistent } from '../helpers/seat-audit.ts';

const csvRows = (text: string): string[][] =>
  text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

describe.each(dialects())('API for the console on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let seed: Seeded;
  let admin: Api;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
    admin = api.as(seed.adminToken);
  });
  afterEach(() => server.close());

  it("lists every key of an account in one call, a License Administrator's own only, and nobody else's", async () => {
    const second = await api.post(`/v1/accounts/${seed.accountId}/subscriptions`, { product: (await admin.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.product.code, seats: 3, expiresAt: '2031-01-01T00:00:00Z' });
    expect(second.status).toBe(201);
    const k1 = await createKey(admin, seed.subscriptionId, { name: 'Engineering', type: 'dynamic', maxSeats: 4 });
    const k2 = await createKey(admin, second.body.id, { name: 'Design', type: 'reserved', maxSeats: 2 });
    const all = await admin.get(`/v1/accounts/${seed.accountId}/keys`);
    expect(all.status).toBe(200);
    expect(all.body.data.map((k: any) => k.id).sort()).toEqual([seed.primaryKeyId, second.body.primaryKey.id, k1.body.id, k2.body.id].sort());
    // The same views as the subscription's own key list.
    const own = (await admin.get(`/v1/subscriptions/${seed.subscriptionId}/keys`)).body.data;
    for (const k of own) expect(all.body.data.find((x: any) => x.id === k.id)).toEqual(k);

    const la = await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'design lead', role: 'license_admin', keyIds: [k2.body.id] });
    expect((await api.as(la.body.token).get(`/v1/accounts/${seed.accountId}/keys`)).body.data.map((k: any) => k.id)).toEqual([k2.body.id]);
    const member = await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'nobody', role: 'member' });
    expect((await api.as(member.body.token).get(`/v1/accounts/${seed.accountId}/keys`)).body.data).toEqual([]);

    const other = await seedSubscription(api, 2);
    const foreign = await api.as(other.adminToken).get(`/v1/accounts/${seed.accountId}/keys`);
    expect([foreign.status, foreign.body.error.code]).toEqual([404, 'ACCOUNT_NOT_FOUND']);
  });

  it('exports the devices and invitations the list shows: the same filters, search and sort', async () => {
    const k1 = await createKey(admin, seed.subscriptionId, { name: 'Engineering', type: 'dynamic', maxSeats: 5 });
    for (const [key, n] of [[seed.primaryKey, 'alpha-1'], [seed.primaryKey, 'beta-2'], [k1.body.key, 'alpha-3'], [k1.body.key, 'gamma-4']] as const)
      expect((await activate(api, key, n)).status).toBe(201);
    const list = async (qs: string) => (await admin.get(`/v1/subscriptions/${seed.subscriptionId}/activations?${qs}`)).body.data.map((a: any) => a.device.name);
    const csv = async (qs: string) => {
      const res = await admin.get(`/v1/subscriptions/${seed.subscriptionId}/activations.csv?${qs}`);
      expect(res.status).toBe(200);
      return csvRows(res.text).map((r) => r[0]);
    };
    for (const qs of ['q=alpha&sort=name&order=asc', 'q=alpha&sort=name&order=desc', `keyId=${k1.body.id}&sort=name&order=asc`, 'sort=name&order=desc', 'status=all&sort=name&order=asc'])
      expect(await csv(qs), qs).toEqual(await list(qs));
    expect(await csv('q=alpha&sort=name&order=asc')).toEqual(['laptop-alpha-1', 'laptop-alpha-3']);

    const invited = await admin.post(`/v1/keys/${k1.body.id}/invitations`, { emails: ['ana@example.com', 'bo@example.com'] });
    await admin.post(`/v1/keys/${seed.primaryKeyId}/invitations`, { emails: ['ana.primary@example.com'] });
    expect(invited.status).toBe(201);
    const invCsv = async (qs: string) => csvRows((await admin.get(`/v1/subscriptions/${seed.subscriptionId}/invitations.csv?${qs}`)).text).map((r) => r[0]).sort();
    expect(await invCsv(`keyId=${k1.body.id}`)).toEqual(['ana@example.com', 'bo@example.com']);
    expect(await invCsv('q=ana')).toEqual(['ana.primary@example.com', 'ana@example.com']);
    const byKey = csvRows((await admin.get(`/v1/keys/${k1.body.id}/invitations.csv?q=bo`)).text).map((r) => r[0]);
    expect(byKey).toEqual(['bo@example.com']);
  });

  it('acts on a multi-selection of devices, each with a result of its own, and keeps the seats exact', async () => {
    const small = await createKey(admin, seed.subscriptionId, { name: 'Small', type: 'dynamic', maxSeats: 1 });
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4]) ids.push((await activate(api, seed.primaryKey, n)).body.activation.id);
    const other = await seedSubscription(api, 2);
    const foreignDevice = (await activate(api, other.primaryKey, 'x')).body.activation.id;

    await admin.post(`/v1/activations/${ids[0]}/deactivate`);
    const deactivated = await admin.post(`/v1/subscriptions/${seed.subscriptionId}/activations/bulk`, { action: 'deactivate', activationIds: [ids[0], ids[1], foreignDevice] });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.results.map((r: any) => [r.activationId, r.ok, r.error?.code ?? r.activation.status])).toEqual([
      [ids[0], false, 'ACTIVATION_NOT_ACTIVE'],
      [ids[1], true, 'deactivated'],
      [foreignDevice, false, 'ACTIVATION_NOT_FOUND'],
    ]);

    const moved = await admin.post(`/v1/subscriptions/${seed.subscriptionId}/activations/bulk`, { action: 'move', keyId: small.body.id, activationIds: [ids[2], ids[3]] });
    expect(moved.body.results.map((r: any) => r.ok ? r.activation.keyId : r.error.code)).toEqual([small.body.id, 'NO_SEATS_KEY']);

    const blacklisted = await admin.post(`/v1/subscriptions/${seed.subscriptionId}/activations/bulk`, { action: 'blacklist', reason: 'lost', activationIds: [ids[3]] });
    expect(blacklisted.body.results[0]).toMatchObject({ ok: true, blacklistEntry: { reason: 'lost', activationId: ids[3] } });

    const seats = (await admin.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats;
    expect(seats).toMatchObject({ total: 10, used: 1, unused: 9 });
    expectSeatsConsistent(await auditSeats(server.runtime.database, seed.subscriptionId));

    const noTarget = await admin.post(`/v1/subscriptions/${seed.subscriptionId}/activations/bulk`, { action: 'move', activationIds: [ids[2]] });
    expect([noTarget.status, noTarget.body.error.code]).toEqual([400, 'INVALID_REQUEST']);
    const tooMany = await admin.post(`/v1/subscriptions/${seed.subscriptionId}/activations/bulk`, { action: 'deactivate', activationIds: Array.from({ length: 501 }, () => ids[2]) });
    expect(tooMany.status).toBe(400);
    const foreignSub = await admin.post(`/v1/subscriptions/${other.subscriptionId}/activations/bulk`, { action: 'deactivate', activationIds: [foreignDevice] });
    expect([foreignSub.status, foreignSub.body.error.code]).toEqual([404, 'SUBSCRIPTION_NOT_FOUND']);
  });

  it('names the actor in the audit log as they were called when they acted, and answers nosniff', async () => {
    const token = await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'terraform', role: 'account_admin' });
    await createKey(api.as(token.body.token), seed.subscriptionId, { name: 'From terraform', type: 'dynamic', maxSeats: 1 });
    const events = (await api.get(`/v1/events?subscriptionId=${seed.subscriptionId}&action=key.created`)).body.data;
    const byToken = events.find((e: any) => e.actor.type === 'token');
    expect(byToken.actor).toEqual({ type: 'token', id: token.body.id, name: 'terraform' });
    const byOperator = (await api.get(`/v1/events?action=subscription.created&subscriptionId=${seed.subscriptionId}`)).body.data[0];
    expect(byOperator.actor).toEqual({ type: 'operator', id: 'operator', name: 'ALLOT_OPERATOR_TOKEN' });

    for (const res of [await api.get('/v1/accounts'), await api.get('/v1/nowhere'), await api.as(null).get('/healthz')])
      expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

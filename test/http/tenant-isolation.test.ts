import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, device, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

/** One tenant: a subscription, a sublicense key, two activated devices (one blacklisted), a token. */
interface Tenant extends Seeded {
  keyId: string;
  key: string;
  activationId: string;
  blacklistId: string;
  tokenId: string;
}

async function seedTenant(api: Api, n: string): Promise<Tenant> {
  const seed = await seedSubscription(api, 5);
  const key = await createKey(api, seed.subscriptionId, { name: `group ${n}`, type: 'dynamic', maxSeats: 3 });
  expect(key.status).toBe(201);
  const kept = await activate(api, key.body.key, `${n}-1`);
  expect(kept.status).toBe(201);
  const banned = await activate(api, seed.primaryKey, `${n}-2`);
  expect(banned.status).toBe(201);
  const entry = await api.post(`/v1/activations/${banned.body.activation.id}/blacklist`, { reason: `lost ${n}` });
  expect(entry.status).toBe(201);
  const tokens = await api.get(`/v1/accounts/${seed.accountId}/tokens`);
  expect(tokens.body.data).toHaveLength(1);
  return {
    ...seed,
    keyId: key.body.id,
    key: key.body.key,
    activationId: kept.body.activation.id,
    blacklistId: entry.body.id,
    tokenId: tokens.body.data[0].id,
  };
}

/** Everything of a tenant, as the operator sees it. */
async function snapshot(api: Api, t: Tenant) {
  const get = async (url: string) => {
    const res = await api.get(url);
    expect(res.status, url).toBe(200);
    return res.body;
  };
  const sub = await get(`/v1/subscriptions/${t.subscriptionId}`);
  return {
    account: await get(`/v1/accounts/${t.accountId}`),
    subscription: { ...sub },
    keys: (await get(`/v1/subscriptions/${t.subscriptionId}/keys`)).data,
    activations: (await get(`/v1/subscriptions/${t.subscriptionId}/activations?status=all`)).data,
    blacklist: (await get(`/v1/subscriptions/${t.subscriptionId}/blacklist`)).data,
    tokens: (await get(`/v1/accounts/${t.accountId}/tokens`)).data.map((tok: any) => ({ ...tok, lastUsedAt: null })),
    events: (await get(`/v1/events?accountId=${t.accountId}&limit=500`)).data,
  };
}

const expectNotFound = (res: Answer, code: string, what: string) => {
  expect(res.status, `${what}: ${res.text}`).toBe(404);
  expect(res.body?.error?.code, what).toBe(code);
};

describe.each(dialects())('tenant isolation on %s', (dialect) => {
  let server: TestServer;
  let operator: Api;
  let a: Tenant;
  let b: Tenant;
  let asA: Api;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    operator = apiClient(server.app);
    a = await seedTenant(operator, 'a');
    b = await seedTenant(operator, 'b');
    asA = operator.as(a.adminToken);
  });
  afterEach(() => server.close());

  it("answers 404 with the resource's code for every one of another account's resources, and changes nothing of it", async () => {
    const before = await snapshot(operator, b);
    const bPrimary = before.keys.find((k: any) => k.type === 'primary');

    const calls: [string, () => Promise<Answer>, string][] = [
      // the account, its tokens
      ['GET account', () => asA.get(`/v1/accounts/${b.accountId}`), 'ACCOUNT_NOT_FOUND'],
      ['GET tokens', () => asA.get(`/v1/accounts/${b.accountId}/tokens`), 'ACCOUNT_NOT_FOUND'],
      ['DELETE token', () => asA.del(`/v1/tokens/${b.tokenId}`), 'TOKEN_NOT_FOUND'],
      // the subscription and what hangs off it
      ['GET subscription', () => asA.get(`/v1/subscriptions/${b.subscriptionId}`), 'SUBSCRIPTION_NOT_FOUND'],
      ['GET keys', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/keys`), 'SUBSCRIPTION_NOT_FOUND'],
      ['POST key', () => asA.post(`/v1/subscriptions/${b.subscriptionId}/keys`, { name: 'mine now', type: 'dynamic', maxSeats: 1 }), 'SUBSCRIPTION_NOT_FOUND'],
      ['GET activations', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/activations`), 'SUBSCRIPTION_NOT_FOUND'],
      ['GET activations.csv', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/activations.csv`), 'SUBSCRIPTION_NOT_FOUND'],
      ['GET blacklist', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/blacklist`), 'SUBSCRIPTION_NOT_FOUND'],
      ['GET events of subscription', () => asA.get(`/v1/events?subscriptionId=${b.subscriptionId}`), 'SUBSCRIPTION_NOT_FOUND'],
      // keys: the sublicense key and the primary key
      ...[b.keyId, b.primaryKeyId].flatMap((id): [string, () => Promise<Answer>, string][] => [
        [`GET key ${id}`, () => asA.get(`/v1/keys/${id}`), 'KEY_NOT_FOUND'],
        [`PATCH key ${id}`, () => asA.patch(`/v1/keys/${id}`, { name: 'renamed by A' }), 'KEY_NOT_FOUND'],
        [`block key ${id}`, () => asA.post(`/v1/keys/${id}/block`), 'KEY_NOT_FOUND'],
        [`unblock key ${id}`, () => asA.post(`/v1/keys/${id}/unblock`), 'KEY_NOT_FOUND'],
        [`regenerate key ${id}`, () => asA.post(`/v1/keys/${id}/regenerate`), 'KEY_NOT_FOUND'],
        [`DELETE key ${id}`, () => asA.del(`/v1/keys/${id}?deactivateDevices=true`), 'KEY_NOT_FOUND'],
      ]),
      // devices
      ['GET activation', () => asA.get(`/v1/activations/${b.activationId}`), 'ACTIVATION_NOT_FOUND'],
      ['deactivate', () => asA.post(`/v1/activations/${b.activationId}/deactivate`), 'ACTIVATION_NOT_FOUND'],
      ['blacklist', () => asA.post(`/v1/activations/${b.activationId}/blacklist`, { reason: 'by A' }), 'ACTIVATION_NOT_FOUND'],
      ['move to its own key', () => asA.post(`/v1/activations/${b.activationId}/move`, { keyId: b.primaryKeyId }), 'ACTIVATION_NOT_FOUND'],
      ["move to A's key", () => asA.post(`/v1/activations/${b.activationId}/move`, { keyId: a.keyId }), 'ACTIVATION_NOT_FOUND'],
      // the blacklist
      ['DELETE blacklist entry', () => asA.del(`/v1/blacklist/${b.blacklistId}`), 'BLACKLIST_ENTRY_NOT_FOUND'],
      // B's ids used from within A's own resources
      ["move A's device to B's key", () => asA.post(`/v1/activations/${a.activationId}/move`, { keyId: b.keyId }), 'KEY_NOT_FOUND'],
      ["A's devices filtered by B's key", () => asA.get(`/v1/subscriptions/${a.subscriptionId}/activations?keyId=${b.keyId}`), 'KEY_NOT_FOUND'],
    ];
    for (const [what, call, code] of calls) expectNotFound(await call(), code, what);

    // The same answer as for ids that do not exist at all.
    const missing = '0190f5c2-0000-7000-8000-000000000000';
    expectNotFound(await asA.get(`/v1/keys/${missing}`), 'KEY_NOT_FOUND', 'missing key');
    expectNotFound(await asA.get(`/v1/subscriptions/${missing}`), 'SUBSCRIPTION_NOT_FOUND', 'missing subscription');
    expectNotFound(await asA.get(`/v1/activations/${missing}`), 'ACTIVATION_NOT_FOUND', 'missing activation');

    // Nothing of B changed, and B's devices and token still work.
    expect(await snapshot(operator, b)).toEqual(before);
    expect(bPrimary.key).toBe(b.primaryKey);
    expect(before.keys.find((k: any) => k.id === b.keyId).key).toBe(b.key);
    expect(before.subscription.seats).toMatchObject({ used: 1 });
    expect((await operator.as(null).post('/v1/client/check-in', { activationId: b.activationId, fingerprint: 'fp-b-1' })).status).toBe(200);
    expect((await operator.as(b.adminToken).get(`/v1/subscriptions/${b.subscriptionId}`)).status).toBe(200);
  });

  it("never lists another account's rows", async () => {
    const bIds = new Set([b.accountId, b.subscriptionId, b.keyId, b.primaryKeyId, b.activationId, b.blacklistId, b.tokenId]);
    const leaks = (body: unknown) => {
      const text = JSON.stringify(body);
      return [...bIds].filter((id) => text.includes(id));
    };

    const accounts = await asA.get('/v1/accounts');
    expect(accounts.status).toBe(200);
    expect(accounts.body.data.map((x: any) => x.id)).toEqual([a.accountId]);

    for (const url of ['/v1/subscriptions', `/v1/subscriptions?accountId=${b.accountId}`, '/v1/subscriptions?status=active']) {
      const subs = await asA.get(url);
      expect(subs.status, url).toBe(200);
      expect(subs.body.data.map((s: any) => s.id), url).toEqual([a.subscriptionId]);
    }

    for (const url of ['/v1/events?limit=500', `/v1/events?accountId=${b.accountId}&limit=500`, `/v1/events?targetId=${b.keyId}`, '/v1/events?action=key.*&limit=500']) {
      const events = await asA.get(url);
      expect(events.status, url).toBe(200);
      expect(events.body.data.every((e: any) => e.accountId === a.accountId), url).toBe(true);
      expect(leaks(events.body), url).toEqual([]);
    }
    const ownEvents = (await asA.get('/v1/events?limit=500')).body.data;
    expect(ownEvents.length).toBeGreaterThan(0);
    // The operator sees B's events; A's token, none.
    expect((await operator.get(`/v1/events?targetId=${b.keyId}`)).body.data.length).toBeGreaterThan(0);
    expect((await asA.get(`/v1/events?targetId=${b.keyId}`)).body.data).toEqual([]);

    for (const url of [
      `/v1/subscriptions/${a.subscriptionId}/keys`,
      `/v1/subscriptions/${a.subscriptionId}/activations?status=all`,
      `/v1/subscriptions/${a.subscriptionId}/blacklist`,
      `/v1/accounts/${a.accountId}/tokens`,
    ]) {
      const res = await asA.get(url);
      expect(res.status, url).toBe(200);
      expect(res.body.data.length, url).toBeGreaterThan(0);
      expect(leaks(res.body), url).toEqual([]);
    }
    const csv = await asA.get(`/v1/subscriptions/${a.subscriptionId}/activations.csv?status=all`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('laptop-a-1');
    expect(csv.text).not.toContain('laptop-b-');
    expect(leaks(csv.text)).toEqual([]);
  });

  it('keeps the same fingerprint apart on two accounts', async () => {
    // A device blacklisted on B can still activate on A: blacklists are per subscription.
    const onA = await operator.as(null).post('/v1/client/activate', { key: a.primaryKey, ...device('b-2') });
    expect(onA.status).toBe(201);
    expect(onA.body.activation.subscriptionId).toBe(a.subscriptionId);
    const onB = await operator.as(null).post('/v1/client/activate', { key: b.primaryKey, ...device('b-2') });
    expect(onB.body.error.code).toBe('DEVICE_BLACKLISTED');
  });

  it('refuses an account token on operator routes with 403 FORBIDDEN', async () => {
    const before = await snapshot(operator, a);
    const calls: [string, () => Promise<Answer>][] = [
      ['POST /v1/products', () => asA.post('/v1/products', { code: 'sneaky', name: 'Sneaky' })],
      ['PATCH /v1/products/{id}', () => asA.patch(`/v1/products/${before.subscription.product.id}`, { name: 'Renamed' })],
      ['POST /v1/accounts', () => asA.post('/v1/accounts', { name: 'Another' })],
      ['POST /v1/accounts/{id}/subscriptions', () => asA.post(`/v1/accounts/${a.accountId}/subscriptions`, { product: before.subscription.product.code, seats: 100, expiresAt: '2031-01-01T00:00:00Z' })],
      ['PATCH own subscription', () => asA.patch(`/v1/subscriptions/${a.subscriptionId}`, { seats: 500 })],
      ["PATCH B's subscription", () => asA.patch(`/v1/subscriptions/${b.subscriptionId}`, { seats: 500 })],
      ['POST own tokens', () => asA.post(`/v1/accounts/${a.accountId}/tokens`, { name: 'more' })],
      ["POST B's tokens", () => asA.post(`/v1/accounts/${b.accountId}/tokens`, { name: 'into B' })],
      ['POST /v1/signing-keys/rotate', () => asA.post('/v1/signing-keys/rotate')],
    ];
    for (const [what, call] of calls) {
      const res = await call();
      expect(res.status, `${what}: ${res.text}`).toBe(403);
      expect(res.body.error.code, what).toBe('FORBIDDEN');
    }
    expect(await snapshot(operator, a)).toEqual(before);
    expect((await operator.get('/v1/products')).body.data.map((p: any) => p.code)).not.toContain('sneaky');
    expect((await operator.get('/v1/accounts')).body.data).toHaveLength(2);
    expect((await operator.get(`/v1/accounts/${b.accountId}/tokens`)).body.data).toHaveLength(1);
  });

  it('refuses a missing, malformed, unknown or revoked token with 401 UNAUTHORIZED', async () => {
    const url = `/v1/subscriptions/${a.subscriptionId}`;
    const unauthorized = async (res: Answer, what: string) => {
      expect(res.status, what).toBe(401);
      expect(res.body.error.code, what).toBe('UNAUTHORIZED');
    };
    await unauthorized(await operator.as(null).get(url), 'no token');
    await unauthorized(await operator.as('allot_not-a-real-token-at-all-000000000000000000').get(url), 'unknown token');
    await unauthorized(await operator.as('garbage').get(url), 'garbage token');
    await unauthorized(await operator.as(a.adminToken + 'x').get(url), 'token with an extra character');
    await unauthorized(await operator.as(a.adminToken.slice(0, -1)).get(url), 'token missing a character');
    await unauthorized(await operator.as(null).get(url, { authorization: `Basic ${a.adminToken}` }), 'Basic scheme');
    await unauthorized(await operator.as(null).get(url, { authorization: a.adminToken }), 'no scheme');
    await unauthorized(await operator.as(null).post('/v1/products', { code: 'x', name: 'X' }), 'operator route, no token');
    await unauthorized(await operator.as('test-operator-token-0123456789x').post('/v1/signing-keys/rotate'), 'almost the operator token');

    expect((await asA.get(url)).status).toBe(200);
    const revoked = await asA.del(`/v1/tokens/${a.tokenId}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    await unauthorized(await asA.get(url), 'revoked token');
    await unauthorized(await asA.get(`/v1/accounts/${a.accountId}`), 'revoked token, account');
    await unauthorized(await asA.del(`/v1/tokens/${a.tokenId}`), 'revoked token, revoke again');
    // B is untouched.
    expect((await operator.as(b.adminToken).get(`/v1/subscriptions/${b.subscriptionId}`)).status).toBe(200);
  });
});

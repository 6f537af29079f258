/**
 * Roles (docs/members.md): what a License Administrator (signed in, or by an API token of that
 * role) and a Regular Member may see and do, the 404 for what they may not see and FORBIDDEN
 * for what they may see but not change, and that a change of role or keys counts at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, FUTURE, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { auditSeats, expectSeatsConsistent } from '../helpers/seat-audit.ts';
import { consoleClient } from '../helpers/session.ts';

const PASSWORD = 'correct horse battery';
const errorCode = (res: Answer): string | undefined => res.body?.error?.code;
const expectError = (res: Answer, status: number, code: string, what = code) => {
  expect(res.status, `${what}: ${res.text}`).toBe(status);
  expect(errorCode(res), `${what}: ${res.text}`).toBe(code);
};
const ids = (res: Answer): string[] => {
  expect(res.status, res.text).toBe(200);
  return (res.body.data as any[]).map((x) => x.id).sort();
};
const sorted = (...xs: string[]) => [...xs].sort();

/** What a console session and an API client have in common. */
interface Client {
  get(url: string): Promise<Answer>;
  post(url: string, body?: unknown): Promise<Answer>;
  patch(url: string, body?: unknown): Promise<Answer>;
  del(url: string): Promise<Answer>;
}

interface Key {
  id: string;
  key: string;
}

describe.each(dialects())('roles on %s', (dialect) => {
  let server: TestServer | undefined;
  let api: Api;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /**
   * One account with two subscriptions. S1: the primary key, K1 (dynamic), K2 (reserved), K3
   * (dynamic); devices d1, d2 on K1, d3 on K2, d4 and d7 on K3, d5 on the primary key; d7 is
   * blacklisted; an invitation on K1 and one on K3. S2: device d6. Another tenant with device o1.
   * Lee is a License Administrator of K1 and K2; Ana an Account Administrator.
   */
  async function world() {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    const seed = await seedSubscription(api, 20);
    const admin = api.as(seed.adminToken);
    const mustKey = async (name: string, type: 'dynamic' | 'reserved', maxSeats: number, subscriptionId = seed.subscriptionId): Promise<Key> => {
      const res = await createKey(admin, subscriptionId, { name, type, maxSeats });
      expect(res.status, res.text).toBe(201);
      return { id: res.body.id, key: res.body.key };
    };
    const k1 = await mustKey('K1', 'dynamic', 5);
    const k2 = await mustKey('K2', 'reserved', 3);
    const k3 = await mustKey('K3', 'dynamic', 5);

    const product = await api.post('/v1/products', { code: `other-${Math.random().toString(36).slice(2, 8)}`, name: 'Other', downloadUrl: 'https://example.com/o' });
    expect(product.status, product.text).toBe(201);
    const s2 = await api.post(`/v1/accounts/${seed.accountId}/subscriptions`, { product: product.body.code, seats: 5, expiresAt: FUTURE });
    expect(s2.status, s2.text).toBe(201);
    const k4 = await mustKey('K4', 'dynamic', 2, s2.body.id);
    const other = await seedSubscription(api, 5);
    const otherKey = await createKey(api.as(other.adminToken), other.subscriptionId, { name: 'O1', type: 'dynamic', maxSeats: 2 });
    expect(otherKey.status).toBe(201);

    const on = async (key: string, n: string) => {
      const res = await activate(api, key, n);
      expect(res.status, res.text).toBe(201);
      return res.body.activation.id as string;
    };
    const dev = {
      d1: await on(k1.key, 'd1'),
      d2: await on(k1.key, 'd2'),
      d3: await on(k2.key, 'd3'),
      d4: await on(k3.key, 'd4'),
      d5: await on(seed.primaryKey, 'd5'),
      d6: await on(s2.body.primaryKey.key, 'd6'),
      d7: await on(k3.key, 'd7'),
      o1: await on(otherKey.body.key, 'o1'),
    };
    const bl7 = await admin.post(`/v1/activations/${dev.d7}/blacklist`, { reason: 'lost' });
    expect(bl7.status, bl7.text).toBe(201);
    const invite = async (keyId: string, email: string) => {
      const res = await admin.post(`/v1/keys/${keyId}/invitations`, { emails: [email] });
      expect(res.status, res.text).toBe(201);
      return res.body.data[0].id as string;
    };
    const inv1 = await invite(k1.id, 'one@example.com');
    const inv3 = await invite(k3.id, 'three@example.com');

    const member = async (email: string, role: string, keyIds?: string[]) => {
      const res = await api.post(`/v1/accounts/${seed.accountId}/members`, { email, name: email.split('@')[0], role, password: PASSWORD, ...(keyIds && { keyIds }) });
      expect(res.status, res.text).toBe(201);
      return res.body;
    };
    const signIn = async (email: string) => {
      const client = consoleClient(server!.app);
      const res = await client.signIn(email, PASSWORD);
      expect(res.status, res.text).toBe(200);
      return client;
    };
    const ana = await member('ana@example.com', 'account_admin');
    const lee = await member('lee@example.com', 'license_admin', [k1.id, k2.id]);
    expect(lee.keyIds.sort()).toEqual(sorted(k1.id, k2.id));
    const token = await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'lee-script', role: 'license_admin', keyIds: [k1.id, k2.id] });
    expect(token.status, token.text).toBe(201);
    expect(token.body).toMatchObject({ role: 'license_admin' });
    const tokens = await api.get(`/v1/accounts/${seed.accountId}/tokens`);
    const adminTokenId = (tokens.body.data as any[]).find((t) => t.role === 'account_admin').id as string;

    return {
      seed,
      admin,
      k1,
      k2,
      k3,
      k4,
      s2: { id: s2.body.id as string, primaryKeyId: s2.body.primaryKey.id as string },
      other,
      otherKeyId: otherKey.body.id as string,
      dev,
      bl7: bl7.body.id as string,
      inv1,
      inv3,
      ana,
      lee,
      adminTokenId,
      member,
      signIn,
      /** Lee, by session or by token. */
      leeTokenId: token.body.id as string,
      leeAs: async (via: 'session' | 'token'): Promise<Client> => (via === 'session' ? signIn('lee@example.com') : api.as(token.body.token)),
    };
  }
  type World = Awaited<ReturnType<typeof world>>;

  /** What the operator sees of the account, to show that refusals changed nothing. */
  const stateOf = async (w: World) => ({
    keys: (await api.get(`/v1/subscriptions/${w.seed.subscriptionId}/keys`)).body.data,
    activations: (await api.get(`/v1/subscriptions/${w.seed.subscriptionId}/activations?status=all&limit=100`)).body.data.map((a: any) => [a.id, a.status, a.keyId]),
    members: (await api.get(`/v1/accounts/${w.seed.accountId}/members`)).body.data,
    tokens: (await api.get(`/v1/accounts/${w.seed.accountId}/tokens`)).body.data.map((t: any) => [t.id, t.revokedAt]),
    subscription: (await api.get(`/v1/subscriptions/${w.seed.subscriptionId}`)).body.seats,
  });

  for (const via of ['session', 'token'] as const) {
    it(`shows a License Administrator (${via}) only their keys, and the devices, invitations and blacklist entries of those keys`, async () => {
      const w = await world();
      const lee = await w.leeAs(via);
      const S1 = w.seed.subscriptionId;

      expect(ids(await lee.get('/v1/subscriptions'))).toEqual([S1]);
      const sub = await lee.get(`/v1/subscriptions/${S1}`);
      expect(sub.status, sub.text).toBe(200);
      expect(sub.body.seats).toMatchObject({ total: 20, used: 5 });
      expectError(await lee.get(`/v1/subscriptions/${w.s2.id}`), 404, 'SUBSCRIPTION_NOT_FOUND', 'a subscription without their keys');
      expectError(await lee.get(`/v1/subscriptions/${w.other.subscriptionId}`), 404, 'SUBSCRIPTION_NOT_FOUND', "another tenant's subscription");

      expect(ids(await lee.get(`/v1/subscriptions/${S1}/keys`))).toEqual(sorted(w.k1.id, w.k2.id));
      for (const k of [w.k1, w.k2]) expect((await lee.get(`/v1/keys/${k.id}`)).status).toBe(200);
      for (const [what, id] of [
        ['K3', w.k3.id],
        ['the primary key', w.seed.primaryKeyId],
        ["S2's key", w.k4.id],
        ["another tenant's key", w.otherKeyId],
      ])
        expectError(await lee.get(`/v1/keys/${id}`), 404, 'KEY_NOT_FOUND', what);
      expectError(await lee.get(`/v1/subscriptions/${w.s2.id}/keys`), 404, 'SUBSCRIPTION_NOT_FOUND');

      // Devices: only those on K1 and K2, in the listing, the export and one by one.
      expect(ids(await lee.get(`/v1/subscriptions/${S1}/activations?status=all&limit=100`))).toEqual(sorted(w.dev.d1, w.dev.d2, w.dev.d3));
      expect(ids(await lee.get(`/v1/subscriptions/${S1}/activations?keyId=${w.k2.id}`))).toEqual([w.dev.d3]);
      expectError(await lee.get(`/v1/subscriptions/${S1}/activations?keyId=${w.k3.id}`), 404, 'KEY_NOT_FOUND', 'devices of K3');
      const csv = await lee.get(`/v1/subscriptions/${S1}/activations.csv?status=all`);
      expect(csv.status, csv.text).toBe(200);
      const lines = csv.text.trim().split(/\r?\n/);
      expect(lines, csv.text).toHaveLength(4);
      for (const [name, id] of Object.entries(w.dev)) expect(csv.text.includes(id), `${name} in the export`).toBe(['d1', 'd2', 'd3'].includes(name));
      expect((await lee.get(`/v1/activations/${w.dev.d1}`)).status).toBe(200);
      for (const name of ['d4', 'd5', 'd6', 'd7', 'o1'] as const)
        expectError(await lee.get(`/v1/activations/${w.dev[name]}`), 404, 'ACTIVATION_NOT_FOUND', `device ${name}`);

      // Invitations: the one on K1.
      expect(ids(await lee.get(`/v1/subscriptions/${S1}/invitations`))).toEqual([w.inv1]);
      expect(ids(await lee.get(`/v1/keys/${w.k1.id}/invitations`))).toEqual([w.inv1]);
      expect((await lee.get(`/v1/invitations/${w.inv1}`)).status).toBe(200);
      expectError(await lee.get(`/v1/invitations/${w.inv3}`), 404, 'INVITATION_NOT_FOUND', 'the invitation on K3');
      expectError(await lee.get(`/v1/keys/${w.k3.id}/invitations`), 404, 'KEY_NOT_FOUND', 'the invitations of K3');

      // Blacklist: d7 was blacklisted from K3, not theirs.
      expect(ids(await lee.get(`/v1/subscriptions/${S1}/blacklist`))).toEqual([]);
      expectError(await lee.del(`/v1/blacklist/${w.bl7}`), 404, 'BLACKLIST_ENTRY_NOT_FOUND', 'lifting an entry of K3');
      expect(ids(await api.get(`/v1/subscriptions/${S1}/blacklist`)), 'the entry stays').toEqual([w.bl7]);

      // Usage: of their keys only.
      expect((await lee.get(`/v1/subscriptions/${S1}/usage?days=7&keyId=${w.k1.id}`)).status).toBe(200);
      expectError(await lee.get(`/v1/subscriptions/${S1}/usage?days=7`), 403, 'FORBIDDEN', 'usage of the whole subscription');
      expectError(await lee.get(`/v1/subscriptions/${S1}/usage?days=7&keyId=${w.k3.id}`), 404, 'KEY_NOT_FOUND', 'usage of K3');

      // Their own account, and no other.
      expect(ids(await lee.get('/v1/accounts'))).toEqual([w.seed.accountId]);
      expectError(await lee.get(`/v1/accounts/${w.other.accountId}`), 404, 'ACCOUNT_NOT_FOUND');
    });

    it(`tells a License Administrator (${via}) FORBIDDEN for key and subscription management, the audit log, members and tokens, and changes nothing`, async () => {
      const w = await world();
      const lee = await w.leeAs(via);
      const S1 = w.seed.subscriptionId;
      const before = await stateOf(w);

      const forbidden: [string, () => Promise<Answer>][] = [
        ['rename K1', () => lee.patch(`/v1/keys/${w.k1.id}`, { name: 'Mine now' })],
        ['raise K1', () => lee.patch(`/v1/keys/${w.k1.id}`, { maxSeats: 10 })],
        ['block K1', () => lee.post(`/v1/keys/${w.k1.id}/block`)],
        ['regenerate K2', () => lee.post(`/v1/keys/${w.k2.id}/regenerate`)],
        ['delete K1', () => lee.del(`/v1/keys/${w.k1.id}`)],
        ['create a key', () => lee.post(`/v1/subscriptions/${S1}/keys`, { name: 'New', type: 'dynamic', maxSeats: 1 })],
        ['add seats (operator)', () => lee.patch(`/v1/subscriptions/${S1}`, { seats: 100 })],
        ['the audit log', () => lee.get('/v1/events')],
        ["the audit log of their subscription", () => lee.get(`/v1/events?subscriptionId=${S1}`)],
        ['list members', () => lee.get(`/v1/accounts/${w.seed.accountId}/members`)],
        ['invite a member', () => lee.post(`/v1/accounts/${w.seed.accountId}/members`, { email: 'new@example.com', name: 'New', role: 'account_admin' })],
        ['read a member', () => lee.get(`/v1/members/${w.ana.id}`)],
        ['promote themselves', () => lee.patch(`/v1/members/${w.lee.id}`, { role: 'account_admin' })],
        ['give themselves K3', () => lee.patch(`/v1/members/${w.lee.id}`, { keyIds: [w.k1.id, w.k2.id, w.k3.id] })],
        ['block the administrator', () => lee.post(`/v1/members/${w.ana.id}/block`)],
        ['remove the administrator', () => lee.del(`/v1/members/${w.ana.id}`)],
        ['list tokens', () => lee.get(`/v1/accounts/${w.seed.accountId}/tokens`)],
        ['create a token', () => lee.post(`/v1/accounts/${w.seed.accountId}/tokens`, { name: 'more' })],
        ['revoke the admin token', () => lee.del(`/v1/tokens/${w.adminTokenId}`)],
      ];
      for (const [what, attempt] of forbidden) expectError(await attempt(), 403, 'FORBIDDEN', what);
      // What they cannot see at all is not found, even to change.
      expectError(await lee.patch(`/v1/keys/${w.k3.id}`, { name: 'x' }), 404, 'KEY_NOT_FOUND', 'rename K3');
      expectError(await lee.post(`/v1/keys/${w.seed.primaryKeyId}/regenerate`), 404, 'KEY_NOT_FOUND', 'regenerate the primary key');
      expectError(await lee.post(`/v1/subscriptions/${w.s2.id}/keys`, { name: 'x', type: 'dynamic', maxSeats: 1 }), 404, 'SUBSCRIPTION_NOT_FOUND', 'a key on S2');

      expect(await stateOf(w), 'nothing changed').toEqual(before);
      expect((await w.admin.get(`/v1/keys/${w.k1.id}`)).status, 'the admin token still works').toBe(200);
    });

    it(`lets a License Administrator (${via}) deactivate, blacklist and move devices between their keys, and invite on them`, async () => {
      const w = await world();
      const lee = await w.leeAs(via);
      const S1 = w.seed.subscriptionId;

      const off = await lee.post(`/v1/activations/${w.dev.d1}/deactivate`);
      expect(off.status, off.text).toBe(200);
      expect(off.body.status).toBe('deactivated');
      expectError(await lee.post(`/v1/activations/${w.dev.d4}/deactivate`), 404, 'ACTIVATION_NOT_FOUND', 'a device on K3');
      expectError(await lee.post(`/v1/activations/${w.dev.d5}/deactivate`), 404, 'ACTIVATION_NOT_FOUND', 'a device on the primary key');

      const banned = await lee.post(`/v1/activations/${w.dev.d3}/blacklist`, { reason: 'stolen' });
      expect(banned.status, banned.text).toBe(201);
      expect(ids(await lee.get(`/v1/subscriptions/${S1}/blacklist`))).toEqual([banned.body.id]);
      expectError(await lee.post(`/v1/activations/${w.dev.d4}/blacklist`, {}), 404, 'ACTIVATION_NOT_FOUND', 'blacklisting a device on K3');
      const lifted = await lee.del(`/v1/blacklist/${banned.body.id}`);
      expect(lifted.status, lifted.text).toBe(200);

      const moved = await lee.post(`/v1/activations/${w.dev.d2}/move`, { keyId: w.k2.id });
      expect(moved.status, moved.text).toBe(200);
      expect(moved.body.keyId).toBe(w.k2.id);
      expect((await lee.get(`/v1/keys/${w.k2.id}`)).body.used).toBe(1);
      expect((await lee.get(`/v1/keys/${w.k1.id}`)).body.used).toBe(0);
      expectError(await lee.post(`/v1/activations/${w.dev.d4}/move`, { keyId: w.k1.id }), 404, 'ACTIVATION_NOT_FOUND', "moving K3's device onto K1");

      const invited = await lee.post(`/v1/keys/${w.k1.id}/invitations`, { emails: ['lee-invites@example.com'] });
      expect(invited.status, invited.text).toBe(201);
      const invId = invited.body.data[0].id;
      expect(ids(await lee.get(`/v1/subscriptions/${S1}/invitations`))).toEqual(sorted(w.inv1, invId));
      expectError(await lee.post(`/v1/keys/${w.k3.id}/invitations`, { emails: ['x@example.com'] }), 404, 'KEY_NOT_FOUND', 'inviting on K3');
      expect((await lee.post(`/v1/invitations/${invId}/revoke`)).status).toBe(200);
      expect((await lee.post(`/v1/invitations/${w.inv1}/resend`)).status).toBe(200);
      expectError(await lee.post(`/v1/invitations/${w.inv3}/revoke`), 404, 'INVITATION_NOT_FOUND', 'revoking the invitation on K3');

      // Recorded as theirs.
      const actor = via === 'session' ? { type: 'member', id: w.lee.id } : { type: 'token', id: w.leeTokenId };
      const events = (await api.get(`/v1/events?accountId=${w.seed.accountId}&limit=500&actorType=${actor.type}`)).body.data as any[];
      const actions = events.filter((e) => e.actor.id === actor.id && e.action !== 'member.signed_in').map((e) => e.action).sort();
      expect(actions).toEqual(
        ['activation.deactivated', 'activation.blacklisted', 'blacklist.added', 'blacklist.removed', 'activation.moved', 'invitation.created', 'invitation.revoked', 'invitation.resent'].sort(),
      );
      expectSeatsConsistent(await auditSeats(server!.runtime.database, S1));
    });

    it(`keeps a License Administrator (${via}) from moving a device onto a key that is not theirs`, async () => {
      const w = await world();
      const lee = await w.leeAs(via);
      for (const [what, keyId] of [
        ['K3', w.k3.id],
        ['the primary key', w.seed.primaryKeyId],
      ]) {
        const res = await lee.post(`/v1/activations/${w.dev.d2}/move`, { keyId });
        expectError(res, 404, 'KEY_NOT_FOUND', `moving d2 from K1 onto ${what}`);
      }
      const d2 = await api.get(`/v1/activations/${w.dev.d2}`);
      expect(d2.body.keyId, 'the device stays on K1').toBe(w.k1.id);
      expect((await api.get(`/v1/keys/${w.k3.id}`)).body.used).toBe(1);
    });
  }

  it('shows a Regular Member nothing to manage, only their own profile', async () => {
    const w = await world();
    const mo = await w.member('mo@example.com', 'member');
    const session = await w.signIn('mo@example.com');
    const token = await api.post(`/v1/accounts/${w.seed.accountId}/tokens`, { name: 'member token', role: 'member' });
    expect(token.status, token.text).toBe(201);
    const S1 = w.seed.subscriptionId;
    for (const [via, client] of [
      ['session', session],
      ['token', api.as(token.body.token)],
    ] as const) {
      expect(ids(await client.get('/v1/subscriptions')), via).toEqual([]);
      expectError(await client.get(`/v1/subscriptions/${S1}`), 404, 'SUBSCRIPTION_NOT_FOUND', `${via}: the subscription`);
      expectError(await client.get(`/v1/subscriptions/${S1}/keys`), 404, 'SUBSCRIPTION_NOT_FOUND', `${via}: its keys`);
      expectError(await client.get(`/v1/subscriptions/${S1}/activations`), 404, 'SUBSCRIPTION_NOT_FOUND', `${via}: its devices`);
      expectError(await client.get(`/v1/subscriptions/${S1}/usage?days=7`), 404, 'SUBSCRIPTION_NOT_FOUND', `${via}: its usage`);
      expectError(await client.get(`/v1/subscriptions/${S1}/invitations`), 404, 'SUBSCRIPTION_NOT_FOUND', `${via}: its invitations`);
      expectError(await client.get(`/v1/subscriptions/${S1}/blacklist`), 404, 'SUBSCRIPTION_NOT_FOUND', `${via}: its blacklist`);
      expectError(await client.get(`/v1/keys/${w.k1.id}`), 404, 'KEY_NOT_FOUND', `${via}: K1`);
      expectError(await client.get(`/v1/activations/${w.dev.d1}`), 404, 'ACTIVATION_NOT_FOUND', `${via}: d1`);
      expectError(await client.post(`/v1/activations/${w.dev.d1}/deactivate`), 404, 'ACTIVATION_NOT_FOUND', `${via}: deactivate d1`);
      expectError(await client.get(`/v1/invitations/${w.inv1}`), 404, 'INVITATION_NOT_FOUND', `${via}: an invitation`);
      expectError(await client.post(`/v1/keys/${w.k1.id}/invitations`, { emails: ['x@example.com'] }), 404, 'KEY_NOT_FOUND', `${via}: invite`);
      expectError(await client.post(`/v1/subscriptions/${S1}/keys`, { name: 'x', type: 'dynamic', maxSeats: 1 }), 404, 'SUBSCRIPTION_NOT_FOUND', `${via}: create a key`);
      expectError(await client.get('/v1/events'), 403, 'FORBIDDEN', `${via}: the audit log`);
      expectError(await client.get(`/v1/accounts/${w.seed.accountId}/members`), 403, 'FORBIDDEN', `${via}: members`);
      expectError(await client.get(`/v1/accounts/${w.seed.accountId}/tokens`), 403, 'FORBIDDEN', `${via}: tokens`);
    }
    expect((await api.get(`/v1/activations/${w.dev.d1}`)).body.status).toBe('active');

    const me = await session.get('/v1/me');
    expect(me.status, me.text).toBe(200);
    expect(me.body.member).toMatchObject({ id: mo.id, role: 'member', keyIds: [], status: 'active' });
    expect(me.body.account).toMatchObject({ id: w.seed.accountId });
    const renamed = await session.patch('/v1/me', { name: 'Mo Member' });
    expect(renamed.status, renamed.text).toBe(200);
    expect((await session.get('/v1/session')).body.member.name).toBe('Mo Member');
    // A member may leave.
    expect((await session.del(`/v1/members/${mo.id}`)).status).toBe(200);
    expectError(await session.get('/v1/me'), 401, 'UNAUTHORIZED', 'after leaving');
  });

  it("applies a change of a member's role or keys on their next request, in the same session", async () => {
    const w = await world();
    const mo = await w.member('mo@example.com', 'member');
    const session = await w.signIn('mo@example.com');
    const ana = await w.signIn('ana@example.com');
    const change = async (body: Record<string, unknown>) => {
      const res = await ana.patch(`/v1/members/${mo.id}`, body);
      expect(res.status, res.text).toBe(200);
      return res.body;
    };
    const sees = async () => ({
      subscriptions: ids(await session.get('/v1/subscriptions')),
      keys: (await Promise.all([w.k1, w.k2, w.k3].map(async (k) => ((await session.get(`/v1/keys/${k.id}`)).status === 200 ? k.id : null)))).filter(Boolean),
      events: (await session.get('/v1/events')).status,
    });
    const S1 = w.seed.subscriptionId;

    expect(await sees()).toEqual({ subscriptions: [], keys: [], events: 403 });
    expect(await change({ role: 'license_admin', keyIds: [w.k3.id] })).toMatchObject({ role: 'license_admin', keyIds: [w.k3.id] });
    expect(await sees()).toEqual({ subscriptions: [S1], keys: [w.k3.id], events: 403 });
    expect((await session.get('/v1/session')).body.member).toMatchObject({ role: 'license_admin', keyIds: [w.k3.id] });
    expect(await change({ keyIds: [w.k1.id] })).toMatchObject({ keyIds: [w.k1.id] });
    expect(await sees()).toEqual({ subscriptions: [S1], keys: [w.k1.id], events: 403 });
    expectError(await session.post(`/v1/activations/${w.dev.d4}/deactivate`), 404, 'ACTIVATION_NOT_FOUND', 'K3 taken away');
    expect(await change({ role: 'account_admin', keyIds: [] })).toMatchObject({ role: 'account_admin', keyIds: [] });
    const asAdmin = await sees();
    expect(asAdmin).toEqual({ subscriptions: sorted(S1, w.s2.id), keys: [w.k1.id, w.k2.id, w.k3.id], events: 200 });
    expect(await change({ role: 'member' })).toMatchObject({ role: 'member', keyIds: [] });
    expect(await sees()).toEqual({ subscriptions: [], keys: [], events: 403 });

    // Lee, demoted mid-session, loses K1 on the next request.
    const lee = await w.signIn('lee@example.com');
    expect((await lee.get(`/v1/keys/${w.k1.id}`)).status).toBe(200);
    expect((await ana.patch(`/v1/members/${w.lee.id}`, { role: 'member' })).status).toBe(200);
    expectError(await lee.get(`/v1/keys/${w.k1.id}`), 404, 'KEY_NOT_FOUND', 'after demotion');
    expectError(await lee.post(`/v1/activations/${w.dev.d1}/deactivate`), 404, 'ACTIVATION_NOT_FOUND', 'after demotion');
  });

  it('gives members and tokens keys of their own account only, and keys only to License Administrators', async () => {
    const w = await world();
    const acc = w.seed.accountId;
    expectError(
      await api.post(`/v1/accounts/${acc}/tokens`, { name: 'x', role: 'license_admin', keyIds: [w.otherKeyId] }),
      404,
      'KEY_NOT_FOUND',
      "a token given another tenant's key",
    );
    expectError(await api.post(`/v1/accounts/${acc}/tokens`, { name: 'x', role: 'account_admin', keyIds: [w.k1.id] }), 400, 'INVALID_REQUEST', 'keys for an admin token');
    expectError(
      await w.admin.post(`/v1/accounts/${acc}/members`, { email: 'x@example.com', name: 'X', role: 'license_admin', keyIds: [w.otherKeyId] }),
      404,
      'KEY_NOT_FOUND',
      "a member given another tenant's key",
    );
    expectError(await w.admin.patch(`/v1/members/${w.lee.id}`, { keyIds: [w.k1.id, w.otherKeyId] }), 404, 'KEY_NOT_FOUND', "Lee given another tenant's key");
    expectError(await w.admin.patch(`/v1/members/${w.ana.id}`, { keyIds: [w.k1.id] }), 400, 'INVALID_REQUEST', 'keys for an Account Administrator');
    expect((await api.get(`/v1/members/${w.lee.id}`)).body.keyIds.sort()).toEqual(sorted(w.k1.id, w.k2.id));
    // A token of another account cannot give or see this account's members.
    expectError(await api.as(w.other.adminToken).get(`/v1/members/${w.lee.id}`), 404, 'MEMBER_NOT_FOUND', "another tenant's member");
    expectError(await api.as(w.other.adminToken).patch(`/v1/members/${w.lee.id}`, { role: 'member' }), 404, 'MEMBER_NOT_FOUND', "changing another tenant's member");
  });
});

/**
 * The operator console's backend (issue 16, docs/operations.md "Operator members"): operator
 * members' sessions (cookie, CSRF, throttle), a member's session refused on operator routes, an
 * operator session through the admin routes with its name in the audit log, the members API, the
 * account search by each field (never a key past its first group), the overview against seeded
 * counters, the account's support view, and addSeats under the subscription's lock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/domain/time.ts';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { clearsCookie, consoleClient, SESSION_COOKIE, type ConsoleClient } from '../helpers/session.ts';

const PASSWORD = 'correct horse battery';
const errorCode = (res: Answer): string | undefined => res.body?.error?.code;
const expectError = (res: Answer, status: number, code: string, what = code) => {
  expect(res.status, `${what}: ${res.text}`).toBe(status);
  expect(errorCode(res), `${what}: ${res.text}`).toBe(code);
};
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(dialects())('the operator console on %s', (dialect) => {
  let server: TestServer | undefined;
  let api: Api;

  async function boot(env: Record<string, string> = {}) {
    server = await startTestServer(dialect, { env: { ALLOT_SIGN_IN_PER_MINUTE: '1000', ...env } });
    api = apiClient(server.app);
  }
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function addOperator(email = 'olga@vendor.example', name = 'Olga Ops') {
    const res = await api.post('/v1/operator/members', { email, name, password: PASSWORD });
    expect(res.status, res.text).toBe(201);
    return res.body;
  }
  /** A browser signed in as an operator member (the CSRF token kept for changes). */
  async function operatorSession(email = 'olga@vendor.example', remoteAddress?: string): Promise<ConsoleClient> {
    const client = consoleClient(server!.app, { remoteAddress });
    const res = await client.post('/v1/operator/session', { email, password: PASSWORD }, { csrf: null });
    expect(res.status, res.text).toBe(200);
    client.csrfToken = res.body.csrfToken;
    return client;
  }
  const operatorEvents = async (action: string) => {
    const res = await api.get(`/v1/events?limit=500&action=${action}`);
    expect(res.status, res.text).toBe(200);
    return res.body.data as any[];
  };

  it('signs an operator member in and out: an op. session cookie, the session answer, the audit log with no account', async () => {
    await boot();
    const olga = await addOperator();
    expect(olga).toMatchObject({ email: 'olga@vendor.example', name: 'Olga Ops', status: 'active', lastSignInAt: null });
    const browser = consoleClient(server!.app);
    const res = await browser.post('/v1/operator/session', { email: 'OLGA@vendor.example', password: PASSWORD }, { csrf: null });
    expect(res.status, res.text).toBe(200);
    expect(res.body.operator).toEqual({ id: olga.id, email: 'olga@vendor.example', name: 'Olga Ops' });
    expect(res.body.csrfToken).toEqual(expect.any(String));
    const cookie = browser.lastSetCookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.value.startsWith('op.')).toBe(true);
    expect(cookie.attributes).toHaveProperty('httponly');
    expect(cookie.attributes.samesite?.toLowerCase()).toBe('strict');
    browser.csrfToken = res.body.csrfToken;

    const again = await browser.get('/v1/operator/session');
    expect(again.status, again.text).toBe(200);
    expect(again.body).toEqual(res.body);
    // It is not a member's session.
    expectError(await browser.get('/v1/session'), 401, 'UNAUTHORIZED', 'GET /v1/session with an operator session');
    expect((await browser.get('/v1/operator/overview')).status).toBe(200);
    const listed = (await api.get('/v1/operator/members')).body.items;
    expect(listed[0].lastSignInAt).not.toBeNull();

    const out = await browser.del('/v1/operator/session');
    expect(out.status, out.text).toBe(204);
    expect(browser.lastSetCookies.some((c) => c.name === SESSION_COOKIE && clearsCookie(c))).toBe(true);
    expectError(await browser.get('/v1/operator/session'), 401, 'UNAUTHORIZED', 'after signing out');
    // The old cookie, kept by an attacker, works no more.
    const stale = consoleClient(server!.app);
    stale.cookie = cookie.value;
    expectError(await stale.get('/v1/operator/overview'), 401, 'UNAUTHORIZED', 'the ended session');

    for (const action of ['operator.signed_in', 'operator.signed_out']) {
      const [event] = await operatorEvents(action);
      expect(event, action).toMatchObject({ accountId: null, actor: { type: 'operator', id: olga.id, name: 'Olga Ops <olga@vendor.example>' }, target: { type: 'operator', id: olga.id } });
    }
    expectError(await consoleClient(server!.app).get('/v1/operator/session'), 401, 'UNAUTHORIZED', 'no cookie');
  });

  it("ends an operator session through the members' sign-out too (DELETE /v1/session)", async () => {
    await boot();
    await addOperator();
    const browser = await operatorSession();
    expect((await browser.del('/v1/session')).status).toBe(204);
    expectError(await browser.get('/v1/operator/session'), 401, 'UNAUTHORIZED', 'after the sign-out');
    expect((await operatorEvents('operator.signed_out')).length).toBe(1);
  });

  it('refuses a change without the session\'s x-csrf-token, and writes nothing', async () => {
    await boot();
    await addOperator();
    const browser = await operatorSession();
    const before = (await api.get('/v1/operator/members')).body.items.length;
    expectError(await browser.post('/v1/operator/members', { email: 'x@vendor.example', name: 'X', password: PASSWORD }, { csrf: null }), 403, 'CSRF_TOKEN_INVALID', 'no header');
    expectError(await browser.post('/v1/operator/members', { email: 'x@vendor.example', name: 'X', password: PASSWORD }, { csrf: 'made-up' }), 403, 'CSRF_TOKEN_INVALID', 'a wrong header');
    expectError(await browser.del('/v1/operator/session', { csrf: null }), 403, 'CSRF_TOKEN_INVALID', 'sign-out without the header');
    expect((await api.get('/v1/operator/members')).body.items.length).toBe(before);
    const made = await browser.post('/v1/operator/members', { email: 'x@vendor.example', name: 'X', password: PASSWORD });
    expect(made.status, made.text).toBe(201);
  });

  it('answers every failure alike and throttles an address after failures in a row', async () => {
    await boot();
    await addOperator();
    const anon = consoleClient(server!.app);
    const wrong = await anon.post('/v1/operator/session', { email: 'olga@vendor.example', password: 'not the password' }, { csrf: null });
    const unknown = await anon.post('/v1/operator/session', { email: 'nobody@vendor.example', password: PASSWORD }, { csrf: null });
    expectError(wrong, 401, 'INVALID_CREDENTIALS', 'a wrong password');
    expectError(unknown, 401, 'INVALID_CREDENTIALS', 'an unknown address');
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    for (let i = 0; i < 5; i++) expectError(await anon.post('/v1/operator/session', { email: 'olga@vendor.example', password: 'nope' }, { csrf: null }), 401, 'INVALID_CREDENTIALS');
    const locked = await anon.post('/v1/operator/session', { email: 'olga@vendor.example', password: PASSWORD }, { csrf: null });
    expectError(locked, 429, 'RATE_LIMITED', 'the right password after seven failures');
    expect(locked.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    server!.clock.advance(DAY_MS);
    expect((await anon.post('/v1/operator/session', { email: 'olga@vendor.example', password: PASSWORD }, { csrf: null })).status).toBe(200);
    // A member's password is not an operator's: the member table is not read.
    const seed = await seedSubscription(api, 3);
    expect((await api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'mia@acme.example', name: 'Mia', role: 'account_admin', password: PASSWORD })).status).toBe(201);
    expectError(await anon.post('/v1/operator/session', { email: 'mia@acme.example', password: PASSWORD }, { csrf: null }), 401, 'INVALID_CREDENTIALS', 'a member at the operator sign-in');
  });

  it("refuses a member's session on operator routes, and a member's session never reads the operator's", async () => {
    await boot();
    const seed = await seedSubscription(api, 3);
    expect((await api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'mia@acme.example', name: 'Mia', role: 'account_admin', password: PASSWORD })).status).toBe(201);
    const member = consoleClient(server!.app);
    expect((await member.signIn('mia@acme.example', PASSWORD)).status).toBe(200);
    for (const url of ['/v1/operator/overview', '/v1/operator/members', `/v1/operator/accounts/${seed.accountId}`, '/v1/operator/accounts/search?q=acme'])
      expectError(await member.get(url), 403, 'FORBIDDEN', url);
    expectError(await member.post(`/v1/operator/accounts/${seed.accountId}/support-views`), 403, 'FORBIDDEN', 'support view');
    expectError(await member.get('/v1/operator/session'), 401, 'UNAUTHORIZED', "GET /v1/operator/session with a member's session");
    // A made-up op. cookie is nobody.
    const forged = consoleClient(server!.app);
    forged.cookie = `op.${member.cookie}`;
    expectError(await forged.get('/v1/operator/overview'), 401, 'UNAUTHORIZED', 'a forged op. cookie');
  });

  it("reads and changes an account through the admin routes, and the account's audit log names the operator", async () => {
    await boot();
    await addOperator();
    const seed = await seedSubscription(api, 5);
    const browser = await operatorSession();
    expect((await browser.get(`/v1/subscriptions?accountId=${seed.accountId}`)).body.data).toHaveLength(1);
    expect((await browser.get(`/v1/accounts/${seed.accountId}/keys`)).status).toBe(200);
    expect((await browser.get(`/v1/subscriptions/${seed.subscriptionId}/activations`)).status).toBe(200);
    const added = await browser.patch(`/v1/subscriptions/${seed.subscriptionId}`, { addSeats: 2 });
    expect(added.status, added.text).toBe(200);
    expect(added.body.seats.total).toBe(7);
    const viewed = await browser.post(`/v1/operator/accounts/${seed.accountId}/support-views`);
    expect(viewed.status, viewed.text).toBe(204);
    const log = (await browser.get(`/v1/events?accountId=${seed.accountId}&limit=500`)).body.data as any[];
    for (const action of ['subscription.updated', 'account.support_viewed']) {
      const event = log.find((e) => e.action === action);
      expect(event, action).toBeDefined();
      expect(event.actor).toMatchObject({ type: 'operator', name: 'Olga Ops <olga@vendor.example>' });
    }
    expectError(await browser.post('/v1/operator/accounts/no-such-account/support-views'), 404, 'ACCOUNT_NOT_FOUND');
  });

  it('manages operator members: a taken address, never the last active one, and a removed one is signed out', async () => {
    await boot();
    const olga = await addOperator();
    expectError(await api.post('/v1/operator/members', { email: 'OLGA@vendor.example', name: 'Again', password: PASSWORD }), 409, 'OPERATOR_EXISTS');
    expectError(await api.post('/v1/operator/members', { email: 'short@vendor.example', name: 'Short', password: 'short' }), 400, 'INVALID_REQUEST', 'a short password');
    expectError(await api.del(`/v1/operator/members/${olga.id}`), 409, 'LAST_OPERATOR');
    const pat = await addOperator('pat@vendor.example', 'Pat');
    const patBrowser = await operatorSession('pat@vendor.example');
    expect((await api.get('/v1/operator/members')).body.items.map((m: any) => m.email)).toEqual(['olga@vendor.example', 'pat@vendor.example']);
    expect((await api.del(`/v1/operator/members/${pat.id}`)).status).toBe(204);
    expectError(await patBrowser.get('/v1/operator/overview'), 401, 'UNAUTHORIZED', 'a removed operator');
    expectError(await api.del(`/v1/operator/members/${pat.id}`), 404, 'OPERATOR_NOT_FOUND');
    expect((await operatorEvents('operator.removed'))[0]).toMatchObject({ accountId: null, before: { email: 'pat@vendor.example', name: 'Pat' } });
  });

  it('finds accounts by name, domain, member address, key prefix and fingerprint, and never shows a key past its first group', async () => {
    await boot();
    const acme = await seedSubscription(api, 5);
    const other = await seedSubscription(api, 5);
    expect((await api.post('/v1/accounts', { name: 'Globex Industries' })).status).toBe(201);
    expect((await api.post(`/v1/accounts/${acme.accountId}/members`, { email: 'Mia.Jones@acme-corp.example', name: 'Mia', role: 'account_admin', password: PASSWORD })).status).toBe(201);
    expect((await api.post(`/v1/accounts/${other.accountId}/domains`, { domain: 'initech.example' })).status).toBe(201);
    expect((await activate(api, acme.primaryKey, 'ZX81-unique')).status).toBe(201);
    const sub = await createKey(api, acme.subscriptionId, { type: 'dynamic', maxSeats: 2 });
    expect(sub.status).toBe(201);
    const search = async (q: string, limit?: number) => {
      const res = await api.get(`/v1/operator/accounts/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`);
      expect(res.status, `${q}: ${res.text}`).toBe(200);
      for (const key of [acme.primaryKey, other.primaryKey, sub.body.key]) {
        expect(res.text, `${q}: a whole key`).not.toContain(key);
        expect(res.text, `${q}: a key past its first group`).not.toContain(key.replace(/-/g, '').slice(0, 7));
      }
      return res.body.items as { account: { id: string; name: string }; matches: { field: string; value: string }[] }[];
    };
    const fields = (items: Awaited<ReturnType<typeof search>>, accountId: string) => items.find((i) => i.account.id === accountId)?.matches.map((m) => m.field) ?? [];

    const byName = await search('globex');
    expect(byName.map((i) => i.account.name)).toEqual(['Globex Industries']);
    expect(byName[0]!.matches).toEqual([{ field: 'name', value: 'Globex Industries' }]);
    expect((await search('acme corp')).length).toBe(2);

    expect(fields(await search('initech.example'), other.accountId)).toEqual(['domain']);
    expect(fields(await search('@acme-corp.example'), acme.accountId)).toContain('domain');
    expect(fields(await search('mia.j'), acme.accountId)).toEqual(['member_email']);
    expect((await search('mia.jones@acme-corp.example'))[0]!.matches).toContainEqual({ field: 'member_email', value: 'mia.jones@acme-corp.example' });

    const group = acme.primaryKey.slice(0, 6);
    for (const q of [group, group.toLowerCase(), acme.primaryKey.slice(0, 9), acme.primaryKey.replace(/-/g, '').slice(0, 10)]) {
      const items = await search(q);
      expect(items.find((i) => i.account.id === acme.accountId)?.matches, q).toContainEqual({ field: 'key_prefix', value: group });
    }
    expect(fields(await search(sub.body.key.slice(0, 6)), acme.accountId)).toContain('key_prefix');

    expect(fields(await search('fp-ZX81'), acme.accountId)).toEqual(['device_fingerprint']);
    expect((await search('fp-ZX81-unique'))[0]!.matches).toEqual([{ field: 'device_fingerprint', value: 'fp-ZX81-unique' }]);
    expect(await search('fp-')).toEqual(expect.any(Array));
    expect(await search('nothing like it')).toEqual([]);
    expect(await search('acme', 1)).toHaveLength(1);

    expectError(await api.get('/v1/operator/accounts/search?q=a'), 400, 'INVALID_REQUEST', 'q too short');
    expectError(await api.get(`/v1/operator/accounts/search?q=${'a'.repeat(201)}`), 400, 'INVALID_REQUEST', 'q too long');
    expectError(await api.get('/v1/operator/accounts/search?q=acme&limit=51'), 400, 'INVALID_REQUEST', 'limit too high');
  });

  it('fills the key prefix of keys made before it existed, at startup', async () => {
    await boot();
    const seed = await seedSubscription(api, 2);
    const db = server!.runtime.database.db as any;
    await db.updateTable('license_keys').set({ key_prefix: null }).execute();
    expect(await api.get(`/v1/operator/accounts/search?q=${seed.primaryKey.slice(0, 6)}`).then((r) => r.body.items)).toEqual([]);
    await server!.runtime.services.prepare();
    const items = (await api.get(`/v1/operator/accounts/search?q=${seed.primaryKey.slice(0, 6)}`)).body.items;
    expect(items.map((i: any) => i.account.id)).toEqual([seed.accountId]);
  });

  it('sums the fleet from the subscriptions: devices, seats sold and used, expiring soon, at limit', async () => {
    await boot();
    const now = server!.clock.now();
    const full = await seedSubscription(api, 2);
    const soon = await seedSubscription(api, 10, { expiresAt: iso(now + 10 * DAY_MS) });
    const later = await seedSubscription(api, 4, { expiresAt: iso(now + 20 * DAY_MS) });
    const gone = await seedSubscription(api, 7, { expiresAt: iso(now + DAY_MS), gracePeriodDays: 0 });
    for (const n of [1, 2]) expect((await activate(api, full.primaryKey, `full-${n}`)).status).toBe(201);
    expect((await activate(api, soon.primaryKey, 'soon-1')).status).toBe(201);
    // Reserved seats not in use count as taken: 3 reserved of 4 and one device leave no free seat.
    expect((await createKey(api, later.subscriptionId, { type: 'reserved', maxSeats: 3 })).status).toBe(201);
    expect((await activate(api, later.primaryKey, 'later-1')).status).toBe(201);
    expect((await activate(api, gone.primaryKey, 'gone-1')).status).toBe(201);
    server!.clock.advance(2 * DAY_MS);
    await server!.runtime.services.sweeps.run();

    const res = await api.get('/v1/operator/overview');
    expect(res.status, res.text).toBe(200);
    expect(res.body.figures).toEqual({
      accounts: 4,
      activeDevices: 4,
      seatsSold: 2 + 10 + 4,
      seatsUsed: 2 + 1 + 1,
      subscriptionsExpiringSoon: 2,
      accountsAtLimit: 2,
    });
    expect(res.body.expiringSoon.map((s: any) => s.subscriptionId)).toEqual([soon.subscriptionId, later.subscriptionId]);
    expect(res.body.expiringSoon[0]).toEqual({
      subscriptionId: soon.subscriptionId,
      accountId: soon.accountId,
      accountName: 'Acme Corp',
      productName: 'Desktop Pro',
      expiresAt: iso(now + 10 * DAY_MS),
      seats: { total: 10, used: 1 },
    });
    expect(res.body.atLimit.map((s: any) => s.subscriptionId).sort()).toEqual([full.subscriptionId, later.subscriptionId].sort());
    expect(res.body.atLimit.find((s: any) => s.subscriptionId === full.subscriptionId).seats).toEqual({ total: 2, used: 2 });
  });

  it("shows an account as support sees it, and 404 for an unknown one", async () => {
    await boot();
    const seed = await seedSubscription(api, 3);
    expect((await activate(api, seed.primaryKey, 'one')).status).toBe(201);
    expect((await api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'mia@acme.example', name: 'Mia', role: 'account_admin', password: PASSWORD })).status).toBe(201);
    expect((await api.post(`/v1/accounts/${seed.accountId}/domains`, { domain: 'acme.example' })).status).toBe(201);
    const res = await api.get(`/v1/operator/accounts/${seed.accountId}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.account).toMatchObject({ id: seed.accountId, name: 'Acme Corp' });
    expect(res.body.subscriptions).toEqual([(await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body]);
    expect(res.body.members).toEqual([expect.objectContaining({ email: 'mia@acme.example', name: 'Mia', role: 'account_admin', status: 'active', lastSignInAt: null })]);
    expect(res.body.domains).toEqual([expect.objectContaining({ domain: 'acme.example', status: 'pending' })]);
    expect(res.body.sso).toEqual({ protocol: null, enforce: false, scimTokens: 0, ssoUsers: 0 });
    expect(res.body.activeDevices).toBe(1);
    expect(res.text).not.toContain(seed.primaryKey);
    expectError(await api.get('/v1/operator/accounts/no-such-account'), 404, 'ACCOUNT_NOT_FOUND');
  });

  it('adds seats under the lock: two additions at once both count, and addSeats goes without seats', async () => {
    await boot();
    await addOperator();
    await addOperator('pat@vendor.example', 'Pat');
    const seed = await seedSubscription(api, 5);
    const [a, b] = [await operatorSession(), await operatorSession('pat@vendor.example')];
    const answers = await Promise.all([
      a.patch(`/v1/subscriptions/${seed.subscriptionId}`, { addSeats: 3 }),
      b.patch(`/v1/subscriptions/${seed.subscriptionId}`, { addSeats: 4 }),
      api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { addSeats: 1 }),
    ]);
    for (const r of answers) expect(r.status, r.text).toBe(200);
    expect((await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats.total).toBe(5 + 3 + 4 + 1);
    const updates = (await api.get(`/v1/events?subscriptionId=${seed.subscriptionId}&action=subscription.updated`)).body.data as any[];
    expect(updates.map((e) => e.after.seats.total - e.before.seats.total).sort()).toEqual([1, 3, 4]);
    expectError(await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 20, addSeats: 1 }), 400, 'INVALID_REQUEST', 'both');
    expectError(await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { addSeats: 0 }), 400, 'INVALID_REQUEST', 'zero');
    expectError(await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { addSeats: 1_000_000 }), 400, 'INVALID_REQUEST', 'past the maximum');
    expect((await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats.total).toBe(13);
  });
});

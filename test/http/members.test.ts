/**
 * Members and sign-in (docs/members.md): the first administrator, sessions and their cookie,
 * CSRF, idle and absolute expiry on the test clock, the per-address throttle and the per-client
 * limit, blocking, inviting by email through a real SMTP server, set-password links, password
 * reset and change, the last-administrator rule, the audit trail and secrets at rest.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.ts';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { snapshotState } from '../helpers/malformed.ts';
import { clearsCookie, consoleClient, linkTokenOf, SESSION_COOKIE, type ConsoleClient } from '../helpers/session.ts';
import { eventually, mailEnv, startSmtp, type ReceivedMail, type Smtp } from '../helpers/smtp.ts';

const PASSWORD = 'correct horse battery';
const OTHER_PASSWORD = 'staple tuned 4 ever';
const PUBLIC_URL = 'https://licenses.example.com';
const iso = (ms: number) => new Date(ms).toISOString();
const errorCode = (res: Answer): string | undefined => res.body?.error?.code;

const expectError = (res: Answer, status: number, code: string, what = code) => {
  expect(res.status, `${what}: ${res.text}`).toBe(status);
  expect(errorCode(res), `${what}: ${res.text}`).toBe(code);
};

describe.each(dialects())('members and sign-in on %s', (dialect) => {
  let server: TestServer | undefined;
  let smtp: Smtp | undefined;
  let api: Api;
  let seed: Seeded;

  /** A server (with mail to a fresh SMTP server when `mail`) and a seeded account with a subscription. */
  async function boot(options: { mail?: boolean; env?: Record<string, string> } = {}) {
    if (options.mail) smtp = await startSmtp();
    server = await startTestServer(dialect, {
      env: { ALLOT_SIGN_IN_PER_MINUTE: '1000', ...(smtp ? mailEnv(smtp.url) : {}), ...options.env },
    });
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
  }

  afterEach(async () => {
    await server?.close();
    await smtp?.stop();
    server = undefined;
    smtp = undefined;
  });

  /** The operator adds an active member with a password (the account's first administrator, say). */
  async function addMember(email: string, role = 'account_admin', extra: Record<string, unknown> = {}, accountId = seed.accountId) {
    const res = await api.post(`/v1/accounts/${accountId}/members`, { email, name: email.split('@')[0], role, password: PASSWORD, ...extra });
    expect(res.status, res.text).toBe(201);
    return res.body;
  }
  /** A console client signed in as `email`. */
  async function signedIn(email: string, password = PASSWORD, remoteAddress?: string): Promise<ConsoleClient> {
    const client = consoleClient(server!.app, { remoteAddress });
    const res = await client.signIn(email, password);
    expect(res.status, `sign-in of ${email}: ${res.text}`).toBe(200);
    return client;
  }
  const anonymous = () => consoleClient(server!.app);
  /** Whether a console client's session still works. */
  const sessionWorks = async (client: ConsoleClient) => {
    const me = await client.get('/v1/me');
    const session = await client.get('/v1/session');
    expect(session.status === 200, `GET /v1/me (${me.status}) and GET /v1/session (${session.status}) agree`).toBe(me.status === 200);
    if (me.status !== 200) expectError(me, 401, 'UNAUTHORIZED', 'a session that ended');
    return me.status === 200;
  };
  /** The n-th (1-based) message to an address, once it arrived. */
  const mailTo = (address: string, n = 1): Promise<ReceivedMail> =>
    eventually(`message ${n} to ${address}`, async () => smtp!.to(address).length >= n && smtp!.to(address)[n - 1]!);
  const events = async (query: string) => {
    const res = await api.get(`/v1/events?limit=500&accountId=${seed.accountId}&${query}`);
    expect(res.status, res.text).toBe(200);
    return res.body.data as any[];
  };

  it('lets the first administrator, created by the operator, sign in: the member, the account, a CSRF token and an HttpOnly SameSite=Strict cookie', async () => {
    await boot();
    const ana = await addMember('ana@example.com');
    expect(ana).toMatchObject({ accountId: seed.accountId, email: 'ana@example.com', role: 'account_admin', keyIds: [], status: 'active', lastSignInAt: null });
    expect(ana.createdAt).toBe(iso(server!.clock.t));
    expect(JSON.stringify(ana)).not.toContain(PASSWORD);

    server!.clock.advance(5 * 60_000);
    const client = consoleClient(server!.app);
    const res = await client.signIn('Ana@Example.COM', PASSWORD);
    expect(res.status, res.text).toBe(200);
    expect(res.body.member).toMatchObject({ id: ana.id, email: 'ana@example.com', role: 'account_admin', status: 'active', lastSignInAt: iso(server!.clock.t) });
    expect(res.body.account).toMatchObject({ id: seed.accountId, name: 'Acme Corp' });
    expect(res.body.csrfToken).toMatch(/^\S{16,}$/);

    const cookies = client.lastSetCookies.filter((c) => c.name === SESSION_COOKIE);
    expect(cookies, 'one session cookie').toHaveLength(1);
    const cookie = cookies[0]!;
    expect(cookie.value.length, 'a session id worth guessing').toBeGreaterThanOrEqual(32);
    expect(cookie.attributes).toHaveProperty('httponly');
    expect(cookie.attributes.samesite?.toLowerCase()).toBe('strict');
    expect(cookie.attributes.path).toBe('/');
    expect(cookie.attributes['max-age']).toBe('604800');
    expect(cookie.attributes, 'no Secure over http').not.toHaveProperty('secure');
    expect(res.text, 'the session id is only in the cookie').not.toContain(cookie.value);
    expect(res.body.csrfToken).not.toBe(cookie.value);

    const session = await client.get('/v1/session');
    expect(session.status, session.text).toBe(200);
    expect(session.body).toEqual(res.body);
    const me = await client.get('/v1/me');
    expect(me.status, me.text).toBe(200);
    expect(me.body).toMatchObject({ member: { id: ana.id, email: 'ana@example.com' }, account: { id: seed.accountId } });

    // The session works across the API, and sees the account.
    const subs = await client.get('/v1/subscriptions');
    expect(subs.status, subs.text).toBe(200);
    expect(subs.body.data.map((s: any) => s.id)).toEqual([seed.subscriptionId]);

    // No cookie, or one that is not a session.
    expectError(await anonymous().get('/v1/session'), 401, 'UNAUTHORIZED');
    expectError(await anonymous().get('/v1/me'), 401, 'UNAUTHORIZED');
    const forged = anonymous();
    forged.cookie = 'A'.repeat(43);
    expectError(await forged.get('/v1/session'), 401, 'UNAUTHORIZED');
    expectError(await forged.get('/v1/subscriptions'), 401, 'UNAUTHORIZED');

    // The password rules: 10 to 200 characters.
    for (const password of ['short9chr', 'x'.repeat(201)]) {
      const bad = await api.post(`/v1/accounts/${seed.accountId}/members`, { email: `p${password.length}@example.com`, name: 'P', role: 'member', password });
      expectError(bad, 400, 'INVALID_REQUEST', `a password of ${password.length} characters`);
    }
    const members = await api.get(`/v1/accounts/${seed.accountId}/members`);
    expect(members.body.data.map((m: any) => m.email)).toEqual(['ana@example.com']);
    expect(members.body.data[0].lastSignInAt).toBe(iso(server!.clock.t));
  });

  it('marks the cookie Secure when the public URL is https (and when it clears it)', async () => {
    await boot({ env: { ALLOT_PUBLIC_URL: PUBLIC_URL } });
    await addMember('ana@example.com');
    const client = await signedIn('ana@example.com');
    const [cookie] = client.lastSetCookies.filter((c) => c.name === SESSION_COOKIE);
    expect(cookie!.attributes).toHaveProperty('secure');
    expect(cookie!.attributes).toHaveProperty('httponly');
    expect(cookie!.attributes.samesite?.toLowerCase()).toBe('strict');
    const out = await client.signOut();
    expect(out.status, out.text).toBe(204);
    const [cleared] = client.lastSetCookies.filter((c) => c.name === SESSION_COOKIE);
    expect(cleared, 'sign-out clears the cookie').toBeDefined();
    expect(clearsCookie(cleared!)).toBe(true);
    expect(cleared!.attributes).toHaveProperty('secure');
  });

  it('answers every failed sign-in alike: unknown address, wrong password, blocked member, invited member', async () => {
    await boot();
    const ana = await addMember('ana@example.com');
    await addMember('bo@example.com', 'license_admin');
    const blocked = await addMember('cy@example.com', 'member');
    const admin = await signedIn('ana@example.com');
    expect((await admin.post(`/v1/members/${blocked.id}/block`)).status).toBe(200);
    const invited = await admin.post(`/v1/accounts/${seed.accountId}/members`, { email: 'di@example.com', name: 'Di', role: 'member' });
    expect(invited.status, invited.text).toBe(201);
    expect(invited.body.status).toBe('invited');

    const attempts: [string, string, string][] = [
      ['unknown address', 'nobody@example.com', PASSWORD],
      ['wrong password', 'bo@example.com', 'not the password at all'],
      ['blocked member, right password', 'cy@example.com', PASSWORD],
      ['invited member', 'di@example.com', PASSWORD],
    ];
    const answers: Answer[] = [];
    for (const [what, email, password] of attempts) {
      const client = anonymous();
      const res = await client.signIn(email, password);
      expectError(res, 401, 'INVALID_CREDENTIALS', what);
      expect(client.cookie, `${what}: no session cookie`).toBeNull();
      expect(client.lastSetCookies.filter((c) => c.name === SESSION_COOKIE && !clearsCookie(c)), what).toEqual([]);
      answers.push(res);
    }
    const shape = (res: Answer) => ({ status: res.status, code: res.body.error.code, message: res.body.error.message, details: res.body.error.details, keys: Object.keys(res.body.error).sort() });
    for (let i = 1; i < answers.length; i++) expect(shape(answers[i]!), attempts[i]![0]).toEqual(shape(answers[0]!));
    // The right password still works for the members who may sign in.
    await signedIn('bo@example.com');
    expect(ana.status).toBe('active');
  });

  it('lets five failed sign-ins in a row through before locking an address, known or not', async () => {
    await boot();
    await addMember('ana@example.com');
    for (const email of ['ana@example.com', 'ghost@example.com']) {
      const client = anonymous();
      for (let i = 1; i <= 6; i++) expectError(await client.signIn(email, `wrong password ${i}`), 401, 'INVALID_CREDENTIALS', `${email}: failure ${i} of 6`);
      // After five failures, each further one (here the sixth) locks the address for 1 s.
      const locked = await client.signIn(email, PASSWORD);
      expectError(locked, 429, 'RATE_LIMITED', `${email}: the attempt after six failures`);
      expect(locked.headers['retry-after']).toBe('1');
    }
  });

  it('locks an address for 1 s, 2 s, 4 s… (at most 15 minutes) after further failures, says so in Retry-After, and makes even the right password wait', async () => {
    await boot();
    await addMember('ana@example.com');
    const client = anonymous();
    /** Fails until the address is locked (never before five failures); the failures it took. */
    const failUntilLocked = async (email: string) => {
      let failures = 0;
      for (;;) {
        const res = await client.signIn(email, 'not the password');
        if (res.status === 429) {
          expectError(res, 429, 'RATE_LIMITED', `${email}: the first lock`);
          expect(res.headers['retry-after']).toBe('1');
          expect(res.body.error.details).toMatchObject({ retryAfterSeconds: 1 });
          return failures;
        }
        expectError(res, 401, 'INVALID_CREDENTIALS', `${email}: failure ${failures + 1}`);
        failures++;
        expect(failures, `${email}: locked at last`).toBeLessThanOrEqual(6);
      }
    };
    // An address counts whatever its case; an unknown address is locked alike.
    const failures = await failUntilLocked('Ana@Example.com');
    expect(failures).toBeGreaterThanOrEqual(5);
    expect(await failUntilLocked('ghost@example.com'), 'an unknown address locks after as many failures').toBe(failures);
    // Locked: the right password waits too, and a refused attempt does not lengthen the lock.
    expectError(await client.signIn('ana@example.com', PASSWORD), 429, 'RATE_LIMITED', 'the right password while locked');
    server!.clock.advance(999);
    const still = await client.signIn('ana@example.com', PASSWORD);
    expectError(still, 429, 'RATE_LIMITED', '1 ms before the lock ends');
    expect(still.headers['retry-after']).toBe('1');
    server!.clock.advance(1);

    // Each further failure doubles the lock, up to 15 minutes.
    const waits: number[] = [];
    let wait = 1;
    for (let i = 0; i < 12; i++) {
      expectError(await client.signIn('ana@example.com', 'not the password'), 401, 'INVALID_CREDENTIALS', `failure after a ${wait} s lock`);
      const locked = await client.signIn('ana@example.com', PASSWORD);
      expectError(locked, 429, 'RATE_LIMITED', `lock ${i + 2}`);
      wait = Number(locked.headers['retry-after']);
      expect(locked.body.error.details.retryAfterSeconds).toBe(wait);
      waits.push(wait);
      server!.clock.advance(wait * 1000);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);

    // The lock over, the right password signs in, and the count starts again.
    const ok = await client.signIn('ana@example.com', PASSWORD);
    expect(ok.status, ok.text).toBe(200);
    const fresh = anonymous();
    for (let i = 1; i <= 5; i++) expectError(await fresh.signIn('ana@example.com', 'not the password'), 401, 'INVALID_CREDENTIALS', `failure ${i} after a success`);
    // Another address is not affected by Ana's lock.
    await addMember('bo@example.com');
    await signedIn('bo@example.com');
  });

  it('limits sign-in and reset attempts per client address (ALLOT_SIGN_IN_PER_MINUTE=3), counting only valid requests', async () => {
    await boot({ env: { ALLOT_SIGN_IN_PER_MINUTE: '3' } });
    await addMember('ana@example.com');
    const a = consoleClient(server!.app, { remoteAddress: '203.0.113.7' });
    // Requests that fail validation do not count.
    for (let i = 0; i < 4; i++) {
      const bad = await a.post('/v1/session', { email: 'ana@example.com' });
      expectError(bad, 400, 'INVALID_REQUEST', 'a sign-in without a password');
    }
    for (let i = 1; i <= 3; i++) expectError(await a.signIn(`nobody${i}@example.com`, PASSWORD), 401, 'INVALID_CREDENTIALS', `attempt ${i}`);
    const limited = await a.signIn('ana@example.com', PASSWORD);
    expectError(limited, 429, 'RATE_LIMITED', 'the fourth attempt in a minute, right password or not');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter, `Retry-After: ${String(limited.headers['retry-after'])}`).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(a.cookie).toBeNull();
    // A forwarded-for header does not make another client (no proxy is trusted).
    const spoofed = await a.post('/v1/session', { email: 'ana@example.com', password: PASSWORD }, { headers: { 'x-forwarded-for': '198.51.100.77' } });
    expectError(spoofed, 429, 'RATE_LIMITED', 'the same client behind a made-up X-Forwarded-For');

    // Another client is not limited.
    const b = await signedIn('ana@example.com', PASSWORD, '198.51.100.9');
    expect(await sessionWorks(b)).toBe(true);

    // Resets and their confirmations are limited too.
    const c = consoleClient(server!.app, { remoteAddress: '192.0.2.55' });
    for (let i = 1; i <= 3; i++) expect((await c.post('/v1/password-reset', { email: `someone${i}@example.com` })).status, `reset ${i}`).toBe(202);
    expectError(await c.post('/v1/password-reset', { email: 'ana@example.com' }), 429, 'RATE_LIMITED', 'the fourth reset in a minute');
    const d = consoleClient(server!.app, { remoteAddress: '192.0.2.56' });
    for (let i = 1; i <= 3; i++)
      expectError(await d.post('/v1/password-reset/confirm', { token: `no-such-token-${i}`, password: OTHER_PASSWORD }), 400, 'TOKEN_INVALID', `confirm ${i}`);
    expectError(await d.post('/v1/password-reset/confirm', { token: 'no-such-token-4', password: OTHER_PASSWORD }), 429, 'RATE_LIMITED', 'the fourth confirmation in a minute');
  });

  it('requires the session CSRF token on every change made with the cookie; reads and bearer requests need none', async () => {
    await boot();
    const ana = await addMember('ana@example.com');
    const client = await signedIn('ana@example.com');
    const other = await signedIn('ana@example.com');
    expect(other.csrfToken).not.toBe(client.csrfToken);
    const session = await client.get('/v1/session');
    expect(session.body.csrfToken, 'GET /v1/session tells the same token').toBe(client.csrfToken);

    const keysUrl = `/v1/subscriptions/${seed.subscriptionId}/keys`;
    const newKey = { name: 'Design', type: 'dynamic', maxSeats: 2 };
    const keyCount = async () => (await api.get(keysUrl)).body.data.length as number;
    const before = await keyCount();
    for (const [what, csrf] of [
      ['no token', null],
      ['a wrong token', 'x'.repeat(client.csrfToken!.length)],
      ['an empty token', ''],
      ["another session's token", other.csrfToken],
    ] as const) {
      expectError(await client.patch('/v1/me', { name: 'Mallory' }, { csrf }), 403, 'CSRF_TOKEN_INVALID', `PATCH /v1/me with ${what}`);
      expectError(await client.post(keysUrl, newKey, { csrf }), 403, 'CSRF_TOKEN_INVALID', `POST keys with ${what}`);
      expectError(await client.post(`/v1/members/${ana.id}/block`, undefined, { csrf }), 403, 'CSRF_TOKEN_INVALID', `block with ${what}`);
      expectError(await client.del('/v1/session', { csrf }), 403, 'CSRF_TOKEN_INVALID', `sign-out with ${what}`);
    }
    // Nothing changed, and the session still works.
    expect(await keyCount()).toBe(before);
    expect((await client.get('/v1/me')).body.member).toMatchObject({ name: 'ana', status: 'active' });
    expect(await sessionWorks(client)).toBe(true);

    // Reads need no token.
    expect((await client.get(keysUrl, { csrf: null })).status).toBe(200);
    // The right token.
    const renamed = await client.patch('/v1/me', { name: 'Ana Admin' });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body.name).toBe('Ana Admin');
    const created = await client.post(keysUrl, newKey);
    expect(created.status, created.text).toBe(201);
    // The other session's token is good for the other session.
    expect((await other.patch('/v1/me', { name: 'Ana' })).status).toBe(200);

    // A bearer request needs no token, and the bearer wins over a cookie that rides along.
    const bearer = await api.as(seed.adminToken).post(keysUrl, { ...newKey, name: 'By token' });
    expect(bearer.status, bearer.text).toBe(201);
    const both = await client.post(keysUrl, { ...newKey, name: 'Token and cookie' }, { csrf: null, headers: { authorization: `Bearer ${seed.adminToken}` } });
    expect(both.status, both.text).toBe(201);
    const [byTokenEvent] = await events(`action=key.created&targetId=${both.body.id}`);
    expect(byTokenEvent.actor.type, 'the bearer token acted, not the session').toBe('token');
    // An invalid bearer is not rescued by a valid cookie.
    const badBearer = await client.get(keysUrl, { headers: { authorization: 'Bearer allot_not-a-real-token' } });
    expectError(badBearer, 401, 'UNAUTHORIZED', 'an invalid bearer next to a valid cookie');
  });

  it('ends a session 12 hours after its last use', async () => {
    await boot();
    await addMember('ana@example.com');
    const client = await signedIn('ana@example.com');
    const untouched = await signedIn('ana@example.com');
    server!.clock.advance(12 * HOUR_MS - 1);
    expect(await sessionWorks(client), 'used 1 ms before 12 h idle').toBe(true);
    server!.clock.advance(12 * HOUR_MS - 1);
    expect(await sessionWorks(client), 'each use keeps it alive').toBe(true);
    expect(await sessionWorks(untouched), 'unused for 24 h').toBe(false);
    server!.clock.advance(12 * HOUR_MS - 1);
    expect(await sessionWorks(client)).toBe(true);
    server!.clock.advance(12 * HOUR_MS);
    expect(await sessionWorks(client), 'unused for exactly 12 h').toBe(false);
    expectError(await client.patch('/v1/me', { name: 'x' }), 401, 'UNAUTHORIZED', 'a change with an ended session');
    // Signing in again gives a new session.
    expect(await sessionWorks(await signedIn('ana@example.com'))).toBe(true);
  });

  it('ends a session 7 days after sign-in however often it is used', async () => {
    await boot();
    await addMember('ana@example.com');
    const signedInAt = server!.clock.t;
    const client = await signedIn('ana@example.com');
    while (server!.clock.t + 11 * HOUR_MS < signedInAt + 7 * DAY_MS - 1) {
      server!.clock.advance(11 * HOUR_MS);
      expect(await sessionWorks(client), `at ${iso(server!.clock.t)}`).toBe(true);
    }
    server!.clock.t = signedInAt + 7 * DAY_MS - 1;
    expect(await sessionWorks(client), '1 ms before 7 days').toBe(true);
    server!.clock.advance(1);
    expect(await sessionWorks(client), 'at 7 days').toBe(false);
  });

  it('ends the session on sign-out, and only that one', async () => {
    await boot();
    await addMember('ana@example.com');
    const client = await signedIn('ana@example.com');
    const elsewhere = await signedIn('ana@example.com');
    const sessionId = client.cookie!;
    const out = await client.signOut();
    expect(out.status, out.text).toBe(204);
    expect(client.cookie, 'the cookie is cleared').toBeNull();
    expect(await sessionWorks(client)).toBe(false);
    // The old cookie, sent again, is dead.
    const replay = anonymous();
    replay.cookie = sessionId;
    expect(await sessionWorks(replay)).toBe(false);
    expect(await sessionWorks(elsewhere)).toBe(true);
    // A bearer request has no session to end.
    expectError(await api.as(seed.adminToken).del('/v1/session'), 401, 'UNAUTHORIZED', 'sign-out with a token');
    expect((await events('action=member.signed_out')).length).toBe(1);
  });

  it('ends the sessions of a blocked or removed member at once; a blocked member cannot sign in until unblocked', async () => {
    await boot();
    await addMember('ana@example.com');
    const bo = await addMember('bo@example.com', 'member');
    const admin = await signedIn('ana@example.com');
    const bo1 = await signedIn('bo@example.com');
    const bo2 = await signedIn('bo@example.com');
    const blocked = await admin.post(`/v1/members/${bo.id}/block`);
    expect(blocked.status, blocked.text).toBe(200);
    expect(blocked.body.status).toBe('blocked');
    expect(await sessionWorks(bo1), 'blocked: at once, no clock moved').toBe(false);
    expect(await sessionWorks(bo2)).toBe(false);
    expectError(await anonymous().signIn('bo@example.com', PASSWORD), 401, 'INVALID_CREDENTIALS', 'a blocked member signing in');

    const unblocked = await admin.post(`/v1/members/${bo.id}/unblock`);
    expect(unblocked.status, unblocked.text).toBe(200);
    expect(unblocked.body.status).toBe('active');
    expect(await sessionWorks(bo1), 'unblocking does not revive ended sessions').toBe(false);
    const bo3 = await signedIn('bo@example.com');

    const removed = await admin.del(`/v1/members/${bo.id}`);
    expect(removed.status, removed.text).toBe(200);
    expect(await sessionWorks(bo3), 'removed: at once').toBe(false);
    expectError(await anonymous().signIn('bo@example.com', PASSWORD), 401, 'INVALID_CREDENTIALS', 'a removed member signing in');
    expectError(await api.get(`/v1/members/${bo.id}`), 404, 'MEMBER_NOT_FOUND');
    expect(await sessionWorks(admin)).toBe(true);
  });

  it('invites a member by email: the link reaches the SMTP server, sets the password, and the member signs in', async () => {
    await boot({ mail: true, env: { ALLOT_PUBLIC_URL: PUBLIC_URL } });
    await addMember('ana@example.com');
    const admin = await signedIn('ana@example.com');
    // Administrators invite; only the operator sets a password.
    expectError(
      await admin.post(`/v1/accounts/${seed.accountId}/members`, { email: 'bo@example.com', name: 'Bo', role: 'member', password: PASSWORD }),
      403,
      'FORBIDDEN',
      'an administrator setting a password',
    );
    const res = await admin.post(`/v1/accounts/${seed.accountId}/members`, { email: 'Bo@Example.com', name: 'Bo', role: 'license_admin', keyIds: [seed.primaryKeyId] });
    expect(res.status, res.text).toBe(201);
    const bo = res.body;
    expect(bo).toMatchObject({ email: 'bo@example.com', name: 'Bo', role: 'license_admin', keyIds: [seed.primaryKeyId], status: 'invited', lastSignInAt: null });
    expectError(await anonymous().signIn('bo@example.com', PASSWORD), 401, 'INVALID_CREDENTIALS', 'an invited member before joining');

    const mail = await mailTo('bo@example.com');
    expect(mail.to).toEqual(['bo@example.com']);
    expect(mail.hasTextPart).toBe(true);
    expect(mail.text).toContain('Acme Corp');
    const token = linkTokenOf(mail.text, PUBLIC_URL);
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(mail.html).toContain(`${PUBLIC_URL}/set-password#token=`);

    // A password that breaks the rules leaves the link usable.
    expectError(await anonymous().post('/v1/password-reset/confirm', { token, password: 'too short' }), 400, 'INVALID_REQUEST', 'a 9-character password');
    const joined = await anonymous().post('/v1/password-reset/confirm', { token, password: OTHER_PASSWORD });
    expect(joined.status, joined.text).toBe(200);
    expect(joined.body.member).toMatchObject({ id: bo.id, email: 'bo@example.com', status: 'active', role: 'license_admin' });
    expectError(await anonymous().post('/v1/password-reset/confirm', { token, password: PASSWORD }), 400, 'TOKEN_INVALID', 'the same link again');

    const client = await signedIn('bo@example.com', OTHER_PASSWORD);
    const me = await client.get('/v1/me');
    expect(me.body.member).toMatchObject({ id: bo.id, role: 'license_admin', keyIds: [seed.primaryKeyId], status: 'active' });
    expectError(await anonymous().signIn('bo@example.com', PASSWORD), 401, 'INVALID_CREDENTIALS', 'the password the used link did not set');
    const list = await admin.get(`/v1/accounts/${seed.accountId}/members`);
    expect(list.body.data.map((m: any) => [m.email, m.status])).toEqual([
      ['ana@example.com', 'active'],
      ['bo@example.com', 'active'],
    ]);
    const joinedEvents = await events(`action=member.joined&targetId=${bo.id}`);
    expect(joinedEvents).toHaveLength(1);
  });

  it('refuses a used, expired or replaced link with TOKEN_INVALID; resending an invitation sends a new link', async () => {
    await boot({ mail: true });
    await addMember('ana@example.com');
    const admin = await signedIn('ana@example.com');
    const invite = async (email: string) => {
      const res = await admin.post(`/v1/accounts/${seed.accountId}/members`, { email, name: email.split('@')[0], role: 'member' });
      expect(res.status, res.text).toBe(201);
      return res.body;
    };
    const confirm = (token: string, password = OTHER_PASSWORD) => anonymous().post('/v1/password-reset/confirm', { token, password });

    // Replaced.
    const cy = await invite('cy@example.com');
    const first = linkTokenOf((await mailTo('cy@example.com')).text);
    const resent = await admin.post(`/v1/members/${cy.id}/resend-invitation`);
    expect(resent.status, resent.text).toBe(200);
    expect(resent.body).toMatchObject({ id: cy.id, status: 'invited' });
    const second = linkTokenOf((await mailTo('cy@example.com', 2)).text);
    expect(second).not.toBe(first);
    expectError(await confirm(first), 400, 'TOKEN_INVALID', 'a replaced link');
    expect((await confirm(second)).status).toBe(200);
    expectError(await confirm(second, PASSWORD), 400, 'TOKEN_INVALID', 'a used link');
    await signedIn('cy@example.com', OTHER_PASSWORD);
    expectError(await admin.post(`/v1/members/${cy.id}/resend-invitation`), 409, 'MEMBER_NOT_INVITED', 'resending to a member who joined');

    // Expired: the link works for 7 days.
    const di = await invite('di@example.com');
    await invite('ed@example.com');
    const diToken = linkTokenOf((await mailTo('di@example.com')).text);
    const edToken = linkTokenOf((await mailTo('ed@example.com')).text);
    server!.clock.advance(7 * DAY_MS - 1);
    expect((await confirm(edToken)).status, 'a link 1 ms before its 7 days end').toBe(200);
    server!.clock.advance(1);
    expectError(await confirm(diToken), 400, 'TOKEN_INVALID', 'a link after 7 days');
    expectError(await anonymous().signIn('di@example.com', OTHER_PASSWORD), 401, 'INVALID_CREDENTIALS');
    // A new link for Di works (the administrator's session ended, idle, meanwhile: the operator resends).
    expect((await api.post(`/v1/members/${di.id}/resend-invitation`)).status).toBe(200);
    const fresh = linkTokenOf((await mailTo('di@example.com', 2)).text);
    expect((await confirm(fresh)).status).toBe(200);
    await signedIn('di@example.com', OTHER_PASSWORD);

    // Made up.
    expectError(await confirm('A'.repeat(43)), 400, 'TOKEN_INVALID', 'an unknown link');
    expectError(await confirm(diToken.slice(0, -1)), 400, 'TOKEN_INVALID', 'a truncated link');
  });

  it('resets a password by email: 202 for any address, a mail only for a member; the new password works, the old one and every session end', async () => {
    await boot({ mail: true, env: { ALLOT_PUBLIC_URL: PUBLIC_URL } });
    await addMember('ana@example.com');
    const s1 = await signedIn('ana@example.com');
    const s2 = await signedIn('ana@example.com');
    const reset = (email: string) => anonymous().post('/v1/password-reset', { email });
    const confirm = (token: string, password = OTHER_PASSWORD) => anonymous().post('/v1/password-reset/confirm', { token, password });

    const unknown = await reset('nobody@example.com');
    const known = await reset('ANA@example.com');
    expect(unknown.status, unknown.text).toBe(202);
    expect(known.status, known.text).toBe(202);
    expect(known.text, 'the same answer either way').toBe(unknown.text);
    const mail = await mailTo('ana@example.com');
    expect(mail.subject.toLowerCase()).toContain('reset');
    const first = linkTokenOf(mail.text, PUBLIC_URL);
    // At most one reset email a minute per address.
    expect((await reset('ana@example.com')).status).toBe(202);
    // Once the request is worked off (here or by the mail worker: a request is taken and worked off in one transaction), no second message was queued.
    await server!.runtime.services.passwords.processResets();
    const db = server!.runtime.database.db;
    await eventually('the reset request worked off', async () => (await db.selectFrom('password_reset_requests').select('id').execute()).length === 0);
    expect(await db.selectFrom('outbox').select('id').execute(), 'one message in all').toHaveLength(1);
    expect(smtp!.to('ana@example.com'), 'a second request within the minute sends nothing').toHaveLength(1);
    expect(smtp!.to('nobody@example.com')).toHaveLength(0);
    expect(smtp!.messages).toHaveLength(1);
    // The sessions are untouched until the password changes.
    expect(await sessionWorks(s1)).toBe(true);

    server!.clock.advance(61_000);
    expect((await reset('ana@example.com')).status).toBe(202);
    const second = linkTokenOf((await mailTo('ana@example.com', 2)).text);
    expectError(await confirm(first), 400, 'TOKEN_INVALID', 'a reset link replaced by a newer one');
    const done = await confirm(second);
    expect(done.status, done.text).toBe(200);
    expect(done.body.member).toMatchObject({ email: 'ana@example.com', status: 'active' });
    expect(await sessionWorks(s1), 'a reset ends every session').toBe(false);
    expect(await sessionWorks(s2)).toBe(false);
    expectError(await anonymous().signIn('ana@example.com', PASSWORD), 401, 'INVALID_CREDENTIALS', 'the old password');
    await signedIn('ana@example.com', OTHER_PASSWORD);
    expectError(await confirm(second, PASSWORD), 400, 'TOKEN_INVALID', 'a used reset link');

    // A reset link works for one hour.
    server!.clock.advance(61_000);
    expect((await reset('ana@example.com')).status).toBe(202);
    const third = linkTokenOf((await mailTo('ana@example.com', 3)).text);
    server!.clock.advance(HOUR_MS);
    expectError(await confirm(third, PASSWORD), 400, 'TOKEN_INVALID', 'a reset link after one hour');
    await signedIn('ana@example.com', OTHER_PASSWORD);
  });

  it('changes one’s password: PASSWORD_INCORRECT for a wrong current one; the other sessions end, this one stays', async () => {
    await boot();
    await addMember('ana@example.com');
    const mine = await signedIn('ana@example.com');
    const other = await signedIn('ana@example.com');
    const change = (body: unknown, client = mine) => client.post('/v1/me/password', body);

    expectError(await change({ currentPassword: 'not my password', newPassword: OTHER_PASSWORD }), 403, 'PASSWORD_INCORRECT', 'a wrong current password');
    expectError(await change({ currentPassword: PASSWORD, newPassword: 'too short' }), 400, 'INVALID_REQUEST', 'a 9-character new password');
    expectError(await mine.post('/v1/me/password', { currentPassword: PASSWORD, newPassword: OTHER_PASSWORD }, { csrf: null }), 403, 'CSRF_TOKEN_INVALID');
    expect(await sessionWorks(other), 'refused changes end nothing').toBe(true);
    await signedIn('ana@example.com', PASSWORD);

    const ok = await change({ currentPassword: PASSWORD, newPassword: OTHER_PASSWORD });
    expect(ok.status, ok.text).toBe(204);
    expect(await sessionWorks(mine), 'the session that changed it stays').toBe(true);
    expect(await sessionWorks(other), 'other sessions end').toBe(false);
    expect((await mine.patch('/v1/me', { name: 'Still here' })).status).toBe(200);
    expectError(await anonymous().signIn('ana@example.com', PASSWORD), 401, 'INVALID_CREDENTIALS', 'the old password');
    await signedIn('ana@example.com', OTHER_PASSWORD);
  });

  it('keeps the last active Account Administrator: no demoting, blocking, removing or leaving; with two it works', async () => {
    await boot();
    const ana = await addMember('ana@example.com');
    const client = await signedIn('ana@example.com');
    const operator = api;
    const token = api.as(seed.adminToken);
    const refusals: [string, () => Promise<Answer>][] = [
      ['demote to License Administrator', () => client.patch(`/v1/members/${ana.id}`, { role: 'license_admin', keyIds: [seed.primaryKeyId] })],
      ['demote to member', () => client.patch(`/v1/members/${ana.id}`, { role: 'member' })],
      ['demote, by the operator', () => operator.patch(`/v1/members/${ana.id}`, { role: 'member' })],
      ['block oneself', () => client.post(`/v1/members/${ana.id}/block`)],
      ['block, by a token', () => token.post(`/v1/members/${ana.id}/block`)],
      ['remove, by the operator', () => operator.del(`/v1/members/${ana.id}`)],
      ['remove, by a token', () => token.del(`/v1/members/${ana.id}`)],
      ['leave', () => client.del(`/v1/members/${ana.id}`)],
    ];
    const expectKept = async (when: string) => {
      for (const [what, attempt] of refusals) expectError(await attempt(), 409, 'LAST_ACCOUNT_ADMIN', `${what} (${when})`);
      const now = await api.get(`/v1/members/${ana.id}`);
      expect(now.body, when).toMatchObject({ role: 'account_admin', status: 'active' });
      expect(await sessionWorks(client), when).toBe(true);
    };
    await expectKept('the only member');

    // An invited administrator and a blocked one do not count.
    const invited = await client.post(`/v1/accounts/${seed.accountId}/members`, { email: 'bo@example.com', name: 'Bo', role: 'account_admin' });
    expect(invited.status, invited.text).toBe(201);
    const cy = await addMember('cy@example.com');
    const blocked = await client.post(`/v1/members/${cy.id}/block`);
    expect(blocked.status, blocked.text).toBe(200);
    await expectKept('with an invited and a blocked administrator');

    // Two active administrators: each change works, until one is left.
    expect((await client.post(`/v1/members/${cy.id}/unblock`)).body.status).toBe('active');
    const cyClient = await signedIn('cy@example.com');
    const demoted = await client.patch(`/v1/members/${cy.id}`, { role: 'member' });
    expect(demoted.status, demoted.text).toBe(200);
    expect(demoted.body.role).toBe('member');
    expectError(await client.del(`/v1/members/${ana.id}`), 409, 'LAST_ACCOUNT_ADMIN', 'leaving after demoting the other one');
    expect((await client.patch(`/v1/members/${cy.id}`, { role: 'account_admin' })).status).toBe(200);
    expect((await client.post(`/v1/members/${cy.id}/block`)).status).toBe(200);
    expect((await client.post(`/v1/members/${cy.id}/unblock`)).status).toBe(200);
    // Cy's sessions ended with the block; Ana leaves, and Cy is the last one.
    expect(await sessionWorks(cyClient)).toBe(false);
    const cyAgain = await signedIn('cy@example.com');
    const left = await client.del(`/v1/members/${ana.id}`);
    expect(left.status, left.text).toBe(200);
    expect(await sessionWorks(client), 'who left is signed out').toBe(false);
    expectError(await anonymous().signIn('ana@example.com', PASSWORD), 401, 'INVALID_CREDENTIALS');
    expect((await events(`action=member.left&targetId=${ana.id}`)).length).toBe(1);
    expectError(await cyAgain.del(`/v1/members/${cy.id}`), 409, 'LAST_ACCOUNT_ADMIN', 'the last one left leaving');
    expectError(await cyAgain.patch(`/v1/members/${cy.id}`, { role: 'member' }), 409, 'LAST_ACCOUNT_ADMIN', 'the last one left demoting themselves');
    // Promoting someone else first lets the last one go.
    const dan = await addMember('dan@example.com', 'member');
    expect((await cyAgain.patch(`/v1/members/${dan.id}`, { role: 'account_admin' })).status).toBe(200);
    const cyDemoted = await cyAgain.patch(`/v1/members/${cy.id}`, { role: 'member' });
    expect(cyDemoted.status, cyDemoted.text).toBe(200);
    // A member who is no administrator may still leave.
    expect((await cyAgain.del(`/v1/members/${cy.id}`)).status).toBe(200);
  });

  it('refuses an address that is taken, whatever its case and whichever the account, with MEMBER_EXISTS', async () => {
    await boot();
    await addMember('ana@example.com');
    const client = await signedIn('ana@example.com');
    const other = await api.post('/v1/accounts', { name: 'Globex' });
    expect(other.status).toBe(201);
    for (const [what, attempt] of [
      ['operator, same case', () => api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'ana@example.com', name: 'A', role: 'member', password: PASSWORD })],
      ['operator, upper case', () => api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'ANA@Example.COM', name: 'A', role: 'member', password: PASSWORD })],
      ['administrator, mixed case', () => client.post(`/v1/accounts/${seed.accountId}/members`, { email: 'Ana@example.com', name: 'A', role: 'member' })],
      ['another account', () => api.post(`/v1/accounts/${other.body.id}/members`, { email: 'aNa@example.com', name: 'A', role: 'account_admin', password: PASSWORD })],
    ] as const)
      expectError(await attempt(), 409, 'MEMBER_EXISTS', what);
    const list = await api.get(`/v1/accounts/${seed.accountId}/members`);
    expect(list.body.data).toHaveLength(1);
    expect((await api.get(`/v1/accounts/${other.body.id}/members`)).body.data).toEqual([]);
  });

  it('records what members do in the console as actor type member', async () => {
    await boot();
    const ana = await addMember('ana@example.com');
    const client = await signedIn('ana@example.com', PASSWORD);
    const key = await client.post(`/v1/subscriptions/${seed.subscriptionId}/keys`, { name: 'Design', type: 'dynamic', maxSeats: 2 }, { headers: { 'x-request-id': 'console-req-1' } });
    expect(key.status, key.text).toBe(201);
    const bo = await client.post(`/v1/accounts/${seed.accountId}/members`, { email: 'bo@example.com', name: 'Bo', role: 'member' });
    expect(bo.status).toBe(201);
    expect((await client.patch(`/v1/members/${bo.body.id}`, { role: 'license_admin', keyIds: [key.body.id] })).status).toBe(200);
    expect((await client.post(`/v1/members/${bo.body.id}/block`)).status).toBe(200);
    expect((await client.patch('/v1/me', { name: 'Ana A.' })).status).toBe(200);
    expect((await client.signOut()).status).toBe(204);

    const byMember = await events('actorType=member');
    // The name is who they were when they acted: Ana until she renamed herself.
    const asAna = { type: 'member', id: ana.id, name: expect.stringMatching(/ <ana@example\.com>$/) };
    const actions = byMember.map((e) => e.action).sort();
    expect(actions).toEqual(['key.created', 'member.blocked', 'member.created', 'member.signed_in', 'member.signed_out', 'member.updated', 'member.updated'].sort());
    for (const e of byMember) {
      expect(e.actor, e.action).toEqual(asAna);
      if (e.action === 'member.signed_out') expect(e.actor.name).toBe('Ana A. <ana@example.com>');
      if (e.action === 'member.signed_in') expect(e.actor.name).toBe(`${ana.name} <ana@example.com>`);
      expect(e.accountId, e.action).toBe(seed.accountId);
    }
    expect(byMember.find((e) => e.action === 'key.created')).toMatchObject({ target: { type: 'key', id: key.body.id }, requestId: 'console-req-1', subscriptionId: seed.subscriptionId });
    expect(byMember.find((e) => e.action === 'member.created')).toMatchObject({ target: { type: 'member', id: bo.body.id }, after: { email: 'bo@example.com', role: 'member', status: 'invited' } });
    expect(byMember.find((e) => e.action === 'member.blocked')).toMatchObject({ target: { id: bo.body.id }, before: { status: 'invited' }, after: { status: 'blocked' } });
    expect(byMember.find((e) => e.action === 'member.updated' && e.target.id === bo.body.id)).toMatchObject({
      before: { role: 'member', keyIds: [] },
      after: { role: 'license_admin', keyIds: [key.body.id] },
    });
    // The operator's own change is the operator's.
    const created = await events(`action=member.created&targetId=${ana.id}`);
    expect(created[0].actor.type).toBe('operator');
    expect(JSON.stringify([...byMember, ...created])).not.toMatch(/argon2|password_?hash/i);
  });

  it('keeps no password, session id, CSRF token or link token in clear; password hashes are argon2id', async () => {
    await boot({ mail: true });
    await addMember('ana@example.com');
    const client = await signedIn('ana@example.com');
    const invited = await client.post(`/v1/accounts/${seed.accountId}/members`, { email: 'bo@example.com', name: 'Bo', role: 'member' });
    expect(invited.status).toBe(201);
    const joinToken = linkTokenOf((await mailTo('bo@example.com')).text);
    expect((await anonymous().post('/v1/password-reset/confirm', { token: joinToken, password: OTHER_PASSWORD })).status).toBe(200);
    const bo = await signedIn('bo@example.com', OTHER_PASSWORD);
    const changed = 'a third password, long';
    expect((await bo.post('/v1/me/password', { currentPassword: OTHER_PASSWORD, newPassword: changed })).status).toBe(204);
    expect((await anonymous().post('/v1/password-reset', { email: 'ana@example.com' })).status).toBe(202);
    const resetToken = linkTokenOf((await mailTo('ana@example.com')).text);
    // A failed sign-in leaves a trace of the address, never of the password tried.
    const tried = 'a password someone tried';
    expectError(await anonymous().signIn('ana@example.com', tried), 401, 'INVALID_CREDENTIALS');
    // Let the mail worker settle (every message sent and recorded) before reading every table.
    const unsettled = () => server!.runtime.database.db.selectFrom('outbox').select('id').where('status', 'in', ['queued', 'retrying']).execute();
    await eventually('the mail worker settled the outbox', async () => (await unsettled()).length === 0);

    const state = await snapshotState(server!, null);
    const dump = JSON.stringify(state);
    const secrets: [string, string][] = [
      ['password', PASSWORD],
      ['joining password', OTHER_PASSWORD],
      ['changed password', changed],
      ['tried password', tried],
      ['session id', client.cookie!],
      ['session id', bo.cookie!],
      ['CSRF token', client.csrfToken!],
      ['join link token', joinToken],
      ['reset link token', resetToken],
    ];
    for (const [what, secret] of secrets) {
      for (const form of new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('hex')]))
        expect(dump.includes(form), `${what} (${form.slice(0, 12)}…) in the dump`).toBe(false);
    }
    const members = (state['table members'] as string[]).map((r) => JSON.parse(r));
    expect(members.map((m) => m.email).sort()).toEqual(['ana@example.com', 'bo@example.com']);
    for (const m of members) expect(m.password_hash, m.email).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(new Set(members.map((m) => m.password_hash)).size, 'salted: no two hashes alike').toBe(2);
    for (const [table, rows] of Object.entries(state))
      if (table !== 'table members') expect(JSON.stringify(rows), `a password hash in ${table}`).not.toContain('$argon2');
  });
});

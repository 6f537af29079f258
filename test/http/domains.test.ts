/**
 * Verified domains (issue 12, item 1) over HTTP, with a real DNS server on loopback that Allot
 * asks through ALLOT_DNS_SERVERS: the TXT record to publish, verification (found, not found,
 * another value, DNS not answering), one account per domain (also when two verify at the same
 * moment), listing, removal, tenancy, roles, bad names and the audit trail.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { dnsEnv, startDnsServer, type DnsServer } from '../helpers/dns-server.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { snapshotState } from '../helpers/malformed.ts';

const expectError = (res: Answer, status: number, code: string, what = code) => {
  expect(res.status, `${what}: ${res.text}`).toBe(status);
  expect(res.body?.error?.code, `${what}: ${res.text}`).toBe(code);
};

describe.each(dialects())('verified domains on %s', (dialect) => {
  let dns: DnsServer;
  let server: TestServer;
  let operator: Api;
  let a: Seeded;
  let b: Seeded;
  let asA: Api;
  let asB: Api;

  beforeEach(async () => {
    dns = await startDnsServer();
    server = await startTestServer(dialect, { env: dnsEnv(dns) });
    operator = apiClient(server.app);
    a = await seedSubscription(operator, 5);
    b = await seedSubscription(operator, 5);
    asA = operator.as(a.adminToken);
    asB = operator.as(b.adminToken);
    // A token's first use records when it was used: done now, so that a snapshot taken later does not see it move.
    await Promise.all([asA.get('/v1/accounts'), asB.get('/v1/accounts')]);
  });
  afterEach(async () => {
    await server?.close();
    await dns?.close();
  });

  async function add(api: Api, accountId: string, domain: string) {
    const res = await api.post(`/v1/accounts/${accountId}/domains`, { domain });
    expect(res.status, res.text).toBe(201);
    return res.body;
  }
  const verify = (api: Api, id: string) => api.post(`/v1/domains/${id}/verify`);
  const listOf = async (api: Api, accountId: string) => {
    const res = await api.get(`/v1/accounts/${accountId}/domains`);
    expect(res.status, res.text).toBe(200);
    return res.body.data as any[];
  };

  it('adds a domain as pending with the TXT record to publish, and verifies it once the record is there', async () => {
    const added = await add(asA, a.accountId, 'Example.COM.');
    expect(added).toMatchObject({
      accountId: a.accountId,
      domain: 'example.com',
      status: 'pending',
      verification: { type: 'TXT', name: '_allot-challenge.example.com' },
      verifiedAt: null,
      lastCheckedAt: null,
      lastCheck: null,
    });
    expect(added.verification.value).toMatch(/^allot-domain-verification=[0-9a-f]{32}$/);
    expect(Date.parse(added.createdAt)).toBe(server.clock.now());

    // Nothing published yet: refused, with what was found (nothing), and the check is kept.
    const none = await verify(asA, added.id);
    expectError(none, 422, 'DOMAIN_NOT_VERIFIED', 'before publishing');
    expect(none.body.error.details).toEqual({ name: '_allot-challenge.example.com', expected: added.verification.value, found: [], error: null });

    // Another value at the name: it is shown, so the administrator sees what DNS holds.
    dns.setTxt('_allot-challenge.example.com', ['allot-domain-verification=0123456789abcdef0123456789abcdef', 'v=spf1 -all']);
    server.clock.advance(60_000);
    const wrong = await verify(asA, added.id);
    expectError(wrong, 422, 'DOMAIN_NOT_VERIFIED', 'a wrong value');
    expect(wrong.body.error.details.found).toEqual(['allot-domain-verification=0123456789abcdef0123456789abcdef', 'v=spf1 -all']);
    expect(wrong.body.error.details.error).toBeNull();
    const [afterWrong] = await listOf(asA, a.accountId);
    expect(afterWrong).toMatchObject({
      status: 'pending',
      lastCheckedAt: new Date(server.clock.now()).toISOString(),
      lastCheck: { found: ['allot-domain-verification=0123456789abcdef0123456789abcdef', 'v=spf1 -all'], error: null },
    });

    // The record among others (a long one comes in several strings, joined): verified.
    dns.setTxt('_allot-challenge.example.com', ['v=spf1 -all', added.verification.value, 'x'.repeat(300)]);
    server.clock.advance(60_000);
    const ok = await verify(asA, added.id);
    expect(ok.status, ok.text).toBe(200);
    const at = new Date(server.clock.now()).toISOString();
    expect(ok.body).toMatchObject({ id: added.id, domain: 'example.com', status: 'verified', verifiedAt: at, lastCheckedAt: at });
    expect(ok.body.lastCheck).toEqual({ found: ['v=spf1 -all', added.verification.value, 'x'.repeat(300)], error: null });
    expect(ok.body.verification).toEqual(added.verification);

    // The record may go once verified: a new check records that and keeps the domain verified.
    dns.clear('_allot-challenge.example.com');
    server.clock.advance(60_000);
    const again = await verify(asA, added.id);
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ status: 'verified', verifiedAt: at, lastCheckedAt: new Date(server.clock.now()).toISOString(), lastCheck: { found: [], error: null } });
    expect(await listOf(asA, a.accountId)).toEqual([again.body]);
    expect(dns.queries.filter((q) => q === '_allot-challenge.example.com').length).toBeGreaterThanOrEqual(4);

    // The audit trail: added, two failed checks, verified (a re-check of a verified domain is no event).
    const events = await asA.get(`/v1/events?accountId=${a.accountId}&action=domain.*`);
    expect(events.status, events.text).toBe(200);
    expect(events.body.data.map((e: any) => e.action).reverse()).toEqual(['domain.added', 'domain.verification_failed', 'domain.verification_failed', 'domain.verified']);
    const [verified, failedWrong] = events.body.data;
    expect(verified).toMatchObject({ target: { type: 'domain', id: added.id }, actor: { type: 'token' }, before: { domain: 'example.com', status: 'pending' }, after: { domain: 'example.com', status: 'verified' } });
    expect(failedWrong.after).toMatchObject({ domain: 'example.com', status: 'pending', reason: 'not_found', found: ['allot-domain-verification=0123456789abcdef0123456789abcdef', 'v=spf1 -all'], error: null });
  });

  it('lets one account verify a domain: another gets DOMAIN_TAKEN, the same account DOMAIN_EXISTS', async () => {
    const mine = await add(asA, a.accountId, 'acme.example');
    expectError(await asA.post(`/v1/accounts/${a.accountId}/domains`, { domain: 'ACME.example.' }), 409, 'DOMAIN_EXISTS', 'the same name again');
    // Pending, a domain is nobody's yet: another account may add it too.
    const theirs = await add(asB, b.accountId, 'acme.example');
    dns.setTxt('_allot-challenge.acme.example', [mine.verification.value]);
    expect((await verify(asA, mine.id)).status).toBe(200);

    expectError(await asB.post(`/v1/accounts/${b.accountId}/domains`, { domain: 'acme.example' }), 409, 'DOMAIN_EXISTS', 'B has it pending');
    const c = await seedSubscription(operator, 1);
    const taken = await operator.post(`/v1/accounts/${c.accountId}/domains`, { domain: 'acme.example' });
    expectError(taken, 409, 'DOMAIN_TAKEN', 'a third account adds it');
    expect(taken.body.error.details).toEqual({ domain: 'acme.example' });
    expect(await listOf(operator, c.accountId)).toEqual([]);

    // B publishes its own record too: found, but the name is A's.
    dns.setTxt('_allot-challenge.acme.example', [mine.verification.value, theirs.verification.value]);
    expectError(await verify(asB, theirs.id), 409, 'DOMAIN_TAKEN', 'B verifies a name A verified');
    const [bDomain] = await listOf(asB, b.accountId);
    expect(bDomain).toMatchObject({ status: 'pending', verifiedAt: null, lastCheck: { found: [mine.verification.value, theirs.verification.value], error: null } });
    const failed = await asB.get(`/v1/events?accountId=${b.accountId}&action=domain.verification_failed`);
    expect(failed.body.data.map((e: any) => e.after.reason)).toEqual(['taken']);

    // Once A removes it, B verifies it.
    const removed = await asA.del(`/v1/domains/${mine.id}`);
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body).toMatchObject({ id: mine.id, domain: 'acme.example', status: 'verified' });
    expect(await listOf(asA, a.accountId)).toEqual([]);
    expectError(await verify(asA, mine.id), 404, 'DOMAIN_NOT_FOUND', 'a removed domain');
    expectError(await asA.del(`/v1/domains/${mine.id}`), 404, 'DOMAIN_NOT_FOUND', 'removed twice');
    const now = await verify(asB, theirs.id);
    expect(now.status, now.text).toBe(200);
    expect(now.body.status).toBe('verified');
    const removedEvents = await asA.get(`/v1/events?accountId=${a.accountId}&action=domain.removed`);
    expect(removedEvents.body.data).toMatchObject([{ target: { type: 'domain', id: mine.id }, before: { domain: 'acme.example', status: 'verified' } }]);
  });

  it('verifies a domain for exactly one of two accounts that verify it at the same moment', async () => {
    for (let round = 0; round < 4; round++) {
      const domain = `race-${round}.example`;
      const [x, y] = await Promise.all([add(asA, a.accountId, domain), add(asB, b.accountId, domain)]);
      dns.setTxt(`_allot-challenge.${domain}`, [x.verification.value, y.verification.value]);
      const answers = await Promise.all([verify(asA, x.id), verify(asB, y.id)]);
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses, answers.map((r) => r.text).join('\n')).toEqual([200, 409]);
      const loser = answers.find((r) => r.status === 409)!;
      expect(loser.body.error.code).toBe('DOMAIN_TAKEN');
      const states = [...(await listOf(asA, a.accountId)), ...(await listOf(asB, b.accountId))].filter((d) => d.domain === domain);
      expect(states.map((d) => d.status).sort()).toEqual(['pending', 'verified']);
      // Both checks were kept, the loser's too.
      expect(states.every((d) => d.lastCheck?.found.length === 2)).toBe(true);
    }
  });

  it("lists an account's domains by name, and nothing of another account's", async () => {
    await add(asA, a.accountId, 'zeta.example');
    await add(asA, a.accountId, 'alpha.example');
    await add(asB, b.accountId, 'beta.example');
    expect((await listOf(asA, a.accountId)).map((d) => d.domain)).toEqual(['alpha.example', 'zeta.example']);
    expect((await listOf(operator, b.accountId)).map((d) => d.domain)).toEqual(['beta.example']);
    expect(await listOf(asA, a.accountId)).not.toContainEqual(expect.objectContaining({ accountId: b.accountId }));
  });

  it("answers another account's domains with 404 on every route, and asks DNS nothing for them", async () => {
    const theirs = await add(asB, b.accountId, 'b-corp.example');
    dns.setTxt('_allot-challenge.b-corp.example', [theirs.verification.value]);
    const before = await snapshotState(server, null);
    const asked = dns.queries.length;
    expectError(await verify(asA, theirs.id), 404, 'DOMAIN_NOT_FOUND', "verify B's");
    expectError(await asA.del(`/v1/domains/${theirs.id}`), 404, 'DOMAIN_NOT_FOUND', "remove B's");
    expectError(await asA.get(`/v1/accounts/${b.accountId}/domains`), 404, 'ACCOUNT_NOT_FOUND', "list B's");
    expectError(await asA.post(`/v1/accounts/${b.accountId}/domains`, { domain: 'sneaky.example' }), 404, 'ACCOUNT_NOT_FOUND', 'add to B');
    const missing = '0190f5c2-0000-7000-8000-000000000000';
    expectError(await verify(asA, missing), 404, 'DOMAIN_NOT_FOUND', 'verify a missing id');
    expectError(await asA.del(`/v1/domains/${missing}`), 404, 'DOMAIN_NOT_FOUND', 'remove a missing id');
    expectError(await operator.post(`/v1/accounts/${missing}/domains`, { domain: 'example.com' }), 404, 'ACCOUNT_NOT_FOUND', 'the operator, a missing account');
    expect(dns.queries.length).toBe(asked);
    expect(await snapshotState(server, null)).toEqual(before);
    expect((await verify(asB, theirs.id)).status).toBe(200);
  });

  it('lets Account Administrators and the operator manage domains, and refuses other roles with FORBIDDEN', async () => {
    const mine = await add(asA, a.accountId, 'roles.example');
    const viaOperator = await add(operator, a.accountId, 'by-operator.example');
    expect(viaOperator.accountId).toBe(a.accountId);
    for (const role of ['license_admin', 'member']) {
      const token = await operator.post(`/v1/accounts/${a.accountId}/tokens`, { name: role, role, keyIds: [] });
      expect(token.status, token.text).toBe(201);
      const as = operator.as(token.body.token);
      await as.get('/v1/accounts');
      const before = await snapshotState(server, null);
      expectError(await as.post(`/v1/accounts/${a.accountId}/domains`, { domain: 'other.example' }), 403, 'FORBIDDEN', `${role} adds`);
      expectError(await as.get(`/v1/accounts/${a.accountId}/domains`), 403, 'FORBIDDEN', `${role} lists`);
      expectError(await verify(as, mine.id), 403, 'FORBIDDEN', `${role} verifies`);
      expectError(await as.del(`/v1/domains/${mine.id}`), 403, 'FORBIDDEN', `${role} removes`);
      expect(await snapshotState(server, null)).toEqual(before);
    }
  });

  it('refuses names that are no domain with INVALID_REQUEST, and stores nothing', async () => {
    const before = await snapshotState(server, null);
    const tooLong = [...Array(4)].map(() => 'a'.repeat(63)).join('.');
    for (const [what, domain, field] of [
      ['an IPv4 address', '192.168.0.1', 'domain'],
      ['an IPv6 address', '[2001:db8::1]', 'domain'],
      ['a wildcard', '*.example.com', 'domain'],
      ['one label', 'localhost', 'domain'],
      ['an empty label', 'a..example.com', 'domain'],
      ['a URL', 'https://example.com/', 'domain'],
      ['an email address', 'ana@example.com', 'domain'],
      ['254 characters', tooLong.slice(0, 254), 'domain'],
      ['a label of 64', `${'a'.repeat(64)}.example`, 'domain'],
      ['a label ending in a hyphen', 'bad-.example', 'domain'],
      ['non-ASCII', 'bücher.example', 'domain'],
      ['blank', '   ', 'domain'],
      ['empty', '', 'body.domain'],
      ['300 characters', 'a'.repeat(296) + '.com', 'body.domain'],
    ] as const) {
      const res = await asA.post(`/v1/accounts/${a.accountId}/domains`, { domain });
      expectError(res, 400, 'INVALID_REQUEST', what);
      expect(res.body.error.details?.[0]?.field, what).toBe(field);
    }
    expectError(await asA.post(`/v1/accounts/${a.accountId}/domains`, { domain: 'example.com', extra: 1 }), 400, 'INVALID_REQUEST', 'an unknown field');
    expectError(await asA.post(`/v1/accounts/${a.accountId}/domains`, {}), 400, 'INVALID_REQUEST', 'no domain');
    expect(await snapshotState(server, null)).toEqual(before);
    expect((await add(asA, a.accountId, '  MiXeD.Case.Example. ')).domain).toBe('mixed.case.example');
  });

  it('answers 422 with why when DNS does not answer, never a 5xx, and records the failed check', async () => {
    const gone = await startDnsServer();
    await gone.close();
    const offline = await startTestServer(dialect, { env: dnsEnv(gone) });
    try {
      const api = apiClient(offline.app);
      const seed = await seedSubscription(api, 1);
      const added = await add(api, seed.accountId, 'offline.example');
      const res = await verify(api, added.id);
      expectError(res, 422, 'DOMAIN_NOT_VERIFIED', 'DNS does not answer');
      expect(res.body.error.details).toMatchObject({ name: '_allot-challenge.offline.example', found: [] });
      expect(res.body.error.details.error).toMatch(/^E[A-Z]+$/);
      expect(res.body.error.message).toContain(res.body.error.details.error);
      const [kept] = await listOf(api, seed.accountId);
      expect(kept).toMatchObject({ status: 'pending', lastCheck: { found: [], error: res.body.error.details.error } });
      expect(kept.lastCheckedAt).not.toBeNull();
    } finally {
      await offline.close();
    }
  });

  it('caps the domains of an account', async () => {
    for (let i = 0; i < 50; i++) await add(asA, a.accountId, `d${i}.example`);
    const res = await asA.post(`/v1/accounts/${a.accountId}/domains`, { domain: 'one-more.example' });
    expectError(res, 400, 'INVALID_REQUEST', 'the 51st domain');
    expect(res.body.error.message).toContain('50');
    expect(await listOf(asA, a.accountId)).toHaveLength(50);
  });
});

/**
 * What a careful service provider refuses (issue 12, acceptance): each refusal with its stable
 * code, and nothing activated — no code reaches the app, no person is recorded, no seat taken.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import type { DnsServer } from '../helpers/dns-server.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { activateUrl, browserSignIn, connectIdp, LOOPBACK_REDIRECT, pkce, ssoScene, verifyDomain, type ConnectedIdp, type SsoScene } from '../helpers/sso.ts';

describe.each(dialects())('SSO refusals on %s', (dialect) => {
  let scene: SsoScene;
  let dns: DnsServer;
  let server: TestServer;
  let operator: Api;
  let acme: Seeded;
  let admin: Api;
  let product: string;
  const idps: ConnectedIdp[] = [];

  beforeEach(async () => {
    scene = await ssoScene(dialect, 10);
    ({ dns, server, operator, acme, admin, product } = scene);
  });
  afterEach(async () => {
    for (const idp of idps.splice(0)) await idp.close();
    await scene?.close();
  });

  const connect = async (protocol: 'saml' | 'oidc') => {
    const idp = await connectIdp(server, admin, acme.accountId, protocol);
    idps.push(idp);
    return idp;
  };

  /** Nothing came of it: no person, no activation, no seat. */
  const expectNothing = async () => {
    expect((await admin.get(`/v1/accounts/${acme.accountId}/sso-users`)).body.data).toEqual([]);
    expect((await admin.get(`/v1/subscriptions/${acme.subscriptionId}`)).body.seats.used).toBe(0);
  };

  const ada = { email: 'ada@acme.example', name: 'Ada', groups: ['eng'] };

  it.each([
    ['unsigned', { sign: 'none' as const }, 'SSO_SIGNATURE_INVALID'],
    ['tampered after signing (one attribute changed)', { tamper: (xml: string) => xml.replace('>eng<', '>admins<') }, 'SSO_SIGNATURE_INVALID'],
    ['signed by a key that is not the provider’s', { signWith: 'other' as const }, 'SSO_SIGNATURE_INVALID'],
    ['expired', { notBeforeMs: -20 * 60_000, notOnOrAfterMs: -10 * 60_000 }, 'SSO_ASSERTION_EXPIRED'],
    ['for another audience', { audience: 'https://someone-else.example/saml' }, 'SSO_AUDIENCE_INVALID'],
    ['from another issuer', { issuer: 'https://evil.example/idp' }, 'SSO_ISSUER_INVALID'],
    ['for another recipient', { recipient: 'https://someone-else.example/acs' }, 'SSO_RECIPIENT_INVALID'],
  ])('refuses a SAML assertion %s', async (_what, options, code) => {
    const idp = await connect('saml');
    const { back } = await browserSignIn(server, idp, product, ada, options);
    expect(back.status, back.text).toBeGreaterThanOrEqual(400);
    expect(back.status).toBeLessThan(500);
    expect(back.body.error.code, back.text).toBe(code);
    expect(back.headers.location).toBeUndefined();
    await expectNothing();
  });

  it('refuses a replayed SAML response: the same post a second time answers SSO_REPLAYED and changes nothing more', async () => {
    const idp = await connect('saml');
    const { codeChallenge } = pkce();
    const start = await server.app.inject({ method: 'GET', url: activateUrl({ product, email: ada.email, codeChallenge }) });
    const post = await idp.saml!.respond(String(start.headers.location), ada);
    const form = new URLSearchParams({ SAMLResponse: post.SAMLResponse, RelayState: post.RelayState! }).toString();
    const send = () => server.app.inject({ method: 'POST', url: new URL(post.acsUrl).pathname, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form });
    const first = await send();
    expect(first.statusCode, first.body).toBe(302);
    const replay = await send();
    expect(replay.statusCode, replay.body).toBe(400);
    expect(JSON.parse(replay.body).error.code).toBe('SSO_REPLAYED');
    // A browser is shown a page it can read, with the code.
    const page = await server.app.inject({
      method: 'POST',
      url: new URL(post.acsUrl).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: form,
    });
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('SSO_REPLAYED');
  });

  it('refuses a SAML response that answers no request of ours (unsolicited, or another sign-in’s)', async () => {
    const idp = await connect('saml');
    const { back } = await browserSignIn(server, idp, product, ada, { inResponseTo: '_not-ours' });
    expect(back.body.error.code, back.text).toBe('SSO_REPLAYED');
    await expectNothing();
  });

  it.each([
    ['a wrong nonce', { nonce: 'not-the-nonce' }, 'SSO_NONCE_INVALID'],
    ['a wrong audience', { aud: 'another-client' }, 'SSO_AUDIENCE_INVALID'],
  ])('refuses an OpenID Connect ID token with %s', async (_what, claims, code) => {
    const idp = await connect('oidc');
    idp.oidc!.tamperNextIdToken({ claims });
    const { back } = await browserSignIn(server, idp, product, ada);
    expect(back.status, back.text).toBe(401);
    expect(back.body.error.code, back.text).toBe(code);
    await expectNothing();
  });

  it('refuses a redirect_uri that is not a loopback address, before anything is asked of the provider', async () => {
    await connect('oidc');
    const { codeChallenge } = pkce();
    for (const redirectUri of ['https://evil.example/callback', 'http://evil.example:8080/cb', 'http://127.0.0.1/no-port', 'http://127.0.0.1:8080/cb#frag', 'myapp://callback']) {
      const res = await server.app.inject({ method: 'GET', url: activateUrl({ product, email: ada.email, codeChallenge, redirectUri }) });
      expect(res.statusCode, redirectUri).toBe(400);
      expect(JSON.parse(res.body).error.code, redirectUri).toBe('INVALID_REDIRECT_URI');
    }
    for (const redirectUri of [LOOPBACK_REDIRECT, 'http://[::1]:4000/cb', 'http://localhost:4000/cb']) {
      const res = await server.app.inject({ method: 'GET', url: activateUrl({ product, email: ada.email, codeChallenge, redirectUri }) });
      expect(res.statusCode, redirectUri).toBe(302);
    }
  });

  it('refuses the email of an unverified domain (404 SSO_NOT_CONFIGURED, with a page for a browser)', async () => {
    await connect('saml');
    const { codeChallenge } = pkce();
    const res = await server.app.inject({ method: 'GET', url: activateUrl({ product, email: 'zed@elsewhere.example', codeChallenge }), headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('SSO_NOT_CONFIGURED');
    // A pending (unverified) domain of the account is no better.
    await admin.post(`/v1/accounts/${acme.accountId}/domains`, { domain: 'pending.example' });
    const pending = await server.app.inject({ method: 'GET', url: activateUrl({ product, email: 'zed@pending.example', codeChallenge }) });
    expect([pending.statusCode, JSON.parse(pending.body).error.code]).toEqual([404, 'SSO_NOT_CONFIGURED']);
  });

  it("refuses an identity of another account's domain even from this account's own provider", async () => {
    const idp = await connect('saml');
    const globex = await seedSubscription(operator, 5);
    await verifyDomain(operator.as(globex.adminToken), dns, globex.accountId, 'globex.example');
    // The sign-in starts with an acme address, the provider answers for a globex person.
    const { codeChallenge } = pkce();
    const start = await server.app.inject({ method: 'GET', url: activateUrl({ product, email: ada.email, codeChallenge }) });
    const post = await idp.saml!.respond(String(start.headers.location), { email: 'hank@globex.example', groups: [] });
    const back = await server.app.inject({
      method: 'POST',
      url: new URL(post.acsUrl).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ SAMLResponse: post.SAMLResponse, RelayState: post.RelayState! }).toString(),
    });
    expect(back.statusCode, back.body).toBe(403);
    expect(JSON.parse(back.body).error.code).toBe('SSO_EMAIL_NOT_ALLOWED');
    await expectNothing();
    // And a globex address never reaches acme's provider: it names globex, which has no connection.
    const other = await server.app.inject({ method: 'GET', url: activateUrl({ product, email: 'hank@globex.example', codeChallenge }) });
    expect(JSON.parse(other.body).error.code).toBe('SSO_NOT_CONFIGURED');
  });

  it('a non-S256 or malformed code challenge is INVALID_REQUEST', async () => {
    await connect('saml');
    const { codeChallenge } = pkce();
    const plain = await server.app.inject({ method: 'GET', url: activateUrl({ product, email: ada.email, codeChallenge, method: 'plain' }) });
    expect([plain.statusCode, JSON.parse(plain.body).error.code]).toEqual([400, 'INVALID_REQUEST']);
    const short = await server.app.inject({ method: 'GET', url: activateUrl({ product, email: ada.email, codeChallenge: 'abc' }) });
    expect([short.statusCode, JSON.parse(short.body).error.code]).toEqual([400, 'INVALID_REQUEST']);
  });
});

describe('SSO sign-in starts', () => {
  it('are limited per address (ALLOT_SSO_STARTS_PER_MINUTE): 429 RATE_LIMITED with Retry-After, as a page for a browser', async () => {
    const server = await startTestServer('sqlite', { env: { ALLOT_SSO_STARTS_PER_MINUTE: '2' } });
    try {
      const start = () => server.app.inject({ method: 'GET', url: '/sso/console?email=someone%40nowhere.example', headers: { accept: 'text/html' } });
      for (const _ of [1, 2]) expect((await start()).statusCode).toBe(404); // SSO_NOT_CONFIGURED: counted all the same
      const limited = await start();
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBeDefined();
      expect(limited.headers['content-type']).toMatch(/text\/html/);
      expect(limited.body).toContain('RATE_LIMITED');
    } finally {
      await server.close();
    }
  });
});

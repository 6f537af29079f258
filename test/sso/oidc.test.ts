/**
 * The OpenID Connect adapter (src/sso/oidc.ts) against a real provider in-process
 * (test/helpers/oidc-idp.ts, oidc-provider): a full sign-in gives the identity with its groups,
 * and each thing a careful client refuses is refused with its code. Refused ID tokens are signed
 * with the provider's own key (or a foreign one) and validated by openid-client, unmocked.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from 'openid-client';
import type { OidcRequestBinding, OidcSettings } from '../../src/app/ports/identity.ts';
import { AllotError } from '../../src/domain/errors.ts';
import { createOidcAdapter } from '../../src/sso/oidc.ts';
import { startOidcIdp, type OidcIdp } from '../helpers/oidc-idp.ts';

const REDIRECT_URI = 'https://allot.test/sso/oidc/acct_1/callback';
const OTHER_REDIRECT_URI = 'https://allot.test/sso/oidc/acct_2/callback';

const secret = () => randomBytes(24).toString('base64url');
const binding = (): OidcRequestBinding => ({ state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() });

/** The AllotError a promise rejects with (fails the test when it resolves or throws something else). */
async function refusal(promise: Promise<unknown>): Promise<AllotError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a refusal, got ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof AllotError)) throw outcome.error;
  return outcome.error;
}

/** A port where nothing listens (bound, then closed). */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('OpenID Connect adapter against oidc-provider', () => {
  let idp: OidcIdp;
  let settings: OidcSettings;
  const adapter = createOidcAdapter();

  beforeAll(async () => {
    const clientSecret = secret();
    idp = await startOidcIdp({
      clients: [
        { clientId: 'allot', clientSecret, redirectUris: [REDIRECT_URI] },
        { clientId: 'other-app', clientSecret: secret(), redirectUris: [OTHER_REDIRECT_URI] },
      ],
      users: {
        ada: { email: ' Ada.Lovelace@Example.COM ', name: 'Ada Lovelace', groups: ['engineering', 'admins', 'engineering'] },
        grace: { email: 'grace@example.com', givenName: 'Grace', familyName: 'Hopper' },
        mallory: { email: 'mallory@example.com', emailVerified: false, groups: ['engineering'] },
      },
    });
    settings = { issuer: idp.issuer, clientId: 'allot', clientSecret, redirectUri: REDIRECT_URI, groupsClaims: ['groups'], emailClaim: null };
  });
  afterAll(() => idp?.close());

  /** Authorization request, sign-in at the provider, and the callback URL it sends back. */
  async function signIn(login = 'ada', b = binding(), s = settings): Promise<{ callback: URL; binding: OidcRequestBinding }> {
    const url = await adapter.authorize(s, b);
    return { callback: await idp.signIn(url, login), binding: b };
  }

  it('checks a connection by discovery (the issuer with or without a trailing slash)', async () => {
    await expect(adapter.check(settings)).resolves.toBeUndefined();
    await expect(adapter.check({ ...settings, issuer: `${idp.issuer}/` })).resolves.toBeUndefined();
  });

  it('takes http:// on any loopback name, then asks it: a provider that names another issuer fails discovery', async () => {
    const port = new URL(idp.issuer).port;
    const localhost = await refusal(adapter.check({ ...settings, issuer: `http://localhost:${port}` }));
    expect(localhost.code).toBe('SSO_DISCOVERY_FAILED');
    expect(localhost.details).toEqual({ problem: 'the discovery document names another issuer' });
    const ipv6 = await refusal(adapter.check({ ...settings, issuer: `http://[::1]:${await deadPort()}` }));
    expect(ipv6.code).toBe('SSO_DISCOVERY_FAILED');
    expect(ipv6.details).toEqual({ problem: expect.stringMatching(/did not answer/) });
  });

  it('asks for the code flow with PKCE S256, nonce, state and the groups scope the provider offers', async () => {
    const b = binding();
    const url = new URL(await adapter.authorize(settings, b));
    expect(url.origin).toBe(idp.issuer);
    const p = Object.fromEntries(url.searchParams);
    expect(p).toMatchObject({
      response_type: 'code',
      client_id: 'allot',
      redirect_uri: REDIRECT_URI,
      scope: 'openid email profile groups',
      code_challenge_method: 'S256',
      code_challenge: await client.calculatePKCECodeChallenge(b.codeVerifier),
      nonce: b.nonce,
      state: b.state,
    });
    expect(url.href).not.toContain(settings.clientSecret);
  });

  it('signs in: the identity with its groups (deduplicated), the email normalized', async () => {
    const { callback, binding: b } = await signIn('ada');
    expect(callback.origin + callback.pathname).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe(b.state);
    const identity = await adapter.verify(settings, callback, b);
    expect(identity).toEqual({ subject: 'ada', email: 'ada.lovelace@example.com', name: 'Ada Lovelace', groups: ['engineering', 'admins'] });
  });

  it('reads the name from given and family names; no groups is an empty list', async () => {
    const { callback, binding: b } = await signIn('grace');
    expect(await adapter.verify(settings, callback, b)).toEqual({ subject: 'grace', email: 'grace@example.com', name: 'Grace Hopper', groups: [] });
  });

  it('asks userinfo when the ID token lacks the email and the groups', async () => {
    const { callback, binding: b } = await signIn('ada');
    idp.tamperNextIdToken({ claims: { email: undefined, email_verified: undefined, groups: undefined } });
    const identity = await adapter.verify(settings, callback, b);
    expect(identity).toEqual({ subject: 'ada', email: 'ada.lovelace@example.com', name: 'Ada Lovelace', groups: ['engineering', 'admins'] });
  });

  it('reads groups from the first configured claim present, and the email from the configured claim', async () => {
    const { callback, binding: b } = await signIn('ada');
    idp.tamperNextIdToken({ claims: { roles: 'Licensed Users', upn: 'Ada@Corp.Example' } });
    const s = { ...settings, groupsClaims: ['roles', 'groups'], emailClaim: 'upn' };
    expect(await adapter.verify(s, callback, b)).toMatchObject({ email: 'ada@corp.example', groups: ['Licensed Users'] });
  });

  it('caps groups: at most 1000, none longer than 256 characters', async () => {
    const { callback, binding: b } = await signIn('ada');
    const many = Array.from({ length: 1200 }, (_, i) => `g${i}`);
    idp.tamperNextIdToken({ claims: { groups: ['x'.repeat(257), ...many, 42] } });
    const { groups } = await adapter.verify(settings, callback, b);
    expect(groups).toHaveLength(1000);
    expect(groups[0]).toBe('g0');
    expect(groups.every((g) => g.length <= 256)).toBe(true);
  });

  it('discovers once per connection, rediscovers after the cache time, and never keeps a failed discovery', async () => {
    let now = Date.now();
    const cached = createOidcAdapter({ now: () => now, cacheTtlMs: 60_000 });
    const discoveries = () => idp.requests.filter((r) => r.path === '/.well-known/openid-configuration').length;
    const before = discoveries();
    await cached.check(settings);
    const b = binding();
    const callback = await idp.signIn(await cached.authorize(settings, b), 'ada');
    await cached.verify(settings, callback, b);
    expect(discoveries() - before).toBe(1);
    now += 60_001;
    await cached.authorize(settings, binding());
    expect(discoveries() - before).toBe(2);

    const s = { ...settings, clientSecret: secret() };
    idp.setAvailable(false);
    try {
      const error = await refusal(cached.check(s));
      expect(error.code).toBe('SSO_DISCOVERY_FAILED');
      expect(error.details).toEqual({ problem: expect.stringContaining('HTTP 503') });
    } finally {
      idp.setAvailable(true);
    }
    await expect(cached.check(s)).resolves.toBeUndefined();
  });

  it('a provider down between the request and the callback: SSO_IDP_UNREACHABLE', async () => {
    const { callback, binding: b } = await signIn();
    idp.setAvailable(false);
    try {
      expect((await refusal(adapter.verify(settings, callback, b))).code).toBe('SSO_IDP_UNREACHABLE');
    } finally {
      idp.setAvailable(true);
    }
  });

  it('shows a browser a login form with a Username field and a Sign in button', async () => {
    const authorize = await adapter.authorize(settings, binding());
    const first = await fetch(authorize, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const page = await fetch(new URL(first.headers.get('location')!, idp.issuer), { headers: { cookie: first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<label>Username <input name="login"/);
    expect(html).toMatch(/<button type="submit">Sign in<\/button>/);
  });

  it('asks who signs in each time, even in a browser that signed in before', async () => {
    const browser = idp.browser();
    for (const [login, email] of [['ada', 'ada.lovelace@example.com'], ['grace', 'grace@example.com']] as const) {
      const b = binding();
      const callback = await browser.signIn(await adapter.authorize(settings, b), login);
      expect((await adapter.verify(settings, callback, b)).email).toBe(email);
    }
  });

  describe('refuses', () => {
    it('another nonce than the request used: SSO_NONCE_INVALID', async () => {
      const { callback, binding: b } = await signIn();
      const error = await refusal(adapter.verify(settings, callback, { ...b, nonce: client.randomNonce() }));
      expect(error.code).toBe('SSO_NONCE_INVALID');
    });

    it('another state: SSO_REQUEST_UNKNOWN (and a missing one)', async () => {
      const { callback, binding: b } = await signIn();
      expect((await refusal(adapter.verify(settings, callback, { ...b, state: client.randomState() }))).code).toBe('SSO_REQUEST_UNKNOWN');
      const stateless = new URL(callback);
      stateless.searchParams.delete('state');
      expect((await refusal(adapter.verify(settings, stateless, b))).code).toBe('SSO_REQUEST_UNKNOWN');
    });

    it('a token for another client: SSO_AUDIENCE_INVALID', async () => {
      const { callback, binding: b } = await signIn();
      idp.tamperNextIdToken({ claims: { aud: 'other-app', azp: undefined } });
      expect((await refusal(adapter.verify(settings, callback, b))).code).toBe('SSO_AUDIENCE_INVALID');
    });

    it('a token for several audiences whose authorized party is another client: SSO_AUDIENCE_INVALID', async () => {
      const { callback, binding: b } = await signIn();
      idp.tamperNextIdToken({ claims: { aud: ['allot', 'other-app'], azp: 'other-app' } });
      expect((await refusal(adapter.verify(settings, callback, b))).code).toBe('SSO_AUDIENCE_INVALID');
    });

    it('a token from another issuer: SSO_ISSUER_INVALID', async () => {
      const { callback, binding: b } = await signIn();
      idp.tamperNextIdToken({ claims: { iss: 'https://evil.example' } });
      expect((await refusal(adapter.verify(settings, callback, b))).code).toBe('SSO_ISSUER_INVALID');
    });

    it('an authorization response naming another issuer (iss parameter): SSO_ISSUER_INVALID', async () => {
      const { callback, binding: b } = await signIn();
      expect(callback.searchParams.get('iss')).toBe(idp.issuer);
      callback.searchParams.set('iss', 'https://evil.example');
      expect((await refusal(adapter.verify(settings, callback, b))).code).toBe('SSO_ISSUER_INVALID');
    });

    it('an expired token: SSO_TOKEN_INVALID', async () => {
      const { callback, binding: b } = await signIn();
      const now = Math.floor(Date.now() / 1000);
      idp.tamperNextIdToken({ claims: { iat: now - 7200, exp: now - 3600 } });
      const error = await refusal(adapter.verify(settings, callback, b));
      expect(error.code).toBe('SSO_TOKEN_INVALID');
      expect(JSON.stringify(error.details)).toMatch(/timestamp|exp/);
    });

    it('a token signed by another key under the provider key id: SSO_TOKEN_INVALID', async () => {
      const { callback, binding: b } = await signIn();
      idp.tamperNextIdToken({ foreignKey: true });
      const error = await refusal(adapter.verify(settings, callback, b));
      expect(error.code).toBe('SSO_TOKEN_INVALID');
      expect(JSON.stringify(error.details)).toMatch(/signature/);
    });

    it('a code used twice: SSO_TOKEN_INVALID the second time', async () => {
      const { callback, binding: b } = await signIn();
      await adapter.verify(settings, callback, b);
      const error = await refusal(adapter.verify(settings, callback, b));
      expect(error.code).toBe('SSO_TOKEN_INVALID');
      expect(error.details).toMatchObject({ error: 'invalid_grant' });
    });

    it('a wrong code verifier: SSO_TOKEN_INVALID', async () => {
      const { callback, binding: b } = await signIn();
      const error = await refusal(adapter.verify(settings, callback, { ...b, codeVerifier: client.randomPKCECodeVerifier() }));
      expect(error.code).toBe('SSO_TOKEN_INVALID');
      expect(error.details).toMatchObject({ error: 'invalid_grant' });
    });

    it('the provider answering error=access_denied: SSO_IDP_ERROR with what it said', async () => {
      const b = binding();
      const callback = await idp.cancel(await adapter.authorize(settings, b));
      expect(callback.searchParams.get('error')).toBe('access_denied');
      const error = await refusal(adapter.verify(settings, callback, b));
      expect(error.code).toBe('SSO_IDP_ERROR');
      expect(error.details).toEqual({ error: 'access_denied', error_description: 'The user cancelled the sign-in.' });
    });

    it('a callback with neither code nor error, or with a repeated parameter: SSO_RESPONSE_INVALID', async () => {
      const b = binding();
      const empty = new URL(`${REDIRECT_URI}?state=${b.state}`);
      expect((await refusal(adapter.verify(settings, empty, b))).code).toBe('SSO_RESPONSE_INVALID');
      const repeated = new URL(`${REDIRECT_URI}?state=${b.state}&code=a&code=b`);
      expect((await refusal(adapter.verify(settings, repeated, b))).code).toBe('SSO_RESPONSE_INVALID');
    });

    it('an email the provider says is not verified: SSO_IDENTITY_INCOMPLETE', async () => {
      const { callback, binding: b } = await signIn('mallory');
      const error = await refusal(adapter.verify(settings, callback, b));
      expect(error.code).toBe('SSO_IDENTITY_INCOMPLETE');
      expect(error.details).toEqual({ claim: 'email_verified' });
    });

    it('no email, neither in the ID token nor from userinfo: SSO_IDENTITY_INCOMPLETE', async () => {
      const { callback, binding: b } = await signIn('ada');
      const error = await refusal(adapter.verify({ ...settings, emailClaim: 'mail' }, callback, b));
      expect(error.code).toBe('SSO_IDENTITY_INCOMPLETE');
      expect(error.details).toEqual({ claim: 'mail' });
    });

    it('a wrong client secret: SSO_IDP_ERROR (invalid_client)', async () => {
      const s = { ...settings, clientSecret: secret() };
      const { callback, binding: b } = await signIn('ada', binding(), s);
      const error = await refusal(adapter.verify(s, callback, b));
      expect(error.code).toBe('SSO_IDP_ERROR');
      expect(error.details).toMatchObject({ error: 'invalid_client' });
    });

    it('an http:// issuer that is not on a loopback address: INVALID_REQUEST on the issuer, without asking it', async () => {
      for (const issuer of ['http://idp.example.com', 'http://10.0.0.1:8080', 'ftp://idp.example.com', 'not a url']) {
        const s = { ...settings, issuer };
        for (const attempt of [adapter.check(s), adapter.authorize(s, binding())]) {
          const error = await refusal(attempt);
          expect(error.code).toBe('INVALID_REQUEST');
          expect(error.details).toEqual([{ field: 'issuer', problem: expect.any(String) }]);
        }
      }
    });
  });

  describe('a dead issuer', () => {
    it('fails check with SSO_DISCOVERY_FAILED and authorize and verify with SSO_IDP_UNREACHABLE', async () => {
      const s = { ...settings, issuer: `http://127.0.0.1:${await deadPort()}` };
      const checked = await refusal(adapter.check(s));
      expect(checked.code).toBe('SSO_DISCOVERY_FAILED');
      expect(checked.details).toEqual({ problem: expect.stringMatching(/did not answer/) });
      expect((await refusal(adapter.authorize(s, binding()))).code).toBe('SSO_IDP_UNREACHABLE');
      const b = binding();
      expect((await refusal(adapter.verify(s, new URL(`${REDIRECT_URI}?code=abc&state=${b.state}`), b))).code).toBe('SSO_IDP_UNREACHABLE');
    });

    it('that answers without a discovery document: SSO_DISCOVERY_FAILED saying so', async () => {
      const server = createServer((_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const s = { ...settings, issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
        const error = await refusal(adapter.check(s));
        expect(error.code).toBe('SSO_DISCOVERY_FAILED');
        expect(error.details).toEqual({ problem: expect.stringMatching(/not found/) });
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });

    it('that never answers: given up after the timeout', async () => {
      const held: import('node:http').ServerResponse[] = [];
      const server: Server = createServer((_req, res) => void held.push(res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const quick = createOidcAdapter({ timeoutMs: 200 });
        const s = { ...settings, issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
        expect((await refusal(quick.check(s))).code).toBe('SSO_DISCOVERY_FAILED');
        expect((await refusal(quick.authorize(s, binding()))).code).toBe('SSO_IDP_UNREACHABLE');
      } finally {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });
  });
});

describe('OpenID Connect adapter against a provider with other choices', () => {
  let idp: OidcIdp;
  let settings: OidcSettings;
  const adapter = createOidcAdapter();

  beforeAll(async () => {
    const clientSecret = secret();
    idp = await startOidcIdp({
      clients: [],
      users: { ada: { email: 'ada@example.com', groups: ['Engineering'] } },
      groupsScope: false,
      groupsClaim: 'roles',
      tokenEndpointAuthMethods: ['client_secret_post'],
      rememberSessions: true,
    });
    await idp.addClient({ clientId: 'allot', clientSecret, redirectUris: [REDIRECT_URI] });
    settings = { issuer: idp.issuer, clientId: 'allot', clientSecret, redirectUri: REDIRECT_URI, groupsClaims: ['groups', 'roles'], emailClaim: null };
  });
  afterAll(() => idp?.close());

  it('asks no groups scope when the provider offers none, authenticates by client_secret_post, reads groups from the second claim', async () => {
    const b = binding();
    const url = new URL(await adapter.authorize(settings, b));
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    const callback = await idp.signIn(url.href, 'ada');
    expect(await adapter.verify(settings, callback, b)).toEqual({ subject: 'ada', email: 'ada@example.com', name: null, groups: ['Engineering'] });
  });

  it('gives the groups a user has at the moment they sign in', async () => {
    idp.setUser('ada', { email: 'ada@example.com', groups: ['Design', 'Engineering'] });
    const b = binding();
    const callback = await idp.signIn(await adapter.authorize(settings, b), 'ada');
    expect((await adapter.verify(settings, callback, b)).groups).toEqual(['Design', 'Engineering']);
  });

  it('mints tokens with the key the provider publishes (and foreign ones that its keys do not verify)', async () => {
    const jwks = createRemoteJWKSet(new URL('/jwks', idp.issuer));
    const claims = { iss: idp.issuer, sub: 'ada', aud: 'allot' };
    const { payload, protectedHeader } = await jwtVerify(await idp.mintIdToken(claims), jwks);
    expect(payload).toEqual(claims);
    expect(protectedHeader.kid).toBe(idp.kid);
    await expect(jwtVerify(await idp.mintIdToken(claims, { foreignKey: true }), jwks)).rejects.toThrow(/signature/);
  });

  it('remembers a browser that signed in (rememberSessions): the second sign-in asks nothing', async () => {
    const browser = idp.browser();
    const forms = () => idp.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/login')).length;
    const before = forms();
    for (let i = 0; i < 2; i++) {
      const b = binding();
      const callback = await browser.signIn(await adapter.authorize(settings, b), 'ada');
      expect((await adapter.verify(settings, callback, b)).subject).toBe('ada');
    }
    expect(forms() - before).toBe(1);
  });
});

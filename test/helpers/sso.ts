/**
 * SSO for the tests: an account with a verified domain (through a real DNS server on loopback)
 * and a connection to a real identity provider in-process (SAML: test/helpers/saml-idp.ts;
 * OpenID Connect: oidc-provider, test/helpers/oidc-idp.ts), and the device flow as a native app
 * and its system browser would run it (RFC 8252 with PKCE).
 */
import { createHash, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { apiClient, type Answer, type Api } from './api.ts';
import { dnsEnv, startDnsServer, type DnsServer } from './dns-server.ts';
import type { Dialect } from './env.ts';
import { seedSubscription, type Seeded } from './fixtures.ts';
import { startOidcIdp, type OidcIdp } from './oidc-idp.ts';
import { createSamlIdp, type RespondOptions, type SamlIdp } from './saml-idp.ts';
import { startTestServer, type TestServer } from './harness.ts';
import { noteSecret } from './run-log.ts';

export type Protocol = 'saml' | 'oidc';

/** A person at the identity provider. */
export interface Person {
  email: string;
  name?: string;
  groups?: string[];
}

export const LOOPBACK_REDIRECT = 'http://127.0.0.1:53682/callback';

export async function verifyDomain(api: Api, dns: DnsServer, accountId: string, domain: string): Promise<void> {
  const added = await api.post(`/v1/accounts/${accountId}/domains`, { domain });
  expect(added.status, added.text).toBe(201);
  dns.setTxt(added.body.verification.name, [added.body.verification.value]);
  const verified = await api.post(`/v1/domains/${added.body.id}/verify`);
  expect(verified.status, verified.text).toBe(200);
}

/** One identity provider of either protocol, connected to one account. */
export interface ConnectedIdp {
  protocol: Protocol;
  /**
   * Plays the browser at the provider: from Allot's redirect there, back to Allot (the ACS post,
   * or the OpenID Connect callback), as Allot's own answer.
   */
  answer(location: string, person: Person, options?: RespondOptions): Promise<Answer>;
  saml?: SamlIdp;
  oidc?: OidcIdp;
  close(): Promise<void>;
}

const formBody = (fields: Record<string, string | null>) =>
  new URLSearchParams(Object.entries(fields).filter((e): e is [string, string] => e[1] !== null)).toString();

/** Connects `accountId` to a fresh provider of `protocol` (with `extra` connection settings). */
export async function connectIdp(server: TestServer, api: Api, accountId: string, protocol: Protocol, extra: Record<string, unknown> = {}): Promise<ConnectedIdp> {
  const raw = async (method: 'GET' | 'POST', url: string, body?: string): Promise<Answer> => {
    const res = await server.app.inject({
      method,
      url,
      headers: body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' },
      payload: body,
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      parsed = undefined;
    }
    return { status: res.statusCode, body: parsed, headers: res.headers, text: res.body };
  };
  if (protocol === 'saml') {
    const saml = await createSamlIdp();
    const put = await api.put(`/v1/accounts/${accountId}/sso`, { protocol: 'saml', idpMetadataXml: saml.metadataXml, ...extra });
    expect(put.status, put.text).toBe(200);
    return {
      protocol,
      saml,
      async answer(location, person, options) {
        const post = await saml.respond(location, { email: person.email, name: person.name, groups: person.groups }, options);
        return raw('POST', new URL(post.acsUrl).pathname, formBody({ SAMLResponse: post.SAMLResponse, RelayState: post.RelayState }));
      },
      close: async () => undefined,
    };
  }
  const clientId = `allot-${accountId}`;
  const clientSecret = randomBytes(24).toString('base64url');
  noteSecret(clientSecret);
  const redirectUri = `${server.config.publicUrl}/sso/oidc/${accountId}/callback`;
  const oidc = await startOidcIdp({ clients: [{ clientId, clientSecret, redirectUris: [redirectUri] }], users: {} });
  const put = await api.put(`/v1/accounts/${accountId}/sso`, { protocol: 'oidc', issuer: oidc.issuer, clientId, clientSecret, ...extra });
  expect(put.status, put.text).toBe(200);
  return {
    protocol,
    oidc,
    async answer(location, person) {
      oidc.setUser(person.email, { email: person.email, name: person.name, groups: person.groups ?? [] });
      const back = await oidc.signIn(location, person.email);
      return raw('GET', `${back.pathname}${back.search}`);
    },
    close: () => oidc.close(),
  };
}

export interface DeviceSignIn {
  code: string;
  codeVerifier: string;
  state: string;
}

export const pkce = () => {
  const codeVerifier = randomBytes(32).toString('base64url');
  return { codeVerifier, codeChallenge: createHash('sha256').update(codeVerifier).digest('base64url') };
};

export function activateUrl(q: { product: string; email: string; redirectUri?: string; state?: string; codeChallenge: string; method?: string }): string {
  const params = new URLSearchParams({
    product: q.product,
    email: q.email,
    redirect_uri: q.redirectUri ?? LOOPBACK_REDIRECT,
    state: q.state ?? 'app-state',
    code_challenge: q.codeChallenge,
    code_challenge_method: q.method ?? 'S256',
  });
  return `/sso/activate?${params}`;
}

/** The browser's part of the device flow: Allot → provider → Allot → the app's loopback address. The final answer. */
export async function browserSignIn(server: TestServer, idp: ConnectedIdp, product: string, person: Person, options?: RespondOptions) {
  const { codeVerifier, codeChallenge } = pkce();
  const state = randomBytes(8).toString('hex');
  const start = await server.app.inject({ method: 'GET', url: activateUrl({ product, email: person.email, codeChallenge, state }) });
  expect(start.statusCode, start.body).toBe(302);
  const back = await idp.answer(String(start.headers.location), person, options);
  return { back, codeVerifier, state };
}

/** The device flow up to the code, which must succeed. */
export async function deviceSignIn(server: TestServer, idp: ConnectedIdp, product: string, person: Person): Promise<DeviceSignIn> {
  const { back, codeVerifier, state } = await browserSignIn(server, idp, product, person);
  expect(back.status, back.text).toBe(302);
  const location = new URL(String(back.headers.location));
  expect(`${location.origin}${location.pathname}`).toBe(LOOPBACK_REDIRECT);
  expect(location.searchParams.get('state')).toBe(state);
  const code = location.searchParams.get('code')!;
  noteSecret(code);
  return { code, codeVerifier, state };
}

export const ssoActivate = (api: Api, signIn: Pick<DeviceSignIn, 'code' | 'codeVerifier'>, n: string | number) =>
  api.as(null).post('/v1/client/sso/activate', {
    code: signIn.code,
    codeVerifier: signIn.codeVerifier,
    fingerprint: `sso-fp-${n}`,
    device: { name: `sso-laptop-${n}`, os: 'Windows 11' },
  });

/** The claims of a certificate (a compact JWS), unverified: the certificate tests verify signatures. */
export const claimsOf = (certificate: string): Record<string, any> => JSON.parse(Buffer.from(certificate.split('.')[1]!, 'base64url').toString('utf8'));

/** A test server that asks a DNS server on loopback, with one account (acme.example verified) and one subscription. */
export interface SsoScene {
  dns: DnsServer;
  server: TestServer;
  operator: Api;
  acme: Seeded;
  admin: Api;
  /** The subscription's product code. */
  product: string;
  close(): Promise<void>;
}

export async function ssoScene(dialect: Dialect, seats: number, env: Record<string, string> = {}): Promise<SsoScene> {
  const dns = await startDnsServer();
  const server = await startTestServer(dialect, { env: { ...dnsEnv(dns), ALLOT_PUBLIC_URL: 'http://allot.test', ...env } });
  const operator = apiClient(server.app);
  const acme = await seedSubscription(operator, seats);
  const admin = operator.as(acme.adminToken);
  const product = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}`)).body.product.code;
  await verifyDomain(admin, dns, acme.accountId, 'acme.example');
  return {
    dns,
    server,
    operator,
    acme,
    admin,
    product,
    async close() {
      await server.close();
      await dns.close();
    },
  };
}

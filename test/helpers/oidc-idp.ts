/**
 * A real OpenID provider in-process (oidc-provider) on http://127.0.0.1:{random port}, for the
 * tests of the OIDC adapter and the end-to-end sign-ins. http:// is fine: Allot takes it on a
 * loopback address only.
 *
 * - signIn(authorizeUrl, login) plays the browser: follows the provider's redirects with its
 *   cookies, posts the login form for `login` (consent is granted automatically) and returns the
 *   redirect back to the client (code, state, iss) without requesting it. cancel() does the same
 *   but presses "Cancel" (the client gets error=access_denied).
 * - In a real browser the interaction page is a small form: a "Username" field, "Sign in" and
 *   "Cancel" buttons.
 * - For refusal tests, the helper holds the provider's signing key: mintIdToken() signs any
 *   claims with it (or with a key the provider does not publish), and tamperNextIdToken() makes
 *   the token endpoint answer the next code with such a token instead of its own. The validation
 *   under test stays the client's, on a token signed by the provider's real key.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
// @ts-expect-error oidc-provider ships no type declarations (the few parts used are typed below)
import ProviderClass from 'oidc-provider';
import { noteSecret } from './run-log.ts';

export interface OidcIdpClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface OidcIdpUser {
  email: string;
  name?: string;
  givenName?: string;
  familyName?: string;
  groups?: string[];
  /** Sent as email_verified; absent: true. */
  emailVerified?: boolean;
  /** The stable id (`sub`); absent: the login. */
  sub?: string;
}

export interface OidcIdpOptions {
  clients: OidcIdpClient[];
  /** By login (what signIn and the form take). */
  users: Record<string, OidcIdpUser>;
  /** Offer a `groups` scope (listed in scopes_supported); false: groups come with `profile`. Default true. */
  groupsScope?: boolean;
  /** The claim that carries groups. Default `groups`. */
  groupsClaim?: string;
  /** Client authentication methods the token endpoint takes. Default: client_secret_basic and client_secret_post. */
  tokenEndpointAuthMethods?: ('client_secret_basic' | 'client_secret_post')[];
  /**
   * A browser that signed in once is not asked again (a real provider's session); signIn's login
   * then only matters the first time. Default false: the form at every authorization request.
   */
  rememberSessions?: boolean;
}

/** How the next ID token the token endpoint issues is replaced. */
export interface IdTokenTamper {
  /** Claims set over the provider's own (a value of undefined removes the claim). */
  claims?: Record<string, unknown>;
  /** Sign with a fresh key the provider does not publish, under the provider's key id. */
  foreignKey?: boolean;
}

export interface OidcIdp {
  /** http://127.0.0.1:{port} */
  issuer: string;
  /** The provider's signing key id. */
  kid: string;
  addClient(client: OidcIdpClient): Promise<void>;
  setUser(login: string, user: OidcIdpUser): void;
  /** Signs `login` in at `authorizeUrl`; the redirect back to the client, not requested. */
  signIn(authorizeUrl: string, login: string): Promise<URL>;
  /** Presses "Cancel" at the login form: the redirect back to the client with error=access_denied. */
  cancel(authorizeUrl: string): Promise<URL>;
  /** One browser: its cookies are kept from one sign-in to the next (with rememberSessions, the second asks nothing). */
  browser(): Pick<OidcIdp, 'signIn' | 'cancel'>;
  /** An ID token with exactly these claims, signed with the provider's key (or a foreign one under its kid). */
  mintIdToken(claims: Record<string, unknown>, options?: { foreignKey?: boolean }): Promise<string>;
  /** The next token response carries an ID token changed so (its other claims, nonce included, are the real ones). */
  tamperNextIdToken(tamper: IdTokenTamper): void;
  /** Every request the provider received (discovery, authorize, token, jwks, userinfo, the form), in order. */
  requests: { method: string; path: string }[];
  /** false: every request gets 503 (an outage) until set back to true. */
  setAvailable(available: boolean): void;
  /** Stops answering (a dead issuer): every connection is closed. */
  close(): Promise<void>;
}

interface Interaction {
  uid: string;
  prompt: { name: string };
  params: Record<string, string>;
  session?: { accountId?: string };
}

interface Grant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}

interface KoaContext {
  path: string;
  method: string;
  status: number;
  body: unknown;
  oidc: {
    client: { clientId: string };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
  };
}

interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  use(fn: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: unknown, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  Grant: { new (init: { accountId: string; clientId: string }): Grant; find(id: string): Promise<Grant | undefined> };
}

const Provider = ProviderClass as new (issuer: string, configuration: unknown) => Provider;

const ALG = 'RS256';
const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);

/** oidc-provider's storage, one per provider (its own memory adapter is shared by the whole process). */
function memoryAdapter() {
  const store = new Map<string, { model: string; payload: Record<string, unknown>; expiresAt: number }>();
  const live = (key: string) => {
    const entry = store.get(key);
    if (entry && entry.expiresAt <= Date.now()) store.delete(key);
    return store.get(key);
  };
  const findBy = (model: string, field: string, value: unknown) => {
    for (const [key, entry] of store) if (entry.model === model && entry.payload[field] === value && live(key)) return entry.payload;
    return undefined;
  };
  return (model: string) => ({
    async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
      store.set(`${model}:${id}`, { model, payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
    },
    async find(id: string) {
      return live(`${model}:${id}`)?.payload;
    },
    async findByUid(uid: string) {
      return findBy(model, 'uid', uid);
    },
    async findByUserCode(userCode: string) {
      return findBy(model, 'userCode', userCode);
    },
    async consume(id: string) {
      const entry = live(`${model}:${id}`);
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    },
    async destroy(id: string) {
      store.delete(`${model}:${id}`);
    },
    async revokeByGrantId(grantId: string) {
      for (const [key, entry] of store) if (GRANTABLE.has(entry.model) && entry.payload.grantId === grantId) store.delete(key);
    },
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, client: string, message?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in - test identity provider</title></head>
<body>
<h1>Sign in</h1>
<p>to continue to ${escapeHtml(client)}</p>
${message ? `<p role="alert">${escapeHtml(message)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label>Username <input name="login" autocomplete="username" autofocus></label>
<button type="submit">Sign in</button>
<button type="submit" formaction="/interaction/${escapeHtml(uid)}/cancel">Cancel</button>
</form>
</body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const withoutSession = (cookie: string): string =>
  cookie
    .split(';')
    .filter((c) => !/^\s*_session(\.|=)/.test(c))
    .join(';');

/** A browser's cookies, enough for one provider: by name (the provider's cookies have distinct names). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expires = attributes.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith('expires='));
      const expired = expires !== undefined && Date.parse(expires.slice('expires='.length)) <= Date.now();
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

export async function startOidcIdp(options: OidcIdpOptions): Promise<OidcIdp> {
  const users = new Map(Object.entries(options.users));
  const groupsClaim = options.groupsClaim ?? 'groups';
  const groupsScope = options.groupsScope ?? true;
  const authMethods = options.tokenEndpointAuthMethods ?? ['client_secret_basic', 'client_secret_post'];

  const kid = `test-${randomBytes(6).toString('hex')}`;
  const { privateKey } = await generateKeyPair(ALG, { extractable: true });
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: ALG, use: 'sig' };

  let pendingTamper: IdTokenTamper | null = null;
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  let available = true;
  const requests: OidcIdp['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://idp').pathname });
    if (handler && available) handler(req, res);
    else res.writeHead(503, { 'content-type': 'text/plain' }).end('unavailable');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const adapter = memoryAdapter();
  const clientMetadata = (c: OidcIdpClient) => {
    noteSecret(c.clientSecret);
    return {
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: authMethods[0],
    };
  };

  const profileClaims = ['name', 'given_name', 'family_name'];
  const provider = new Provider(issuer, {
    adapter,
    clients: options.clients.map(clientMetadata),
    jwks: { keys: [privateJwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    clientAuthMethods: authMethods,
    responseTypes: ['code'],
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    scopes: ['openid', 'email', 'profile', ...(groupsScope ? ['groups'] : [])],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: groupsScope ? profileClaims : [...profileClaims, groupsClaim],
      ...(groupsScope ? { groups: [groupsClaim] } : {}),
    },
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 3600, AuthorizationCode: 600, IdToken: 3600, Interaction: 3600, Session: 86_400, Grant: 86_400 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, login: string) {
      const user = users.get(login);
      if (!user) return undefined;
      return {
        accountId: login,
        async claims() {
          return {
            sub: user.sub ?? login,
            email: user.email,
            email_verified: user.emailVerified ?? true,
            ...(user.name !== undefined ? { name: user.name } : {}),
            ...(user.givenName !== undefined ? { given_name: user.givenName } : {}),
            ...(user.familyName !== undefined ? { family_name: user.familyName } : {}),
            ...(user.groups !== undefined ? { [groupsClaim]: user.groups } : {}),
          };
        },
      };
    },
    // Consent is granted at once, for every scope this provider has.
    async loadExistingGrant(ctx: KoaContext) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope(`openid email profile${groupsScope ? ' groups' : ''}`);
      await grant.save();
      return grant;
    },
  });

  const sign = async (claims: Record<string, unknown>, foreignKey = false) => {
    const key = foreignKey ? (await generateKeyPair(ALG)).privateKey : privateKey;
    return new SignJWT(claims).setProtectedHeader({ alg: ALG, kid }).sign(key);
  };

  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (ctx.path !== '/token' || ctx.status !== 200 || !pendingTamper || typeof body?.id_token !== 'string') return;
    const tamper = pendingTamper;
    pendingTamper = null;
    const claims: Record<string, unknown> = { ...decodeJwt(body.id_token), ...tamper.claims };
    for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
    ctx.body = { ...body, id_token: await sign(claims, tamper.foreignKey) };
  });

  const providerCallback = provider.callback();
  const interaction = async (req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined) => {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (action === 'cancel' && req.method === 'POST') {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user cancelled the sign-in.' }, { mergeWithLastSubmission: false });
      return;
    }
    if (action === 'login' && req.method === 'POST') {
      const login = (await readForm(req)).get('login')?.trim() ?? '';
      if (!users.has(login)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid, details.params.client_id ?? '', `No user "${login}".`));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return;
    }
    if (details.prompt.name === 'consent' && details.session?.accountId) {
      // Not reached while loadExistingGrant grants at once; kept so that consent never stalls a test.
      const grant = new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id ?? '' });
      grant.addOIDCScope(details.params.scope ?? 'openid');
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid, details.params.client_id ?? ''));
  };

  handler = (req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    // Authorization requests (and their resumption) never see the provider's session, so the form asks who signs in.
    if (!options.rememberSessions && /^\/auth(\/|$)/.test(path) && req.headers.cookie) req.headers.cookie = withoutSession(req.headers.cookie);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const match = /^\/interaction\/([^/]+)(?:\/(login|cancel))?$/.exec(path);
    if (!match) {
      providerCallback(req, res);
      return;
    }
    interaction(req, res, match[1]!, match[2]).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`interaction failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  /** Follows the provider's pages from `start` until it redirects away from itself; `atForm` answers the login form. */
  const drive = async (jar: CookieJar, start: string, atForm: (uid: string) => { action: 'login' | 'cancel'; form: URLSearchParams }): Promise<URL> => {
    const origin = new URL(issuer).origin;
    let request: { url: URL; method: string; body?: URLSearchParams } = { url: new URL(start), method: 'GET' };
    for (let hop = 0; hop < 20; hop++) {
      if (request.url.origin !== origin) {
        noteSecret(request.url.searchParams.get('code'));
        return request.url;
      }
      const response = await fetch(request.url, {
        method: request.method,
        redirect: 'manual',
        headers: { cookie: jar.header(), ...(request.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        body: request.body?.toString(),
      });
      jar.take(response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        request = { url: new URL(location, request.url), method: 'GET' };
        continue;
      }
      const form = /^\/interaction\/([^/]+)$/.exec(request.url.pathname);
      const text = await response.text();
      if (response.status !== 200 || !form || request.method !== 'GET') {
        throw new Error(`The test provider answered ${response.status} at ${request.url.pathname}: ${text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 400)}`);
      }
      const answer = atForm(form[1]!);
      request = { url: new URL(`/interaction/${form[1]}/${answer.action}`, origin), method: 'POST', body: answer.form };
    }
    throw new Error('The test provider redirected too many times.');
  };

  const browser = (jar: () => CookieJar): Pick<OidcIdp, 'signIn' | 'cancel'> => ({
    async signIn(authorizeUrl, login) {
      if (!users.has(login)) throw new Error(`The test provider has no user "${login}".`);
      return drive(jar(), authorizeUrl, () => ({ action: 'login', form: new URLSearchParams({ login }) }));
    },
    cancel(authorizeUrl) {
      return drive(jar(), authorizeUrl, () => ({ action: 'cancel', form: new URLSearchParams() }));
    },
  });

  return {
    issuer,
    kid,
    async addClient(c) {
      await adapter('Client').upsert(c.clientId, clientMetadata(c));
    },
    requests,
    setAvailable(value) {
      available = value;
    },
    setUser(login, user) {
      users.set(login, user);
    },
    ...browser(() => new CookieJar()),
    browser() {
      const jar = new CookieJar();
      return browser(() => jar);
    },
    mintIdToken(claims, mintOptions) {
      return sign(claims, mintOptions?.foreignKey);
    },
    tamperNextIdToken(tamper) {
      pendingTamper = tamper;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

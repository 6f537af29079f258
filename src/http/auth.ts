import { createHash, timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { Caller } from '../app/context.ts';
import type { Services } from '../app/services.ts';
import { AllotError } from '../domain/errors.ts';

/**
 * Who may call a route: anyone (the credential is in the body), an account's caller (a member
 * signed in to the console, or an API token) or the operator — what each role may then do is
 * the use-cases' to decide —, the operator only, or an identity provider with a SCIM token
 * (the /scim/v2 routes, and only them), or a Prometheus scraper with the metrics token
 * (GET /metrics, registered only when ALLOT_METRICS_TOKEN is set).
 */
export type Access = 'public' | 'admin' | 'operator' | 'scim' | 'metrics';
export const ACCESS: readonly Access[] = ['public', 'admin', 'operator', 'scim', 'metrics'];

type Security = { [scheme: string]: string[] }[];

/**
 * The OpenAPI `security` of a route, derived from its access rule and written nowhere else:
 * an account's caller sends an API token or the console's session cookie (with x-csrf-token on
 * changes); the operator sends a token, or an operator member's session cookie (an id starting
 * `op.`, also with x-csrf-token on changes), which passes 'admin' routes too.
 */
export const SECURITY: Readonly<Record<Access, Security | undefined>> = {
  public: undefined,
  admin: [{ bearer: [] }, { session: [] }],
  operator: [{ bearer: [] }, { session: [] }],
  scim: [{ scim: [] }],
  metrics: [{ metrics: [] }],
};

/** A route the server serves and who may call it, as registered (HEAD twins of GET routes included). */
export interface RouteRule {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route: registering one without it fails at startup. */
    access?: Access;
  }
  interface FastifyInstance {
    /** Every route registered so far, with its access rule (the sweeps in test/http enumerate it). */
    routeRules: readonly RouteRule[];
  }
  interface FastifyRequest {
    caller: Caller;
    /** The console session the request came with (cookie), if that is how it authenticated. */
    sessionId: string | null;
  }
}

export const SESSION_COOKIE = 'allot_session';
const BEARER = /^Bearer\s+(\S{1,512})$/i;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const same = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The console's session cookie: never readable by scripts, never sent cross-site, Secure behind HTTPS. */
export function setSessionCookie(reply: FastifyReply, sessionId: string, secure: boolean, maxAgeSeconds: number): void {
  reply.setCookie(SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: maxAgeSeconds });
}

export const clearSessionCookie = (reply: FastifyReply, secure: boolean): void => {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
};

const PUBLIC_SCOPE = 'allotPublicScope';

/**
 * Marks a plugin scope whose routes anyone may call. For plugins that register routes of their
 * own (the console's files, the rendered reference), which cannot carry our config; call it
 * inside the scope before registering the plugin.
 */
export function declarePublicScope(scope: FastifyInstance): void {
  scope.decorate(PUBLIC_SCOPE, true);
}

/** The session cookie a request came with. Cookies are parsed only where they are read (never on the device API). */
export function sessionCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  const cookies = (request.cookies as FastifyRequest['cookies'] | null) ?? (request.cookies = request.server.parseCookie(header));
  return cookies[SESSION_COOKIE];
}

type Authenticate = (request: FastifyRequest) => Promise<void>;

export interface AuthOptions {
  /** The token a scraper sends for GET /metrics (ALLOT_METRICS_TOKEN); null: no route takes one. */
  metricsToken?: string | null;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Who calls, for a route of each access rule but `public` (which asks nobody). */
function authenticators(services: Services, options: AuthOptions): Record<Exclude<Access, 'public'>, Authenticate> {
  // Compared as digests, in constant time: neither the token's content nor its length shows in the timing.
  const metricsDigest = options.metricsToken ? digest(options.metricsToken) : null;
  async function caller(request: FastifyRequest, operatorOnly: boolean): Promise<void> {
    const header = request.headers.authorization;
    const match = BEARER.exec(header ?? '');
    const sessionId = header === undefined ? sessionCookie(request) : undefined;
    const actor = match
      ? await services.authenticate(match[1]!)
      : sessionId
        ? sessionId.startsWith(services.operator.sessionPrefix)
          ? await services.operator.authenticate(sessionId)
          : await services.sessions.authenticate(sessionId)
        : null;
    if (!actor) throw new AllotError('UNAUTHORIZED', 'Sign in, or send a valid API token: Authorization: Bearer <token>.');
    if (sessionId) {
      // A cookie rides along with any request the browser makes: a change must prove it came from the console.
      const sent = request.headers['x-csrf-token'];
      if (!SAFE_METHODS.has(request.method) && (typeof sent !== 'string' || !same(sent, services.sessions.csrfToken(sessionId))))
        throw new AllotError('CSRF_TOKEN_INVALID', 'This change must carry the x-csrf-token header of the session (GET /v1/session tells it).');
      request.sessionId = sessionId;
    }
    if (operatorOnly && actor.type !== 'operator') throw new AllotError('FORBIDDEN', 'Only the operator may do this.');
    request.caller = { actor, requestId: String(request.id) };
  }
  return {
    admin: (request) => caller(request, false),
    operator: (request) => caller(request, true),
    async scim(request) {
      // Only a SCIM token, and only in the header: never a cookie, never an API token.
      const match = BEARER.exec(request.headers.authorization ?? '');
      const actor = match ? await services.authenticateScim(match[1]!) : null;
      if (!actor) throw new AllotError('SCIM_UNAUTHORIZED', 'Send a valid SCIM token: Authorization: Bearer <token>.');
      request.caller = { actor, requestId: String(request.id) };
    },
    async metrics(request) {
      // Only the metrics token, only in the header; the caller stays nobody (the route reads no account).
      const match = BEARER.exec(request.headers.authorization ?? '');
      if (!metricsDigest || !match || !timingSafeEqual(digest(match[1]!), metricsDigest))
        throw new AllotError('UNAUTHORIZED', 'Send the metrics token: Authorization: Bearer <ALLOT_METRICS_TOKEN>.');
    },
  };
}

/**
 * Every route must say who may call it (`config.access`, or a public scope): one that does not
 * fails at registration, naming itself. Its OpenAPI `security` is then derived from that rule;
 * a route that writes its own is refused, so that the two cannot disagree. A route that is not
 * public gets its access rule's check as its first onRequest hook; a public one (the device API)
 * has no such hook at all.
 */
function requireAccess(app: FastifyInstance, authenticate: Record<Exclude<Access, 'public'>, Authenticate>): void {
  const rules: RouteRule[] = [];
  app.decorate('routeRules', rules);
  app.addHook('onRoute', function (this: FastifyInstance, route: RouteOptions) {
    const methods = [route.method].flat();
    const name = `${methods.join(',')} ${route.url}`;
    const access = route.config?.access ?? (this.hasDecorator(PUBLIC_SCOPE) ? 'public' : undefined);
    if (access === undefined || !ACCESS.includes(access))
      throw new Error(`Route ${name} declares no access rule: give it config.access ('public', 'admin', 'operator', 'scim' or 'metrics').`);
    if (route.schema && 'security' in route.schema)
      throw new Error(`Route ${name} writes its own OpenAPI security: it is derived from config.access, leave it out.`);
    route.config = { ...route.config, access };
    const security = SECURITY[access];
    if (security) route.schema = { ...route.schema, security };
    if (access !== 'public') {
      const hooks = [route.onRequest ?? []].flat();
      // A HEAD twin may come with its GET's hooks, the check among them.
      if (!hooks.includes(authenticate[access])) route.onRequest = [authenticate[access], ...hooks];
    }
    for (const method of methods) rules.push({ method, url: route.url, access });
  });
}

export function registerAuth(app: FastifyInstance, services: Services, options: AuthOptions = {}): void {
  requireAccess(app, authenticators(services, options));
  app.decorateRequest('caller', null as unknown as Caller);
  app.decorateRequest('sessionId', null);
}

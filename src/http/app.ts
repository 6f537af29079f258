import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Services } from '../app/services.ts';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { declarePublicScope, registerAuth } from './auth.ts';
import { clientLimits, type ClientLimitOptions } from './client-limits.ts';
import { registerConsole } from './console.ts';
import { AllotError } from '../domain/errors.ts';
import { PATH_PARAM_MAX_CHARS } from '../domain/limits.ts';
import { errorBody, registerErrorHandling } from './errors.ts';
import { LOG_REDACT, RequestLog, requestLogFields, type RequestLogOptions } from './request-log.ts';

export { LOG_REDACT };
import { registerRouteDefaults, unstorableAt } from './route-defaults.ts';
import { activationRoutes } from './routes/activations.ts';
import { clientRoutes } from './routes/client.ts';
import { domainRoutes } from './routes/domains.ts';
import { scimTokenRoutes } from './routes/scim-tokens.ts';
import { policyRoutes } from './routes/policies.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { scimRoutes } from './routes/scim.ts';
import { sendScimError } from './scim/errors.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { memberRoutes } from './routes/members.ts';
import { operatorRoutes } from './routes/operators.ts';
import { productAndAccountRoutes } from './routes/products-accounts.ts';
import { subscriptionAndKeyRoutes } from './routes/subscriptions-keys.ts';
import { ssoRoutes } from './routes/sso.ts';
import { systemRoutes } from './routes/system.ts';
import { metricsRoutes, type MetricsRoute } from './routes/metrics.ts';
import { closeAfterBody, serverOptions, type ServerLimits } from './server-limits.ts';
import type { App } from './types.ts';
import { registerValidation } from './validation.ts';

export interface HttpOptions {
  /** Log level, or false for no logs. */
  logLevel: string | false;
  /** Where logs go (standard output when absent). */
  logStream?: NodeJS.WritableStream;
  /** The device API's summary line and what counts as slow (request-log.ts). */
  requestLog: RequestLogOptions;
  /** Largest accepted request body. */
  bodyLimitBytes: number;
  /** Trust X-Forwarded-* (behind a reverse proxy). */
  trustProxy: boolean | string[];
  version: string;
  /** Cookies only over HTTPS. */
  secureCookies: boolean;
  /** Sign-in and password-reset attempts per client address and minute. */
  signInPerMinute: number;
  /** SSO sign-ins started per client address and minute. */
  ssoStartsPerMinute: number;
  /** The device API's budgets per address and per key. */
  clientLimits: ClientLimitOptions;
  /** Header size and the timeouts of a connection. */
  serverLimits: ServerLimits;
  /** Told of every answer, with its route's template (never the raw URL; null when no route matched) and latency. */
  observeRequest?: (route: string | null, method: string, statusCode: number, ms: number) => void;
  /** GET /metrics on this app, behind this token (auth.ts, access 'metrics'); absent: no such route (404). */
  metrics?: MetricsRoute & { token: string };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Nothing but whitespace (what trim() would empty), without making a trimmed copy. */
const BLANK = /^\s*$/;
/** The API proper, under /v1 (the JWKS, the reference and the console cache as they say). */
const API_PATH = /^\/v1(?:[/?]|$)/;

type Operations = Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } } | undefined> | undefined>;

/** A route that also takes CSV declares it in `consumes`; the document shows that body as text, not as the JSON shape. */
function describeCsvBodies<T extends { paths?: unknown }>(doc: T): T {
  for (const item of Object.values((doc.paths ?? {}) as Operations))
    for (const op of Object.values(item ?? {})) {
      const content = op?.requestBody?.content;
      if (content?.['text/csv']) content['text/csv'] = { schema: { type: 'string', description: 'A CSV file: one email address per line, an optional header.' } };
    }
  return doc;
}

export async function buildHttpApp(services: Services, options: HttpOptions): Promise<App> {
  const requestLog = options.logLevel === false ? null : new RequestLog(options.requestLog);
  const app = Fastify({
    logger:
      options.logLevel === false
        ? false
        : {
            level: options.logLevel,
            redact: { paths: LOG_REDACT, censor: '[redacted]' },
            serializers: { req: requestLogFields },
            ...(options.logStream && { stream: options.logStream }),
          },
    ...(requestLog && { logController: requestLog }),
    bodyLimit: options.bodyLimitBytes,
    ...serverOptions(options.serverLimits),
    trustProxy: options.trustProxy,
    routerOptions: { maxParamLength: PATH_PARAM_MAX_CHARS },
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false } },
    // The router's own refusals (a broken percent-encoding, an overlong id) in the usual error shape.
    // Under /scim/, in SCIM's error format (scim/errors.ts).
    frameworkErrors: (error, request, reply: FastifyReply) => {
      if (request.url.startsWith('/scim/')) return sendScimError(reply.header('x-request-id', request.id), error.statusCode ?? 400, 'The URL is not valid.');
      reply.errorCode = 'INVALID_REQUEST';
      return reply
        .code(error.statusCode ?? 400)
        .header('x-request-id', request.id)
        .send(errorBody(request, 'INVALID_REQUEST', 'The URL is not valid.', [{ field: 'url', problem: error.message }]));
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const observe = options.observeRequest;
  if (observe)
    app.addHook('onResponse', (request, reply, done) => {
      observe(request.is404 ? null : (request.routeOptions.url ?? null), request.method, reply.statusCode, reply.elapsedTime);
      done();
    });

  if (requestLog) {
    requestLog.start(app.log);
    app.addHook('onClose', (_instance, done) => {
      requestLog.stop();
      done();
    });
  }

  // Synchronous: an async hook costs every answer a promise and a turn of the event loop.
  app.addHook('onSend', (request, reply, _payload, done) => {
    reply.header('x-request-id', request.id);
    // A browser must take every answer for what it says it is (JSON stays JSON).
    reply.header('x-content-type-options', 'nosniff');
    // API answers carry keys, codes, tokens and certificates: no cache may keep them, unless a route says otherwise.
    if (API_PATH.test(request.url) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    // An answer before the whole body (413 …): the client must get to read it (server-limits.ts).
    closeAfterBody(request, reply);
    done();
  });

  // JSON only: any other body is refused with 415 rather than read as text.
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    // An empty body with a JSON content type reads as no body (many clients send the header regardless).
    if (BLANK.test(text)) return done(null, undefined);
    // NUL and half surrogate pairs only arrive as \u escapes (no database stores them alike): only such a body is looked through.
    if (!text.includes('\\u')) return parseJson(request, text, done);
    parseJson(request, text, (error, value) => {
      const bad = error ? null : unstorableAt(value);
      if (bad) return done(new AllotError('INVALID_REQUEST', 'A string holds a NUL character or broken Unicode.', [{ field: bad, problem: 'must not contain NUL or unpaired surrogates' }]));
      done(error, value);
    });
  });

  registerValidation(app);
  registerErrorHandling(app);
  registerRouteDefaults(app);
  // Cookies are parsed where they are read (auth.ts sessionCookie), not for every request.
  await app.register(cookie, { hook: false });
  // Limits are per route (sign-in, resets); a route opts in with config.rateLimit.
  await app.register(rateLimit, { global: false });
  registerAuth(app, services, { metricsToken: options.metrics?.token ?? null });

  await app.register(swagger, {
    transformObject: (doc) => ('openapiObject' in doc ? describeCsvBodies(doc.openapiObject) : doc.swaggerObject),
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Allot',
        version: options.version,
        description: 'License server for subscription software sold to businesses. Errors: docs/errors.md.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token (allot_…), or the operator token.' },
          session: { type: 'apiKey', in: 'cookie', name: 'allot_session', description: 'The console session (POST /v1/session); changes also need the x-csrf-token header.' },
          scim: { type: 'http', scheme: 'bearer', description: 'A SCIM token (allot_scim_…), made by an Account Administrator; only /scim/v2 takes it.' },
          metrics: { type: 'http', scheme: 'bearer', description: 'The metrics token (ALLOT_METRICS_TOKEN); only GET /metrics takes it.' },
        },
      },
      tags: [
        { name: 'client', description: 'Device API: activate, check in, deactivate' },
        { name: 'subscriptions' },
        { name: 'keys' },
        { name: 'policies', description: "Keys' policies and the account's golden images, which devices receive in their certificates" },
        { name: 'webhooks', description: 'Signed webhooks (Standard Webhooks) to endpoints of an account or of the operator' },
        { name: 'devices' },
        { name: 'invitations' },
        { name: 'members', description: 'Sign-in, members and roles' },
        { name: 'events' },
        { name: 'sso', description: 'Verified domains, the identity-provider connection, SSO users, and the browser side of SSO sign-in' },
        { name: 'scim', description: "SCIM 2.0 (RFC 7643/7644) at /scim/v2, for an account's identity provider (Entra ID, Okta): Users, Groups, discovery. Answers and errors in SCIM's format." },
        { name: 'operator' },
        { name: 'system' },
      ],
    },
  });
  // The rendered reference: its routes are the plugin's own, in a scope anyone may call.
  await app.register(async (docs) => {
    declarePublicScope(docs);
    await docs.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  });

  systemRoutes(app, services);
  if (options.metrics) metricsRoutes(app, options.metrics);
  const limits = clientLimits(app, options.clientLimits);
  clientRoutes(app, services, limits);
  productAndAccountRoutes(app, services);
  subscriptionAndKeyRoutes(app, services);
  activationRoutes(app, services);
  invitationRoutes(app, services);
  memberRoutes(app, services, { secureCookies: options.secureCookies, signInPerMinute: options.signInPerMinute });
  operatorRoutes(app, services, { secureCookies: options.secureCookies, signInPerMinute: options.signInPerMinute });
  ssoRoutes(app, services, { secureCookies: options.secureCookies, limits, startsPerMinute: options.ssoStartsPerMinute });
  domainRoutes(app, services);
  scimTokenRoutes(app, services);
  policyRoutes(app, services);
  webhookRoutes(app, services);
  await scimRoutes(app, services);
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  registerConsole(app);

  return app;
}

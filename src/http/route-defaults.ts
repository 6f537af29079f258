import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { AllotError } from '../domain/errors.ts';
import { PATH_PARAM_MAX_CHARS } from '../domain/limits.ts';
import { noBody } from './routes/no-body.ts';
import { sendError } from './errors.ts';

/** Routes that plugins serve (the rendered reference) keep their own rules. */
const isOwn = (route: RouteOptions): boolean => !route.url.startsWith('/docs');
const NO_QUERY = Type.Object({}, { additionalProperties: false });
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Text that no column can hold the same way on every database: a NUL, or half a surrogate pair. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const BROKEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const unstorable = (s: string): boolean => BROKEN.test(s);

/** The path (`body.device.name`) of the first unstorable string in a parsed body, or null. Iterative: bodies may nest deep. */
export function unstorableAt(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, 'body']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (unstorable(v)) return path;
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) stack.push([child, `${path}.${k}`]);
    }
  }
  return null;
}

/**
 * What every route gets unless it says otherwise, so that no route forgets it: unknown query
 * parameters are refused (a route without a query schema takes none), a write without a body
 * schema refuses any body it is sent, and query text a database cannot store is refused.
 * Also answers a known path called with a method it lacks with 405 and `Allow`.
 */
export function registerRouteDefaults(app: FastifyInstance): void {
  const paths = FindMyWay({ ignoreTrailingSlash: false, maxParamLength: PATH_PARAM_MAX_CHARS });
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) paths.on(method as HTTPMethod, route.url, () => undefined);
    if (!isOwn(route)) return;
    route.schema ??= {};
    route.schema.querystring ??= NO_QUERY;
    const methods = [route.method].flat();
    if (!route.schema.body && !route.preValidation && methods.some((m) => WRITES.has(m))) route.preValidation = noBody;
  });

  // Synchronous and without copies: it runs before every request, most of which have no query.
  app.addHook('preValidation', (request, _reply, done) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    for (const name in query) {
      const value = query[name];
      const bad = Array.isArray(value) ? value.some((v) => typeof v === 'string' && unstorable(v)) : typeof value === 'string' && unstorable(value);
      if (bad)
        return done(
          new AllotError('INVALID_REQUEST', 'The query string holds a NUL character or broken Unicode.', [
            { field: `querystring.${name}`, problem: 'must not contain NUL or unpaired surrogates' },
          ]),
        );
    }
    done();
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!;
    const allowed = (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).filter((m) => paths.find(m, path) !== null);
    if (allowed.length > 0)
      return sendError(reply.header('allow', allowed.join(', ')), 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here; use ${allowed.join(', ')}.`);
    return sendError(reply, 'ROUTE_NOT_FOUND', `No route ${request.method} ${path.slice(0, 200)}.`);
  });
}

import { timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../app/context.ts';
import type { Services } from '../app/services.ts';
import { AllotError } from '../domain/errors.ts';

/**
 * Who may call a route: anyone (the credential is in the body), an account's caller (a member
 * signed in to the console, or an API token) or the operator — what each role may then do is
 * the use-cases' to decide —, or the operator only.
 */
export type Access = 'public' | 'admin' | 'operator';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
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

export function registerAuth(app: FastifyInstance, services: Services): void {
  app.decorateRequest('caller', null as unknown as Caller);
  app.decorateRequest('sessionId', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config?.access ?? 'public';
    if (access === 'public') return;
    const header = request.headers.authorization;
    const match = BEARER.exec(header ?? '');
    const sessionId = header === undefined ? request.cookies[SESSION_COOKIE] : undefined;
    const actor = match ? await services.authenticate(match[1]!) : sessionId ? await services.sessions.authenticate(sessionId) : null;
    if (!actor) throw new AllotError('UNAUTHORIZED', 'Sign in, or send a valid API token: Authorization: Bearer <token>.');
    if (sessionId) {
      // A cookie rides along with any request the browser makes: a change must prove it came from the console.
      const sent = request.headers['x-csrf-token'];
      if (!SAFE_METHODS.has(request.method) && (typeof sent !== 'string' || !same(sent, services.sessions.csrfToken(sessionId))))
        throw new AllotError('CSRF_TOKEN_INVALID', 'This change must carry the x-csrf-token header of the session (GET /v1/session tells it).');
      request.sessionId = sessionId;
    }
    if (access === 'operator' && actor.type !== 'operator') throw new AllotError('FORBIDDEN', 'Only the operator may do this.');
    request.caller = { actor, requestId: String(request.id) };
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Caller } from '../app/context.ts';
import type { Services } from '../app/services.ts';
import { AllotError } from '../domain/errors.ts';

/** Who may call a route: anyone (the credential is in the body), account administrators (and the operator), or the operator only. */
export type Access = 'public' | 'admin' | 'operator';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    caller: Caller;
  }
}

const BEARER = /^Bearer\s+(\S{1,512})$/i;

export function registerAuth(app: FastifyInstance, services: Services): void {
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config?.access ?? 'public';
    if (access === 'public') return;
    const match = BEARER.exec(request.headers.authorization ?? '');
    const actor = match ? await services.authenticate(match[1]!) : null;
    if (!actor) throw new AllotError('UNAUTHORIZED', 'Send a valid API token: Authorization: Bearer <token>.');
    if (access === 'operator' && actor.type !== 'operator') throw new AllotError('FORBIDDEN', 'Only the operator may do this.');
    request.caller = { actor, requestId: String(request.id) };
  });
}

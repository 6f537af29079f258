import { Type } from '@sinclair/typebox';
import type { Services } from '../../app/services.ts';
import { AccountSearchResult, OperatorAccount, OperatorMember, OperatorOverview, OperatorSessionInfo } from '../../app/views/operators.ts';
import { AllotError } from '../../domain/errors.ts';
import { SESSION_MAX_MS } from '../../domain/members.ts';
import { addressOf } from '../client-limits.ts';
import { clearSessionCookie, sessionCookie, setSessionCookie } from '../auth.ts';
import { errors, IdParams } from '../schemas/common.ts';
import { AccountSearchQuery, CreateOperatorBody, OperatorSignInBody } from '../schemas/operators.ts';
import type { App } from '../types.ts';

export interface OperatorRouteOptions {
  secureCookies: boolean;
  /** Sign-in attempts per client address and minute (as the members' sign-in). */
  signInPerMinute: number;
}

/** The vendor's side (issue 16): operator members' sessions, the members themselves, and the operator console's reads. */
export function operatorRoutes(app: App, services: Services, options: OperatorRouteOptions): void {
  const operator = { access: 'operator' as const };
  const tags = ['operator'];
  const limited = {
    rateLimit: {
      max: options.signInPerMinute,
      timeWindow: 60_000,
      keyGenerator: addressOf,
      hook: 'preHandler' as const,
      errorResponseBuilder: (_req: unknown, { ttl }: { ttl: number }) => {
        const retryAfterSeconds = Math.max(1, Math.ceil(ttl / 1000));
        return new AllotError('RATE_LIMITED', `Too many attempts from your address. Retry after ${retryAfterSeconds} s.`, { limit: 'ip', retryAfterSeconds });
      },
    },
  };

  app.post('/v1/operator/session', {
    config: { access: 'public', ...limited },
    schema: {
      tags,
      summary: 'Sign in as an operator member: a session cookie (its id starts with op.) and its CSRF token',
      description: 'Every failure answers INVALID_CREDENTIALS alike. Repeated failures for an address, or many attempts from one client, answer RATE_LIMITED.',
      body: OperatorSignInBody,
      response: { 200: OperatorSessionInfo, ...errors },
    },
    handler: async (req, reply) => {
      const { sessionId, ...info } = await services.operator.signIn({ ...req.body, requestId: String(req.id) });
      setSessionCookie(reply, sessionId, options.secureCookies, SESSION_MAX_MS / 1000);
      return info;
    },
  });
  app.get('/v1/operator/session', {
    // Public: it reads the session cookie itself, and answers UNAUTHORIZED without an operator's.
    config: { access: 'public' },
    schema: { tags, summary: 'Which operator member is signed in (the session cookie), with its CSRF token', response: { 200: OperatorSessionInfo, ...errors } },
    handler: async (req) => {
      const sessionId = sessionCookie(req);
      const info = sessionId ? await services.operator.getSession(sessionId) : null;
      if (!info) throw new AllotError('UNAUTHORIZED', 'Not signed in as an operator member, or the session has ended.');
      return info;
    },
  });
  app.delete('/v1/operator/session', {
    config: operator,
    schema: { tags, summary: 'Sign out (an operator member)', response: { 204: Type.Null(), ...errors } },
    handler: async (req, reply) => {
      if (!req.sessionId) throw new AllotError('UNAUTHORIZED', 'There is no session to end: this request came with an API token.');
      await services.operator.signOut(req.caller, req.sessionId);
      clearSessionCookie(reply, options.secureCookies);
      return reply.code(204).send(null);
    },
  });

  app.get('/v1/operator/members', {
    config: operator,
    schema: { tags, summary: "The vendor's people who may sign in to the operator console", response: { 200: Type.Object({ items: Type.Array(OperatorMember) }), ...errors } },
    handler: async (req) => ({ items: await services.operator.members.list(req.caller) }),
  });
  app.post('/v1/operator/members', {
    config: operator,
    schema: {
      tags,
      summary: 'Add an operator member, with a password',
      description: '409 OPERATOR_EXISTS when the address has one already; the password follows the member rules (400 INVALID_REQUEST).',
      body: CreateOperatorBody,
      response: { 201: OperatorMember, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await services.operator.members.create(req.caller, req.body)),
  });
  app.delete('/v1/operator/members/:id', {
    config: operator,
    schema: {
      tags,
      summary: 'Remove an operator member (their sessions end)',
      description: '409 LAST_OPERATOR for the last active one; 404 OPERATOR_NOT_FOUND for an unknown id.',
      params: IdParams,
      response: { 204: Type.Null(), ...errors },
    },
    handler: async (req, reply) => {
      await services.operator.members.remove(req.caller, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/v1/operator/overview', {
    config: operator,
    schema: { tags, summary: 'The fleet at a glance: figures, subscriptions expiring within 30 days, subscriptions at their limit', response: { 200: OperatorOverview, ...errors } },
    handler: async (req) => services.operator.overview(req.caller),
  });
  app.get('/v1/operator/accounts/search', {
    config: operator,
    schema: {
      tags,
      summary: 'Find accounts by name, domain, member address, the start of a license key, or a device fingerprint',
      querystring: AccountSearchQuery,
      response: { 200: AccountSearchResult, ...errors },
    },
    handler: async (req) => services.operator.search(req.caller, req.query),
  });
  app.get('/v1/operator/accounts/:id', {
    config: operator,
    schema: { tags, summary: 'An account as support sees it', params: IdParams, response: { 200: OperatorAccount, ...errors } },
    handler: async (req) => services.operator.account(req.caller, req.params.id),
  });
  app.post('/v1/operator/accounts/:id/support-views', {
    config: operator,
    schema: { tags, summary: "Record in the account's audit log that an operator opened its support view", params: IdParams, response: { 204: Type.Null(), ...errors } },
    handler: async (req, reply) => {
      await services.operator.supportViewed(req.caller, req.params.id);
      return reply.code(204).send(null);
    },
  });
}

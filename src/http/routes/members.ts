import { Type } from '@sinclair/typebox';
import type { Services } from '../../app/services.ts';
import { SESSION_MAX_MS } from '../../domain/members.ts';
import { AllotError } from '../../domain/errors.ts';
import { clearSessionCookie, sessionCookie, setSessionCookie } from '../auth.ts';
import { Me, Member, SessionInfo } from '../../app/views/members.ts';
import { AccountParams, errors, IdParams } from '../schemas/common.ts';
import {
  ChangePasswordBody,
  ConfirmPasswordBody,
  CreateMemberBody,
  PasswordResetBody,
  SignInBody,
  UpdateMeBody,
  UpdateMemberBody,
} from '../schemas/members.ts';
import type { App } from '../types.ts';
import { addressOf } from '../client-limits.ts';

const admin = { access: 'admin' as const };

export interface MemberRouteOptions {
  /** Cookies only over HTTPS (ALLOT_PUBLIC_URL is https://…). */
  secureCookies: boolean;
  /** Sign-in and reset attempts per client address and minute. */
  signInPerMinute: number;
}

/** Sign-in, the members of an account and their roles, one's own profile and password. */
export function memberRoutes(app: App, services: Services, options: MemberRouteOptions): void {
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

  app.post('/v1/session', {
    config: { access: 'public', ...limited },
    schema: {
      tags: ['members'],
      summary: 'Sign in to the console: a session cookie and its CSRF token',
      description: 'Every failure answers INVALID_CREDENTIALS alike. Repeated failures for an address, or many attempts from one client, answer RATE_LIMITED.',
      body: SignInBody,
      response: { 200: SessionInfo, ...errors },
    },
    handler: async (req, reply) => {
      const { sessionId, ...info } = await services.sessions.signIn({ ...req.body, requestId: String(req.id) });
      setSessionCookie(reply, sessionId, options.secureCookies, SESSION_MAX_MS / 1000);
      return info;
    },
  });
  app.get('/v1/session', {
    // Public: it reads the session cookie itself, and answers UNAUTHORIZED without one.
    config: { access: 'public' },
    schema: { tags: ['members'], summary: 'Who is signed in (the session cookie), with its CSRF token', response: { 200: SessionInfo, ...errors } },
    handler: async (req) => {
      const sessionId = sessionCookie(req);
      const actor = sessionId ? await services.sessions.authenticate(sessionId) : null;
      if (!sessionId || !actor) throw new AllotError('UNAUTHORIZED', 'Not signed in, or the session has ended.');
      return services.sessions.get(actor.id, sessionId);
    },
  });
  app.delete('/v1/session', {
    config: admin,
    schema: { tags: ['members'], summary: 'Sign out', response: { 204: Type.Null(), ...errors } },
    handler: async (req, reply) => {
      if (!req.sessionId) throw new AllotError('UNAUTHORIZED', 'There is no session to end: this request came with an API token.');
      if (req.sessionId.startsWith(services.operator.sessionPrefix)) await services.operator.signOut(req.caller, req.sessionId);
      else await services.sessions.signOut(req.caller, req.sessionId);
      clearSessionCookie(reply, options.secureCookies);
      return reply.code(204).send(null);
    },
  });

  app.get('/v1/accounts/:accountId/members', {
    config: admin,
    schema: { tags: ['members'], summary: "An account's members", params: AccountParams, response: { 200: Type.Object({ data: Type.Array(Member) }), ...errors } },
    handler: async (req) => ({ data: await services.members.list(req.caller, req.params.accountId) }),
  });
  app.post('/v1/accounts/:accountId/members', {
    config: admin,
    schema: {
      tags: ['members'],
      summary: 'Add a member: invited by email to choose a password (or, by the operator, with a password)',
     
      params: AccountParams,
      body: CreateMemberBody,
      response: { 201: Member, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await services.members.create(req.caller, req.params.accountId, req.body)),
  });
  app.get('/v1/members/:id', {
    config: admin,
    schema: { tags: ['members'], summary: 'A member', params: IdParams, response: { 200: Member, ...errors } },
    handler: async (req) => services.members.get(req.caller, req.params.id),
  });
  app.patch('/v1/members/:id', {
    config: admin,
    schema: { tags: ['members'], summary: "Rename a member, change their role or a License Administrator's keys", params: IdParams, body: UpdateMemberBody, response: { 200: Member, ...errors } },
    handler: async (req) => services.members.update(req.caller, req.params.id, req.body),
  });
  app.delete('/v1/members/:id', {
    config: admin,
    schema: { tags: ['members'], summary: 'Remove a member (or leave the account: your own id)', params: IdParams, response: { 200: Member, ...errors } },
    handler: async (req) => services.members.remove(req.caller, req.params.id),
  });
  for (const [action, summary] of [
    ['block', 'Block a member: they cannot sign in, and their sessions end'],
    ['unblock', 'Unblock a member'],
    ['resend-invitation', 'Email an invited member a new link (the old one stops working)'],
  ] as const)
    app.post(`/v1/members/:id/${action}`, {
      config: admin,
      schema: { tags: ['members'], summary, params: IdParams, response: { 200: Member, ...errors } },
      handler: async (req) =>
        action === 'resend-invitation' ? services.members.resendInvitation(req.caller, req.params.id) : services.members.setBlocked(req.caller, req.params.id, action === 'block'),
    });

  app.get('/v1/me', {
    config: admin,
    schema: { tags: ['members'], summary: 'The member signed in', response: { 200: Me, ...errors } },
    handler: async (req) => services.me.get(req.caller),
  });
  app.patch('/v1/me', {
    config: admin,
    schema: {
      tags: ['members'],
      summary: 'Change your name or your email address',
      description:
        'A new email address needs currentPassword (403 PASSWORD_INCORRECT when it is wrong) and must be no other member\'s (409 MEMBER_EXISTS). Your own record only: an Account Administrator changes no one else\'s address.',
     
      body: UpdateMeBody,
      response: { 200: Member, ...errors },
    },
    handler: async (req) => services.me.update(req.caller, req.body),
  });
  app.post('/v1/me/password', {
    config: admin,
    schema: { tags: ['members'], summary: 'Change your password (your other sessions end)', body: ChangePasswordBody, response: { 204: Type.Null(), ...errors } },
    handler: async (req, reply) => {
      await services.me.changePassword(req.caller, req.sessionId ? services.sessions.hash(req.sessionId) : null, req.body);
      return reply.code(204).send(null);
    },
  });
  app.post('/v1/password-reset', {
    config: { access: 'public', ...limited },
    schema: {
      tags: ['members'],
      summary: 'Email a link to reset the password (always 202: nobody learns which addresses are members)',
      body: PasswordResetBody,
      response: { 202: Type.Null(), ...errors },
    },
    handler: async (req, reply) => {
      await services.passwords.requestReset({ email: req.body.email, requestId: String(req.id) });
      return reply.code(202).send(null);
    },
  });
  app.post('/v1/password-reset/confirm', {
    config: { access: 'public', ...limited },
    schema: { tags: ['members'], summary: 'Set a password from an emailed link (a reset, or joining an account)', body: ConfirmPasswordBody, response: { 200: Type.Object({ member: Member }), ...errors } },
    handler: async (req) => ({ member: await services.passwords.confirm({ ...req.body, requestId: String(req.id) }) }),
  });
}

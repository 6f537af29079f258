import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Services, SsoFinish } from '../../app/services.ts';
import { SsoConnection, SsoUser } from '../../app/views/sso.ts';
import { SESSION_MAX_MS } from '../../domain/members.ts';
import { AllotError } from '../../domain/errors.ts';
import { setSessionCookie } from '../auth.ts';
import { addressOf, clientAddress, type ClientLimits } from '../client-limits.ts';
import { sendRefusal } from '../errors.ts';
import { ActivateResponse } from '../../app/views/activations.ts';
import { AccountParams, errors, IdParams, Page } from '../schemas/common.ts';
import { OidcCallbackQuery, SamlPost, SsoActivateBody, SsoActivateQuery, SsoConnectionBody, SsoConsoleQuery, SsoUsersQuery } from '../schemas/sso.ts';
import { sendConsoleEntry, sendSsoError, ssoAnswer } from '../sso-pages.ts';
import type { App } from '../types.ts';

const FORM_MAX_BYTES = 1_100_000;
const CONNECTION_BODY_MAX_BYTES = 2 * 1024 * 1024;

/**
 * SSO (docs/sso.md): the account's identity-provider connection and its people (administrators),
 * the browser's side of a sign-in (public: the identity provider's answer is the credential),
 * and the device's redemption of the code a sign-in ends in.
 */
export function ssoRoutes(app: App, services: Services, options: { secureCookies: boolean; limits: ClientLimits; startsPerMinute: number }): void {
  const admin = { access: 'admin' as const };
  const starts = {
    access: 'public' as const,
    rateLimit: {
      max: options.startsPerMinute,
      timeWindow: 60_000,
      keyGenerator: addressOf,
      errorResponseBuilder: (_req: unknown, { ttl }: { ttl: number }) => {
        const retryAfterSeconds = Math.max(1, Math.ceil(ttl / 1000));
        return new AllotError('RATE_LIMITED', `Too many sign-ins started from your address. Retry after ${retryAfterSeconds} s.`, { limit: 'ip', retryAfterSeconds });
      },
    },
  };

  /** A refusal before the handler (the start limit) reads as a page too, for a person's browser. */
  const asSsoPage = (error: Error, _request: unknown, reply: FastifyReply) => {
    if (error instanceof AllotError) return sendSsoError(reply, error.code, error.message, error.details);
    throw error;
  };

  app.put('/v1/accounts/:accountId/sso', {
    config: admin,
    bodyLimit: CONNECTION_BODY_MAX_BYTES,
    schema: {
      tags: ['sso'],
      summary: "Create or replace the account's identity-provider connection (SAML 2.0 or OpenID Connect)",
      description: 'The answer carries what to paste into the identity provider (serviceProvider). An OpenID Connect issuer is discovered before saving (SSO_DISCOVERY_FAILED).',
      params: AccountParams,
      body: SsoConnectionBody,
      'x-body-limit': CONNECTION_BODY_MAX_BYTES,
      response: { 200: SsoConnection, ...errors },
    },
    handler: async (req) => services.sso.put(req.caller, req.params.accountId, req.body),
  });
  app.get('/v1/accounts/:accountId/sso', {
    config: admin,
    schema: {
      tags: ['sso'],
      summary: "The account's identity-provider connection",
      description: 'With none: 404 SSO_NOT_CONFIGURED, whose details.serviceProvider says what to paste into the identity provider.',
      params: AccountParams,
      response: { 200: SsoConnection, ...errors },
    },
    handler: async (req) => services.sso.get(req.caller, req.params.accountId),
  });
  app.delete('/v1/accounts/:accountId/sso', {
    config: admin,
    schema: { tags: ['sso'], summary: "Remove the account's identity-provider connection", params: AccountParams, response: { 204: Type.Null(), ...errors } },
    handler: async (req, reply) => {
      await services.sso.remove(req.caller, req.params.accountId);
      return reply.code(204).send(null);
    },
  });

  app.get('/v1/accounts/:accountId/sso-users', {
    config: admin,
    schema: {
      tags: ['sso'],
      summary: 'People who signed in through the identity provider: their key, groups, devices and last sign-in',
      params: AccountParams,
      querystring: SsoUsersQuery,
      response: { 200: Page(SsoUser), ...errors },
    },
    handler: async (req) =>
      services.ssoUsers.list(req.caller, req.params.accountId, { status: req.query.status, source: req.query.source, search: req.query.search, limit: req.query.limit ?? 100, after: req.query.cursor }),
  });
  app.get('/v1/sso-users/:id', {
    config: admin,
    schema: { tags: ['sso'], summary: 'One SSO user', params: IdParams, response: { 200: SsoUser, ...errors } },
    handler: async (req) => services.ssoUsers.get(req.caller, req.params.id),
  });
  app.post('/v1/sso-users/:id/deactivate', {
    config: admin,
    schema: {
      tags: ['sso'],
      summary: "Deactivate an SSO user: their devices end at once and their seats are freed; their check-ins answer SSO_USER_DEACTIVATED",
      params: IdParams,
      response: { 200: SsoUser, ...errors },
    },
    handler: async (req) => services.ssoUsers.deactivate(req.caller, req.params.id),
  });
  app.post('/v1/sso-users/:id/reactivate', {
    config: admin,
    schema: { tags: ['sso'], summary: 'Let a deactivated SSO user activate again', params: IdParams, response: { 200: SsoUser, ...errors } },
    handler: async (req) => services.ssoUsers.reactivate(req.caller, req.params.id),
  });

  app.post('/v1/client/sso/activate', {
    config: { access: 'public' },
    onRequest: options.limits.onRequest,
    schema: {
      tags: ['client'],
      summary: "Activate a device with the one-time code of its person's SSO sign-in (RFC 8252, PKCE)",
      description: '201 with a new activation, 200 when this device of this person is already active. The code works once, within 5 minutes, with its verifier (else SSO_CODE_INVALID).',
      body: SsoActivateBody,
      response: { 200: ActivateResponse, 201: ActivateResponse, ...errors },
    },
    handler: async (req, reply) => {
      const decision = await options.limits.decide(req, () => services.sso.activate(String(req.id), { ...req.body, ip: clientAddress(req) }));
      if (!decision.granted) return sendRefusal(reply, decision.refusal);
      const { created, ...body } = decision.value;
      return reply.code(created ? 201 : 200).send(body);
    },
  });

  // The browser's side. Errors are pages for a person (JSON for a program), never a redirect to the app.
  app.get('/sso/activate', {
    config: starts,
    errorHandler: asSsoPage,
    attachValidation: true,
    schema: {
      tags: ['sso'],
      summary: "A native app's sign-in: 302 to the account's identity provider (the email's verified domain names the account)",
      querystring: SsoActivateQuery,
    },
    handler: async (req, reply) =>
      ssoAnswer(reply, async () => {
        const q = req.query;
        const url = await services.sso.startDevice({
          product: q.product,
          email: q.email,
          redirectUri: q.redirect_uri,
          state: q.state,
          codeChallenge: q.code_challenge,
          codeChallengeMethod: q.code_challenge_method,
        });
        return reply.code(302).header('cache-control', 'no-store').redirect(url);
      }),
  });
  app.get('/sso/console', {
    config: starts,
    errorHandler: asSsoPage,
    attachValidation: true,
    schema: { tags: ['sso'], summary: "Console sign-in through the account's identity provider: 302 there", querystring: SsoConsoleQuery },
    handler: async (req, reply) =>
      ssoAnswer(reply, async () => reply.code(302).header('cache-control', 'no-store').redirect(await services.sso.startConsole({ email: req.query.email }))),
  });
  app.get('/sso/saml/:accountId/metadata', {
    config: { access: 'public' },
    schema: { tags: ['sso'], summary: "Allot's SAML service-provider metadata for the account", params: AccountParams },
    handler: async (req, reply) => reply.type('application/samlmetadata+xml; charset=utf-8').send(await services.sso.spMetadata(req.params.accountId)),
  });

  const finished = async (reply: FastifyReply, outcome: SsoFinish) => {
    if (outcome.kind === 'device') return reply.code(302).header('cache-control', 'no-store').redirect(outcome.redirectTo);
    setSessionCookie(reply, outcome.sessionId, options.secureCookies, SESSION_MAX_MS / 1000);
    return sendConsoleEntry(reply);
  };

  app.register(async (plugin) => {
    const acs = plugin.withTypeProvider<TypeBoxTypeProvider>();
    // The identity provider posts an HTML form here (HTTP-POST binding), and nothing else: JSON is 415.
    acs.removeAllContentTypeParsers();
    acs.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_MAX_BYTES }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    acs.post('/sso/saml/:accountId/acs', {
      config: { access: 'public' },
      attachValidation: true,
      bodyLimit: FORM_MAX_BYTES,
      schema: {
        tags: ['sso'],
        summary: 'SAML Assertion Consumer Service (HTTP-POST): the identity provider posts SAMLResponse and RelayState here',
        params: AccountParams,
        body: SamlPost,
        consumes: ['application/x-www-form-urlencoded'],
        'x-body-limit': FORM_MAX_BYTES,
      },
      handler: async (req, reply) =>
        ssoAnswer(reply, async () => finished(reply, await services.sso.finishSaml(req.params.accountId, req.body, String(req.id)))),
    });
  });
  app.get('/sso/oidc/:accountId/callback', {
    config: { access: 'public' },
    attachValidation: true,
    schema: { tags: ['sso'], summary: 'OpenID Connect redirect URI: the identity provider sends the browser back here', params: AccountParams, querystring: OidcCallbackQuery },
    handler: async (req, reply) =>
      ssoAnswer(reply, async () => {
        const url = new URL(req.url, 'http://callback.invalid');
        const callback = new URL(`${services.deps.config.issuer}/sso/oidc/${req.params.accountId}/callback${url.search}`);
        return finished(reply, await services.sso.finishOidc(req.params.accountId, callback, String(req.id)));
      }),
  });
}

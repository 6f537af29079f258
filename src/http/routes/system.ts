import type { Services } from '../../app/services.ts';
import { Event } from '../../app/views/events.ts';
import { Jwks, Rotated, SystemInfo } from '../../app/views/system.ts';
import { ErrorResponse, errors, Page } from '../schemas/common.ts';
import { EventQuery } from '../schemas/system.ts';
import type { App } from '../types.ts';
import { sendError } from '../errors.ts';
import { AllotError } from '../../domain/errors.ts';
import { Type } from '@sinclair/typebox';

const instant = (value: string | undefined, field: string): number | undefined => {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw new AllotError('INVALID_REQUEST', `${field} must be an ISO 8601 date-time.`);
  return ms;
};

/** Health, what the server offers, the certificate keys, the audit log. */
export function systemRoutes(app: App, services: Services): void {
  app.get('/healthz', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Ready to serve: 200 when the database answers, 503 otherwise',
      response: { 200: Type.Object({ status: Type.Literal('ok') }), 503: ErrorResponse },
    },
    handler: async (_req, reply) => {
      try {
        await services.ready();
      } catch {
        return sendError(reply, 'SERVICE_UNAVAILABLE', 'The database cannot be reached.');
      }
      return { status: 'ok' as const };
    },
  });
  app.get('/v1/system', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'What this server offers: whether it can send email, and whether anyone can sign in yet',
      description: 'Public, so that the console can say so before anyone signs in (the password reset page).',
      response: { 200: SystemInfo },
    },
    handler: async () => ({ mail: { configured: services.mail.configured }, setupNeeded: await services.setup.needed() }),
  });
  app.get('/.well-known/jwks.json', {
    config: { access: 'public' },
    schema: { tags: ['system'], summary: 'Public keys that verify device certificates (EdDSA, by kid)', response: { 200: Jwks } },
    handler: async (_req, reply) => reply.header('cache-control', 'public, max-age=300').send(await services.signingKeys.jwks()),
  });
  app.post('/v1/signing-keys/rotate', {
    config: { access: 'operator' },
    schema: { tags: ['operator'], summary: 'Rotate the certificate signing key', response: { 201: Rotated, ...errors } },
    handler: async (req, reply) => reply.code(201).send(await services.signingKeys.rotate(req.caller)),
  });
  app.get('/v1/events', {
    config: { access: 'admin' },
    schema: { tags: ['events'], summary: 'The audit log, newest first', querystring: EventQuery, response: { 200: Page(Event), ...errors } },
    handler: async (req) =>
      services.events.list(req.caller, {
        accountId: req.query.accountId,
        subscriptionId: req.query.subscriptionId,
        action: req.query.action,
        actorType: req.query.actorType,
        targetId: req.query.targetId,
        since: instant(req.query.since, 'since'),
        until: instant(req.query.until, 'until'),
        limit: req.query.limit ?? 50,
        before: req.query.cursor,
      }),
  });
}

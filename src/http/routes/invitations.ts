import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../app/services.ts';
import type { BatchEntry } from '../../domain/invitations.ts';
import { invitationsCsv } from '../../format/csv.ts';
import { parseEmailCsv } from '../../format/emails-csv.ts';
import { Invitation, InviteResponse } from '../../app/views/invitations.ts';
import { errors, IdParams, Page } from '../schemas/common.ts';
import {
  InviteBody,
  InviteQuery,
  KeyInvitationExportQuery,
  KeyInvitationQuery,
  SubscriptionInvitationExportQuery,
  SubscriptionInvitationQuery,
} from '../schemas/invitations.ts';
import type { App } from '../types.ts';
import { INVITE_BODY_MAX_BYTES } from '../../domain/limits.ts';

const admin = { access: 'admin' as const };

/** The CSV line of each address a text/csv body carried, by the body the parser made. */
const csvLines = new WeakMap<object, (number | undefined)[]>();

function entriesOf(request: FastifyRequest, emails: string[]): BatchEntry[] {
  const lines = csvLines.get(request.body as object);
  return emails.map((email, i) => (lines?.[i] === undefined ? { email } : { email, line: lines[i] }));
}

async function sendCsv<T>(reply: FastifyReply, rows: AsyncGenerator<T>, name: string, toCsv: (rows: AsyncIterable<T>) => NodeJS.ReadableStream) {
  const first = await rows.next(); // errors (not found, say) surface before any byte is sent
  async function* all() {
    if (!first.done) yield first.value;
    yield* rows;
  }
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(toCsv(all()));
}

/** Invitations: personal activation codes emailed to people, drawn on a key's seats. */
export function invitationRoutes(app: App, services: Services): void {
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    // A one-column CSV file is read into the JSON shape, so that one schema checks both.
    scope.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, text, done) => {
      try {
        const entries = parseEmailCsv(text as string);
        const body = { emails: entries.map((e) => e.email) };
        csvLines.set(body, entries.map((e) => e.line));
        done(null, body);
      } catch (error) {
        done(error as Error);
      }
    });
    scope.post('/v1/keys/:id/invitations', {
      config: admin,
      bodyLimit: INVITE_BODY_MAX_BYTES,
      schema: {
        tags: ['invitations'],
        summary: 'Invite people to activate with this key: a personal code each, by email',
        description:
          'JSON `{emails, language?, expiresInDays?}`, or a CSV file (`text/csv`, one address per line, optional header) with `language` and `expiresInDays` as query parameters. ' +
          'Invalid, repeated and already-invited addresses are reported in `rejected`; the others are invited.',
       
        params: IdParams,
        querystring: InviteQuery,
        body: InviteBody,
        consumes: ['application/json', 'text/csv'],
        'x-body-limit': INVITE_BODY_MAX_BYTES,
        response: { 201: InviteResponse, ...errors },
      },
      handler: async (req, reply) => {
        const result = await services.invitations.invite(req.caller, req.params.id, {
          entries: entriesOf(req, req.body.emails),
          language: req.body.language ?? req.query.language,
          expiresInDays: req.body.expiresInDays ?? req.query.expiresInDays,
        });
        return reply.code(201).send(result);
      },
    });
  });

  app.get('/v1/keys/:id/invitations', {
    config: admin,
    schema: { tags: ['invitations'], summary: "A key's invitations, newest first", params: IdParams, querystring: KeyInvitationQuery, response: { 200: Page(Invitation), ...errors } },
    handler: async (req) =>
      services.invitations.list(req.caller, { keyId: req.params.id }, { status: req.query.status, search: req.query.q, limit: req.query.limit ?? 50, offset: req.query.offset ?? 0 }),
  });
  app.get('/v1/subscriptions/:id/invitations', {
    config: admin,
    schema: {
      tags: ['invitations'],
      summary: "A subscription's invitations, newest first",
     
      params: IdParams,
      querystring: SubscriptionInvitationQuery,
      response: { 200: Page(Invitation), ...errors },
    },
    handler: async (req) =>
      services.invitations.list(
        req.caller,
        { subscriptionId: req.params.id },
        { keyId: req.query.keyId, status: req.query.status, search: req.query.q, limit: req.query.limit ?? 50, offset: req.query.offset ?? 0 },
      ),
  });
  const csvSummary = (what: string) => `Download the ${what}'s invitations as CSV (email, code, status, key, language, expiry, delivery, download URL), filtered as the list is`;
  const csvSchema = { tags: ['invitations'], params: IdParams, produces: ['text/csv'], response: { 200: Type.String({ description: 'CSV, with a header row' }), ...errors } };
  app.get('/v1/keys/:id/invitations.csv', {
    config: admin,
    schema: { ...csvSchema, summary: csvSummary('key'), querystring: KeyInvitationExportQuery },
    handler: async (req, reply) =>
      sendCsv(reply, services.invitations.export(req.caller, { keyId: req.params.id }, { status: req.query.status, search: req.query.q }), `invitations-${req.params.id}.csv`, invitationsCsv),
  });
  app.get('/v1/subscriptions/:id/invitations.csv', {
    config: admin,
    schema: { ...csvSchema, summary: csvSummary('subscription'), querystring: SubscriptionInvitationExportQuery },
    handler: async (req, reply) =>
      sendCsv(
        reply,
        services.invitations.export(req.caller, { subscriptionId: req.params.id }, { status: req.query.status, search: req.query.q, keyId: req.query.keyId }),
        `invitations-${req.params.id}.csv`,
        invitationsCsv,
      ),
  });
  app.get('/v1/invitations/:id', {
    config: admin,
    schema: { tags: ['invitations'], summary: 'Get an invitation', params: IdParams, response: { 200: Invitation, ...errors } },
    handler: async (req) => services.invitations.get(req.caller, req.params.id),
  });
  app.post('/v1/invitations/:id/resend', {
    config: admin,
    schema: {
      tags: ['invitations'],
      summary: 'Send again with a new code (the old code stops working at once) and a new expiry',
     
      params: IdParams,
      response: { 200: Invitation, ...errors },
    },
    handler: async (req) => services.invitations.resend(req.caller, req.params.id),
  });
  app.post('/v1/invitations/:id/revoke', {
    config: admin,
    schema: { tags: ['invitations'], summary: 'Revoke a pending invitation; its code stops working', params: IdParams, response: { 200: Invitation, ...errors } },
    handler: async (req) => services.invitations.revoke(req.caller, req.params.id),
  });
}

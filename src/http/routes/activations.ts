import { Type, type Static } from '@sinclair/typebox';
import type { Services } from '../../app/services.ts';
import { AllotError } from '../../domain/errors.ts';
import { devicesCsv } from '../../format/csv.ts';
import { Activation, ActivationRow, BulkDevicesResponse, BlacklistEntry } from '../../app/views/activations.ts';
import { ActivationExportQuery, ActivationQuery, BlacklistBody, BulkDevicesBody, MoveBody } from '../schemas/activations.ts';
import { errors, IdParams, OffsetPage, Page } from '../schemas/common.ts';
import type { App } from '../types.ts';
import { optionalBody } from './no-body.ts';

/** The list's filters, search and sort, as the list and its CSV export both read them. */
const listFilters = (q: Static<typeof ActivationExportQuery>) => ({
  status: q.status,
  keyId: q.keyId,
  search: q.q?.trim() || undefined,
  match: q.match,
  sort: q.sort ?? ('activatedAt' as const),
  descending: (q.order ?? 'desc') === 'desc',
});

const ActivationPage = Type.Composite([
  Page(ActivationRow),
  Type.Object({ totalIsExact: Type.Optional(Type.Boolean({ description: 'False when total is a lower bound (count=capped, more devices than the cap).' })) }),
]);

/** Devices: the computer list, deactivation, the blacklist, moving a device to another key. */
export function activationRoutes(app: App, services: Services): void {
  const admin = { access: 'admin' as const };

  app.get('/v1/subscriptions/:id/activations', {
    config: admin,
    schema: {
      tags: ['devices'],
      summary: 'List devices: filter, search, sort, page',
     
      params: IdParams,
      querystring: ActivationQuery,
      response: { 200: ActivationPage, ...errors },
    },
    handler: async (req) =>
      services.activations.list(req.caller, req.params.id, {
        ...listFilters(req.query),
        limit: req.query.limit ?? 50,
        offset: req.query.offset ?? 0,
        cursor: req.query.cursor,
        count: req.query.count,
      }),
  });
  app.get('/v1/subscriptions/:id/activations.csv', {
    config: admin,
    schema: {
      tags: ['devices'],
      summary: 'Export devices to CSV',
     
      params: IdParams,
      description: 'The devices the list shows for the same filters, search and sort (every page).',
      querystring: ActivationExportQuery,
      produces: ['text/csv'],
      response: { 200: { type: 'string', description: 'CSV with a header row' }, ...errors },
    },
    handler: async (req, reply) => {
      const rows = services.activations.export(req.caller, req.params.id, listFilters(req.query));
      const first = await rows.next(); // errors (not found, say) surface before any byte is sent
      async function* all() {
        if (!first.done) yield first.value;
        yield* rows;
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="devices-${req.params.id}.csv"`)
        .send(devicesCsv(all()));
    },
  });
  app.post('/v1/subscriptions/:id/activations/bulk', {
    config: admin,
    schema: {
      tags: ['devices'],
      summary: 'Deactivate, blacklist or move many devices at once',
      description: 'Each device in its own transaction, in the order given, with a result of its own: one refused device does not stop the others. `keyId` is the target of a move; `reason` a blacklisting\'s.',
     
      params: IdParams,
      body: BulkDevicesBody,
      response: { 200: BulkDevicesResponse, ...errors },
    },
    handler: async (req) => {
      const { activationIds, action, keyId, reason } = req.body;
      if (action === 'move' && !keyId) throw new AllotError('INVALID_REQUEST', 'A move names its target key.', [{ field: 'body.keyId', problem: 'is required to move' }]);
      const what = action === 'move' ? { action, keyId: keyId! } : action === 'blacklist' ? { action, reason } : { action };
      return { results: await services.activations.actOnMany(req.caller, req.params.id, activationIds, what) };
    },
  });
  app.get('/v1/activations/:id', {
    config: admin,
    schema: { tags: ['devices'], summary: 'Get a device activation', params: IdParams, response: { 200: Activation, ...errors } },
    handler: async (req) => services.activations.get(req.caller, req.params.id),
  });
  app.post('/v1/activations/:id/deactivate', {
    config: admin,
    schema: { tags: ['devices'], summary: "Deactivate a device (its seat returns)", params: IdParams, response: { 200: Activation, ...errors } },
    handler: async (req) => services.activations.deactivate(req.caller, req.params.id),
  });
  app.post('/v1/activations/:id/blacklist', {
    config: admin,
    preValidation: optionalBody,
    schema: {
      tags: ['devices'],
      summary: 'Blacklist a device: deactivated, and it cannot activate again until removed',
     
      params: IdParams,
      body: BlacklistBody,
      response: { 201: BlacklistEntry, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await services.activations.blacklist(req.caller, req.params.id, req.body.reason)),
  });
  app.post('/v1/activations/:id/move', {
    config: admin,
    schema: { tags: ['devices'], summary: 'Move a device to another key (its seat moves with it)', params: IdParams, body: MoveBody, response: { 200: Activation, ...errors } },
    handler: async (req) => services.activations.move(req.caller, req.params.id, req.body.keyId),
  });
  app.get('/v1/subscriptions/:id/blacklist', {
    config: admin,
    schema: { tags: ['devices'], summary: 'The blacklist', params: IdParams, querystring: OffsetPage, response: { 200: Page(BlacklistEntry), ...errors } },
    handler: async (req) => services.blacklist.list(req.caller, req.params.id, { limit: req.query.limit ?? 50, offset: req.query.offset ?? 0 }),
  });
  app.delete('/v1/blacklist/:id', {
    config: admin,
    schema: { tags: ['devices'], summary: 'Take a device off the blacklist', params: IdParams, response: { 200: BlacklistEntry, ...errors } },
    handler: async (req) => services.blacklist.remove(req.caller, req.params.id),
  });
}

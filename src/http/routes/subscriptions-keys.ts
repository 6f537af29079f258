import { Type } from '@sinclair/typebox';
import type { Services } from '../../app/services.ts';
import { DeletedKey, Key } from '../../app/views/keys.ts';
import { Subscription, Usage } from '../../app/views/subscriptions.ts';
import { AccountParams, errors, IdParams, Page } from '../schemas/common.ts';
import {
  CreateKeyBody,
  DeleteKeyQuery,
  SubscriptionQuery,
  UpdateKeyBody,
  UpdateSubscriptionBody,
  UsageQuery,
} from '../schemas/subscriptions-keys.ts';
import type { App } from '../types.ts';

/** Subscriptions and their keys: the seat box and the License Keys card. */
export function subscriptionAndKeyRoutes(app: App, services: Services): void {
  const admin = { access: 'admin' as const };

  app.get('/v1/subscriptions', {
    config: admin,
    schema: { tags: ['subscriptions'], summary: 'List subscriptions', querystring: SubscriptionQuery, response: { 200: Page(Subscription), ...errors } },
    handler: async (req) =>
      services.subscriptions.list(req.caller, {
        status: req.query.status,
        accountId: req.query.accountId,
        limit: req.query.limit ?? 50,
        after: req.query.cursor,
      }),
  });
  app.get('/v1/subscriptions/:id', {
    config: admin,
    schema: { tags: ['subscriptions'], summary: 'Get a subscription with its seats', params: IdParams, response: { 200: Subscription, ...errors } },
    handler: async (req) => services.subscriptions.get(req.caller, req.params.id),
  });
  app.get('/v1/subscriptions/:id/usage', {
    config: admin,
    schema: {
      tags: ['subscriptions'],
      summary: 'Seats in use at the end of each day against the total, for the subscription or one key',
     
      params: IdParams,
      querystring: UsageQuery,
      response: { 200: Usage, ...errors },
    },
    handler: async (req) => services.subscriptions.usage(req.caller, req.params.id, { days: req.query.days ?? 30, keyId: req.query.keyId }),
  });
  app.patch('/v1/subscriptions/:id', {
    config: { access: 'operator' },
    schema: {
      tags: ['subscriptions'],
      summary: 'Add seats, move the expiry, set auto-renew (operator)',
     
      params: IdParams,
      body: UpdateSubscriptionBody,
      response: { 200: Subscription, ...errors },
    },
    handler: async (req) => services.subscriptions.update(req.caller, req.params.id, req.body),
  });

  app.get('/v1/subscriptions/:id/keys', {
    config: admin,
    schema: { tags: ['keys'], summary: "List a subscription's keys", params: IdParams, response: { 200: Type.Object({ data: Type.Array(Key) }), ...errors } },
    handler: async (req) => ({ data: await services.keys.list(req.caller, req.params.id) }),
  });
  app.get('/v1/accounts/:accountId/keys', {
    config: admin,
    schema: {
      tags: ['keys'],
      summary: "Every key of an account, across its subscriptions (a License Administrator's own)",
     
      params: AccountParams,
      response: { 200: Type.Object({ data: Type.Array(Key) }), ...errors },
    },
    handler: async (req) => ({ data: await services.keys.listOfAccount(req.caller, req.params.accountId) }),
  });
  app.post('/v1/subscriptions/:id/keys', {
    config: admin,
    schema: { tags: ['keys'], summary: 'Create a sublicense key', params: IdParams, body: CreateKeyBody, response: { 201: Key, ...errors } },
    handler: async (req, reply) => reply.code(201).send(await services.keys.create(req.caller, req.params.id, req.body)),
  });
  app.get('/v1/keys/:id', {
    config: admin,
    schema: { tags: ['keys'], summary: 'Get a key', params: IdParams, response: { 200: Key, ...errors } },
    handler: async (req) => services.keys.get(req.caller, req.params.id),
  });
  app.patch('/v1/keys/:id', {
    config: admin,
    schema: { tags: ['keys'], summary: "Rename a key, change its seats, type or expiry", params: IdParams, body: UpdateKeyBody, response: { 200: Key, ...errors } },
    handler: async (req) => services.keys.update(req.caller, req.params.id, req.body),
  });
  for (const [action, summary] of [
    ['block', 'Block a key: no new activations; its devices fail their next check-in'],
    ['unblock', 'Unblock a key'],
    ['regenerate', 'Replace the key string; the old one stops working at once'],
  ] as const) {
    app.post(`/v1/keys/:id/${action}`, {
      config: admin,
      schema: { tags: ['keys'], summary, params: IdParams, response: { 200: Key, ...errors } },
      handler: async (req) =>
        action === 'regenerate'
          ? services.keys.regenerate(req.caller, req.params.id)
          : services.keys.setBlocked(req.caller, req.params.id, action === 'block'),
    });
  }
  app.delete('/v1/keys/:id', {
    config: admin,
    schema: {
      tags: ['keys'],
      summary: 'Delete a sublicense key (with deactivateDevices=true when it has devices)',
     
      params: IdParams,
      querystring: DeleteKeyQuery,
      response: { 200: DeletedKey, ...errors },
    },
    handler: async (req) => services.keys.delete(req.caller, req.params.id, { deactivateDevices: req.query.deactivateDevices ?? false }),
  });
}

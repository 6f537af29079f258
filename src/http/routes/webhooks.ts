import { Type } from '@sinclair/typebox';
import type { Services } from '../../app/services.ts';
import { WebhookDelivery, WebhookDeliveryDetail, WebhookDeliveryList, WebhookEndpoint, WebhookEndpointList, WebhookEndpointWithSecret } from '../../app/views/webhooks.ts';
import { errors, IdParams } from '../schemas/common.ts';
import { CreateWebhookEndpointBody, DeliveriesQuery, DeliveryParams, UpdateWebhookEndpointBody, WebhookEndpointQuery } from '../schemas/webhooks.ts';
import type { App } from '../types.ts';

/** Webhook endpoints, their delivery logs, redelivery and test events (docs/webhooks.md). */
export function webhookRoutes(app: App, services: Services): void {
  const admin = { access: 'admin' as const };
  const tags = ['webhooks'];
  const who = 'Account Administrators (their account) and the operator (any account, or operator-wide endpoints).';

  app.post('/v1/webhook-endpoints', {
    config: admin,
    schema: {
      tags,
      summary: 'Create a webhook endpoint; its signing secret is answered this once',
      description: `${who} The operator passes accountId, or none for an endpoint that receives every account's events. 400 WEBHOOK_URL_NOT_ALLOWED when the URL's host resolves to a private or reserved address that is not allow-listed.`,
      body: CreateWebhookEndpointBody,
      response: { 201: WebhookEndpointWithSecret, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await services.webhooks.create(req.caller, req.body)),
  });
  app.get('/v1/webhook-endpoints', {
    config: admin,
    schema: {
      tags,
      summary: "An account's webhook endpoints (the operator: an account's, or without accountId its own)",
      description: who,
      querystring: WebhookEndpointQuery,
      response: { 200: WebhookEndpointList, ...errors },
    },
    handler: async (req) => ({ data: await services.webhooks.list(req.caller, req.query.accountId) }),
  });
  app.get('/v1/webhook-endpoints/:id', {
    config: admin,
    schema: { tags, summary: 'Get a webhook endpoint (never its secret)', params: IdParams, response: { 200: WebhookEndpoint, ...errors } },
    handler: async (req) => services.webhooks.get(req.caller, req.params.id),
  });
  app.patch('/v1/webhook-endpoints/:id', {
    config: admin,
    schema: {
      tags,
      summary: 'Change a webhook endpoint: its URL, events, description, or enable (resets its failure streak) or disable it',
      params: IdParams,
      body: UpdateWebhookEndpointBody,
      response: { 200: WebhookEndpoint, ...errors },
    },
    handler: async (req) => services.webhooks.update(req.caller, req.params.id, req.body),
  });
  app.delete('/v1/webhook-endpoints/:id', {
    config: admin,
    schema: { tags, summary: 'Delete a webhook endpoint and its delivery log', params: IdParams, response: { 204: Type.Null(), ...errors } },
    handler: async (req, reply) => {
      await services.webhooks.remove(req.caller, req.params.id);
      return reply.code(204).send(null);
    },
  });
  app.post('/v1/webhook-endpoints/:id/rotate-secret', {
    config: admin,
    schema: {
      tags,
      summary: 'Give the endpoint a new signing secret, answered this once; the old one keeps signing beside it for 24 hours',
      params: IdParams,
      response: { 200: WebhookEndpointWithSecret, ...errors },
    },
    handler: async (req) => services.webhooks.rotateSecret(req.caller, req.params.id),
  });
  app.get('/v1/webhook-endpoints/:id/deliveries', {
    config: admin,
    schema: {
      tags,
      summary: "The endpoint's delivery log, newest first (pass `next` as `before` for older)",
      params: IdParams,
      querystring: DeliveriesQuery,
      response: { 200: WebhookDeliveryList, ...errors },
    },
    handler: async (req) => services.webhooks.deliveries(req.caller, req.params.id, { limit: req.query.limit, before: req.query.before }),
  });
  app.get('/v1/webhook-endpoints/:id/deliveries/:deliveryId', {
    config: admin,
    schema: { tags, summary: 'One delivery: its payload and its attempts', params: DeliveryParams, response: { 200: WebhookDeliveryDetail, ...errors } },
    handler: async (req) => services.webhooks.delivery(req.caller, req.params.id, req.params.deliveryId),
  });
  app.post('/v1/webhook-endpoints/:id/deliveries/:deliveryId/redeliver', {
    config: admin,
    schema: {
      tags,
      summary: 'Send a message again, with the same message id (webhook-id)',
      description: 'A message still being tried is answered as it is.',
      params: DeliveryParams,
      response: { 202: WebhookDelivery, ...errors },
    },
    handler: async (req, reply) => reply.code(202).send(await services.webhooks.redeliver(req.caller, req.params.id, req.params.deliveryId)),
  });
  app.post('/v1/webhook-endpoints/:id/test', {
    config: admin,
    schema: { tags, summary: 'Send the endpoint a webhook.test event', params: IdParams, response: { 202: WebhookDelivery, ...errors } },
    handler: async (req, reply) => reply.code(202).send(await services.webhooks.test(req.caller, req.params.id)),
  });
}

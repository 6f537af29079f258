import type { Services } from '../../app/services.ts';
import { Account, Product } from '../../app/views/products-accounts.ts';
import { CreatedSubscription } from '../../app/views/subscriptions.ts';
import { CreatedToken, Token } from '../../app/views/tokens.ts';
import { AccountParams, Cursor, errors, IdParams, Limit, Page } from '../schemas/common.ts';
import {
  CreateAccountBody,
  CreateProductBody,
  CreateSubscriptionBody,
  CreateTokenBody,
  UpdateProductBody,
} from '../schemas/products-accounts.ts';
import type { App } from '../types.ts';
import { Type } from '@sinclair/typebox';

/** The operator's catalogue and customers: products, accounts, their subscriptions and API tokens. */
export function productAndAccountRoutes(app: App, services: Services): void {
  const operator = { access: 'operator' as const };
  const admin = { access: 'admin' as const };

  app.post('/v1/products', {
    config: operator,
    schema: { tags: ['operator'], summary: 'Create a product', body: CreateProductBody, response: { 201: Product, ...errors } },
    handler: async (req, reply) => reply.code(201).send(await services.products.create(req.caller, req.body)),
  });
  app.get('/v1/products', {
    config: admin,
    schema: { tags: ['operator'], summary: 'List products', response: { 200: Type.Object({ data: Type.Array(Product) }), ...errors } },
    handler: async () => ({ data: await services.products.list() }),
  });
  app.patch('/v1/products/:id', {
    config: operator,
    schema: { tags: ['operator'], summary: 'Rename a product or change its download URL', params: IdParams, body: UpdateProductBody, response: { 200: Product, ...errors } },
    handler: async (req) => services.products.update(req.caller, req.params.id, req.body),
  });

  app.post('/v1/accounts', {
    config: operator,
    schema: { tags: ['operator'], summary: 'Create a business account', body: CreateAccountBody, response: { 201: Account, ...errors } },
    handler: async (req, reply) => reply.code(201).send(await services.accounts.create(req.caller, req.body)),
  });
  app.get('/v1/accounts', {
    config: admin,
    schema: {
      tags: ['operator'],
      summary: 'List accounts (an account token sees its own)',
     
      querystring: Type.Object({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) }, { additionalProperties: false }),
      response: { 200: Page(Account), ...errors },
    },
    handler: async (req) => services.accounts.list(req.caller, { limit: req.query.limit ?? 50, after: req.query.cursor }),
  });
  app.get('/v1/accounts/:id', {
    config: admin,
    schema: { tags: ['operator'], summary: 'Get an account', params: IdParams, response: { 200: Account, ...errors } },
    handler: async (req) => services.accounts.get(req.caller, req.params.id),
  });

  app.post('/v1/accounts/:accountId/subscriptions', {
    config: operator,
    schema: {
      tags: ['operator'],
      summary: 'Sell a subscription (creates its primary key)',
     
      params: AccountParams,
      body: CreateSubscriptionBody,
      response: { 201: CreatedSubscription, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await services.subscriptions.create(req.caller, { ...req.body, accountId: req.params.accountId })),
  });

  app.post('/v1/accounts/:accountId/tokens', {
    config: operator,
    schema: {
      tags: ['operator'],
      summary: "Create an account's API token (shown once)",
     
      params: AccountParams,
      body: CreateTokenBody,
      response: { 201: CreatedToken, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await services.tokens.create(req.caller, { accountId: req.params.accountId, ...req.body })),
  });
  app.get('/v1/accounts/:accountId/tokens', {
    config: admin,
    schema: { tags: ['operator'], summary: "List an account's API tokens", params: AccountParams, response: { 200: Type.Object({ data: Type.Array(Token) }), ...errors } },
    handler: async (req) => ({ data: await services.tokens.list(req.caller, req.params.accountId) }),
  });
  app.delete('/v1/tokens/:id', {
    config: admin,
    schema: { tags: ['operator'], summary: 'Revoke an API token', params: IdParams, response: { 200: Token, ...errors } },
    handler: async (req) => services.tokens.revoke(req.caller, req.params.id),
  });
}

import { Type } from '@sinclair/typebox';
import type { Services } from '../../app/services.ts';
import { CreatedScimToken, ScimToken, ScimTokenList } from '../../app/views/scim-tokens.ts';
import { AccountParams, closed, errors, IdParams, Name } from '../schemas/common.ts';
import type { App } from '../types.ts';

/** The tokens an account's identity provider provisions it with over SCIM (docs/scim.md). */
export function scimTokenRoutes(app: App, services: Services): void {
  const admin = { access: 'admin' as const };

  app.post('/v1/accounts/:accountId/scim-tokens', {
    config: admin,
    schema: {
      tags: ['sso'],
      summary: 'Create a SCIM token (shown once) for the identity provider to provision users and groups with',
      description: 'Account Administrators. The answer carries the token, once, and the SCIM base URL to give the identity provider.',
      params: AccountParams,
      body: Type.Object({ name: Name }, closed),
      response: { 201: CreatedScimToken, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await services.scimTokens.create(req.caller, req.params.accountId, req.body)),
  });
  app.get('/v1/accounts/:accountId/scim-tokens', {
    config: admin,
    schema: { tags: ['sso'], summary: "List an account's SCIM tokens, with the SCIM base URL", params: AccountParams, response: { 200: ScimTokenList, ...errors } },
    handler: async (req) => services.scimTokens.list(req.caller, req.params.accountId),
  });
  app.delete('/v1/scim-tokens/:id', {
    config: admin,
    schema: { tags: ['sso'], summary: "Revoke a SCIM token: the identity provider's next request with it is refused", params: IdParams, response: { 200: ScimToken, ...errors } },
    handler: async (req) => services.scimTokens.revoke(req.caller, req.params.id),
  });
}

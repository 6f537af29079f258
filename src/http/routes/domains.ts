import { Type } from '@sinclair/typebox';
import type { Services } from '../../app/services.ts';
import { Domain } from '../../app/views/domains.ts';
import { AccountParams, errors, IdParams } from '../schemas/common.ts';
import { AddDomainBody } from '../schemas/domains.ts';
import type { App } from '../types.ts';

/** An account's verified domains: added, proven by a TXT record, removed (docs/sso.md). */
export function domainRoutes(app: App, services: Services): void {
  const admin = { access: 'admin' as const };

  app.post('/v1/accounts/:accountId/domains', {
    config: admin,
    schema: {
      tags: ['sso'],
      summary: 'Add a domain: pending until its TXT record is published and verified',
      description: 'Account Administrators. 409 DOMAIN_EXISTS when the account has it already; 409 DOMAIN_TAKEN when another account has verified it.',
      params: AccountParams,
      body: AddDomainBody,
      response: { 201: Domain, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await services.domains.add(req.caller, req.params.accountId, req.body)),
  });
  app.get('/v1/accounts/:accountId/domains', {
    config: admin,
    schema: { tags: ['sso'], summary: "An account's domains, by name", params: AccountParams, response: { 200: Type.Object({ data: Type.Array(Domain) }), ...errors } },
    handler: async (req) => ({ data: await services.domains.list(req.caller, req.params.accountId) }),
  });
  app.post('/v1/domains/:id/verify', {
    config: admin,
    schema: {
      tags: ['sso'],
      summary: 'Look the TXT record up and, when it is there, mark the domain verified',
      description:
        'The check is recorded (lastCheckedAt, lastCheck) whatever its outcome. 422 DOMAIN_NOT_VERIFIED when the record is not found (details: name, expected, found, error); 409 DOMAIN_TAKEN when another account verified the domain first. A verified domain stays verified when its record is removed later.',
      params: IdParams,
      response: { 200: Domain, ...errors },
    },
    handler: async (req) => services.domains.verify(req.caller, req.params.id),
  });
  app.delete('/v1/domains/:id', {
    config: admin,
    schema: { tags: ['sso'], summary: 'Remove a domain (another account may then verify it)', params: IdParams, response: { 200: Domain, ...errors } },
    handler: async (req) => services.domains.remove(req.caller, req.params.id),
  });
}

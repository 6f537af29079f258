import type { Services } from '../../app/services.ts';
import { GoldenImage, GoldenImageList } from '../../app/views/golden-images.ts';
import { KeyPolicy } from '../../app/views/policies.ts';
import { AccountParams, errors, IdParams } from '../schemas/common.ts';
import { CreateGoldenImageBody, DeleteGoldenImageQuery, PutPolicyBody, UpdateGoldenImageBody } from '../schemas/policies.ts';
import type { App } from '../types.ts';

/** Policies of keys and an account's golden images: what devices get in their certificates (docs/client.md). */
export function policyRoutes(app: App, services: Services): void {
  const admin = { access: 'admin' as const };
  const tags = ['policies'];

  app.get('/v1/keys/:id/policy', {
    config: admin,
    schema: {
      tags,
      summary: "A key's policy (its own or the inherited account default), and the account default",
      description: 'Whoever may see the key (a License Administrator: their keys).',
      params: IdParams,
      response: { 200: KeyPolicy, ...errors },
    },
    handler: async (req) => services.policies.get(req.caller, req.params.id),
  });
  app.put('/v1/keys/:id/policy', {
    config: admin,
    schema: {
      tags,
      summary: "Set a key's own policy; on the primary key, the account default",
      description:
        'Account Administrators. Every setting, nothing else (400 INVALID_REQUEST names an unknown field). A change bumps the version the devices see at their next check-in; sending the policy the key has changes nothing.',
      params: IdParams,
      body: PutPolicyBody,
      response: { 200: KeyPolicy, ...errors },
    },
    handler: async (req) => services.policies.put(req.caller, req.params.id, req.body),
  });
  app.delete('/v1/keys/:id/policy', {
    config: admin,
    schema: {
      tags,
      summary: 'Remove a sublicense key’s own policy: it inherits the account default again',
      description: '409 PRIMARY_KEY_IMMUTABLE on the primary key (its policy is the default).',
      params: IdParams,
      response: { 200: KeyPolicy, ...errors },
    },
    handler: async (req) => services.policies.remove(req.caller, req.params.id),
  });

  app.post('/v1/accounts/:accountId/golden-images', {
    config: admin,
    schema: {
      tags,
      summary: 'Create a golden image: a corporate virtual machine per architecture (at least one)',
      description: 'Account Administrators. URLs are https; checksums SHA-256 (64 hexadecimal digits).',
      params: AccountParams,
      body: CreateGoldenImageBody,
      response: { 201: GoldenImage, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await services.goldenImages.create(req.caller, req.params.accountId, req.body)),
  });
  app.get('/v1/accounts/:accountId/golden-images', {
    config: admin,
    schema: {
      tags,
      summary: "An account's golden images, by name",
      description: 'A License Administrator sees the ones their keys use.',
      params: AccountParams,
      response: { 200: GoldenImageList, ...errors },
    },
    handler: async (req) => ({ data: await services.goldenImages.list(req.caller, req.params.accountId) }),
  });
  app.get('/v1/golden-images/:id', {
    config: admin,
    schema: { tags, summary: 'Get a golden image', params: IdParams, response: { 200: GoldenImage, ...errors } },
    handler: async (req) => services.goldenImages.get(req.caller, req.params.id),
  });
  app.patch('/v1/golden-images/:id', {
    config: admin,
    schema: {
      tags,
      summary: 'Change a golden image: its name, description (null clears it), or images (null removes one; at least one remains)',
      description: 'Account Administrators. The keys using it deliver the change at their devices’ next check-in.',
      params: IdParams,
      body: UpdateGoldenImageBody,
      response: { 200: GoldenImage, ...errors },
    },
    handler: async (req) => services.goldenImages.update(req.caller, req.params.id, req.body),
  });
  app.delete('/v1/golden-images/:id', {
    config: admin,
    schema: {
      tags,
      summary: 'Delete a golden image',
      description: '409 GOLDEN_IMAGE_IN_USE while keys use it (details.keyIds), unless ?detach=true: then they lose it.',
      params: IdParams,
      querystring: DeleteGoldenImageQuery,
      response: { 200: GoldenImage, ...errors },
    },
    handler: async (req) => services.goldenImages.remove(req.caller, req.params.id, { detach: req.query.detach ?? false }),
  });
}

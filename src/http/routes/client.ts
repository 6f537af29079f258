import type { Services } from '../../app/services.ts';
import { REFUSAL_ORDER } from '../../domain/decisions.ts';
import { clientAddress, type ClientLimits } from '../client-limits.ts';
import { sendRefusal } from '../errors.ts';
import { ActivateResponse, CheckInResponse, Activation } from '../../app/views/activations.ts';
import { ActivateBody, CheckInBody, DeactivateBody } from '../schemas/client.ts';
import { errors } from '../schemas/common.ts';
import type { App } from '../types.ts';
import { Type } from '@sinclair/typebox';

const LIMITS =
  ' Too many requests from one address, too many unknown keys, activations or fingerprints from it, or too many activations ' +
  'with one key answer 429 RATE_LIMITED with Retry-After; `details.limit` says which (`ip`, `key-guesses`, `key`).';

/**
 * The device API. No bearer token: the license key (or the activation id with its
 * fingerprint) is the credential. Refusals are 4xx with a stable code, checked in a fixed order.
 * Every route is rate-limited per address; a miss (a possible guess) spends the address's guess budget.
 */
export function clientRoutes(app: App, services: Services, limits: ClientLimits): void {
  const { onRequest } = limits;
  app.post('/v1/client/activate', {
    config: { access: 'public' },
    onRequest,
    preHandler: limits.preHandler,
    schema: {
      tags: ['client'],
      summary: 'Activate a device with a license key or an invitation code',
      description:
        '201 with a new activation, 200 when the device is already active on the subscription (no second seat). ' +
        `Refusals, in the order checked: ${REFUSAL_ORDER.filter((c) => !['ACTIVATION_NOT_FOUND', 'FINGERPRINT_MISMATCH'].includes(c)).join(', ')}.` +
        LIMITS,
      body: ActivateBody,
      response: { 200: ActivateResponse, 201: ActivateResponse, ...errors },
    },
    handler: async (req, reply) => {
      const decision = await limits.decide(req, () => services.client.activate(String(req.id), { ...req.body, ip: clientAddress(req) }));
      if (!decision.granted) return sendRefusal(reply, decision.refusal);
      const { created, ...body } = decision.value;
      return reply.code(created ? 201 : 200).send(body);
    },
  });
  app.post('/v1/client/check-in', {
    config: { access: 'public' },
    onRequest,
    schema: {
      tags: ['client'],
      summary: 'Check in: a fresh certificate, or the reason the device may no longer run',
      description: LIMITS.trim(),
      body: CheckInBody,
      response: { 200: CheckInResponse, ...errors },
    },
    handler: async (req, reply) => {
      const decision = await limits.decide(req, () => services.client.checkIn({ ...req.body, ip: clientAddress(req) }));
      return decision.granted ? decision.value : sendRefusal(reply, decision.refusal);
    },
  });
  app.post('/v1/client/deactivate', {
    config: { access: 'public' },
    onRequest,
    schema: {
      tags: ['client'],
      summary: 'Deactivate this device (its seat returns)',
      description: LIMITS.trim(),
      body: DeactivateBody,
      response: { 200: Type.Object({ activation: Activation }), ...errors },
    },
    handler: async (req, reply) => {
      const decision = await limits.decide(req, () => services.client.deactivate(String(req.id), req.body));
      return decision.granted ? decision.value : sendRefusal(reply, decision.refusal);
    },
  });
}

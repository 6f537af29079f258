import type { FastifyRequest } from 'fastify';
import { AllotError } from '../../domain/errors.ts';

/** For actions that take no body: anything sent is refused rather than ignored. */
export async function noBody(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (body === undefined || body === null) return;
  if (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) return;
  throw new AllotError('INVALID_REQUEST', 'This action takes no body.', [{ field: 'body', problem: 'must be empty' }]);
}

/** For actions whose body is optional: no body reads as `{}`, then the schema applies. */
export async function optionalBody(request: FastifyRequest): Promise<void> {
  if (request.body === undefined || request.body === null) request.body = {};
}

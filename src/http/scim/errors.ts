/**
 * SCIM's error format (RFC 7644 §3.12) for every answer under /scim/: the status as a string,
 * the scimType where the RFC has one, and a detail. AllotError codes and Fastify's own errors
 * (bad JSON, sizes, content types, validation) map to a status and scimType here, and nowhere else.
 */
import type { FastifyError, FastifyReply } from 'fastify';
import { AllotError, type ErrorCode } from '../../domain/errors.ts';
import { statusOf } from '../errors.ts';
import { ERROR_SCHEMA } from './schemas.ts';

export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

export type ScimType = 'invalidFilter' | 'tooMany' | 'uniqueness' | 'mutability' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'invalidValue' | 'invalidVers' | 'sensitive';

const SCIM_TYPE: Partial<Record<ErrorCode, ScimType>> = {
  SCIM_UNIQUENESS: 'uniqueness',
  SCIM_INVALID_SYNTAX: 'invalidSyntax',
  SCIM_INVALID_VALUE: 'invalidValue',
  SCIM_INVALID_FILTER: 'invalidFilter',
  SCIM_INVALID_PATH: 'invalidPath',
  SCIM_NO_TARGET: 'noTarget',
  SCIM_MUTABILITY: 'mutability',
  SCIM_TOO_MANY: 'tooMany',
  INVALID_JSON: 'invalidSyntax',
  INVALID_REQUEST: 'invalidValue',
};

export interface ScimErrorBody {
  schemas: [typeof ERROR_SCHEMA];
  status: string;
  scimType?: ScimType;
  detail: string;
}

export const scimErrorBody = (status: number, detail: string, scimType?: ScimType): ScimErrorBody => ({
  schemas: [ERROR_SCHEMA],
  status: String(status),
  ...(scimType && { scimType }),
  detail,
});

/** The status, scimType and detail of any error a SCIM route meets; null for one that is ours (a 500). */
export function scimErrorOf(error: FastifyError | AllotError): { status: number; scimType?: ScimType; detail: string } | null {
  if (error instanceof AllotError) return { status: statusOf(error.code), scimType: SCIM_TYPE[error.code], detail: error.message };
  if (error.validation) {
    const first = error.validation[0];
    const where = `${error.validationContext ?? 'body'}${first?.instancePath ?? ''}`.replace(/\//g, '.');
    return { status: 400, scimType: error.validationContext === 'body' ? 'invalidSyntax' : 'invalidValue', detail: `${where} ${first?.message ?? 'is not valid'}.` };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, scimType: 'invalidSyntax', detail: 'The body is not valid JSON.' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, detail: 'The body is too large.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, detail: 'Send application/scim+json (or application/json).' };
  }
  if (error instanceof SyntaxError) return { status: 400, scimType: 'invalidSyntax', detail: 'The body is not valid JSON.' };
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return { status: error.statusCode, detail: error.message.slice(0, 300) };
  return null;
}

export function sendScimError(reply: FastifyReply, status: number, detail: string, scimType?: ScimType): FastifyReply {
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="SCIM"');
  return reply.code(status).type(SCIM_CONTENT_TYPE).send(scimErrorBody(status, detail, scimType));
}

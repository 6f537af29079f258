import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AllotError, type ErrorCode } from '../domain/errors.ts';
import type { Refusal } from '../domain/decisions.ts';

/** The only place codes become HTTP statuses. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  INVALID_REQUEST: 400,
  INVALID_JSON: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INVALID_CREDENTIALS: 401,
  OPERATOR_NOT_FOUND: 404,
  OPERATOR_EXISTS: 409,
  LAST_OPERATOR: 409,
  CSRF_TOKEN_INVALID: 403,
  MEMBER_NOT_FOUND: 404,
  PASSWORD_INCORRECT: 403,
  TOKEN_INVALID: 400,
  PRODUCT_NOT_FOUND: 404,
  ACCOUNT_NOT_FOUND: 404,
  SUBSCRIPTION_NOT_FOUND: 404,
  KEY_NOT_FOUND: 404,
  ACTIVATION_NOT_FOUND: 404,
  BLACKLIST_ENTRY_NOT_FOUND: 404,
  TOKEN_NOT_FOUND: 404,
  INVITATION_NOT_FOUND: 404,
  INVITATION_REVOKED: 403,
  INVITATION_EXPIRED: 403,
  INVITATION_USED: 409,
  DEVICE_BLACKLISTED: 403,
  SUBSCRIPTION_EXPIRED: 403,
  KEY_EXPIRED: 403,
  KEY_BLOCKED: 403,
  FINGERPRINT_MISMATCH: 403,
  NO_SEATS_KEY: 409,
  NO_SEATS_POOL: 409,
  DOMAIN_NOT_FOUND: 404,
  DOMAIN_EXISTS: 409,
  DOMAIN_TAKEN: 409,
  DOMAIN_NOT_VERIFIED: 422,
  SSO_NOT_CONFIGURED: 404,
  SSO_DISCOVERY_FAILED: 422,
  SSO_IDP_UNREACHABLE: 502,
  INVALID_REDIRECT_URI: 400,
  SSO_REQUEST_UNKNOWN: 400,
  SSO_REPLAYED: 400,
  SSO_SIGNATURE_INVALID: 401,
  SSO_ASSERTION_EXPIRED: 401,
  SSO_AUDIENCE_INVALID: 401,
  SSO_ISSUER_INVALID: 401,
  SSO_RECIPIENT_INVALID: 401,
  SSO_RESPONSE_INVALID: 400,
  SSO_IDP_ERROR: 401,
  SSO_NONCE_INVALID: 401,
  SSO_TOKEN_INVALID: 401,
  SSO_IDENTITY_INCOMPLETE: 422,
  SSO_EMAIL_NOT_ALLOWED: 403,
  SSO_CODE_INVALID: 400,
  SSO_NOT_ADMIN: 403,
  SSO_REQUIRED: 403,
  SSO_USER_NOT_FOUND: 404,
  SSO_USER_DEACTIVATED: 403,
  DEVICE_LIMIT_USER: 409,
  DEVICE_IN_USE: 409,
  SSO_SEAT_BY_GROUP: 409,
  SSO_USER_NOT_PROVISIONED: 403,
  SCIM_TOKEN_NOT_FOUND: 404,
  SCIM_USER_NOT_FOUND: 404,
  SCIM_GROUP_NOT_FOUND: 404,
  SCIM_UNIQUENESS: 409,
  SCIM_INVALID_SYNTAX: 400,
  SCIM_INVALID_VALUE: 400,
  SCIM_INVALID_FILTER: 400,
  SCIM_INVALID_PATH: 400,
  SCIM_NO_TARGET: 400,
  SCIM_MUTABILITY: 400,
  SCIM_TOO_MANY: 400,
  SCIM_UNAUTHORIZED: 401,
  GOLDEN_IMAGE_NOT_FOUND: 404,
  GOLDEN_IMAGE_IN_USE: 409,
  WEBHOOK_ENDPOINT_NOT_FOUND: 404,
  WEBHOOK_DELIVERY_NOT_FOUND: 404,
  WEBHOOK_URL_NOT_ALLOWED: 400,
  WEBHOOK_ENDPOINTS_LIMIT: 409,
  WEBHOOK_ENDPOINT_DISABLED: 409,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

declare module 'fastify' {
  interface FastifyReply {
    /** The code of the error this reply answers with, for the request log (null: no error). */
    errorCode: ErrorCode | null;
  }
}

export const statusOf = (code: ErrorCode): number => STATUS[code] ?? 409;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown; requestId: string };
}

export function errorBody(request: FastifyRequest, code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details !== undefined && { details }), requestId: String(request.id) } };
}

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, details?: unknown): FastifyReply {
  const retryAfter = (details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if (code === 'RATE_LIMITED' && typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  reply.errorCode = code;
  return reply.code(statusOf(code)).send(errorBody(reply.request, code, message, details));
}

export const sendRefusal = (reply: FastifyReply, r: Refusal): FastifyReply => sendError(reply, r.code, r.message, r.details);

interface AjvIssue {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Ajv's findings in words a client can act on: where, and what is wrong. */
export function describeValidation(issues: AjvIssue[], part: string | undefined) {
  return issues.map((i) => {
    const path = `${part ?? 'body'}${i.instancePath ?? ''}`.replace(/\//g, '.');
    if (i.keyword === 'additionalProperties')
      return { field: `${path}.${String(i.params?.additionalProperty)}`.replace(/^\./, ''), problem: 'unknown field' };
    return { field: path, problem: i.message ?? 'is not valid' };
  });
}

/** Fastify's own errors (parsing, limits) keep their status but get a stable code. */
function fastifyCode(error: FastifyError): ErrorCode | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'INVALID_JSON';
  }
  if (error instanceof SyntaxError) return 'INVALID_JSON';
  if (error.statusCode === 413) return 'PAYLOAD_TOO_LARGE';
  if (error.statusCode === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (error.statusCode === 429) return 'RATE_LIMITED';
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return 'INVALID_REQUEST';
  return null;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.decorateReply('errorCode', null);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AllotError) return sendError(reply, error.code, error.message, error.details);
    if (error.validation)
      return sendError(reply, 'INVALID_REQUEST', 'The request is not valid.', describeValidation(error.validation, error.validationContext));
    const code = fastifyCode(error);
    if (code) {
      const status = code === 'INVALID_REQUEST' ? error.statusCode! : statusOf(code);
      reply.errorCode = code;
      return reply.code(status).send(errorBody(request, code, error.message));
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 'INTERNAL_ERROR', 'Something went wrong on our side; the request id helps us find it.');
  });
}

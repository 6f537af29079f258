import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * Two validators. Bodies are taken as sent: a wrong type is an error, never coerced, and an
 * unknown field is an error, never dropped. Query strings and path parameters arrive as text,
 * so they are coerced to the declared types.
 */
export function registerValidation(app: FastifyInstance): void {
  const make = (coerceTypes: boolean) => {
    const ajv = new Ajv.default({ coerceTypes, removeAdditional: false, useDefaults: true, allErrors: true, strict: false });
    addFormats.default(ajv, ['date-time', 'email', 'uri']);
    return ajv;
  };
  const strict = make(false);
  const coercing = make(true);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema));
}

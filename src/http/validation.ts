import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import fastJsonStringify from 'fast-json-stringify';

/**
 * Two validators. Bodies are taken as sent: a wrong type is an error, never coerced, and an
 * unknown field is an error, never dropped. Query strings and path parameters arrive as text,
 * so they are coerced to the declared types.
 *
 * Compiled validators and serializers are kept per schema object for the life of the process,
 * so a second app instance (a test, a restart in-process) does not compile them again.
 */
const make = (coerceTypes: boolean) => {
  const ajv = new Ajv.default({ coerceTypes, removeAdditional: false, useDefaults: true, allErrors: true, strict: false });
  addFormats.default(ajv, ['date-time', 'email', 'uri']);
  return ajv;
};
const strict = make(false);
const coercing = make(true);
const validators = { strict: new WeakMap<object, ValidateFunction>(), coercing: new WeakMap<object, ValidateFunction>() };
const serializers = new WeakMap<object, (data: unknown) => string>();

function cached<T>(cache: WeakMap<object, T>, schema: object, build: () => T): T {
  let hit = cache.get(schema);
  if (!hit) {
    hit = build();
    cache.set(schema, hit);
  }
  return hit;
}

export function registerValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const [ajv, cache] = httpPart === 'body' ? [strict, validators.strict] : [coercing, validators.coercing];
    return cached(cache, schema, () => ajv.compile(schema));
  });
  app.setSerializerCompiler(({ schema }) => cached(serializers, schema, () => fastJsonStringify(schema as never)));
}

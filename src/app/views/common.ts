/**
 * The response shapes of the public API, declared once: each is a TypeBox schema, and the view
 * type use-cases return is `Static<typeof Schema>`. http/ hands the same schemas to Fastify,
 * which serializes a response by them (nothing leaves that is not declared) and publishes them
 * in the OpenAPI document. They live in app/ so that app/ never imports http/.
 */
import { Type, type TSchema } from '@sinclair/typebox';

export const iso = (ms: number): string => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** A string from a fixed list (an `enum` in the OpenAPI document). */
export const literals = <const T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
/** A plain string in the OpenAPI document, typed as the union the server produces. */
export const stringOf = <T extends string>() => Type.Unsafe<T>(Type.String());

/**
 * For a schema that restates a domain type (domain/ has no TypeBox):
 * `Holds<Same<Static<typeof Schema>, DomainType>>` compiles only while the two are one type.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Holds<T extends true> = T;

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description: 'An identifier (UUID).' });
export const DateTime = Type.String({ format: 'date-time', maxLength: 40, description: 'ISO 8601, e.g. 2027-01-31T00:00:00Z' });

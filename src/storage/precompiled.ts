import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { DialectCapabilities } from './dialect.ts';
import type { Database } from './schema.ts';

/**
 * Queries of the hot paths (activation, check-in), built with Kysely once and then run with
 * new parameters as often as needed. Building and compiling a Kysely query costs more than
 * SQLite takes to run it; a precompiled query costs a lookup and a parameter list.
 *
 * Write the query as usual, with `param(i)` where the i-th argument goes; the shape of the
 * query must not depend on the arguments (no optional clauses).
 */
const MARKER = '\u0000allot-param-';
const marker = (i: number): string => `${MARKER}${i}\u0000`;

/** Stands for the i-th argument while the query is built (typed `never`: it fits wherever a value does). */
export const param = (i: number): never => marker(i) as never;

interface Template {
  sql: string;
  /** For each parameter: the argument it takes (a number), or a constant of the query. */
  slots: (number | { value: unknown })[];
}

export interface Precompiled<A extends readonly unknown[], R> {
  rows(db: Kysely<Database>, caps: DialectCapabilities, args: A): Promise<R[]>;
  first(db: Kysely<Database>, caps: DialectCapabilities, args: A): Promise<R | undefined>;
  /** For writes: how many rows they changed. */
  run(db: Kysely<Database>, caps: DialectCapabilities, args: A): Promise<number>;
}

export function precompiled<A extends readonly unknown[], R>(build: (db: Kysely<Database>) => Compilable<R>): Precompiled<A, R> {
  // One template per dialect: placeholders differ (`?` against `$1`).
  const templates = new Map<string, Template>();
  const template = (db: Kysely<Database>, caps: DialectCapabilities): Template => {
    let t = templates.get(caps.name);
    if (!t) {
      const compiled = build(db).compile();
      t = {
        sql: compiled.sql,
        slots: compiled.parameters.map((p) =>
          typeof p === 'string' && p.startsWith(MARKER) ? Number(p.slice(MARKER.length, -1)) : { value: p },
        ),
      };
      templates.set(caps.name, t);
    }
    return t;
  };
  const execute = (db: Kysely<Database>, caps: DialectCapabilities, args: A) => {
    const t = template(db, caps);
    const parameters = t.slots.map((s) => (typeof s === 'number' ? args[s] : s.value));
    return db.executeQuery<R>(CompiledQuery.raw(t.sql, parameters));
  };
  return {
    rows: async (db, caps, args) => (await execute(db, caps, args)).rows,
    first: async (db, caps, args) => (await execute(db, caps, args)).rows[0],
    run: async (db, caps, args) => Number((await execute(db, caps, args)).numAffectedRows ?? 0),
  };
}

import { sql, type SelectQueryBuilder } from 'kysely';

/** LIKE pattern for a substring, with the wildcards of the input escaped (use with `escape '\'`). */
export const containing = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Splits rows for multi-row statements that must stay under the database's parameter limit. */
export function* inChunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Limits a query to rows whose `column` is one of `ids`, when `ids` is given (none at all for an empty list). */
export function onlyAmong<DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>, column: string, ids: readonly string[] | undefined): SelectQueryBuilder<DB, TB, O> {
  if (ids === undefined) return q;
  return ids.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where(sql.ref(column), 'in', ids as string[]);
}

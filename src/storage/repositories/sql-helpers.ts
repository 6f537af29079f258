/** LIKE pattern for a substring, with the wildcards of the input escaped (use with `escape '\'`). */
export const containing = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Splits rows for multi-row statements that must stay under the database's parameter limit. */
export function* inChunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

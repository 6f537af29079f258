/** Where the tests find PostgreSQL, and whether they must. */
export const PG_ADMIN_URL = process.env.ALLOT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function pgUrlFor(database: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export type Dialect = 'sqlite' | 'postgres';

export function requestedDialects(): Dialect[] {
  return (process.env.DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim()) as Dialect[];
}

/** In CI (or when asked), a missing PostgreSQL fails the run instead of skipping. */
export const pgRequired = (): boolean => process.env.CI === 'true' || process.env.ALLOT_REQUIRE_PG === '1';

/** The names of a run's test databases start with this (the run's template names the run). */
export const testDatabasePrefix = (template: string | null): string => `allot_t_${template?.replace(/^allot_tpl_/, '') ?? 'none'}_`;

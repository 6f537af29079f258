import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The administrator's reads at a million devices (issue 15): each sort of the device list, and
 * its keyset pages, seek an index of (subscription, sort column, id) instead of sorting the
 * subscription's rows; a prefix search of name, fingerprint or user reads a case-insensitive
 * index (SQLite: the column COLLATE NOCASE, which its LIKE optimization uses; PostgreSQL:
 * lower(column) text_pattern_ops, which serves `lower(column) LIKE 'abc%'` whatever the
 * database's collation); the usage chart counts the devices that ended in its window through an
 * index of ended_at; retention deletes old events through an index of their time.
 * Frozen in time.
 */
// Not the address, serial or MAC: those indexes sit at random places for every new device (and
// the address changes at check-ins), and cost activations and check-ins about a fifth of their
// throughput (docs/benchmarks.md) for sorts an administrator rarely asks of a million devices.
const SORTS: [string, string][] = [
  ['activations_sort_activated', 'activated_at'],
  ['activations_sort_check_in', 'last_check_in_at'],
  ['activations_sort_name', 'name'],
  ['activations_sort_os', 'os'],
  ['activations_sort_app_version', 'app_version'],
];
const PREFIXES: [string, string][] = [
  ['activations_prefix_name', 'name'],
  ['activations_prefix_fingerprint', 'fingerprint'],
  ['activations_prefix_user', 'user_email'],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const [name, column] of SORTS) await db.schema.createIndex(name).on('activations').columns(['subscription_id', column, 'id']).execute();
  for (const [name, column] of PREFIXES) {
    const folded = postgres ? sql`lower(${sql.ref(column)}) text_pattern_ops` : sql`${sql.ref(column)} collate nocase`;
    await db.schema.createIndex(name).on('activations').expression(sql`subscription_id, ${folded}`).execute();
  }
  // The usage chart counts the devices given back in its window.
  await db.schema.createIndex('activations_ended').on('activations').columns(['subscription_id', 'ended_at']).where(sql.ref('ended_at'), 'is not', null).execute();
  await db.schema.createIndex('events_at').on('events').columns(['at']).execute();
  // (subscription_id, last_check_in_at) of the active devices is served by activations_sort_check_in: one index
  // less for every activation and check-in to write.
  await db.schema.dropIndex('activations_last_check_in').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('activations_last_check_in').on('activations').columns(['subscription_id', 'last_check_in_at']).where(sql.ref('status'), '=', 'active').execute();
  await db.schema.dropIndex('events_at').execute();
  await db.schema.dropIndex('activations_ended').execute();
  for (const [name] of [...PREFIXES, ...SORTS]) await db.schema.dropIndex(name).execute();
}

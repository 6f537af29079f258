import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The vendor's people (issue 16): operator members and their console sessions (ids kept hashed,
 * like `sessions`); a searchable, non-secret prefix of every license key (its first group, filled
 * for existing keys at startup, since a migration has no master key to read them); and the
 * indexes the operator's account search reads (a device by fingerprint in any subscription, a
 * member by the start of their address, an account by its domain). Frozen in time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const folded = (column: string) => (postgres ? sql`lower(${sql.ref(column)}) text_pattern_ops` : sql`${sql.ref(column)} collate nocase`);
  await db.schema
    .createTable('operator_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('last_sign_in_at', 'bigint')
    .execute();
  await db.schema
    .createTable('operator_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('operator_id', 'text', (c) => c.notNull().references('operator_members.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('operator_sessions_operator').on('operator_sessions').columns(['operator_id']).execute();

  await db.schema.alterTable('license_keys').addColumn('key_prefix', 'text').execute();
  await db.schema.createIndex('license_keys_prefix').on('license_keys').columns(['key_prefix']).execute();
  await db.schema.createIndex('activations_fingerprint_prefix').on('activations').expression(folded('fingerprint')).execute();
  await db.schema.createIndex('members_email_prefix').on('members').expression(folded('email')).execute();
  await db.schema.createIndex('domains_domain').on('domains').columns(['domain']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const i of ['domains_domain', 'members_email_prefix', 'activations_fingerprint_prefix', 'license_keys_prefix']) await db.schema.dropIndex(i).execute();
  await db.schema.alterTable('license_keys').dropColumn('key_prefix').execute();
  await db.schema.dropTable('operator_sessions').execute();
  await db.schema.dropTable('operator_members').execute();
}

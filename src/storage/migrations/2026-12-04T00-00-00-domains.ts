import { sql, type Kysely } from 'kysely';

/**
 * Verified domains: an account's domains, pending until their TXT record is found. A name is
 * added once per account, and verified by one account at most: the partial unique index makes
 * the database the judge when two accounts verify it at the same moment. Frozen in time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('domains')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('verified_at', 'bigint')
    .addColumn('last_checked_at', 'bigint')
    .addColumn('last_check', 'text')
    .execute();
  // Also the index of an account's domains (account_id leads it): no second one is needed.
  await db.schema.createIndex('domains_account_domain').on('domains').columns(['account_id', 'domain']).unique().execute();
  await db.schema
    .createIndex('domains_one_verified')
    .on('domains')
    .columns(['domain'])
    .unique()
    .where(sql.ref('status'), '=', 'verified')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('domains').execute();
}

import type { Kysely } from 'kysely';

/**
 * Policies and golden images (issue 14, docs/client.md): a key's own policy (null: it inherits
 * the account default, the primary key's), its version and when it changed; an account's golden
 * images, one of which a key may use; and the policy version an activation's last certificate
 * carried, so that a check-in can say the policy changed. Frozen in time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('license_keys').addColumn('policy', 'text').execute();
  await db.schema.alterTable('license_keys').addColumn('policy_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('license_keys').addColumn('policy_updated_at', 'bigint').execute();
  await db.schema.alterTable('license_keys').addColumn('golden_image_id', 'text').execute();
  await db.schema.createIndex('license_keys_golden_image').on('license_keys').columns(['golden_image_id']).execute();

  await db.schema
    .createTable('golden_images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('images', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('golden_images_account').on('golden_images').columns(['account_id']).execute();

  await db.schema.alterTable('activations').addColumn('delivered_policy_version', 'integer').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('activations').dropColumn('delivered_policy_version').execute();
  await db.schema.dropTable('golden_images').execute();
  await db.schema.dropIndex('license_keys_golden_image').execute();
  for (const column of ['golden_image_id', 'policy_updated_at', 'policy_version', 'policy'])
    await db.schema.alterTable('license_keys').dropColumn(column).execute();
}

import type { Kysely } from 'kysely';

/**
 * SCIM provisioning (docs/scim.md): the tokens identity providers provision with, what they
 * provisioned of each person (their SCIM attributes, userName, externalId, and when they were
 * deprovisioned), and their groups with the members. Frozen in time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('scim_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('scim_tokens_account').on('scim_tokens').columns(['account_id']).execute();

  await db.schema.alterTable('sso_users').addColumn('user_name', 'text').execute();
  await db.schema.alterTable('sso_users').addColumn('user_name_key', 'text').execute();
  await db.schema.alterTable('sso_users').addColumn('external_id', 'text').execute();
  await db.schema.alterTable('sso_users').addColumn('scim_attributes', 'text').execute();
  await db.schema.alterTable('sso_users').addColumn('provisioned_at', 'bigint').execute();
  await db.schema.alterTable('sso_users').addColumn('provisioned_by', 'text').execute();
  await db.schema.alterTable('sso_users').addColumn('deprovisioned_at', 'bigint').execute();
  await db.schema.createIndex('sso_users_user_name').on('sso_users').columns(['account_id', 'user_name_key']).unique().execute();
  await db.schema.createIndex('sso_users_external_id').on('sso_users').columns(['account_id', 'external_id']).execute();

  await db.schema
    .createTable('scim_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('display_name_key', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('attributes', 'text', (c) => c.notNull())
    .addColumn('provisioned_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('scim_groups_name').on('scim_groups').columns(['account_id', 'display_name_key']).unique().execute();
  await db.schema.createIndex('scim_groups_external_id').on('scim_groups').columns(['account_id', 'external_id']).execute();

  await db.schema
    .createTable('scim_group_members')
    .addColumn('group_id', 'text', (c) => c.notNull().references('scim_groups.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('sso_users.id'))
    .addPrimaryKeyConstraint('scim_group_members_pk', ['group_id', 'user_id'])
    .execute();
  await db.schema.createIndex('scim_group_members_user').on('scim_group_members').columns(['user_id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('scim_group_members').execute();
  await db.schema.dropTable('scim_groups').execute();
  await db.schema.dropIndex('sso_users_external_id').execute();
  await db.schema.dropIndex('sso_users_user_name').execute();
  for (const column of ['deprovisioned_at', 'provisioned_by', 'provisioned_at', 'scim_attributes', 'external_id', 'user_name_key', 'user_name'])
    await db.schema.alterTable('sso_users').dropColumn(column).execute();
  await db.schema.dropTable('scim_tokens').execute();
}

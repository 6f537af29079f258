import type { Kysely } from 'kysely';

/**
 * SSO: an account's identity-provider connection, the people who signed in through it, the
 * sign-ins under way (and the one-time codes they end in), keys' group mappings, and which
 * person an activation belongs to. Frozen in time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sso_connections')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
    .addColumn('protocol', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('client_secret_cipher', 'text')
    .addColumn('groups_attribute', 'text')
    .addColumn('email_attribute', 'text')
    .addColumn('admin_group', 'text')
    .addColumn('devices_per_user', 'integer', (c) => c.notNull())
    .addColumn('enforce', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sso_users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('groups', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('last_sign_in_at', 'bigint')
    .addColumn('deactivated_at', 'bigint')
    .execute();
  await db.schema.createIndex('sso_users_account_email').on('sso_users').columns(['account_id', 'email']).unique().execute();

  await db.schema
    .createTable('sso_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('protocol', 'text', (c) => c.notNull())
    .addColumn('subscription_id', 'text')
    .addColumn('client_redirect_uri', 'text')
    .addColumn('client_state', 'text')
    .addColumn('code_challenge', 'text')
    .addColumn('saml_request_id', 'text')
    .addColumn('oidc_nonce', 'text')
    .addColumn('oidc_verifier_cipher', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('answered_at', 'bigint')
    .addColumn('user_id', 'text')
    .addColumn('code_hash', 'text')
    .addColumn('code_expires_at', 'bigint')
    .addColumn('code_used_at', 'bigint')
    .execute();
  await db.schema.createIndex('sso_requests_code').on('sso_requests').columns(['code_hash']).unique().execute();
  await db.schema.createIndex('sso_requests_expires').on('sso_requests').columns(['expires_at']).execute();

  await db.schema.alterTable('license_keys').addColumn('sso_groups', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('license_keys').addColumn('sso_priority', 'integer', (c) => c.notNull().defaultTo(100)).execute();
  await db.schema.alterTable('activations').addColumn('sso_user_id', 'text').execute();
  await db.schema.createIndex('activations_sso_user').on('activations').columns(['sso_user_id', 'subscription_id', 'status']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('activations_sso_user').execute();
  await db.schema.alterTable('activations').dropColumn('sso_user_id').execute();
  await db.schema.alterTable('license_keys').dropColumn('sso_priority').execute();
  await db.schema.alterTable('license_keys').dropColumn('sso_groups').execute();
  await db.schema.dropTable('sso_requests').execute();
  await db.schema.dropTable('sso_users').execute();
  await db.schema.dropTable('sso_connections').execute();
}

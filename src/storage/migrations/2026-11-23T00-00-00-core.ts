import { sql, type Kysely } from 'kysely';

/** Frozen in time: written against Kysely<any>, never against the current schema types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('download_url', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('seats_total', 'integer', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reserved_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reserved_used', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('grace_period_days', 'integer', (c) => c.notNull())
    .addColumn('auto_renew', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('auto_release_days', 'integer')
    .addColumn('expired_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('subscriptions_counters_valid', sql`used >= 0 and reserved_used >= 0 and reserved_used <= reserved_total and seats_total - used - reserved_total + reserved_used >= 0`)
    .execute();
  await db.schema.createIndex('subscriptions_account').on('subscriptions').columns(['account_id', 'id']).execute();
  await db.schema.createIndex('subscriptions_expiry').on('subscriptions').columns(['expires_at']).execute();

  await db.schema
    .createTable('license_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('max_seats', 'integer')
    .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('blocked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'bigint')
    .addColumn('expired_at', 'bigint')
    .addColumn('deleted_at', 'bigint')
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('key_cipher', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('license_keys_used_valid', sql`used >= 0 and (max_seats is null or used <= max_seats)`)
    .execute();
  await db.schema.createIndex('license_keys_subscription').on('license_keys').columns(['subscription_id']).execute();
  await db.schema
    .createIndex('license_keys_pending_expiry')
    .on('license_keys')
    .columns(['expires_at'])
    .where(sql.ref('expired_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('activations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull().references('license_keys.id'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('activation_type', 'text', (c) => c.notNull())
    .addColumn('user_email', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('os', 'text', (c) => c.notNull())
    .addColumn('serial', 'text')
    .addColumn('mac', 'text')
    .addColumn('ip', 'text')
    .addColumn('app_version', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('end_reason', 'text')
    .addColumn('activated_at', 'bigint', (c) => c.notNull())
    .addColumn('last_check_in_at', 'bigint', (c) => c.notNull())
    .addColumn('ended_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('activations_one_active_per_device')
    .on('activations')
    .columns(['subscription_id', 'fingerprint'])
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute();
  await db.schema.createIndex('activations_key').on('activations').columns(['key_id', 'status']).execute();
  await db.schema
    .createIndex('activations_subscription')
    .on('activations')
    .columns(['subscription_id', 'status', 'activated_at'])
    .execute();
  await db.schema
    .createIndex('activations_last_check_in')
    .on('activations')
    .columns(['subscription_id', 'last_check_in_at'])
    .where(sql.ref('status'), '=', 'active')
    .execute();

  await db.schema
    .createTable('blacklist')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('activation_id', 'text')
    .addColumn('device_name', 'text')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('blacklist_one_per_device', ['subscription_id', 'fingerprint'])
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('api_tokens_account').on('api_tokens').columns(['account_id']).execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .addColumn('subscription_id', 'text')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('request_id', 'text')
    .execute();
  await db.schema.createIndex('events_account').on('events').columns(['account_id', 'id']).execute();
  await db.schema.createIndex('events_subscription').on('events').columns(['subscription_id', 'id']).execute();
  await db.schema.createIndex('events_target').on('events').columns(['target_id', 'id']).execute();

  await db.schema
    .createTable('signing_keys')
    .addColumn('kid', 'text', (c) => c.primaryKey())
    .addColumn('public_jwk', 'text', (c) => c.notNull())
    .addColumn('private_cipher', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('retired_at', 'bigint')
    .execute();

  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['settings', 'leases', 'signing_keys', 'events', 'api_tokens', 'blacklist', 'activations', 'license_keys', 'subscriptions', 'accounts', 'products'])
    await db.schema.dropTable(t).execute();
}

import type { Kysely } from 'kysely';

/**
 * A device is looked up by its fingerprint on every activation. The partial unique index
 * (… WHERE status = 'active') cannot serve a query whose status is a bound parameter, so
 * SQLite scanned every active device of the subscription instead. Frozen in time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('activations_device').on('activations').columns(['subscription_id', 'fingerprint']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('activations_device').execute();
}

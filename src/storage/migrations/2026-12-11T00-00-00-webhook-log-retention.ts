import type { Kysely } from 'kysely';

/**
 * Retention of the webhook delivery log (ALLOT_WEBHOOK_LOG_RETENTION_DAYS): the sweeps drop
 * settled messages by the time they last changed, oldest first, through this index.
 * Frozen in time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('webhook_deliveries_updated').on('webhook_deliveries').columns(['updated_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('webhook_deliveries_updated').execute();
}

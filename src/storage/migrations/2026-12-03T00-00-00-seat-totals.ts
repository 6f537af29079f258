import type { Kysely } from 'kysely';

/**
 * How seat totals changed over time, for the usage chart: a row per change of a subscription's
 * seats (key_id null) or of a key's maximum, with the total before and after, numbered in order
 * per subscription (`seq`). Written by the seat ledger in the change's transaction.
 *
 * History from before this table is rebuilt once from the audit events that carried it
 * (subscription.updated: seats.total; key.updated: maxSeats), in the order they were recorded.
 * Frozen in time.
 */
const PAGE = 1000;
/** Rows per INSERT: well under any dialect's limit on bound parameters. */
const ROWS_PER_INSERT = 100;

interface Total {
  subscriptionId: string;
  keyId: string | null;
  before: number;
  after: number;
}

const parse = (text: unknown): Record<string, unknown> | null => {
  if (typeof text !== 'string') return null;
  const value: unknown = JSON.parse(text);
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
};

const seatsTotal = (state: Record<string, unknown> | null): unknown => (state?.seats as Record<string, unknown> | undefined)?.total;

/** The change of a total an audit event recorded, if it recorded one. */
function totalChange(e: { action: string; subscription_id: string | null; target_id: string; before: unknown; after: unknown }): Total | null {
  if (e.subscription_id === null) return null;
  const [before, after] = [parse(e.before), parse(e.after)];
  const [from, to] = e.action === 'subscription.updated' ? [seatsTotal(before), seatsTotal(after)] : [before?.maxSeats, after?.maxSeats];
  if (typeof from !== 'number' || typeof to !== 'number' || from === to) return null;
  return { subscriptionId: e.subscription_id, keyId: e.action === 'key.updated' ? e.target_id : null, before: from, after: to };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('seat_totals')
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.references('license_keys.id'))
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('total_before', 'integer', (c) => c.notNull())
    .addColumn('total_after', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('seat_totals_pk', ['subscription_id', 'seq'])
    .execute();

  const seqs = new Map<string, number>();
  let last = '';
  for (;;) {
    const events = await db
      .selectFrom('events')
      .select(['id', 'at', 'action', 'subscription_id', 'target_id', 'before', 'after'])
      .where('action', 'in', ['subscription.updated', 'key.updated'])
      .where('id', '>', last)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    const rows = [];
    for (const e of events) {
      const change = totalChange(e);
      if (!change) continue;
      const seq = (seqs.get(change.subscriptionId) ?? 0) + 1;
      seqs.set(change.subscriptionId, seq);
      rows.push({ subscription_id: change.subscriptionId, seq, key_id: change.keyId, at: Number(e.at), total_before: change.before, total_after: change.after });
    }
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await db.insertInto('seat_totals').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
    if (events.length < PAGE) break;
    last = events[events.length - 1]!.id;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('seat_totals').execute();
}

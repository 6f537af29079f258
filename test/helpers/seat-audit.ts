import { sql } from 'kysely';
import { expect } from 'vitest';
import { availableMainPool, invariantViolations, type KeyType, type PoolCounters } from '../../src/domain/seats.ts';
import type { OpenDatabase } from '../../src/storage/dialect.ts';
import { KyselyStore } from '../../src/storage/store.ts';

export interface StoredKey {
  type: KeyType;
  maxSeats: number | null;
  used: number;
  /** Expired (processed) or deleted: out of the pool. */
  retired: boolean;
}

export interface SeatAudit {
  stored: { pool: PoolCounters; keys: Record<string, StoredKey> };
  recount: { pool: PoolCounters; keys: Record<string, number> };
  /** Seats the active activation rows hold (a person's SSO devices count once), in all and per key. */
  activeRows: number;
  activeByKey: Record<string, number>;
  violations: string[];
}

/**
 * The stored seat counters of a subscription next to a recount of its activation rows
 * (SeatLedger.recount) and the invariants of DOMAIN.md. Read while nothing writes.
 */
export async function auditSeats(database: Pick<OpenDatabase, 'db' | 'caps'>, subscriptionId: string): Promise<SeatAudit> {
  const { db } = database;
  const recount = await new KyselyStore(db, database.caps).read((tx) => tx.seats.recount(subscriptionId));
  const sub = await db.selectFrom('subscriptions').selectAll().where('id', '=', subscriptionId).executeTakeFirstOrThrow();
  const keyRows = await db.selectFrom('license_keys').selectAll().where('subscription_id', '=', subscriptionId).execute();
  // Seats held: an activation with a key holds one; a person's SSO devices share one.
  const active = await db
    .selectFrom('activations')
    .select(['key_id', sql<number>`count(case when sso_user_id is null then 1 end) + count(distinct sso_user_id)`.as('n')])
    .where('subscription_id', '=', subscriptionId)
    .where('status', '=', 'active')
    .groupBy('key_id')
    .execute();
  const keys: Record<string, StoredKey> = {};
  for (const k of keyRows)
    keys[k.id] = { type: k.type as KeyType, maxSeats: k.max_seats, used: k.used, retired: k.expired_at !== null || k.deleted_at !== null };
  const pool = { total: sub.seats_total, used: sub.used, reserved: sub.reserved_total, reservedUsed: sub.reserved_used };
  const activeByKey = Object.fromEntries(active.map((r) => [r.key_id, Number(r.n)]));
  return {
    stored: { pool, keys },
    recount: { pool: recount.pool, keys: Object.fromEntries(recount.keys) },
    activeRows: Object.values(activeByKey).reduce((a, b) => a + b, 0),
    activeByKey,
    violations: invariantViolations(
      pool,
      Object.values(keys).filter((k) => !k.retired),
    ),
  };
}

/** Counters equal the recount, the invariants hold, and retired keys hold nothing. */
export function expectSeatsConsistent(audit: SeatAudit): void {
  expect(audit.violations, 'seat invariants').toEqual([]);
  expect(audit.stored.pool, 'subscription counters vs recount').toEqual(audit.recount.pool);
  const storedUsed = Object.fromEntries(Object.entries(audit.stored.keys).map(([id, k]) => [id, k.used]));
  expect(storedUsed, 'key counters vs recount').toEqual(audit.recount.keys);
  expect(audit.activeRows, 'active activation rows vs N_used').toBe(audit.stored.pool.used);
  expect(availableMainPool(audit.stored.pool)).toBeGreaterThanOrEqual(0);
  for (const [id, k] of Object.entries(audit.stored.keys)) {
    if (k.retired) expect(k.used, `retired key ${id} holds seats`).toBe(0);
    if (k.maxSeats !== null) expect(k.used, `key ${id} above its max`).toBeLessThanOrEqual(k.maxSeats);
  }
}

/** The seat box of GET /v1/subscriptions/:id obeys the formulas of DOMAIN.md. */
export function expectSeatFormulas(seats: {
  total: number;
  used: number;
  unused: number;
  availableDynamic: number;
  availableReserved: number;
  reservedTotal: number;
  reservedUsed: number;
}): void {
  expect(seats.unused).toBe(seats.total - seats.used);
  expect(seats.availableDynamic).toBe(seats.total - seats.used - seats.reservedTotal + seats.reservedUsed);
  expect(seats.availableReserved).toBe(seats.reservedTotal - seats.reservedUsed);
  expect(seats.unused).toBe(seats.availableDynamic + seats.availableReserved);
  expect(seats.availableDynamic).toBeGreaterThanOrEqual(0);
  expect(seats.availableReserved).toBeGreaterThanOrEqual(0);
}

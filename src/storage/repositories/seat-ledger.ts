import { sql, type Kysely } from 'kysely';
import { NO_CHANGE, refusalFor, seatDeltas, type KeyType, type SeatDelta } from '../../domain/seats.ts';
import { inChunks } from './sql-helpers.ts';
import type { SeatLedger, SeatOutcome } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import { param, precompiled } from '../precompiled.ts';
import type { Database } from '../schema.ts';

const isZero = (d: SeatDelta) =>
  d.total === 0 && d.used === 0 && d.reserved === 0 && d.reservedUsed === 0;

/**
 * The seat invariant (`seatInvariant`, domain/seats.ts), enforced in one place. A delta is
 * applied with conditional UPDATEs whose WHERE clauses are `seatInvariant.subscriptionRow` and
 * `seatInvariant.keyRow` on the rows as they would be after it, condition for condition, so
 * they only match when the result keeps the invariant.
 * The subscription row is updated first (it is the lock every seat change takes first),
 * then the key row; if the key refuses, the subscription change is undone in the same
 * transaction, so a refusal changes nothing. Correct under any concurrency: in PostgreSQL
 * the UPDATE re-checks its WHERE clause on the newest row version after waiting for a
 * concurrent writer; SQLite has a single writer.
 */
/** Arguments: subscription id, Δtotal, Δused, Δreserved, ΔreservedUsed. */
const subscriptionDelta = precompiled<[string, number, number, number, number], never>((db) => {
  const [total, used, reserved, reservedUsed] = [param(1), param(2), param(3), param(4)];
  return db
    .updateTable('subscriptions')
    .set({
      seats_total: sql`seats_total + ${total}`,
      used: sql`used + ${used}`,
      reserved_total: sql`reserved_total + ${reserved}`,
      reserved_used: sql`reserved_used + ${reservedUsed}`,
    })
    .where('id', '=', param(0))
    .where(sql`(seats_total + ${total}) - (used + ${used}) - (reserved_total + ${reserved}) + (reserved_used + ${reservedUsed})`, '>=', 0)
    .where(sql`used + ${used}`, '>=', 0)
    .where(sql`reserved_used + ${reservedUsed}`, '>=', 0)
    .where(sql`reserved_used + ${reservedUsed}`, '<=', sql`reserved_total + ${reserved}`);
});

/** Arguments: key id, Δused, Δmax. */
const keyDelta = precompiled<[string, number, number], never>((db) => {
  const [used, max] = [param(1), param(2)];
  return db
    .updateTable('license_keys')
    .set({ used: sql`used + ${used}`, max_seats: sql`max_seats + ${max}` })
    .where('id', '=', param(0))
    .where(sql`used + ${used}`, '>=', 0)
    .where((eb) => eb.or([eb('max_seats', 'is', null), eb(sql`used + ${used}`, '<=', sql`max_seats + ${max}`)]));
});

export function seatLedger(db: Kysely<Database>, caps: DialectCapabilities): SeatLedger {
  const applyToSubscription = async (subscriptionId: string, d: SeatDelta): Promise<boolean> =>
    (await subscriptionDelta.run(db, caps, [subscriptionId, d.total, d.used, d.reserved, d.reservedUsed])) === 1;

  const applyToKey = async (keyId: string, k: { used: number; max: number }): Promise<boolean> =>
    (await keyDelta.run(db, caps, [keyId, k.used, k.max])) === 1;

  /** After the subscription refused: report NO_SEATS_KEY when the key would have refused too. */
  async function explainRefusal(subscriptionId: string, keyId: string | null, d: SeatDelta): Promise<SeatOutcome> {
    const sub = await db
      .selectFrom('subscriptions')
      .select(['seats_total', 'used', 'reserved_total', 'reserved_used'])
      .where('id', '=', subscriptionId)
      .executeTakeFirst();
    const key = keyId
      ? await db.selectFrom('license_keys').select(['type', 'max_seats', 'used']).where('id', '=', keyId).executeTakeFirst()
      : undefined;
    if (!sub) return { ok: false, refusal: 'NO_SEATS_POOL' };
    const refusal = refusalFor(
      { total: sub.seats_total, used: sub.used, reserved: sub.reserved_total, reservedUsed: sub.reserved_used },
      key ? { type: key.type as KeyType, maxSeats: key.max_seats, used: key.used } : null,
      d,
    );
    return { ok: false, refusal: refusal ?? 'NO_SEATS_POOL' };
  }

  /**
   * Keeps a change of a total, numbered after the subscription's last one. Every transaction
   * that changes a total holds the subscription's row (docs/architecture.md, lock order), so no
   * two number a change at once.
   */
  async function keepTotal(subscriptionId: string, keyId: string | null, change: number, at: number): Promise<void> {
    const row =
      keyId === null
        ? await db.selectFrom('subscriptions').select('seats_total as total').where('id', '=', subscriptionId).executeTakeFirstOrThrow()
        : await db.selectFrom('license_keys').select('max_seats as total').where('id', '=', keyId).executeTakeFirstOrThrow();
    if (row.total === null) return; // the primary key has no maximum of its own
    const last = await db
      .selectFrom('seat_totals')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('subscription_id', '=', subscriptionId)
      .executeTakeFirst();
    await db
      .insertInto('seat_totals')
      .values({ subscription_id: subscriptionId, seq: Number(last?.seq ?? 0) + 1, key_id: keyId, at, total_before: row.total - change, total_after: row.total })
      .execute();
  }

  return {
    async claimMany(claims) {
      const pools = new Map<string, SeatDelta>();
      for (const c of claims) {
        const d = seatDeltas.claim(c.type, c.count);
        const sum = pools.get(c.subscriptionId) ?? NO_CHANGE;
        pools.set(c.subscriptionId, { ...sum, used: sum.used + d.used, reservedUsed: sum.reservedUsed + d.reservedUsed });
      }
      const int = (n: number) => sql`cast(${n} as integer)`;
      for (const chunk of inChunks([...pools], caps.maxRowsPerInsert(3))) {
        const values = chunk.map(([id, d]) => sql`(${id}, ${int(d.used)}, ${int(d.reservedUsed)})`);
        const changed = await sql`
          update subscriptions set used = used + v.column2, reserved_used = reserved_used + v.column3
          from (values ${sql.join(values)}) as v
          where subscriptions.id = v.column1
            and seats_total - (used + v.column2) - reserved_total + (reserved_used + v.column3) >= 0
            and used + v.column2 >= 0 and reserved_used + v.column3 >= 0 and reserved_used + v.column3 <= reserved_total`.execute(db);
        if (Number(changed.numAffectedRows ?? 0) !== chunk.length) return false;
      }
      for (const chunk of inChunks(claims, caps.maxRowsPerInsert(2))) {
        const values = chunk.map((c) => sql`(${c.keyId}, ${int(c.count)})`);
        const changed = await sql`
          update license_keys set used = used + v.column2
          from (values ${sql.join(values)}) as v
          where license_keys.id = v.column1 and used + v.column2 >= 0 and (max_seats is null or used + v.column2 <= max_seats)`.execute(db);
        if (Number(changed.numAffectedRows ?? 0) !== chunk.length) return false;
      }
      return true;
    },

    async adjust(subscriptionId, keyId, d, at) {
      const keyMax = keyId !== null && d.key ? d.key.max : 0;
      const touchesSubscription = !isZero(d);
      if (touchesSubscription && !(await applyToSubscription(subscriptionId, d)))
        return explainRefusal(subscriptionId, keyId, d);
      if (keyId !== null && d.key && (d.key.used !== 0 || d.key.max !== 0) && !(await applyToKey(keyId, d.key))) {
        if (touchesSubscription) {
          const undo = { total: -d.total, used: -d.used, reserved: -d.reserved, reservedUsed: -d.reservedUsed };
          await db
            .updateTable('subscriptions')
            .set({
              seats_total: sql`seats_total + ${undo.total}`,
              used: sql`used + ${undo.used}`,
              reserved_total: sql`reserved_total + ${undo.reserved}`,
              reserved_used: sql`reserved_used + ${undo.reservedUsed}`,
            })
            .where('id', '=', subscriptionId)
            .execute();
        }
        return { ok: false, refusal: 'NO_SEATS_KEY' };
      }
      if (d.total !== 0) await keepTotal(subscriptionId, null, d.total, at);
      if (keyMax !== 0) await keepTotal(subscriptionId, keyId, keyMax, at);
      return { ok: true };
    },

    async totalChanges(subscriptionId, keyId, since, limit) {
      const base = db
        .selectFrom('seat_totals')
        .select(['at', 'total_before as before', 'total_after as after'])
        .where('subscription_id', '=', subscriptionId);
      const of = keyId === null ? base.where('key_id', 'is', null) : base.where('key_id', '=', keyId);
      const earlier = await of.where('at', '<', since).orderBy('seq', 'desc').limit(1).executeTakeFirst();
      const changes = await of.where('at', '>=', since).orderBy('seq', 'desc').limit(limit).execute();
      return { earlier: earlier ?? null, changes: changes.reverse() };
    },

    async recount(subscriptionId) {
      const sub = await db
        .selectFrom('subscriptions')
        .select('seats_total')
        .where('id', '=', subscriptionId)
        .executeTakeFirstOrThrow();
      // A seat per activation with a key, and per person (however many devices) with SSO.
      const perKey = await db
        .selectFrom('activations')
        .select(['key_id', sql<number>`count(case when sso_user_id is null then 1 end) + count(distinct sso_user_id)`.as('n')])
        .where('subscription_id', '=', subscriptionId)
        .where('status', '=', 'active')
        .groupBy('key_id')
        .execute();
      const keys = await db
        .selectFrom('license_keys')
        .select(['id', 'type', 'max_seats', 'expired_at', 'deleted_at'])
        .where('subscription_id', '=', subscriptionId)
        .execute();
      const used = new Map<string, number>(perKey.map((r) => [r.key_id, Number(r.n)]));
      let reserved = 0;
      let reservedUsed = 0;
      for (const k of keys) {
        if (k.type !== 'reserved') continue;
        reservedUsed += used.get(k.id) ?? 0;
        if (k.expired_at === null && k.deleted_at === null) reserved += k.max_seats ?? 0;
      }
      const total = [...used.values()].reduce((a, b) => a + b, 0);
      const keyCounts = new Map<string, number>(keys.map((k) => [k.id, used.get(k.id) ?? 0]));
      return { pool: { total: sub.seats_total, used: total, reserved, reservedUsed }, keys: keyCounts };
    },

    async overwrite(subscriptionId, { pool, keys }) {
      // The subscription row first, as every seat change does (lock order).
      await db
        .updateTable('subscriptions')
        .set({ used: pool.used, reserved_total: pool.reserved, reserved_used: pool.reservedUsed })
        .where('id', '=', subscriptionId)
        .execute();
      for (const [keyId, used] of keys)
        await db.updateTable('license_keys').set({ used }).where('id', '=', keyId).where('subscription_id', '=', subscriptionId).execute();
    },
  };
}

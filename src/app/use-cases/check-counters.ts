/**
 * `allot doctor`: the stored seat counters against a recount of the rows, for every
 * subscription, and with `repair` the counters set to the recount. Each subscription is first
 * recounted in a read of its own (one snapshot: the counters and the rows change in the same
 * transactions, so they agree unless there is drift), which takes no lock: a million devices
 * recounted do not stop a live server's writers (SQLite has one write lock for the whole file).
 * Only a subscription that shows drift is checked again, under its lock, and repaired there.
 * The recount is aggregated in the database (a count per key): memory does not grow with devices.
 */
import { invariantViolations, type KeyType, type PoolCounters } from '../../domain/seats.ts';
import { requireOperator } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { KeyRecord } from '../../domain/records.ts';
import type { Tx } from '../ports/store.ts';
import { COUNTER_CHECK_PAGE_ROWS } from '../../domain/limits.ts';


type Counters = Omit<PoolCounters, 'total'>;

export interface KeyDrift {
  keyId: string;
  name: string;
  type: KeyType;
  stored: number;
  recount: number;
}

export interface SubscriptionDrift {
  subscriptionId: string;
  accountId: string;
  /** The subscription's counters, when any of them differs from the recount. */
  counters: { stored: Counters; recount: Counters } | null;
  keys: KeyDrift[];
  /** Set to the recount (in the transaction that found the drift). */
  repaired: boolean;
  /** Why the recount itself cannot be stored: the rows break an invariant (more active devices than seats, say). */
  unrepairable: string[] | null;
}

export interface CounterReport {
  subscriptions: number;
  keys: number;
  drift: SubscriptionDrift[];
  /** No drift left: none found, or all of it repaired. */
  consistent: boolean;
}

const countersOf = (p: PoolCounters): Counters => ({ used: p.used, reserved: p.reserved, reservedUsed: p.reservedUsed });
const sameCounters = (a: Counters, b: Counters) => a.used === b.used && a.reserved === b.reserved && a.reservedUsed === b.reservedUsed;
const retired = (k: KeyRecord) => k.expiredAt !== null || k.deletedAt !== null;

export async function checkCounters(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>,
  caller: Caller,
  options: { repair: boolean },
): Promise<CounterReport> {
  requireOperator(caller.actor);
  const report: CounterReport = { subscriptions: 0, keys: 0, drift: [], consistent: true };
  let after: string | undefined;
  for (;;) {
    const page = await deps.store.read((tx) => tx.subscriptions.list({ now: deps.clock.now(), limit: COUNTER_CHECK_PAGE_ROWS, after }));
    for (const { id } of page) {
      const seen = await deps.store.read((tx) => checkOne(tx, deps, caller, id, { repair: false, lock: false }));
      const checked = seen?.drift ? await deps.store.write((tx) => checkOne(tx, deps, caller, id, { repair: options.repair, lock: true })) : seen;
      if (!checked) continue; // deleted meanwhile
      report.subscriptions++;
      report.keys += checked.keys;
      if (checked.drift) report.drift.push(checked.drift);
    }
    if (page.length < COUNTER_CHECK_PAGE_ROWS) break;
    after = page[page.length - 1]!.id;
  }
  report.consistent = report.drift.every((d) => d.repaired);
  return report;
}

async function checkOne(
  tx: Tx,
  deps: Pick<AppDeps, 'clock' | 'ids'>,
  caller: Caller,
  id: string,
  { repair, lock }: { repair: boolean; lock: boolean },
): Promise<{ keys: number; drift: SubscriptionDrift | null } | null> {
  const sub = lock ? await tx.subscriptions.lock(id) : await tx.subscriptions.byId(id);
  if (!sub) return null;
  const keys = await tx.keys.listBySubscription(id, { includeDeleted: true });
  const recount = await tx.seats.recount(id);
  const stored = countersOf(sub);
  const counted = countersOf(recount.pool);
  const keyDrift: KeyDrift[] = keys
    .filter((k) => k.used !== (recount.keys.get(k.id) ?? 0))
    .map((k) => ({ keyId: k.id, name: k.name, type: k.type, stored: k.used, recount: recount.keys.get(k.id) ?? 0 }));
  if (sameCounters(stored, counted) && keyDrift.length === 0) return { keys: keys.length, drift: null };

  const drift: SubscriptionDrift = {
    subscriptionId: id,
    accountId: sub.accountId,
    counters: sameCounters(stored, counted) ? null : { stored, recount: counted },
    keys: keyDrift,
    repaired: false,
    unrepairable: null,
  };
  if (!repair) return { keys: keys.length, drift };
  // The constraints of the tables would refuse such counters: say so rather than fail.
  const live = keys.filter((k) => !retired(k)).map((k) => ({ type: k.type, maxSeats: k.maxSeats, used: recount.keys.get(k.id) ?? 0 }));
  const violations = invariantViolations(recount.pool, live);
  if (violations.length > 0) return { keys: keys.length, drift: { ...drift, unrepairable: violations } };

  await tx.seats.overwrite(id, { pool: counted, keys: new Map(keyDrift.map((k) => [k.keyId, k.recount])) });
  await record(tx, deps.ids, caller, deps.clock.now(), {
    action: 'subscription.counters_repaired',
    target: { type: 'subscription', id },
    accountId: sub.accountId,
    subscriptionId: id,
    before: { ...stored, keys: Object.fromEntries(keyDrift.map((k) => [k.keyId, k.stored])) },
    after: { ...counted, keys: Object.fromEntries(keyDrift.map((k) => [k.keyId, k.recount])) },
  });
  return { keys: keys.length, drift: { ...drift, repaired: true } };
}

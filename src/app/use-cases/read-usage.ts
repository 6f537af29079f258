import { AllotError } from '../../domain/errors.ts';
import { USAGE_INTERVALS_MAX_ROWS, USAGE_TOTAL_CHANGES_MAX_ROWS } from '../../domain/limits.ts';
import { DAY_MS } from '../../domain/time.ts';
import { dailyUsageFromChanges, USAGE_WINDOWS_DAYS, type History } from '../../domain/usage.ts';
import { grantedKeys, visibleKey } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { Tx } from '../ports/store.ts';
import { openSubscription, readSettled } from '../subscription-entry.ts';
import { invalid } from '../validate.ts';
import type { UsageView } from '../views/subscriptions.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

/**
 * How a total changed, from the history the seat ledger keeps (keyId null: the subscription's
 * seats; else the key's maximum): the value the window begins with, then each change. No
 * change at all: the current total held throughout (an empty history).
 */
async function totalHistory(tx: Tx, subscriptionId: string, keyId: string | null, since: number): Promise<History> {
  const { earlier, changes } = await tx.seats.totalChanges(subscriptionId, keyId, since, USAGE_TOTAL_CHANGES_MAX_ROWS);
  const first = changes[0]?.before ?? earlier?.after;
  if (first === undefined) return [];
  return [[Number.NEGATIVE_INFINITY, first], ...changes.map((c) => [c.at, c.after] as const)];
}

/**
 * Seats in use at the end of each of the last `days` days, against the seats there were: of the
 * subscription, or of one key (its maximum; the primary key has none, so the subscription's).
 * The points begin on the day it was created, so a new subscription has a short history rather
 * than weeks of zeros. A device moved between keys counts on the key it is on now. The seats in use
 * now are the counters the subscription and its keys keep; the days before, those less what changed
 * since (a cost that follows the window's changes, not the number of devices).
 */
export async function readUsage(deps: Deps, caller: Caller, subscriptionId: string, query: { days: number; keyId?: string }): Promise<UsageView> {
  if (!(USAGE_WINDOWS_DAYS as readonly number[]).includes(query.days)) throw invalid(`days must be one of ${USAGE_WINDOWS_DAYS.join(', ')}.`, 'days');
  return readSettled(deps, caller, async (scope) => {
    const { tx, now } = scope;
    const { sub } = await openSubscription(scope, subscriptionId);
    const key = query.keyId === undefined ? undefined : await visibleKey(tx, caller.actor, query.keyId);
    if (key && key.subscriptionId !== sub.id) throw new AllotError('KEY_NOT_FOUND', 'No such key in this subscription.');
    if (!key && grantedKeys(caller.actor)) throw new AllotError('FORBIDDEN', 'A License Administrator reads the usage of their keys: pass keyId.');
    const since = Math.floor(now / DAY_MS) * DAY_MS - (query.days - 1) * DAY_MS;
    const changes = await tx.activations.seatChanges(sub.id, key?.id, since, USAGE_INTERVALS_MAX_ROWS);
    const byKey = key && key.maxSeats !== null;
    const totals = await totalHistory(tx, sub.id, byKey ? key.id : null, since);
    const current = byKey ? key.maxSeats! : sub.total;
    const startedAt = key?.createdAt ?? sub.createdAt;
    return { days: query.days, startedAt: new Date(startedAt).toISOString(), points: dailyUsageFromChanges(key ? key.used : sub.used, changes, totals, current, query.days, now, startedAt) };
  });
}

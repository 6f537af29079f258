import { AllotError } from '../../domain/errors.ts';
import { DAY_MS } from '../../domain/time.ts';
import { dailyUsage, USAGE_WINDOWS_DAYS, type History, type UsagePoint } from '../../domain/usage.ts';
import { grantedKeys, visibleKey } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { EventRecord } from '../../domain/records.ts';
import type { Tx } from '../ports/store.ts';
import { openSubscription, readSettled } from '../subscription-entry.ts';
import { invalid } from '../validate.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

/** Activations read for one chart: a subscription has at most a million seats, but a chart needs no more than this. */
const MAX_INTERVALS = 500_000;
const MAX_EVENTS = 1000;

/** How a total changed, from the audit events that set it (subscription.created/updated, key.created/updated). */
async function totalHistory(tx: Tx, subscriptionId: string, keyId: string | undefined, pick: (e: EventRecord) => number | undefined): Promise<History> {
  const events = await tx.events.list({ subscriptionId, targetId: keyId ?? subscriptionId, limit: MAX_EVENTS });
  return events
    .map((e) => [e.at, pick(e)] as const)
    .filter((p): p is readonly [number, number] => typeof p[1] === 'number')
    .sort((a, b) => a[0] - b[0]);
}

const seatsTotalOf = (e: EventRecord) => (e.after as { seats?: { total?: number } } | null)?.seats?.total;
const maxSeatsOf = (e: EventRecord) => (e.after as { maxSeats?: number | null } | null)?.maxSeats ?? undefined;

export interface Usage {
  days: number;
  /** When the subscription (or the key) was created: the points begin on that day. */
  startedAt: string;
  points: UsagePoint[];
}

/**
 * Seats in use at the end of each of the last `days` days, against the seats there were: of the
 * subscription, or of one key (its maximum; the primary key has none, so the subscription's).
 * The points begin on the day it was created, so a new subscription has a short history rather
 * than weeks of zeros. A device moved between keys counts on the key it is on now.
 */
export async function readUsage(deps: Deps, caller: Caller, subscriptionId: string, query: { days: number; keyId?: string }): Promise<Usage> {
  if (!(USAGE_WINDOWS_DAYS as readonly number[]).includes(query.days)) throw invalid(`days must be one of ${USAGE_WINDOWS_DAYS.join(', ')}.`, 'days');
  return readSettled(deps, caller, async (scope) => {
    const { tx, now } = scope;
    const { sub } = await openSubscription(scope, subscriptionId);
    const key = query.keyId === undefined ? undefined : await visibleKey(tx, caller.actor, query.keyId);
    if (key && key.subscriptionId !== sub.id) throw new AllotError('KEY_NOT_FOUND', 'No such key in this subscription.');
    if (!key && grantedKeys(caller.actor)) throw new AllotError('FORBIDDEN', 'A License Administrator reads the usage of their keys: pass keyId.');
    const since = Math.floor(now / DAY_MS) * DAY_MS - (query.days - 1) * DAY_MS;
    const intervals = await tx.activations.seatIntervals(sub.id, key?.id, since, MAX_INTERVALS);
    const byKey = key && key.maxSeats !== null;
    const totals = byKey ? await totalHistory(tx, sub.id, key.id, maxSeatsOf) : await totalHistory(tx, sub.id, undefined, seatsTotalOf);
    const current = byKey ? key.maxSeats! : sub.total;
    const startedAt = key?.createdAt ?? sub.createdAt;
    return { days: query.days, startedAt: new Date(startedAt).toISOString(), points: dailyUsage(intervals, totals, current, query.days, now, startedAt) };
  });
}

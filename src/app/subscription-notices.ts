/**
 * The sweeps' notices about a subscription's end (webhooks subscription.expiring_soon and
 * subscription.in_grace derive from their audit events): 30, 7 and 1 days before expiry (only the
 * most urgent that applies: a subscription found 5 days before gets the 7-day notice alone), and
 * once when the expiry passed and the grace period runs. Each is given once per subscription
 * and expiry date: a row of `subscription_notices` records it in the same transaction, so a
 * restart, a second node or a later round never repeats it, and a renewal (a new expiry date)
 * starts over.
 */
import { SWEEP_BATCH_ROWS } from '../domain/limits.ts';
import { DAY_MS } from '../domain/time.ts';
import { record } from './audit.ts';
import { systemCaller, type AppDeps } from './context.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

export const EXPIRY_NOTICE_DAYS = [1, 7, 30] as const;

const iso = (ms: number) => new Date(ms).toISOString();

/** Which notice is due for a subscription now, if any. */
export function noticeDue(now: number, expiresAt: number, gracePeriodDays: number): { notice: string; daysLeft?: number } | null {
  if (expiresAt <= now) return now < expiresAt + gracePeriodDays * DAY_MS ? { notice: 'in_grace' } : null;
  const daysLeft = Math.ceil((expiresAt - now) / DAY_MS);
  const step = EXPIRY_NOTICE_DAYS.find((d) => daysLeft <= d);
  return step === undefined ? null : { notice: `expiring_${step}`, daysLeft };
}

/** Gives every due notice; returns how many were given. */
export async function sendSubscriptionNotices(deps: Deps): Promise<number> {
  const caller = systemCaller('notices');
  let sent = 0;
  let after: string | null = null;
  const now = deps.clock.now();
  for (;;) {
    const subs = await deps.store.read((tx) => tx.webhooks.subscriptionsExpiringBefore(now + Math.max(...EXPIRY_NOTICE_DAYS) * DAY_MS, SWEEP_BATCH_ROWS, after));
    for (const sub of subs) {
      const due = noticeDue(now, sub.expiresAt, sub.gracePeriodDays);
      if (!due) continue;
      const given = await deps.store.write(async (tx) => {
        if (!(await tx.webhooks.noteOnce(sub.id, due.notice, sub.expiresAt, now))) return false;
        const productName = (await tx.products.byId(sub.productId))?.name ?? '';
        const base = { target: { type: 'subscription' as const, id: sub.id }, accountId: sub.accountId, subscriptionId: sub.id };
        if (due.notice === 'in_grace')
          await record(tx, deps.ids, caller, now, { ...base, action: 'subscription.in_grace', after: { expiresAt: iso(sub.expiresAt), graceEndsAt: iso(sub.expiresAt + sub.gracePeriodDays * DAY_MS), productName } });
        else await record(tx, deps.ids, caller, now, { ...base, action: 'subscription.expiring_soon', after: { expiresAt: iso(sub.expiresAt), daysLeft: due.daysLeft!, productName } });
        return true;
      });
      if (given) sent++;
    }
    if (subs.length < SWEEP_BATCH_ROWS) return sent;
    after = subs[subs.length - 1]!.id;
  }
}

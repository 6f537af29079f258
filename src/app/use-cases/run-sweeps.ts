import { DAY_MS } from '../../domain/time.ts';
import { endActivation } from '../activation-lifecycle.ts';
import { systemCaller, type AppDeps } from '../context.ts';
import { settleExpiries } from '../expiry.ts';
import { sendSubscriptionNotices } from '../subscription-notices.ts';
import { openTrusted, writeSettled } from '../subscription-entry.ts';
import {
  EVENT_RETENTION_BATCH_ROWS,
  EVENT_RETENTION_ROUND_MAX_ROWS,
  SSO_CODE_TTL_MS,
  SWEEP_BATCH_ROWS,
  WEBHOOK_LOG_RETENTION_BATCH_ROWS,
  WEBHOOK_LOG_RETENTION_ROUND_MAX_ROWS,
} from '../../domain/limits.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'> & { config?: Partial<Pick<AppDeps['config'], 'eventRetentionMs' | 'webhooks'>> };


export interface SweepReport {
  subscriptionsSettled: number;
  devicesAutoReleased: number;
  ssoRequestsRemoved: number;
  eventsRemoved: number;
  /** Settled webhook messages dropped from the delivery log (ALLOT_WEBHOOK_LOG_RETENTION_DAYS). */
  webhookDeliveriesRemoved: number;
  /** Expiry notices given (subscription.expiring_soon, subscription.in_grace). */
  noticesSent: number;
}

/** Applies every due expiry (keys and subscriptions); each subscription in its own transaction. */
export async function sweepExpiries(deps: Deps): Promise<number> {
  const caller = systemCaller('expiry');
  let settled = 0;
  for (;;) {
    const now = deps.clock.now();
    const due = await deps.store.read(async (tx) => {
      const ids = new Set((await tx.subscriptions.dueForExpiry(now, SWEEP_BATCH_ROWS)).map((s) => s.id));
      for (const k of await tx.keys.dueForExpiry(now, SWEEP_BATCH_ROWS)) ids.add(k.subscriptionId);
      return [...ids];
    });
    let changed = 0;
    for (const id of due) if (await deps.store.write((tx) => settleExpiries(tx, deps, caller, id, now))) changed++;
    settled += changed;
    if (changed === 0 || due.length < SWEEP_BATCH_ROWS) return settled;
  }
}

/** Releases devices that have not checked in for their subscription's auto-release window. */
export async function autoReleaseDevices(deps: Deps): Promise<number> {
  const caller = systemCaller('auto-release');
  let released = 0;
  let after: string | undefined;
  for (;;) {
    const subs = await deps.store.read((tx) => tx.subscriptions.withAutoRelease(SWEEP_BATCH_ROWS, after));
    for (const sub of subs) {
      for (;;) {
        const now = deps.clock.now();
        const n = await writeSettled(deps, caller, now, async (scope) => {
          const { tx } = scope;
          const locked = await openTrusted(scope, sub.id, { lock: true });
          if (!locked || locked.autoReleaseDays === null) return 0;
          const stale = await tx.activations.staleActive(sub.id, now - locked.autoReleaseDays * DAY_MS, SWEEP_BATCH_ROWS);
          let count = 0;
          for (const a of stale) if (await endActivation(tx, deps, caller, a, 'released', 'inactive', now)) count++;
          return count;
        });
        released += n;
        if (n < SWEEP_BATCH_ROWS) break;
      }
    }
    if (subs.length < SWEEP_BATCH_ROWS) return released;
    after = subs[subs.length - 1]!.id;
  }
}

/** Forgets SSO sign-ins (and their codes) that can no longer be answered or redeemed. */
export async function removeExpiredSsoRequests(deps: Deps): Promise<number> {
  let removed = 0;
  for (;;) {
    const n = await deps.store.write((tx) => tx.ssoRequests.deleteExpired(deps.clock.now() - SSO_CODE_TTL_MS, SWEEP_BATCH_ROWS));
    removed += n;
    if (n < SWEEP_BATCH_ROWS) return removed;
  }
}

/**
 * Retention (ALLOT_EVENT_RETENTION_DAYS): drops audit events older than the configured age, in
 * short transactions of a bounded batch, and at most a bounded number per round, so that a first
 * run over years of events neither holds a lock long nor delays the next round's other sweeps.
 * Dropped, not archived (docs/operations.md says why and how to keep them elsewhere first).
 */
export async function removeOldEvents(deps: Deps): Promise<number> {
  const retentionMs = deps.config?.eventRetentionMs ?? null;
  if (retentionMs === null) return 0;
  let removed = 0;
  while (removed < EVENT_RETENTION_ROUND_MAX_ROWS) {
    const before = deps.clock.now() - retentionMs;
    const n = await deps.store.write((tx) => tx.events.deleteOlderThan(before, EVENT_RETENTION_BATCH_ROWS));
    removed += n;
    if (n < EVENT_RETENTION_BATCH_ROWS) break;
  }
  return removed;
}

/**
 * Retention of the webhook delivery log (ALLOT_WEBHOOK_LOG_RETENTION_DAYS, 30 by default): drops
 * settled messages (delivered, failed, stopped) that last changed longer ago, with their
 * attempts, in short transactions of a bounded batch and at most a bounded number per round.
 * A pending or retrying message is never dropped, however old.
 */
export async function removeOldWebhookDeliveries(deps: Deps): Promise<number> {
  const retentionMs = deps.config?.webhooks?.logRetentionMs ?? null;
  if (retentionMs === null) return 0;
  let removed = 0;
  while (removed < WEBHOOK_LOG_RETENTION_ROUND_MAX_ROWS) {
    const before = deps.clock.now() - retentionMs;
    const n = await deps.store.write((tx) => tx.webhooks.deleteSettledBefore(before, WEBHOOK_LOG_RETENTION_BATCH_ROWS));
    removed += n;
    if (n < WEBHOOK_LOG_RETENTION_BATCH_ROWS) break;
  }
  return removed;
}

export async function runSweeps(deps: Deps): Promise<SweepReport> {
  return {
    subscriptionsSettled: await sweepExpiries(deps),
    devicesAutoReleased: await autoReleaseDevices(deps),
    ssoRequestsRemoved: await removeExpiredSsoRequests(deps),
    eventsRemoved: await removeOldEvents(deps),
    webhookDeliveriesRemoved: await removeOldWebhookDeliveries(deps),
    noticesSent: await sendSubscriptionNotices(deps),
  };
}

/**
 * Runs the sweeps on the one node that holds the "sweeps" lease; other nodes skip this round.
 * The lease outlives a round, and its holder renews it, so a crashed holder is replaced after `ttlMs`.
 */
export async function runSweepsIfLeader(deps: Deps, owner: string, ttlMs: number): Promise<SweepReport | null> {
  const leader = await deps.store.write((tx) => tx.leases.acquire('sweeps', owner, deps.clock.now(), ttlMs));
  return leader ? runSweeps(deps) : null;
}

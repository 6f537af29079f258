/**
 * Expiry taking effect: a key past its own expiry, or a subscription past its grace period,
 * gives its seats back. Its activations are released (devices fail their next check-in) and
 * a reserved key's seats stop being reserved. Idempotent: every step is conditional on the
 * state it reads under the subscription lock, so two nodes sweeping at once do it once.
 */
import { seatDeltas } from '../domain/seats.ts';
import { subscriptionValidUntil } from '../domain/validity.ts';
import { endedActivations, giveBackSeats } from './activation-lifecycle.ts';
import { record } from './audit.ts';
import type { AppDeps, Caller } from './context.ts';
import type { KeyRecord, SubscriptionRecord } from '../domain/records.ts';
import type { Tx } from './ports/store.ts';
import { keyAuditState } from './views/keys.ts';

type Deps = Pick<AppDeps, 'ids'>;

/** Expiry is recorded as the system's doing, under the request that happened to settle it. */
export const asExpiry = (caller: Caller): Caller => ({ ...caller, actor: { type: 'system', id: 'expiry' } });

async function retireExpiredKey(tx: Tx, deps: Deps, caller: Caller, key: KeyRecord, now: number): Promise<void> {
  const { perKey, ended } = await tx.activations.endAll({ keyId: key.id }, 'released', 'key_expired', now);
  const { devices: released, seats } = perKey.get(key.id) ?? { devices: 0, seats: 0 };
  await giveBackSeats(tx, key.subscriptionId, key.id, seatDeltas.retireKey({ ...key, used: seats }), now, `retiring key ${key.id}`);
  await tx.keys.update(key.id, { expiredAt: now, updatedAt: now });
  await record(tx, deps.ids, caller, now, {
    action: 'key.expired',
    target: { type: 'key', id: key.id },
    accountId: key.accountId,
    subscriptionId: key.subscriptionId,
    before: { ...keyAuditState(key), used: key.used },
    after: { releasedActivations: released },
  }, endedActivations(ended, () => key.name));
}

async function expireSubscription(tx: Tx, deps: Deps, caller: Caller, sub: SubscriptionRecord, now: number): Promise<void> {
  const { perKey, ended } = await tx.activations.endAll({ subscriptionId: sub.id }, 'released', 'subscription_expired', now);
  const keyNames = new Map<string, string>();
  for (const [keyId, { seats }] of perKey) {
    const key = await tx.keys.byId(keyId);
    if (!key) continue;
    keyNames.set(keyId, key.name);
    await giveBackSeats(tx, sub.id, keyId, seatDeltas.release(key.type, seats), now, `releasing key ${keyId}`);
  }
  await tx.subscriptions.update(sub.id, { expiredAt: now, updatedAt: now });
  await record(tx, deps.ids, caller, now, {
    action: 'subscription.expired',
    target: { type: 'subscription', id: sub.id },
    accountId: sub.accountId,
    subscriptionId: sub.id,
    after: { releasedActivations: [...perKey.values()].reduce((n, k) => n + k.devices, 0) },
  }, endedActivations(ended, (keyId) => keyNames.get(keyId) ?? ''));
}

/**
 * Applies whatever expiry is due on one subscription, inside the caller's transaction.
 * Returns true when something changed. `locked`: the subscription as the caller just read it
 * (under its lock, or not: it is only a first look). Use-cases reach this through
 * app/subscription-entry.ts; the sweep calls it directly.
 */
export async function settleExpiries(tx: Tx, deps: Deps, caller: Caller, subscriptionId: string, now: number, locked?: SubscriptionRecord): Promise<boolean> {
  const dueKeys = await tx.keys.dueForExpiry(now, 1000, subscriptionId);
  const peek = locked ?? (await tx.subscriptions.byId(subscriptionId));
  if (!peek) return false;
  const subDue = peek.expiredAt === null && now >= subscriptionValidUntil(peek);
  if (dueKeys.length === 0 && !subDue) return false;
  const sub = await tx.subscriptions.lock(subscriptionId);
  if (!sub) return false;
  let changed = false;
  for (const candidate of dueKeys) {
    const key = await tx.keys.byId(candidate.id);
    if (!key || key.expiredAt !== null || key.deletedAt !== null || key.expiresAt === null || key.expiresAt > now) continue;
    await retireExpiredKey(tx, deps, caller, key, now);
    changed = true;
  }
  if (sub.expiredAt === null && now >= subscriptionValidUntil(sub)) {
    await expireSubscription(tx, deps, caller, sub, now);
    changed = true;
  }
  return changed;
}

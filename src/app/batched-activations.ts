/**
 * Activations with license keys decided together: what a shared transaction's run of them reads
 * and writes in a few statements, whatever its length (`Batchable.many`). Each is decided exactly
 * as `activateInTx` (use-cases/activate-device.ts) would decide it after the ones before it, by
 * the same checks in the same order, with the seats counted in memory under the subscriptions'
 * locks and then taken by the seat ledger in one change per key. Whatever this does not decide
 * (an invitation's code, a string that is no key, expiry falling due) ends the run: the store
 * gives that one to `activateInTx` alone, then offers the rest here again.
 */
import { firstRefusal, refusal } from '../domain/decisions.ts';
import type { ActivationRecord, EventRecord, KeyRecord, SubscriptionRecord } from '../domain/records.ts';
import { applyToPool, refusalFor, seatDeltas } from '../domain/seats.ts';
import { subscriptionValidUntil } from '../domain/validity.ts';
import { activationCreated, newActivation, seatsLimitChange } from './activation-lifecycle.ts';
import { fanOut, toEvent } from './audit.ts';
import { deliveryFor, type CertificateSubject, type Delivery } from './certificates.ts';
import { deviceFields, refused, type ActivateInput, type ClientDecision } from './client-types.ts';
import type { AppDeps, Caller } from './context.ts';
import { deviceOn, type CheckInWrite } from './ports/repositories.ts';
import type { Tx } from './ports/store.ts';

export interface ActivationItem {
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'signer' | 'config' | 'metrics'>;
  caller: Caller;
  /** The lookup hash of the presented string. */
  hash: string;
  input: ActivateInput;
  now: number;
}

export type ActivationOutcome = ClientDecision<CertificateSubject & { created: boolean }>;

/** What a certificate of each key carries, read once per key for the run (keys' policies do not change in it). */
export function deliveries(tx: Tx): (key: KeyRecord) => Promise<Delivery> {
  const memo = new Map<string, Promise<Delivery>>();
  return (key) => {
    let d = memo.get(key.id);
    if (!d) memo.set(key.id, (d = deliveryFor(tx, key)));
    return d;
  };
}

/** Whether entering the subscription at `now` would settle expiry (subscription-entry.ts does it, alone). */
const expiryDue = (sub: SubscriptionRecord, nextKeyExpiry: number | undefined, now: number): boolean =>
  (sub.expiredAt === null && now >= subscriptionValidUntil(sub)) || (nextKeyExpiry !== undefined && nextKeyExpiry <= now);

export async function activateMany(tx: Tx, items: readonly ActivationItem[]): Promise<ActivationOutcome[]> {
  const state = await tx.deviceBatches.lockForActivations(
    items.map((i) => i.hash),
    items.map((i) => i.input.fingerprint),
  );
  const { keys, subscriptions, active } = state;
  const deliveryOf = deliveries(tx);
  const outcomes: ActivationOutcome[] = [];
  const created: ActivationRecord[] = [];
  const events: EventRecord[] = [];
  const touched: CheckInWrite[] = [];
  const claims = new Map<string, { key: KeyRecord; count: number }>();

  for (const item of items) {
    const found = state.keysByHash.get(item.hash);
    if (!found) break;
    const key = keys.get(found.id)!;
    const sub = subscriptions.get(key.subscriptionId);
    const product = sub && state.products.get(sub.productId);
    if (!sub || !product || expiryDue(sub, state.nextKeyExpiry.get(sub.id), item.now)) break;
    const { fingerprint, ip } = item.input;
    const device = deviceOn(sub.id, fingerprint);
    const refusedBy = firstRefusal({ now: item.now, subscription: sub, key, blacklisted: state.blacklisted.has(device) });
    if (refusedBy) {
      outcomes.push(refused(refusedBy));
      continue;
    }

    const existing = active.get(device);
    if (existing) {
      const heldOn = keys.get(existing.keyId);
      if (!heldOn) break;
      const delivery = await deliveryOf(heldOn);
      const fields = deviceFields(item.input.device, ip);
      touched.push({ id: existing.id, at: item.now, changes: fields, deliveredPolicyVersion: delivery.policy.version });
      const activation = { ...existing, ...fields, lastCheckInAt: item.now, deliveredPolicyVersion: delivery.policy.version };
      active.set(device, activation);
      outcomes.push({ granted: true, value: { created: false, activation, key: heldOn, subscription: { ...sub }, product, delivery } });
      continue;
    }

    const delta = seatDeltas.claim(key.type);
    const noSeat = refusalFor(sub, key, delta);
    if (noSeat) {
      outcomes.push(refused(refusal(noSeat)));
      continue;
    }
    const subscription = { ...sub };
    Object.assign(sub, applyToPool(sub, delta));
    const fresh = { ...key, used: key.used + 1 };
    keys.set(key.id, fresh);
    claims.set(key.id, { key, count: (claims.get(key.id)?.count ?? 0) + 1 });

    const delivery = await deliveryOf(key);
    const activation = newActivation(item.deps, item.now, sub, key, {
      fingerprint,
      device: item.input.device,
      ip,
      activationType: 'LIC_KEY',
      userEmail: null,
      invitationId: null,
      ssoUserId: null,
      deliveredPolicyVersion: delivery.policy.version,
    });
    events.push(toEvent(item.deps.ids, item.caller, item.now, activationCreated(activation, key.name)));
    const limit = seatsLimitChange(sub, sub, fresh);
    if (limit) events.push(toEvent(item.deps.ids, item.caller, item.now, limit));
    created.push(activation);
    active.set(device, activation);
    outcomes.push({ granted: true, value: { created: true, activation, key: fresh, subscription, product, delivery } });
  }

  await writeAll(tx, { claims, created, events, touched });
  return outcomes;
}

/**
 * The run's writes: its seats through the seat ledger (`claimMany`, which must pass: the counts
 * were decided under the locks), the new activations and their events in multi-row
 * inserts, and the devices activated again as check-ins.
 */
async function writeAll(
  tx: Tx,
  w: { claims: Map<string, { key: KeyRecord; count: number }>; created: ActivationRecord[]; events: EventRecord[]; touched: CheckInWrite[] },
): Promise<void> {
  const claims = [...w.claims.values()].map(({ key, count }) => ({ subscriptionId: key.subscriptionId, keyId: key.id, type: key.type, count }));
  if (claims.length && !(await tx.seats.claimMany(claims))) throw new Error('the seats of a run of activations were refused after being counted under their locks');
  if (w.created.length && !(await tx.deviceBatches.insertActivations(w.created, w.events)))
    throw new Error('an active activation appeared for a device despite the subscription lock');
  if (w.touched.length) await tx.deviceBatches.checkIns(w.touched);
  await fanOut(tx, w.events);
}

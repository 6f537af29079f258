/**
 * Check-ins decided together: what a shared transaction's run of them reads and writes in a few
 * statements, whatever its length (`Batchable.many`). Each is decided exactly as `checkInInTx`
 * (use-cases/check-in-device.ts) would decide it after the ones before it. A person's check-in
 * whose groups now map to another key (the seat moves, under the subscription's lock) ends the
 * run: the store gives it to `checkInInTx` alone, then offers the rest here again.
 */
import { firstRefusal, refusal } from '../domain/decisions.ts';
import type { ActivationRecord, DeviceInfo, KeyRecord } from '../domain/records.ts';
import { keyForGroups } from '../domain/sso.ts';
import { deliveries } from './batched-activations.ts';
import type { CertificateSubject } from './certificates.ts';
import { refused, type CheckInInput, type ClientDecision } from './client-types.ts';
import type { AppDeps } from './context.ts';
import { deviceOn, type CheckInWrite } from './ports/repositories.ts';
import type { Tx } from './ports/store.ts';

export interface CheckInItem {
  deps: Pick<AppDeps, 'store' | 'clock' | 'vault' | 'signer' | 'config' | 'ids' | 'metrics'>;
  input: CheckInInput;
  now: number;
}

export type CheckInOutcome = ClientDecision<CertificateSubject & { policyChanged: boolean }>;

/** What a check-in writes on its activation: the address it came from, and the fields it reports changed. */
export function checkInChanges(input: CheckInInput): Partial<DeviceInfo> {
  const d = input.device ?? {};
  const changes: Partial<DeviceInfo> = { ip: input.ip };
  if (d.name) changes.name = d.name;
  if (d.os) changes.os = d.os;
  for (const field of ['serial', 'mac', 'appVersion'] as const) if (d[field] !== undefined) changes[field] = d[field] ?? null;
  return changes;
}

export async function checkInMany(tx: Tx, items: readonly CheckInItem[]): Promise<CheckInOutcome[]> {
  const state = await tx.deviceBatches.readForCheckIns(items.map((i) => i.input.activationId));
  const deliveryOf = deliveries(tx);
  const liveKeys = new Map<string, Promise<KeyRecord[]>>();
  const keysOf = (subscriptionId: string) => {
    let list = liveKeys.get(subscriptionId);
    if (!list) liveKeys.set(subscriptionId, (list = tx.keys.listBySubscription(subscriptionId)));
    return list;
  };
  const outcomes: CheckInOutcome[] = [];
  const writes: CheckInWrite[] = [];

  for (const { deps, input, now } of items) {
    const activation: ActivationRecord | undefined = state.activations.get(input.activationId);
    if (!activation) {
      outcomes.push(refused(refusal('ACTIVATION_NOT_FOUND')));
      continue;
    }
    const key = state.keys.get(activation.keyId);
    const subscription = state.subscriptions.get(activation.subscriptionId);
    const product = subscription && state.products.get(subscription.productId);
    if (!key || !subscription || !product) break;
    const user = activation.ssoUserId === null ? undefined : state.users.get(activation.ssoUserId);
    const refusedBy = firstRefusal({
      now,
      subscription,
      key,
      blacklisted: state.blacklisted.has(deviceOn(subscription.id, activation.fingerprint)),
      activationActive: activation.status === 'active',
      fingerprintMatches: deps.vault.same(activation.fingerprint, input.fingerprint),
      userDeactivated: user?.status === 'deactivated',
    });
    if (refusedBy) {
      outcomes.push(refused(refusedBy));
      continue;
    }
    // The person's groups now map elsewhere: their seat moves, which is done alone.
    if (user && keyForGroups(await keysOf(subscription.id), user.groups)?.id !== key.id) break;

    const changes = checkInChanges(input);
    const delivery = await deliveryOf(key);
    writes.push({ id: activation.id, at: now, changes, deliveredPolicyVersion: delivery.policy.version });
    state.activations.set(activation.id, { ...activation, ...changes, lastCheckInAt: now, deliveredPolicyVersion: delivery.policy.version });
    const policyChanged = activation.deliveredPolicyVersion !== delivery.policy.version;
    const person = user && { email: user.email, name: user.name };
    const value = { activation: { ...activation, keyId: key.id, lastCheckInAt: now }, key, subscription, product, delivery, policyChanged, ...(person && { user: person }) };
    outcomes.push({ granted: true, value });
  }
  if (writes.length) await tx.deviceBatches.checkIns(writes);
  return outcomes;
}

import { seatLimitReached, type EndedActivation } from '../domain/webhooks.ts';
import { seatDeltas, type PoolCounters, type SeatDelta } from '../domain/seats.ts';
import { record, type Change } from './audit.ts';
import type { AppDeps, Caller } from './context.ts';
import type { ActivationRecord, ActivationStatus, EndReason, KeyRecord, SubscriptionRecord } from '../domain/records.ts';
import type { ActivationType } from '../domain/certificate.ts';
import { deviceFields, type DeviceInput } from './client-types.ts';
import type { Tx } from './ports/store.ts';
import type { EndedActivationRow } from './ports/repositories.ts';
import { activationAuditState } from './views/activations.ts';

/**
 * Gives seats back or retires a key's: a change that takes no seat, so the seat ledger refuses
 * it only when the counters have drifted, which is a bug to surface, not a decision to return.
 */
export async function giveBackSeats(tx: Tx, subscriptionId: string, keyId: string, delta: SeatDelta, now: number, what: string): Promise<void> {
  const outcome = await tx.seats.adjust(subscriptionId, keyId, delta, now);
  if (!outcome.ok) throw new Error(`${what} was refused (${outcome.refusal}): counters drifted`);
}

/**
 * Ends an active activation and gives its seat back (an SSO device: when it was its person's
 * last on the subscription), under the subscription lock the caller holds. Returns false (and changes nothing) when it was no longer active.
 */
export async function endActivation(
  tx: Tx,
  deps: Pick<AppDeps, 'ids'>,
  caller: Caller,
  activation: ActivationRecord,
  status: Exclude<ActivationStatus, 'active'>,
  reason: EndReason,
  now: number,
): Promise<boolean> {
  if (!(await tx.activations.end(activation.id, status, reason, now))) return false;
  const key = await tx.keys.byId(activation.keyId);
  if (!key) throw new Error(`activation ${activation.id} has no key`);
  // A person's SSO devices share one seat: it goes back with the last of them.
  const seatShared = activation.ssoUserId !== null && (await tx.activations.activeOfUser(activation.subscriptionId, activation.ssoUserId)).length > 0;
  if (!seatShared)
    await giveBackSeats(tx, activation.subscriptionId, key.id, seatDeltas.release(key.type), now, `releasing activation ${activation.id}`);
  await record(tx, deps.ids, caller, now, {
    action: status === 'blacklisted' ? 'activation.blacklisted' : status === 'released' ? 'activation.released' : 'activation.deactivated',
    target: { type: 'activation', id: activation.id },
    accountId: activation.accountId,
    subscriptionId: activation.subscriptionId,
    before: activationAuditState(activation, key.name),
    after: activationAuditState({ ...activation, status, endReason: reason }, key.name),
  });
  return true;
}

/** The devices a bulk ending (tx.activations.endAll) ended, as their activation.ended webhooks say them (record's `ended`). */
export const endedActivations = (rows: readonly EndedActivationRow[], keyName: (keyId: string) => string): EndedActivation[] =>
  rows.map((a) => ({ id: a.id, state: activationAuditState(a, keyName(a.keyId)) }));

/** Who a new activation is for: a key's device (maybe through an invitation), or an SSO person's. */
export interface NewActivation {
  fingerprint: string;
  device: DeviceInput;
  ip: string | null;
  activationType: ActivationType;
  userEmail: string | null;
  invitationId: string | null;
  ssoUserId: string | null;
  /** The policy version its first certificate carries. */
  deliveredPolicyVersion: number;
}

/** The record of a new active activation on `key` (its id drawn now). */
export function newActivation(deps: Pick<AppDeps, 'ids'>, now: number, sub: SubscriptionRecord, key: KeyRecord, a: NewActivation): ActivationRecord {
  return {
    id: deps.ids.next(),
    subscriptionId: sub.id,
    accountId: sub.accountId,
    keyId: key.id,
    fingerprint: a.fingerprint,
    activationType: a.activationType,
    userEmail: a.userEmail,
    invitationId: a.invitationId,
    ssoUserId: a.ssoUserId,
    ...deviceFields(a.device, a.ip),
    status: 'active',
    endReason: null,
    activatedAt: now,
    lastCheckInAt: now,
    endedAt: null,
    deliveredPolicyVersion: a.deliveredPolicyVersion,
  };
}

/** The audit change that records a new activation. */
export const activationCreated = (activation: ActivationRecord, keyName: string): Change => ({
  action: 'activation.created',
  target: { type: 'activation', id: activation.id },
  accountId: activation.accountId,
  subscriptionId: activation.subscriptionId,
  after: activationAuditState(activation, keyName),
});

/**
 * Records a new active activation on `key`, whose seat the caller has already settled under the
 * subscription lock it holds, with its audit event.
 */
export async function startActivation(
  tx: Tx,
  deps: Pick<AppDeps, 'ids'>,
  caller: Caller,
  now: number,
  sub: SubscriptionRecord,
  key: KeyRecord,
  a: NewActivation,
): Promise<ActivationRecord> {
  const activation = newActivation(deps, now, sub, key, a);
  if (!(await tx.activations.insertIfAbsent(activation)))
    throw new Error('an active activation appeared for this device despite the subscription lock');
  await record(tx, deps.ids, caller, now, activationCreated(activation, key.name));
  return activation;
}

/** The audit change that says an activation took the last free seat of its key or of the pool, or null (domain/webhooks.ts). */
export function seatsLimitChange(sub: SubscriptionRecord, poolAfter: PoolCounters, keyAfter: KeyRecord): Change | null {
  const reached = seatLimitReached(poolAfter, keyAfter);
  if (!reached) return null;
  return {
    action: 'subscription.seats_limit_reached',
    target: { type: 'subscription', id: sub.id },
    accountId: sub.accountId,
    subscriptionId: sub.id,
    after: { keyId: keyAfter.id, keyName: keyAfter.name, scope: reached.scope, seats: reached.seats },
  };
}

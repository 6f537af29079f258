import { seatDeltas, type SeatDelta } from '../domain/seats.ts';
import { record } from './audit.ts';
import type { AppDeps, Caller } from './context.ts';
import type { ActivationRecord, ActivationStatus, EndReason } from '../domain/records.ts';
import type { Tx } from './ports/store.ts';
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

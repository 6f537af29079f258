import { seatDeltas } from '../domain/seats.ts';
import { record } from './audit.ts';
import type { AppDeps, Caller } from './context.ts';
import type { ActivationRecord, ActivationStatus, EndReason } from '../domain/records.ts';
import type { Tx } from './ports/store.ts';
import { activationAuditState } from './views/activations.ts';

/**
 * Ends an active activation and gives its seat back, under the subscription lock the caller
 * holds. Returns false (and changes nothing) when it was no longer active.
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
  const outcome = await tx.seats.adjust(activation.subscriptionId, key.id, seatDeltas.release(key.type));
  if (!outcome.ok) throw new Error(`releasing activation ${activation.id} was refused (${outcome.refusal}): counters drifted`);
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

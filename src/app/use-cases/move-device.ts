import { firstRefusal } from '../../domain/decisions.ts';
import { AllotError, notFound } from '../../domain/errors.ts';
import { seatDeltas } from '../../domain/seats.ts';
import { visibleActivation, visibleKey } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { lockSettled } from '../expiry.ts';
import { activationAuditState, activationView, type ActivationView } from '../views/activations.ts';

/**
 * Moves an installation to another key of the same subscription. Its seat moves with it,
 * within the target's availability: released on the old key, then claimed on the new one;
 * a refusal rolls both back.
 */
export async function moveDevice(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>,
  caller: Caller,
  activationId: string,
  targetKeyId: string,
): Promise<ActivationView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const peek = await visibleActivation(tx, caller.actor, activationId);
    const sub = await lockSettled(tx, deps, caller, peek.subscriptionId, now);
    const activation = (await tx.activations.byId(activationId))!;
    if (activation.status !== 'active') throw new AllotError('ACTIVATION_NOT_ACTIVE', 'Only an active device can move.', { status: activation.status });
    // A License Administrator moves devices between their own keys only.
    const target = await visibleKey(tx, caller.actor, targetKeyId);
    if (target.subscriptionId !== sub.id) throw notFound('key');
    if (target.id === activation.keyId) throw new AllotError('SAME_KEY', 'The device already uses this key.');
    const refusedBy = firstRefusal({ now, subscription: sub, key: target, blacklisted: false });
    if (refusedBy) throw new AllotError(refusedBy.code, refusedBy.message);
    const source = (await tx.keys.byId(activation.keyId))!;

    const released = await tx.seats.adjust(sub.id, source.id, seatDeltas.release(source.type));
    if (!released.ok) throw new Error(`releasing activation ${activation.id} was refused: counters drifted`);
    const claimed = await tx.seats.adjust(sub.id, target.id, seatDeltas.claim(target.type));
    if (!claimed.ok) throw new AllotError(claimed.refusal, claimed.refusal === 'NO_SEATS_KEY' ? 'All seats of the target key are in use.' : 'The main pool has no seat for the target key.');
    await tx.activations.moveToKey(activation.id, target.id);
    const moved = { ...activation, keyId: target.id };
    await record(tx, deps.ids, caller, now, {
      action: 'activation.moved',
      target: { type: 'activation', id: activation.id },
      accountId: activation.accountId,
      subscriptionId: activation.subscriptionId,
      before: activationAuditState(activation, source.name),
      after: activationAuditState(moved, target.name),
    });
    return activationView(moved);
  });
}

import { refusal } from '../../domain/decisions.ts';
import { AllotError } from '../../domain/errors.ts';
import { visibleActivation } from '../access.ts';
import { endActivation } from '../activation-lifecycle.ts';
import type { AppDeps, Caller } from '../context.ts';
import { asExpiry, lockSettled, settleExpiries } from '../expiry.ts';
import { activationView, type ActivationView } from '../views.ts';
import { refused, type ClientDecision } from '../client-types.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault'>;

/** The device gives its seat back (uninstall, say). The activation id and fingerprint are its credentials. */
export async function deactivateFromDevice(
  deps: Deps,
  requestId: string | null,
  input: { activationId: string; fingerprint: string },
): Promise<ClientDecision<{ activation: ActivationView }>> {
  const now = deps.clock.now();
  const caller: Caller = { actor: { type: 'device', id: input.fingerprint }, requestId };
  return deps.store.write(async (tx) => {
    const peek = await tx.activations.byId(input.activationId);
    if (!peek) return refused(refusal('ACTIVATION_NOT_FOUND'));
    if (peek.status !== 'active') return refused(refusal('ACTIVATION_NOT_FOUND', { reason: 'ended' }));
    if (!deps.vault.same(peek.fingerprint, input.fingerprint)) return refused(refusal('FINGERPRINT_MISMATCH'));
    await tx.subscriptions.lock(peek.subscriptionId);
    // An expiry that fell due has already released this seat: settle it, then look again.
    await settleExpiries(tx, deps, asExpiry(caller), peek.subscriptionId, now);
    const activation = (await tx.activations.byId(peek.id))!;
    if (!(await endActivation(tx, deps, caller, activation, 'deactivated', 'client', now)))
      return refused(refusal('ACTIVATION_NOT_FOUND', { reason: 'ended' }));
    return { granted: true, value: { activation: activationView({ ...activation, status: 'deactivated', endReason: 'client', endedAt: now }) } };
  });
}

/** An administrator frees a device's seat. */
export async function deactivateByAdministrator(deps: Deps, caller: Caller, id: string): Promise<ActivationView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const peek = await visibleActivation(tx, caller.actor, id);
    await lockSettled(tx, deps, caller, peek.subscriptionId, now);
    const activation = (await tx.activations.byId(id))!;
    if (!(await endActivation(tx, deps, caller, activation, 'deactivated', 'administrator', now)))
      throw new AllotError('ACTIVATION_NOT_ACTIVE', 'The device is not active.', { status: activation.status });
    return activationView({ ...activation, status: 'deactivated', endReason: 'administrator', endedAt: now });
  });
}

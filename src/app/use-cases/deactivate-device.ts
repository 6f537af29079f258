import { refusal } from '../../domain/decisions.ts';
import { endActivation } from '../activation-lifecycle.ts';
import type { AppDeps, Caller } from '../context.ts';
import { deactivateDevice } from '../device-steps.ts';
import { openTrusted, writeSettled } from '../subscription-entry.ts';
import { activationView, type ActivationView } from '../views/activations.ts';
import { counted, refused, type ClientDecision } from '../client-types.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault'>;
type DeviceDeps = Deps & Pick<AppDeps, 'metrics'>;

/** The device gives its seat back (uninstall, say). The activation id and fingerprint are its credentials. */
export async function deactivateFromDevice(
  deps: DeviceDeps,
  requestId: string | null,
  input: { activationId: string; fingerprint: string },
): Promise<ClientDecision<{ activation: ActivationView }>> {
  const now = deps.clock.now();
  const caller: Caller = { actor: { type: 'device', id: input.fingerprint }, requestId };
  const decision = await writeSettled(deps, caller, now, async (scope): Promise<ClientDecision<{ activation: ActivationView }>> => {
    const { tx } = scope;
    const peek = await tx.activations.byId(input.activationId);
    if (!peek) return refused(refusal('ACTIVATION_NOT_FOUND'));
    if (peek.status !== 'active') return refused(refusal('ACTIVATION_NOT_FOUND', { reason: 'ended' }));
    // An expiry that fell due has already released this seat: settle it, then look again (before
    // the fingerprint, so that the answer does not depend on whether anything settled it yet).
    await openTrusted(scope, peek.subscriptionId, { lock: true });
    const activation = (await tx.activations.byId(peek.id))!;
    if (activation.status !== 'active') return refused(refusal('ACTIVATION_NOT_FOUND', { reason: 'ended' }));
    if (!deps.vault.same(activation.fingerprint, input.fingerprint)) return refused(refusal('FINGERPRINT_MISMATCH'));
    if (!(await endActivation(tx, deps, caller, activation, 'deactivated', 'client', now)))
      return refused(refusal('ACTIVATION_NOT_FOUND', { reason: 'ended' }));
    return { granted: true, value: { activation: activationView({ ...activation, status: 'deactivated', endReason: 'client', endedAt: now }) } };
  });
  return counted(deps.metrics, 'deactivation', decision);
}

/** An administrator frees a device's seat (app/device-steps.ts). */
export async function deactivateByAdministrator(deps: Deps, caller: Caller, id: string): Promise<ActivationView> {
  return writeSettled(deps, caller, deps.clock.now(), (scope) => deactivateDevice(scope, id));
}

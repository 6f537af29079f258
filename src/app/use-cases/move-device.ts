import type { AppDeps, Caller } from '../context.ts';
import { moveDevice as moveInTx } from '../device-steps.ts';
import { writeSettled } from '../subscription-entry.ts';
import type { ActivationView } from '../views/activations.ts';

/** Moves an installation to another key of the same subscription (app/device-steps.ts). */
export async function moveDevice(deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>, caller: Caller, activationId: string, targetKeyId: string): Promise<ActivationView> {
  return writeSettled(deps, caller, deps.clock.now(), (scope) => moveInTx(scope, activationId, targetKeyId));
}

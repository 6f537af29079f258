import { AllotError, notFound } from '../../domain/errors.ts';
import { visibleActivation } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import { blacklistDevice, deactivateDevice, moveDevice } from '../device-steps.ts';
import { openSubscription, readSettled, writeSettled } from '../subscription-entry.ts';
import { invalid } from '../validate.ts';
import type { DeviceResultView } from '../views/activations.ts';
import { BULK_DEVICES_MAX_COUNT } from '../../domain/limits.ts';


export type DeviceAction = { action: 'deactivate' } | { action: 'blacklist'; reason?: string | null } | { action: 'move'; keyId: string };

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault'>;

/**
 * One action on many devices of a subscription (what the console's multi-select does). Each
 * device is its own transaction, in the order given, and has its own result: a device that is
 * refused (gone, already blacklisted, no seat on the target) does not hold back the others.
 */
export async function actOnDevices(deps: Deps, caller: Caller, subscriptionId: string, activationIds: readonly string[], action: DeviceAction): Promise<DeviceResultView[]> {
  await readSettled(deps, caller, (scope) => openSubscription(scope, subscriptionId));
  if (activationIds.length === 0 || activationIds.length > BULK_DEVICES_MAX_COUNT) throw invalid(`Give from 1 to ${BULK_DEVICES_MAX_COUNT} devices.`, 'activationIds');
  const results: DeviceResultView[] = [];
  for (const activationId of new Set(activationIds)) {
    try {
      const result = await writeSettled(deps, caller, deps.clock.now(), async (scope): Promise<DeviceResultView> => {
        const a = await visibleActivation(scope.tx, caller.actor, activationId);
        if (a.subscriptionId !== subscriptionId) throw notFound('activation');
        if (action.action === 'deactivate') return { activationId, ok: true, activation: await deactivateDevice(scope, activationId) };
        if (action.action === 'move') return { activationId, ok: true, activation: await moveDevice(scope, activationId, action.keyId) };
        return { activationId, ok: true, blacklistEntry: await blacklistDevice(scope, activationId, action.reason) };
      });
      results.push(result);
    } catch (error) {
      if (!(error instanceof AllotError)) throw error;
      results.push({ activationId, ok: false, error: { code: error.code, message: error.message } });
    }
  }
  return results;
}

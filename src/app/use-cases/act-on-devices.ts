import { AllotError, notFound, type ErrorCode } from '../../domain/errors.ts';
import { visibleActivation, visibleSubscription } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import { invalid } from '../validate.ts';
import type { ActivationView, BlacklistView } from '../views/activations.ts';
import { blacklistActivation } from './blacklist-device.ts';
import { deactivateByAdministrator } from './deactivate-device.ts';
import { moveDevice } from './move-device.ts';
import { BULK_DEVICES_MAX_COUNT } from '../../domain/limits.ts';


export type DeviceAction = { action: 'deactivate' } | { action: 'blacklist'; reason?: string | null } | { action: 'move'; keyId: string };

export type DeviceResult =
  | { activationId: string; ok: true; activation?: ActivationView; blacklistEntry?: BlacklistView }
  | { activationId: string; ok: false; error: { code: ErrorCode; message: string } };

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault'>;

/**
 * One action on many devices of a subscription (what the console's multi-select does). Each
 * device is its own transaction, in the order given, and has its own result: a device that is
 * refused (gone, already blacklisted, no seat on the target) does not hold back the others.
 */
export async function actOnDevices(deps: Deps, caller: Caller, subscriptionId: string, activationIds: readonly string[], action: DeviceAction): Promise<DeviceResult[]> {
  await deps.store.read((tx) => visibleSubscription(tx, caller.actor, subscriptionId));
  if (activationIds.length === 0 || activationIds.length > BULK_DEVICES_MAX_COUNT) throw invalid(`Give from 1 to ${BULK_DEVICES_MAX_COUNT} devices.`, 'activationIds');
  const results: DeviceResult[] = [];
  for (const activationId of new Set(activationIds)) {
    try {
      const a = await deps.store.read((tx) => visibleActivation(tx, caller.actor, activationId));
      if (a.subscriptionId !== subscriptionId) throw notFound('activation');
      if (action.action === 'deactivate') results.push({ activationId, ok: true, activation: await deactivateByAdministrator(deps, caller, activationId) });
      else if (action.action === 'move') results.push({ activationId, ok: true, activation: await moveDevice(deps, caller, activationId, action.keyId) });
      else results.push({ activationId, ok: true, blacklistEntry: await blacklistActivation(deps, caller, activationId, action.reason) });
    } catch (error) {
      if (!(error instanceof AllotError)) throw error;
      results.push({ activationId, ok: false, error: { code: error.code, message: error.message } });
    }
  }
  return results;
}

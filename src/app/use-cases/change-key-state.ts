import { AllotError } from '../../domain/errors.ts';
import { isRetired } from '../../domain/keys.ts';
import { seatDeltas } from '../../domain/seats.ts';
import { requireAccountAdmin } from '../access.ts';
import { endedActivations, giveBackSeats } from '../activation-lifecycle.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { revokeInTx } from '../invitation-steps.ts';
import { newKeyMaterial } from '../key-material.ts';
import { openKey, writeSettled } from '../subscription-entry.ts';
import { keyAuditState, keyView, type KeyView } from '../views/keys.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'timer' | 'ids' | 'vault'>;

/** Block or unblock: a blocked key activates nothing and its devices fail their next check-in. */
export async function setKeyBlocked(deps: Deps, caller: Caller, id: string, blocked: boolean): Promise<KeyView> {
  const now = deps.clock.now();
  return writeSettled(deps, caller, now, async (scope) => {
    const { tx } = scope;
    const { key, sub } = await openKey(scope, id);
    requireAccountAdmin(caller.actor);
    if (key.blocked !== blocked) {
      await tx.keys.update(id, { blocked, updatedAt: now });
      await record(tx, deps.ids, caller, now, {
        action: blocked ? 'key.blocked' : 'key.unblocked',
        target: { type: 'key', id },
        accountId: key.accountId,
        subscriptionId: key.subscriptionId,
        before: keyAuditState(key),
        after: keyAuditState({ ...key, blocked }),
      });
    }
    return keyView({ ...key, blocked, updatedAt: key.blocked !== blocked ? now : key.updatedAt }, sub, deps.vault, now);
  });
}

/** A new key string; the old one stops working at once. Activations made with it stay. */
export async function regenerateKey(deps: Deps, caller: Caller, id: string): Promise<KeyView> {
  const now = deps.clock.now();
  const material = newKeyMaterial(deps.vault);
  return writeSettled(deps, caller, now, async (scope) => {
    const { tx } = scope;
    const { key, sub } = await openKey(scope, id);
    requireAccountAdmin(caller.actor);
    await tx.keys.update(id, { keyHash: material.keyHash, keyCipher: material.keyCipher, keyPrefix: material.keyPrefix, updatedAt: now });
    await record(tx, deps.ids, caller, now, {
      action: 'key.regenerated',
      target: { type: 'key', id },
      accountId: key.accountId,
      subscriptionId: key.subscriptionId,
      before: keyAuditState(key),
      after: keyAuditState(key),
    });
    return keyView({ ...key, keyCipher: material.keyCipher, updatedAt: now }, sub, deps.vault, now);
  });
}

/**
 * Deletes a sublicense key. A key with active devices is deleted only together with them,
 * and only when asked (`deactivateDevices`); its seats and any reservation return to the pool.
 */
export async function deleteKey(
  deps: Deps,
  caller: Caller,
  id: string,
  options: { deactivateDevices: boolean },
): Promise<{ id: string; deactivatedDevices: number }> {
  const now = deps.clock.now();
  return writeSettled(deps, caller, now, async (scope) => {
    const { tx } = scope;
    const { key } = await openKey(scope, id, { lock: true });
    requireAccountAdmin(caller.actor);
    const { subscriptionId } = key;
    if (key.type === 'primary') throw new AllotError('PRIMARY_KEY_IMMUTABLE', 'The primary key cannot be deleted; regenerate it instead.');
    if (key.used > 0 && !options.deactivateDevices)
      throw new AllotError('KEY_HAS_ACTIVATIONS', `The key has ${key.used} seats in use; delete it with deactivateDevices=true to deactivate its devices too.`, {
        activeDevices: key.used,
      });
    const endedAll = await tx.activations.endAll({ keyId: id }, 'deactivated', 'key_deleted', now);
    const { devices: ended, seats } = endedAll.perKey.get(id) ?? { devices: 0, seats: 0 };
    if (!isRetired(key)) await giveBackSeats(tx, subscriptionId, id, seatDeltas.retireKey({ ...key, used: seats }), now, `deleting key ${id}`);
    await tx.keys.update(id, { deletedAt: now, updatedAt: now });
    for (const inv of await tx.invitations.pendingOfKey(id)) await revokeInTx(tx, deps, caller, inv, 'key_deleted', now, key.name);
    await record(tx, deps.ids, caller, now, {
      action: 'key.deleted',
      target: { type: 'key', id },
      accountId: key.accountId,
      subscriptionId,
      before: { ...keyAuditState(key), used: key.used },
      after: { deactivatedDevices: ended },
    }, endedActivations(endedAll.ended, () => key.name));
    return { id, deactivatedDevices: ended };
  });
}

import { notFound } from '../../domain/errors.ts';
import { canSeeAccount, keyLimit } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { blacklistDevice, checkBlacklistReason } from '../device-steps.ts';
import type { Page } from '../ports/listing.ts';
import { openSubscription, readSettled, writeSettled } from '../subscription-entry.ts';
import { blacklistView, type BlacklistView } from '../views/activations.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

/** Blacklists a device on its subscription (app/device-steps.ts). */
export async function blacklistActivation(deps: Deps, caller: Caller, activationId: string, reason?: string | null): Promise<BlacklistView> {
  checkBlacklistReason(reason);
  return writeSettled(deps, caller, deps.clock.now(), (scope) => blacklistDevice(scope, activationId, reason));
}

export async function removeFromBlacklist(deps: Deps, caller: Caller, id: string): Promise<BlacklistView> {
  const now = deps.clock.now();
  return writeSettled(deps, caller, now, async (scope) => {
    const { tx } = scope;
    const entry = await tx.blacklist.byId(id);
    if (!entry || !canSeeAccount(caller.actor, entry.accountId)) throw notFound('blacklist entry');
    // A License Administrator lifts only what was blacklisted from their keys.
    const limit = keyLimit(caller.actor);
    const from = limit && entry.activationId ? await tx.activations.byId(entry.activationId) : undefined;
    if (limit && (!from || !limit.includes(from.keyId))) throw notFound('blacklist entry');
    await openSubscription(scope, entry.subscriptionId);
    await tx.blacklist.delete(id);
    await record(tx, deps.ids, caller, now, {
      action: 'blacklist.removed',
      target: { type: 'blacklist', id },
      accountId: entry.accountId,
      subscriptionId: entry.subscriptionId,
      before: blacklistView(entry),
    });
    return blacklistView(entry);
  });
}

export async function listBlacklist(
  deps: Deps,
  caller: Caller,
  subscriptionId: string,
  page: { limit: number; offset: number },
): Promise<Page<BlacklistView>> {
  return readSettled(deps, caller, async (scope) => {
    const { tx } = scope;
    await openSubscription(scope, subscriptionId);
    const { rows, total } = await tx.blacklist.list(subscriptionId, page.limit, page.offset, keyLimit(caller.actor));
    return { data: rows.map(blacklistView), total };
  });
}

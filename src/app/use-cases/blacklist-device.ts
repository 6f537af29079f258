import { AllotError, notFound } from '../../domain/errors.ts';
import { canSeeAccount, keyLimit, visibleActivation, visibleSubscription } from '../access.ts';
import { endActivation } from '../activation-lifecycle.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { lockSettled } from '../expiry.ts';
import type { BlacklistRecord } from '../../domain/records.ts';
import type { Page } from '../ports/listing.ts';
import { invalid } from '../validate.ts';
import { blacklistView, type BlacklistView } from '../views/activations.ts';
import { NAME_MAX_CHARS } from '../../domain/limits.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

/**
 * Blacklists a device on its subscription: its activation ends (the seat returns) and the
 * device cannot activate again until it is taken off the blacklist.
 */
export async function blacklistActivation(deps: Deps, caller: Caller, activationId: string, reason?: string | null): Promise<BlacklistView> {
  if (reason != null && (typeof reason !== 'string' || reason.length > NAME_MAX_CHARS)) throw invalid('reason is too long.', 'reason');
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const peek = await visibleActivation(tx, caller.actor, activationId);
    await lockSettled(tx, deps, caller, peek.subscriptionId, now);
    const activation = (await tx.activations.byId(activationId))!;
    const entry: BlacklistRecord = {
      id: deps.ids.next(),
      subscriptionId: activation.subscriptionId,
      accountId: activation.accountId,
      fingerprint: activation.fingerprint,
      activationId: activation.id,
      deviceName: activation.name,
      reason: reason ?? null,
      createdAt: now,
    };
    if (!(await tx.blacklist.insertIfAbsent(entry)))
      throw new AllotError('ALREADY_BLACKLISTED', 'This device is already blacklisted on this subscription.');
    // The device is what is blacklisted: whichever of its activations was picked, the one it holds now ends.
    const current = await tx.activations.activeByFingerprint(activation.subscriptionId, activation.fingerprint);
    if (current) await endActivation(tx, deps, caller, current, 'blacklisted', 'blacklisted', now);
    await record(tx, deps.ids, caller, now, {
      action: 'blacklist.added',
      target: { type: 'blacklist', id: entry.id },
      accountId: entry.accountId,
      subscriptionId: entry.subscriptionId,
      after: blacklistView(entry),
    });
    return blacklistView(entry);
  });
}

export async function removeFromBlacklist(deps: Deps, caller: Caller, id: string): Promise<BlacklistView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const entry = await tx.blacklist.byId(id);
    if (!entry || !canSeeAccount(caller.actor, entry.accountId)) throw notFound('blacklist entry');
    // A License Administrator lifts only what was blacklisted from their keys.
    const limit = keyLimit(caller.actor);
    const from = limit && entry.activationId ? await tx.activations.byId(entry.activationId) : undefined;
    if (limit && (!from || !limit.includes(from.keyId))) throw notFound('blacklist entry');
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
  return deps.store.read(async (tx) => {
    await visibleSubscription(tx, caller.actor, subscriptionId);
    const { rows, total } = await tx.blacklist.list(subscriptionId, page.limit, page.offset, keyLimit(caller.actor));
    return { data: rows.map(blacklistView), total };
  });
}

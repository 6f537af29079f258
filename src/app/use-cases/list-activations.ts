import { keyLimit, visibleActivation, visibleKey, visibleSubscription } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { ActivationFilter, Page } from '../ports/listing.ts';
import { activationView, type ActivationView } from '../views/activations.ts';
import { settleBeforeRead } from './read-subscriptions.ts';

export type ActivationQuery = Omit<ActivationFilter, 'subscriptionId'>;

export interface ActivationRow extends ActivationView {
  keyName: string;
}

/** The devices of a subscription: filter, search, sort, page (server side). */
export async function listActivations(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>,
  caller: Caller,
  subscriptionId: string,
  query: ActivationQuery,
): Promise<Page<ActivationRow>> {
  await deps.store.read((tx) => visibleSubscription(tx, caller.actor, subscriptionId));
  await settleBeforeRead(deps, caller, subscriptionId);
  return deps.store.read(async (tx) => {
    if (query.keyId) {
      const key = await visibleKey(tx, caller.actor, query.keyId);
      if (key.subscriptionId !== subscriptionId) return { data: [], total: 0 };
    }
    const { rows, total } = await tx.activations.list({ ...query, subscriptionId, keyIds: keyLimit(caller.actor) });
    const names = new Map((await tx.keys.listBySubscription(subscriptionId, { includeDeleted: true })).map((k) => [k.id, k.name]));
    return { data: rows.map((a) => ({ ...activationView(a), keyName: names.get(a.keyId) ?? '(deleted key)' })), total };
  });
}

export async function getActivation(deps: Pick<AppDeps, 'store'>, caller: Caller, id: string): Promise<ActivationView> {
  return deps.store.read(async (tx) => activationView(await visibleActivation(tx, caller.actor, id)));
}

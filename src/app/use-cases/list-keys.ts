import { notFound } from '../../domain/errors.ts';
import { keyLimit, requireAccountAccess, subscriptionLimit, visibleKey, visibleSubscription } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import { keyView, type KeyView } from '../views/keys.ts';
import { settleBeforeRead } from './read-subscriptions.ts';
import { ACCOUNT_SUBSCRIPTIONS_MAX_ROWS } from '../../domain/limits.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault'>;

export async function listKeys(deps: Deps, caller: Caller, subscriptionId: string): Promise<KeyView[]> {
  await deps.store.read((tx) => visibleSubscription(tx, caller.actor, subscriptionId));
  await settleBeforeRead(deps, caller, subscriptionId);
  const now = deps.clock.now();
  return deps.store.read(async (tx) => {
    const sub = await visibleSubscription(tx, caller.actor, subscriptionId);
    const limit = keyLimit(caller.actor);
    const keys = (await tx.keys.listBySubscription(sub.id)).filter((k) => !limit || limit.includes(k.id));
    return keys.map((k) => keyView(k, sub, deps.vault, now));
  });
}

export async function getKey(deps: Deps, caller: Caller, id: string): Promise<KeyView> {
  const { subscriptionId } = await deps.store.read((tx) => visibleKey(tx, caller.actor, id));
  await settleBeforeRead(deps, caller, subscriptionId);
  const now = deps.clock.now();
  return deps.store.read(async (tx) => {
    const key = await visibleKey(tx, caller.actor, id);
    const sub = await visibleSubscription(tx, caller.actor, key.subscriptionId);
    return keyView(key, sub, deps.vault, now);
  });
}

/** Every key of an account, oldest subscription first (what a key picker or an audit log needs). */
export async function listAccountKeys(deps: Deps, caller: Caller, accountId: string): Promise<KeyView[]> {
  requireAccountAccess(caller.actor, accountId);
  const now = deps.clock.now();
  return deps.store.read(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    const subs = await tx.subscriptions.list({ accountId, ids: subscriptionLimit(caller.actor), now, limit: ACCOUNT_SUBSCRIPTIONS_MAX_ROWS });
    const limit = keyLimit(caller.actor);
    const views: KeyView[] = [];
    for (const sub of subs)
      for (const k of await tx.keys.listBySubscription(sub.id)) if (!limit || limit.includes(k.id)) views.push(keyView(k, sub, deps.vault, now));
    return views;
  });
}

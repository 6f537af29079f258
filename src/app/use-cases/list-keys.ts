import { notFound } from '../../domain/errors.ts';
import { keyLimit, requireAccountAccess, subscriptionLimit } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import { openKey, openSubscription, readSettled } from '../subscription-entry.ts';
import { keyView, type KeyView } from '../views/keys.ts';
import { ACCOUNT_SUBSCRIPTIONS_MAX_ROWS } from '../../domain/limits.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault'>;

export async function listKeys(deps: Deps, caller: Caller, subscriptionId: string): Promise<KeyView[]> {
  return readSettled(deps, caller, async (scope) => {
    const { sub, keys } = await openSubscription(scope, subscriptionId, { keys: true });
    const limit = keyLimit(caller.actor);
    return keys.filter((k) => !limit || limit.includes(k.id)).map((k) => keyView(k, sub, deps.vault, scope.now));
  });
}

export async function getKey(deps: Deps, caller: Caller, id: string): Promise<KeyView> {
  return readSettled(deps, caller, async (scope) => {
    const { key, sub } = await openKey(scope, id);
    return keyView(key, sub, deps.vault, scope.now);
  });
}

/** Every key of an account, oldest subscription first (what a key picker or an audit log needs). */
export async function listAccountKeys(deps: Deps, caller: Caller, accountId: string): Promise<KeyView[]> {
  requireAccountAccess(caller.actor, accountId);
  return readSettled(deps, caller, async (scope) => {
    const { tx, now } = scope;
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    const subs = await tx.subscriptions.list({ accountId, ids: subscriptionLimit(caller.actor), now, limit: ACCOUNT_SUBSCRIPTIONS_MAX_ROWS });
    const limit = keyLimit(caller.actor);
    const views: KeyView[] = [];
    for (const { id } of subs) {
      const { sub, keys } = await openSubscription(scope, id, { keys: true });
      for (const k of keys) if (!limit || limit.includes(k.id)) views.push(keyView(k, sub, deps.vault, now));
    }
    return views;
  });
}

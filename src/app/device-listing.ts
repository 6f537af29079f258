import { keyLimit, visibleKey } from './access.ts';
import type { ActivationFilter, Page } from './ports/listing.ts';
import { openSubscription, type Scope } from './subscription-entry.ts';
import { activationView, type ActivationRowView } from './views/activations.ts';

export type ActivationQuery = Omit<ActivationFilter, 'subscriptionId'>;

export type ActivationRow = ActivationRowView;

/** One page of a subscription's devices (filter, search, sort, server side): for the list and for its export. */
export async function activationPage(scope: Scope, subscriptionId: string, query: ActivationQuery): Promise<Page<ActivationRow>> {
  const { tx, caller } = scope;
  const { keys } = await openSubscription(scope, subscriptionId, { keys: 'withDeleted' });
  if (query.keyId) {
    const key = await visibleKey(tx, caller.actor, query.keyId);
    if (key.subscriptionId !== subscriptionId) return { data: [], total: 0 };
  }
  const { rows, total } = await tx.activations.list({ ...query, subscriptionId, keyIds: keyLimit(caller.actor) });
  const names = new Map(keys.map((k) => [k.id, k.name]));
  return { data: rows.map((a) => ({ ...activationView(a), keyName: names.get(a.keyId) ?? '(deleted key)' })), total };
}

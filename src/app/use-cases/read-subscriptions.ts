import { accountScope, subscriptionLimit, visibleSubscription } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import { asExpiry, hasDueExpiry, settleExpiries } from '../expiry.ts';
import type { Page, SubscriptionFilter } from '../ports/listing.ts';
import { subscriptionView, type SubscriptionView } from '../views/subscriptions.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

/** Expiry that is due takes effect before anyone reads the seats, so every answer is exact. */
export async function settleBeforeRead(deps: Deps, caller: Caller, subscriptionId: string): Promise<void> {
  const now = deps.clock.now();
  if (await deps.store.read((tx) => hasDueExpiry(tx, subscriptionId, now)))
    await deps.store.write((tx) => settleExpiries(tx, deps, asExpiry(caller), subscriptionId, now));
}

export async function getSubscription(deps: Deps, caller: Caller, id: string): Promise<SubscriptionView> {
  await deps.store.read((tx) => visibleSubscription(tx, caller.actor, id));
  await settleBeforeRead(deps, caller, id);
  const now = deps.clock.now();
  return deps.store.read(async (tx) => {
    const sub = await visibleSubscription(tx, caller.actor, id);
    const product = await tx.products.byId(sub.productId);
    return subscriptionView(sub, product!, now);
  });
}

export async function listSubscriptions(
  deps: Deps,
  caller: Caller,
  query: { accountId?: string; status?: SubscriptionFilter['status']; limit: number; after?: string },
): Promise<Page<SubscriptionView>> {
  const now = deps.clock.now();
  const filter: SubscriptionFilter = {
    accountId: accountScope(caller.actor, query.accountId),
    ids: subscriptionLimit(caller.actor),
    status: query.status,
    now,
    limit: query.limit + 1,
    after: query.after,
  };
  const rows = await deps.store.read((tx) => tx.subscriptions.list(filter));
  const page = rows.slice(0, query.limit);
  for (const s of page) await settleBeforeRead(deps, caller, s.id);
  const data = await deps.store.read(async (tx) => {
    const products = new Map((await tx.products.list()).map((p) => [p.id, p]));
    const fresh = await Promise.all(page.map((s) => tx.subscriptions.byId(s.id)));
    return fresh.map((s) => subscriptionView(s!, products.get(s!.productId)!, now));
  });
  return rows.length > query.limit ? { data, nextCursor: page[page.length - 1]!.id } : { data };
}

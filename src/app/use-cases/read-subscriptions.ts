import { accountScope, subscriptionLimit } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { Page, SubscriptionFilter } from '../ports/listing.ts';
import { openSubscription, readSettled } from '../subscription-entry.ts';
import { subscriptionView, type SubscriptionView } from '../views/subscriptions.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

export async function getSubscription(deps: Deps, caller: Caller, id: string): Promise<SubscriptionView> {
  return readSettled(deps, caller, async (scope) => {
    const { sub } = await openSubscription(scope, id);
    const product = await scope.tx.products.byId(sub.productId);
    return subscriptionView(sub, product!, scope.now);
  });
}

export async function listSubscriptions(
  deps: Deps,
  caller: Caller,
  query: { accountId?: string; status?: SubscriptionFilter['status']; limit: number; after?: string },
): Promise<Page<SubscriptionView>> {
  return readSettled(deps, caller, async (scope) => {
    const { tx, now } = scope;
    const filter: SubscriptionFilter = {
      accountId: accountScope(caller.actor, query.accountId),
      ids: subscriptionLimit(caller.actor),
      status: query.status,
      now,
      limit: query.limit + 1,
      after: query.after,
    };
    const rows = await tx.subscriptions.list(filter);
    const page = rows.slice(0, query.limit);
    const products = new Map((await tx.products.list()).map((p) => [p.id, p]));
    const data = [];
    for (const s of page) {
      const { sub } = await openSubscription(scope, s.id);
      data.push(subscriptionView(sub, products.get(sub.productId)!, now));
    }
    return rows.length > query.limit ? { data, nextCursor: page[page.length - 1]!.id } : { data };
  });
}

import { accountScope, requireAccountAdmin } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { EventFilter, Page } from '../ports/listing.ts';
import { openSubscription, readSettled } from '../subscription-entry.ts';
import { eventView, type EventView } from '../views/events.ts';

/** The audit log, newest first, filtered and paged; a tenant sees its own events only. */
export async function listEvents(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>,
  caller: Caller,
  query: Omit<EventFilter, 'accountId'> & { accountId?: string },
): Promise<Page<EventView>> {
  requireAccountAdmin(caller.actor);
  return readSettled(deps, caller, async (scope) => {
    const { tx } = scope;
    if (query.subscriptionId) await openSubscription(scope, query.subscriptionId);
    const rows = await tx.events.list({ ...query, accountId: accountScope(caller.actor, query.accountId), limit: query.limit + 1 });
    const data = rows.slice(0, query.limit).map(eventView);
    return rows.length > query.limit ? { data, nextCursor: data[data.length - 1]!.id } : { data };
  });
}

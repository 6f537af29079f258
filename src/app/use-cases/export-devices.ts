import type { AppDeps, Caller } from '../context.ts';
import { activationPage, type ActivationQuery, type ActivationRow } from '../device-listing.ts';
import { readSettled } from '../subscription-entry.ts';

const PAGE = 1000;
/** The largest export; a subscription has at most a million seats. */
const MAX_ROWS = 1_000_000;

/** Every device the list shows for these filters (search and sort included), page by page, for a CSV export. */
export async function* exportDevices(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>,
  caller: Caller,
  subscriptionId: string,
  filter: Partial<Pick<ActivationQuery, 'keyId' | 'status' | 'search' | 'sort' | 'descending'>>,
): AsyncGenerator<ActivationRow> {
  for (let offset = 0; offset < MAX_ROWS; offset += PAGE) {
    const page = await readSettled(deps, caller, (scope) =>
      activationPage(scope, subscriptionId, {
        keyId: filter.keyId,
        status: filter.status ?? 'active',
        search: filter.search,
        sort: filter.sort ?? 'activatedAt',
        descending: filter.descending ?? false,
        limit: PAGE,
        offset,
      }),
    );
    yield* page.data;
    if (page.data.length < PAGE) return;
  }
}

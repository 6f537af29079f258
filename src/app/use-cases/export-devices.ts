import type { AppDeps, Caller } from '../context.ts';
import { activationPage, type ActivationQuery, type ActivationRow } from '../device-listing.ts';
import { readSettled } from '../subscription-entry.ts';
import { DEVICE_EXPORT_MAX_ROWS, DEVICE_EXPORT_PAGE_ROWS } from '../../domain/limits.ts';


/** Every device the list shows for these filters (search and sort included), page by page, for a CSV export. */
export async function* exportDevices(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>,
  caller: Caller,
  subscriptionId: string,
  filter: Partial<Pick<ActivationQuery, 'keyId' | 'status' | 'search' | 'sort' | 'descending'>>,
): AsyncGenerator<ActivationRow> {
  for (let offset = 0; offset < DEVICE_EXPORT_MAX_ROWS; offset += DEVICE_EXPORT_PAGE_ROWS) {
    const page = await readSettled(deps, caller, (scope) =>
      activationPage(scope, subscriptionId, {
        keyId: filter.keyId,
        status: filter.status ?? 'active',
        search: filter.search,
        sort: filter.sort ?? 'activatedAt',
        descending: filter.descending ?? false,
        limit: DEVICE_EXPORT_PAGE_ROWS,
        offset,
      }),
    );
    yield* page.data;
    if (page.data.length < DEVICE_EXPORT_PAGE_ROWS) return;
  }
}

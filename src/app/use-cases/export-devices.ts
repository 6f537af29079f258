import type { AppDeps, Caller } from '../context.ts';
import { activationPage, type ActivationQuery, type ActivationRow } from '../device-listing.ts';
import { readSettled } from '../subscription-entry.ts';
import { DEVICE_EXPORT_MAX_ROWS, DEVICE_EXPORT_PAGE_ROWS } from '../../domain/limits.ts';

/**
 * Every device the list shows for these filters (search and sort included), for a CSV export:
 * keyset pages (each seeks past the last row, so the millionth row costs what the first does),
 * each page a short read of its own, handed on row by row (the caller streams them).
 */
export async function* exportDevices(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>,
  caller: Caller,
  subscriptionId: string,
  filter: Partial<Pick<ActivationQuery, 'keyId' | 'status' | 'search' | 'match' | 'sort' | 'descending'>>,
): AsyncGenerator<ActivationRow> {
  let cursor: string | undefined;
  for (let rows = 0; rows < DEVICE_EXPORT_MAX_ROWS; rows += DEVICE_EXPORT_PAGE_ROWS) {
    const page = await readSettled(deps, caller, (scope) =>
      activationPage(scope, subscriptionId, {
        keyId: filter.keyId,
        status: filter.status ?? 'active',
        search: filter.search,
        match: filter.match,
        sort: filter.sort ?? 'activatedAt',
        descending: filter.descending ?? false,
        limit: DEVICE_EXPORT_PAGE_ROWS,
        offset: 0,
        cursor,
        count: 'none',
      }),
    );
    yield* page.data;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

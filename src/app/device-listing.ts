import { keyLimit, visibleKey } from './access.ts';
import type { ActivationFilter, ActivationSort, Page, SortPosition } from './ports/listing.ts';
import type { ActivationRecord } from '../domain/records.ts';
import { DEVICE_COUNT_CAPPED_MAX_ROWS } from '../domain/limits.ts';
import { openSubscription, type Scope } from './subscription-entry.ts';
import { invalid } from './validate.ts';
import { activationView, type ActivationRowView } from './views/activations.ts';

export type ActivationQuery = Omit<ActivationFilter, 'subscriptionId' | 'after'> & {
  /** A page's `nextCursor`: the rows after its last one, in the same sort (offset must then be 0). */
  cursor?: string;
};

export type ActivationRow = ActivationRowView;

const SORT_FIELDS: Record<ActivationSort, keyof ActivationRecord> = {
  activatedAt: 'activatedAt',
  lastCheckInAt: 'lastCheckInAt',
  name: 'name',
  os: 'os',
  appVersion: 'appVersion',
  ip: 'ip',
  serial: 'serial',
  mac: 'mac',
};

/** A cursor is the last row's place in its sort, with the sort it belongs to: opaque to callers. */
export function cursorAfter(a: ActivationRecord, sort: ActivationSort, descending: boolean): string {
  return Buffer.from(JSON.stringify([sort, descending ? 1 : 0, a[SORT_FIELDS[sort]] ?? null, a.id])).toString('base64url');
}

export function positionOf(cursor: string, sort: ActivationSort, descending: boolean): SortPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid('cursor is not a cursor this list gave.', 'cursor');
  const [s, d, value, id] = parsed as unknown[];
  if (s !== sort || d !== (descending ? 1 : 0))
    throw invalid('cursor belongs to another sort or order: pass the same sort and order as the page that gave it.', 'cursor');
  const numeric = sort === 'activatedAt' || sort === 'lastCheckInAt';
  const valueOk = numeric ? Number.isSafeInteger(value) : typeof value === 'string' || value === null;
  if (!valueOk || typeof id !== 'string' || id.length === 0 || id.length > 100) throw invalid('cursor is not a cursor this list gave.', 'cursor');
  return { value: value as string | number | null, id };
}

/**
 * One page of a subscription's devices (filter, search, sort, server side): for the list and for
 * its export. A `nextCursor` comes with every page that has rows after it, in offset pages too.
 */
export async function activationPage(scope: Scope, subscriptionId: string, query: ActivationQuery): Promise<Page<ActivationRow>> {
  const { tx, caller } = scope;
  const { cursor, ...filter } = query;
  if (cursor !== undefined && filter.offset !== 0) throw invalid('Pass either cursor or offset, not both.', 'cursor');
  const after = cursor === undefined ? undefined : positionOf(cursor, filter.sort, filter.descending);
  const { keys } = await openSubscription(scope, subscriptionId, { keys: 'withDeleted' });
  const count = filter.count ?? 'exact';
  const empty = { data: [], ...(count !== 'none' && { total: 0, totalIsExact: true }) };
  if (filter.keyId) {
    const key = await visibleKey(tx, caller.actor, filter.keyId);
    if (key.subscriptionId !== subscriptionId) return empty;
  }
  const { rows, total } = await tx.activations.list(
    { ...filter, subscriptionId, keyIds: keyLimit(caller.actor), after, limit: filter.limit + 1 },
    DEVICE_COUNT_CAPPED_MAX_ROWS,
  );
  const page = rows.slice(0, filter.limit);
  const names = new Map(keys.map((k) => [k.id, k.name]));
  const last = page[page.length - 1];
  return {
    data: page.map((a) => ({ ...activationView(a), keyName: names.get(a.keyId) ?? '(deleted key)' })),
    ...(rows.length > filter.limit && last && { nextCursor: cursorAfter(last, filter.sort, filter.descending) }),
    ...(total !== undefined && {
      total: count === 'capped' ? Math.min(total, DEVICE_COUNT_CAPPED_MAX_ROWS) : total,
      totalIsExact: count !== 'capped' || total <= DEVICE_COUNT_CAPPED_MAX_ROWS,
    }),
  };
}

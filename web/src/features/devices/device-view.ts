/**
 * The device list's view as the URL holds it (search, filters, sort, page), and the API query it
 * makes. Shared by the page and by its route loader, which asks for the same page of devices
 * while the page is still being rendered (router.tsx).
 */
import type { DeviceQuery, DeviceSort } from '../../api/types';

export const PAGE_SIZES = [25, 50, 100, 200];

export const DEVICE_VIEW = { q: '', keyId: '', status: 'active', sort: 'activatedAt', order: 'desc', page: '1', size: '50' };
export type DeviceView = typeof DEVICE_VIEW;

export const viewFromSearch = (params: URLSearchParams): DeviceView =>
  Object.fromEntries(Object.entries(DEVICE_VIEW).map(([k, v]) => [k, params.get(k) ?? v])) as DeviceView;

export const pageOf = (view: DeviceView): number => Math.max(1, Number(view.page) || 1);
export const pageSizeOf = (view: DeviceView): number => (PAGE_SIZES.includes(Number(view.size)) ? Number(view.size) : 50);

/** Search, filters and sort: what the list and its CSV export have in common. */
export function deviceFilterOf(view: DeviceView): Omit<DeviceQuery, 'limit' | 'offset'> {
  return {
    q: view.q || undefined,
    keyId: view.keyId || undefined,
    status: view.status as DeviceQuery['status'],
    sort: view.sort as DeviceSort,
    order: view.order === 'asc' ? 'asc' : 'desc',
  };
}

export function deviceQueryOf(view: DeviceView): DeviceQuery {
  const size = pageSizeOf(view);
  // A capped count: a million devices are counted no further than the cap ("of more than 10,000"), so the page stays fast.
  return { ...deviceFilterOf(view), limit: size, offset: (pageOf(view) - 1) * size, count: 'capped' };
}

/** A filter narrows the list (the default is every active device). */
export const isFiltered = (view: DeviceView): boolean => Boolean(view.q || view.keyId || view.status !== 'active');

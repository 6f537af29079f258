import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, call, download } from './client';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';
import type { BulkDeviceAction, BulkDeviceResult, DeviceQuery } from './types';

const touched = (subscriptionId: string) => [queryKeys.subscription(subscriptionId), queryKeys.subscriptions, queryKeys.accountKeysAll, queryKeys.events];

export const devicesQuery = (subscriptionId: string, query: DeviceQuery) =>
  queryOptions({
    queryKey: queryKeys.devices(subscriptionId, query),
    queryFn: () => call(() => api.GET('/v1/subscriptions/{id}/activations', { params: { path: { id: subscriptionId }, query } })),
  });

/** How often an open device list asks again, so that new activations show up without a reload. */
export const DEVICES_REFRESH_MS = 15_000;

/**
 * One page of devices, sorted and filtered by the server; the previous page stays while the next
 * loads. Read again every 15 seconds while the tab is visible, and whenever the window regains focus.
 */
export function useDevices(subscriptionId: string, query: DeviceQuery) {
  return useQuery({
    ...devicesQuery(subscriptionId, query),
    placeholderData: keepPreviousData,
    refetchInterval: DEVICES_REFRESH_MS,
    refetchOnWindowFocus: 'always',
  });
}

/** The CSV of exactly what the list shows: the same search, filters and sort, every page. */
export function exportDevices(subscriptionId: string, query: Omit<DeviceQuery, 'limit' | 'offset'>, fileName: string) {
  return download(
    () => api.GET('/v1/subscriptions/{id}/activations.csv', { params: { path: { id: subscriptionId }, query }, parseAs: 'blob' }),
    fileName,
  );
}

/** Deactivate, blacklist or move several devices in one request; each device gets a result of its own. */
export function useBulkDeviceAction(subscriptionId: string) {
  return useAction({
    run: (body: BulkDeviceAction): Promise<BulkDeviceResult[]> =>
      call(() => api.POST('/v1/subscriptions/{id}/activations/bulk', { params: { path: { id: subscriptionId } }, body })).then((answer) => answer.results),
    failure: 'The devices were not changed',
    invalidate: () => touched(subscriptionId),
  });
}

export function useBlacklist(subscriptionId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: queryKeys.blacklist(subscriptionId, page),
    queryFn: () =>
      call(() =>
        api.GET('/v1/subscriptions/{id}/blacklist', { params: { path: { id: subscriptionId }, query: { limit: pageSize, offset: (page - 1) * pageSize } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useUnblacklist(subscriptionId: string) {
  return useAction({
    run: (entryId: string) => call(() => api.DELETE('/v1/blacklist/{id}', { params: { path: { id: entryId } } })),
    success: (entry) => `${entry.deviceName ?? 'The device'} can activate again.`,
    failure: 'Could not take the device off the blacklist',
    invalidate: () => touched(subscriptionId),
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, download } from './client';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';
import type { Device, DeviceQuery } from './types';

const touched = (subscriptionId: string) => [queryKeys.subscription(subscriptionId), queryKeys.subscriptions, queryKeys.events];

/** One page of devices, sorted and filtered by the server; the previous page stays while the next loads. */
export function useDevices(subscriptionId: string, query: DeviceQuery) {
  return useQuery({
    queryKey: queryKeys.devices(subscriptionId, query),
    queryFn: () => call(() => api.GET('/v1/subscriptions/{id}/activations', { params: { path: { id: subscriptionId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function exportDevices(subscriptionId: string, query: Pick<DeviceQuery, 'keyId'> & { status?: 'active' | 'all' }, fileName: string) {
  return download(
    () => api.GET('/v1/subscriptions/{id}/activations.csv', { params: { path: { id: subscriptionId }, query }, parseAs: 'blob' }),
    fileName,
  );
}

/** One command over several devices, one request each; says how many worked and why the others did not. */
async function eachDevice(devices: Device[], send: (device: Device) => Promise<unknown>): Promise<{ done: number; failed: { device: Device; error: unknown }[] }> {
  const results = await Promise.allSettled(devices.map(send));
  const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [{ device: devices[i]!, error: r.reason }] : []));
  return { done: devices.length - failed.length, failed };
}

export type BulkResult = Awaited<ReturnType<typeof eachDevice>>;

export function useDeactivateDevices(subscriptionId: string) {
  return useAction({
    run: (devices: Device[]) =>
      eachDevice(devices, (d) => call(() => api.POST('/v1/activations/{id}/deactivate', { params: { path: { id: d.id } } }))),
    invalidate: () => touched(subscriptionId),
  });
}

export function useBlacklistDevices(subscriptionId: string) {
  return useAction({
    run: ({ devices, reason }: { devices: Device[]; reason: string | null }) =>
      eachDevice(devices, (d) => call(() => api.POST('/v1/activations/{id}/blacklist', { params: { path: { id: d.id } }, body: { reason } }))),
    invalidate: () => touched(subscriptionId),
  });
}

export function useMoveDevices(subscriptionId: string) {
  return useAction({
    run: ({ devices, keyId }: { devices: Device[]; keyId: string }) =>
      eachDevice(devices, (d) => call(() => api.POST('/v1/activations/{id}/move', { params: { path: { id: d.id } }, body: { keyId } }))),
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

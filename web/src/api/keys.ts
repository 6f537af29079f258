import { useQueries, useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';
import { useSubscriptions } from './subscriptions';
import type { CreateKeyInput, LicenseKey, UpdateKeyInput } from './types';

/** A change to a key moves seats: the seat box, the list and the log are read again. */
const touched = (subscriptionId: string) => [queryKeys.subscription(subscriptionId), queryKeys.subscriptions, queryKeys.events];

/** The subscription's keys; `visible` narrows them to the keys a License Administrator holds. */
export function useKeys(subscriptionId: string, visible?: (key: LicenseKey) => boolean) {
  return useQuery({
    queryKey: queryKeys.keys(subscriptionId),
    queryFn: () => call(() => api.GET('/v1/subscriptions/{id}/keys', { params: { path: { id: subscriptionId } } })),
    select: (answer) => (visible ? answer.data.filter(visible) : answer.data),
  });
}

export function useCreateKey(subscriptionId: string) {
  return useAction({
    run: (body: CreateKeyInput) => call(() => api.POST('/v1/subscriptions/{id}/keys', { params: { path: { id: subscriptionId } }, body })),
    success: (key) => `Key “${key.name}” created.`,
    invalidate: () => touched(subscriptionId),
  });
}

export function useUpdateKey(key: LicenseKey) {
  return useAction({
    run: (body: UpdateKeyInput) => call(() => api.PATCH('/v1/keys/{id}', { params: { path: { id: key.id } }, body })),
    success: (updated) => `Key “${updated.name}” saved.`,
    invalidate: () => touched(key.subscriptionId),
  });
}

export function useKeyCommand(key: LicenseKey, command: 'block' | 'unblock' | 'regenerate') {
  const done = { block: 'blocked', unblock: 'unblocked', regenerate: 'regenerated: the old key no longer works' }[command];
  return useAction({
    run: () => call(() => api.POST(`/v1/keys/{id}/${command}`, { params: { path: { id: key.id } } })),
    success: `Key “${key.name}” ${done}.`,
    failure: `Could not ${command} “${key.name}”`,
    invalidate: () => touched(key.subscriptionId),
  });
}

export function useDeleteKey(key: LicenseKey) {
  return useAction({
    run: (deactivateDevices: boolean) => call(() => api.DELETE('/v1/keys/{id}', { params: { path: { id: key.id }, query: { deactivateDevices } } })),
    success: (result) =>
      result.deactivatedDevices > 0
        ? `Key “${key.name}” deleted; ${result.deactivatedDevices} device${result.deactivatedDevices === 1 ? '' : 's'} deactivated.`
        : `Key “${key.name}” deleted.`,
    invalidate: () => touched(key.subscriptionId),
  });
}

/**
 * Every key of the account, with its subscription, for assigning keys to License
 * Administrators. The API has no account-wide key list, so this reads each subscription's keys.
 */
export function useAccountKeys() {
  const subscriptions = useSubscriptions(undefined);
  const list = subscriptions.data?.pages.flatMap((p) => p.data) ?? [];
  const keys = useQueries({
    queries: list.map((s) => ({
      queryKey: queryKeys.keys(s.id),
      queryFn: () => call(() => api.GET('/v1/subscriptions/{id}/keys', { params: { path: { id: s.id } } })),
    })),
  });
  return {
    keys: keys.flatMap((q, i) => (q.data?.data ?? []).map((key) => ({ key, subscription: list[i]! }))),
    isPending: subscriptions.isPending || keys.some((q) => q.isPending),
    error: subscriptions.error ?? keys.find((q) => q.error)?.error ?? null,
  };
}

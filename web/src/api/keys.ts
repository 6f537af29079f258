import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';
import { useSubscriptions } from './subscriptions';
import type { CreateKeyInput, LicenseKey, Subscription, UpdateKeyInput } from './types';

/** A change to a key moves seats: the seat box, the lists (of the subscription, of the account) and the log are read again. */
const touched = (subscriptionId: string) => [queryKeys.subscription(subscriptionId), queryKeys.subscriptions, queryKeys.accountKeysAll, queryKeys.events];

export const keysQuery = (subscriptionId: string) =>
  queryOptions({
    queryKey: queryKeys.keys(subscriptionId),
    queryFn: () => call(() => api.GET('/v1/subscriptions/{id}/keys', { params: { path: { id: subscriptionId } } })),
  });

/** The subscription's keys; `visible` narrows them to the keys a License Administrator holds. */
export function useKeys(subscriptionId: string, visible?: (key: LicenseKey) => boolean) {
  return useQuery({ ...keysQuery(subscriptionId), select: (answer) => (visible ? answer.data.filter(visible) : answer.data) });
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
 * Every key of the account (GET /v1/accounts/{id}/keys: one request), each with its
 * subscription (from the subscription list), for assigning keys to License Administrators and
 * for naming keys on the members and audit pages.
 */
export function useAccountKeys(accountId: string) {
  const subscriptions = useSubscriptions(undefined);
  const keys = useQuery({
    queryKey: queryKeys.accountKeys(accountId),
    queryFn: () => call(() => api.GET('/v1/accounts/{accountId}/keys', { params: { path: { accountId } } })),
    select: (answer) => answer.data,
  });
  const byId = new Map<string, Subscription>((subscriptions.data?.pages.flatMap((p) => p.data) ?? []).map((s) => [s.id, s]));
  return {
    keys: (keys.data ?? []).map((key) => ({ key, subscription: byId.get(key.subscriptionId) ?? null })),
    isPending: keys.isPending || subscriptions.isPending,
    error: keys.error ?? subscriptions.error ?? null,
  };
}

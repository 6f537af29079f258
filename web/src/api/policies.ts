import { useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';
import type { LicenseKey, PolicySettings } from './types';

/** A key's policy (its own, or the account default it inherits), the account default, and when it last changed. */
export function useKeyPolicy(key: Pick<LicenseKey, 'id'> | null, enabled = true) {
  return useQuery({
    enabled: enabled && key !== null,
    queryKey: queryKeys.policy(key?.id ?? ''),
    queryFn: () => call(() => api.GET('/v1/keys/{id}/policy', { params: { path: { id: key!.id } } })),
  });
}

/**
 * A change on the primary key is the account default: every key that inherits changes with it,
 * so every policy and every key list (their "Own policy" / "Default policy" badges) is read again.
 */
const touched = () => [queryKeys.policiesAll, ['subscription'], queryKeys.accountKeysAll, queryKeys.events];

/** Refusals are shown in the editor. */
export function useSavePolicy(key: LicenseKey) {
  return useAction({
    run: (body: PolicySettings) => call(() => api.PUT('/v1/keys/{id}/policy', { params: { path: { id: key.id } }, body })),
    success: (view) =>
      key.type === 'primary'
        ? `The account default is saved (version ${view.policy.version}): keys that inherit follow it.`
        : `The policy of “${key.name}” is saved (version ${view.policy.version}).`,
    invalidate: touched,
  });
}

export function useResetPolicy(key: LicenseKey) {
  return useAction({
    run: () => call(() => api.DELETE('/v1/keys/{id}/policy', { params: { path: { id: key.id } } })),
    success: `“${key.name}” inherits the account default again.`,
    invalidate: touched,
  });
}

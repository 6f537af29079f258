import { useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';
import type { ScimToken } from './types';

/** The account's SCIM tokens (revoked ones included) and the SCIM base URL to give the identity provider. */
export function useScimTokens(accountId: string) {
  return useQuery({
    queryKey: queryKeys.scimTokens(accountId),
    queryFn: () => call(() => api.GET('/v1/accounts/{accountId}/scim-tokens', { params: { path: { accountId } } })),
  });
}

/** The answer carries the token, once: the caller shows it; refusals are shown in the form. */
export function useCreateScimToken(accountId: string) {
  return useAction({
    run: (name: string) => call(() => api.POST('/v1/accounts/{accountId}/scim-tokens', { params: { path: { accountId } }, body: { name } })),
    invalidate: () => [queryKeys.scimTokens(accountId), queryKeys.events],
  });
}

export function useRevokeScimToken(token: ScimToken) {
  return useAction({
    run: () => call(() => api.DELETE('/v1/scim-tokens/{id}', { params: { path: { id: token.id } } })),
    success: `The SCIM token “${token.name}” is revoked: your identity provider's next request with it is refused.`,
    failure: `Could not revoke “${token.name}”`,
    invalidate: () => [queryKeys.scimTokens(token.accountId), queryKeys.events],
  });
}

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { ApiError, api, call } from './client';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';
import type { Domain, LicenseKey, ServiceProvider, SsoConnection, SsoConnectionInput, SsoUser, SsoUserQuery } from './types';

/** The account's domains, by name. */
export function useDomains(accountId: string) {
  return useQuery({
    queryKey: queryKeys.domains(accountId),
    queryFn: () => call(() => api.GET('/v1/accounts/{accountId}/domains', { params: { path: { accountId } } })),
    select: (answer) => answer.data,
  });
}

const domainsTouched = (accountId: string) => [queryKeys.domains(accountId), queryKeys.events];

export function useAddDomain(accountId: string) {
  return useAction({
    run: (domain: string) => call(() => api.POST('/v1/accounts/{accountId}/domains', { params: { path: { accountId } }, body: { domain } })),
    success: (d) => `${d.domain} is added: publish its TXT record, then verify it.`,
    invalidate: () => domainsTouched(accountId),
  });
}

/** A refusal (DOMAIN_NOT_VERIFIED) is shown on the domain's row, not as a notification. */
export function useVerifyDomain(domain: Domain) {
  return useAction({
    run: () => call(() => api.POST('/v1/domains/{id}/verify', { params: { path: { id: domain.id } } })),
    success: `${domain.domain} is verified.`,
    invalidate: () => domainsTouched(domain.accountId),
  });
}

export function useRemoveDomain(domain: Domain) {
  return useAction({
    run: () => call(() => api.DELETE('/v1/domains/{id}', { params: { path: { id: domain.id } } })),
    success: `${domain.domain} is removed.`,
    failure: `Could not remove ${domain.domain}`,
    invalidate: () => domainsTouched(domain.accountId),
  });
}

/**
 * The connection, or null when there is none yet; in both cases what to paste into the identity
 * provider (GET answers 404 SSO_NOT_CONFIGURED with details.serviceProvider when there is none).
 */
export function useSsoConnection(accountId: string) {
  return useQuery({
    queryKey: queryKeys.ssoConnection(accountId),
    queryFn: async (): Promise<{ connection: SsoConnection | null; serviceProvider: ServiceProvider | null }> => {
      try {
        const connection = await call(() => api.GET('/v1/accounts/{accountId}/sso', { params: { path: { accountId } } }));
        return { connection, serviceProvider: connection.serviceProvider };
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'SSO_NOT_CONFIGURED') throw error;
        const sp = (error.details as { serviceProvider?: ServiceProvider } | undefined)?.serviceProvider ?? null;
        return { connection: null, serviceProvider: sp };
      }
    },
  });
}

const connectionTouched = (accountId: string) => [queryKeys.ssoConnection(accountId), queryKeys.events];

/** Refusals are shown beside the form. */
export function useSaveSsoConnection(accountId: string) {
  return useAction({
    run: (body: SsoConnectionInput) => call(() => api.PUT('/v1/accounts/{accountId}/sso', { params: { path: { accountId } }, body })),
    success: (c) => `The ${c.protocol === 'saml' ? 'SAML' : 'OpenID Connect'} connection is saved.`,
    invalidate: () => connectionTouched(accountId),
  });
}

export function useRemoveSsoConnection(accountId: string) {
  return useAction({
    run: () => call(() => api.DELETE('/v1/accounts/{accountId}/sso', { params: { path: { accountId } } })),
    success: 'The identity-provider connection is removed.',
    failure: 'Could not remove the connection',
    invalidate: () => connectionTouched(accountId),
  });
}

/** The groups mapped to a key, and its priority among them. */
export function useSaveKeyGroups(key: LicenseKey) {
  return useAction({
    run: (body: { ssoGroups: string[]; ssoPriority: number }) => call(() => api.PATCH('/v1/keys/{id}', { params: { path: { id: key.id } }, body })),
    success: (updated) => `Groups of “${updated.name}” saved.`,
    invalidate: () => [queryKeys.accountKeysAll, queryKeys.keys(key.subscriptionId), queryKeys.events],
  });
}

/** The people who signed in through the identity provider, a page at a time (cursor). */
export function useSsoUsers(accountId: string, query: Omit<SsoUserQuery, 'cursor'>) {
  return useInfiniteQuery({
    queryKey: queryKeys.ssoUsers(accountId, query),
    queryFn: ({ pageParam }) =>
      call(() => api.GET('/v1/accounts/{accountId}/sso-users', { params: { path: { accountId }, query: { ...query, ...(pageParam && { cursor: pageParam }) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useSsoUserCommand(user: SsoUser, command: 'deactivate' | 'reactivate') {
  const done = command === 'deactivate' ? 'is deactivated: their seat is free' : 'can activate devices again';
  return useAction({
    run: () => call(() => api.POST(`/v1/sso-users/{id}/${command}`, { params: { path: { id: user.id } } })),
    success: `${user.name || user.email} ${done}.`,
    failure: `Could not ${command} ${user.name || user.email}`,
    // seats move: the keys, the subscriptions' seat boxes and their devices are read again
    invalidate: () => [queryKeys.ssoUsersAll, queryKeys.accountKeysAll, queryKeys.subscriptions, ['subscription'], queryKeys.events],
  });
}

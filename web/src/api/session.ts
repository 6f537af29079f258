import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isUnauthorized } from '../lib/errors';
import { api, call, setCsrfToken } from './client';
import { queryClient } from './query-client';
import { queryKeys } from './query-keys';
import type { Session } from './types';

/** Who is signed in: the session, or null when nobody is. */
export const sessionQuery = queryOptions({
  queryKey: queryKeys.session,
  queryFn: async (): Promise<Session | null> => {
    try {
      const session = await call(() => api.GET('/v1/session'));
      setCsrfToken(session.csrfToken);
      return session;
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      setCsrfToken(null);
      return null;
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
});

export function useSession() {
  return useQuery(sessionQuery);
}

/**
 * The session, once known (asked for at most once; index.html preloads the answer): null when
 * nobody is signed in or the server did not answer. What a page reads is asked for only after
 * this, so that a signed-out visit asks for nothing but the session.
 */
export async function signedInSession(): Promise<Session | null> {
  try {
    return await queryClient.ensureQueryData(sessionQuery);
  } catch {
    return null;
  }
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => call(() => api.POST('/v1/session', { body })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(queryKeys.session, session);
      // one cookie: a member signing in ends an operator session in this browser
      client.setQueryData(queryKeys.operatorSession, null);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(() => api.DELETE('/v1/session')),
    onSettled: () => {
      setCsrfToken(null);
      client.setQueryData(queryKeys.session, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => call(() => api.POST('/v1/password-reset', { body: { email } })) });
}

export function useConfirmPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => call(() => api.POST('/v1/password-reset/confirm', { body })),
  });
}

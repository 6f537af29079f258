/**
 * The one cache of API answers. It lives outside React so that the router can start reading
 * what a page needs (route loaders, router.tsx) while the page itself is still being rendered.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnauthorized } from '../lib/errors';
import { ApiError } from './client';
import { queryKeys } from './query-keys';

/** Any 401 means the session ended: forget it, and the layout sends the user to sign in. */
function signedOut(error: unknown): void {
  if (!isUnauthorized(error)) return;
  queryClient.setQueryData(queryKeys.session, null);
  queryClient.setQueryData(queryKeys.operatorSession, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: signedOut }),
  mutationCache: new MutationCache({ onError: signedOut }),
  defaultOptions: {
    // Only a lost connection or the server's own trouble is worth a second try.
    queries: { staleTime: 15_000, retry: (count, error) => error instanceof ApiError && (error.status === 0 || error.status >= 500) && count < 2 },
  },
});

import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { queryKeys } from './query-keys';
import type { SubscriptionStatus } from './types';

const PAGE = 100;

export function useSubscriptions(status: SubscriptionStatus | undefined) {
  return useInfiniteQuery({
    queryKey: queryKeys.subscriptionList(status),
    queryFn: ({ pageParam }) =>
      call(() => api.GET('/v1/subscriptions', { params: { query: { status, limit: PAGE, ...(pageParam && { cursor: pageParam }) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor,
  });
}

export const subscriptionQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.subscription(id),
    queryFn: () => call(() => api.GET('/v1/subscriptions/{id}', { params: { path: { id } } })),
  });

export function useSubscription(id: string) {
  return useQuery(subscriptionQuery(id));
}

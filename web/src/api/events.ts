import { useInfiniteQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { queryKeys } from './query-keys';
import type { EventQuery } from './types';

/** The audit log, newest first, a page at a time (cursor). */
export function useEvents(query: Omit<EventQuery, 'cursor'>) {
  return useInfiniteQuery({
    queryKey: queryKeys.eventList(query),
    queryFn: ({ pageParam }) => call(() => api.GET('/v1/events', { params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor,
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { queryKeys } from './query-keys';
import type { UsageDays } from './types';

export function useUsage(subscriptionId: string, days: UsageDays, keyId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.usage(subscriptionId, days, keyId),
    queryFn: () => call(() => api.GET('/v1/subscriptions/{id}/usage', { params: { path: { id: subscriptionId }, query: { days, keyId } } })),
    placeholderData: keepPreviousData,
  });
}

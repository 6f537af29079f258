import { useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { useAction } from './mutation';
import type { Paths } from './client';

export type WebhookEndpoint = Paths['/v1/webhook-endpoints/{id}']['get']['responses'][200]['content']['application/json'];
export type WebhookDelivery = Paths['/v1/webhook-endpoints/{id}/deliveries']['get']['responses'][200]['content']['application/json']['data'][number];
export type WebhookEventType = WebhookEndpoint['events'][number];
/** Whose endpoints: an account's, or the operator's own (which receive every account's events). */
export type WebhookScope = { accountId: string } | { operator: true };

const KEY = ['webhooks'] as const;
const accountOf = (scope: WebhookScope) => ('accountId' in scope ? scope.accountId : undefined);

export function useWebhookEndpoints(scope: WebhookScope) {
  const accountId = accountOf(scope);
  return useQuery({
    queryKey: [...KEY, 'endpoints', accountId ?? 'operator'],
    queryFn: () => call(() => api.GET('/v1/webhook-endpoints', { params: { query: accountId ? { accountId } : {} } })),
    select: (answer) => answer.data,
  });
}

export function useWebhookDeliveries(endpointId: string | null) {
  return useQuery({
    queryKey: [...KEY, 'deliveries', endpointId],
    queryFn: () => call(() => api.GET('/v1/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpointId! }, query: { limit: 50 } } })),
    select: (answer) => answer.data,
    enabled: endpointId !== null,
    refetchInterval: 5000,
  });
}

const touched = () => [KEY, ['events']];

export function useCreateWebhookEndpoint(scope: WebhookScope) {
  return useAction({
    run: (body: { url: string; events: WebhookEventType[]; description?: string | null }) =>
      call(() => api.POST('/v1/webhook-endpoints', { body: { ...body, ...('accountId' in scope ? { accountId: scope.accountId } : {}) } })),
    invalidate: touched,
  });
}

export function useUpdateWebhookEndpoint(id: string) {
  return useAction({
    run: (body: { url?: string; events?: WebhookEventType[]; description?: string | null; enabled?: boolean }) =>
      call(() => api.PATCH('/v1/webhook-endpoints/{id}', { params: { path: { id } }, body })),
    success: 'Webhook endpoint saved.',
    invalidate: touched,
  });
}

export function useDeleteWebhookEndpoint(id: string) {
  return useAction({
    run: () => call(() => api.DELETE('/v1/webhook-endpoints/{id}', { params: { path: { id } } })),
    success: 'Webhook endpoint deleted.',
    invalidate: touched,
  });
}

export function useRotateWebhookSecret(id: string) {
  return useAction({
    run: () => call(() => api.POST('/v1/webhook-endpoints/{id}/rotate-secret', { params: { path: { id } } })),
    invalidate: touched,
  });
}

export function useSendTestWebhook(id: string) {
  return useAction({
    run: () => call(() => api.POST('/v1/webhook-endpoints/{id}/test', { params: { path: { id } } })),
    success: 'Test event queued: it shows in the delivery log.',
    invalidate: touched,
  });
}

export function useRedeliverWebhook(endpointId: string) {
  return useAction({
    run: (deliveryId: string) => call(() => api.POST('/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id: endpointId, deliveryId } } })),
    success: 'Message queued again, with the same id.',
    invalidate: touched,
  });
}

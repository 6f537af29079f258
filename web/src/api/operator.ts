/**
 * The operator console's reads and writes: the operator routes (issue 16) and the ones the
 * operator shares with account administrators (products, accounts, subscriptions, events…).
 */
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isUnauthorized } from '../lib/errors';
import { api, call, setCsrfToken, type Paths } from './client';
import { useAction } from './mutation';
import { queryClient } from './query-client';
import { queryKeys } from './query-keys';
import type { AccountKey, AuditEvent, Device, Subscription } from './types';

// ---- the operator API's shapes (from the generated schema) ----

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type OkOf<P extends keyof Paths, M extends 'get' | 'post'> = Paths[P][M] extends { responses: infer R } ? (R extends { 200: infer A } ? Json<A> : R extends { 201: infer A } ? Json<A> : never) : never;

export type OperatorSession = OkOf<'/v1/operator/session', 'get'>;
export type Operator = OperatorSession['operator'];
export type OperatorMember = OkOf<'/v1/operator/members', 'get'>['items'][number];
export type Overview = OkOf<'/v1/operator/overview', 'get'>;
export type ExpiringSubscription = Overview['expiringSoon'][number];
export type AtLimitSubscription = Overview['atLimit'][number];
export type SearchResult = OkOf<'/v1/operator/accounts/search', 'get'>['items'][number];
export type MatchField = SearchResult['matches'][number]['field'];
export type AccountDetail = OkOf<'/v1/operator/accounts/{id}', 'get'>;
export type AccountSummary = AccountDetail['account'];
export type Product = OkOf<'/v1/products', 'get'>['data'][number];

// ---- the session ----

export const operatorSessionQuery = queryOptions({
  queryKey: queryKeys.operatorSession,
  queryFn: async (): Promise<OperatorSession | null> => {
    try {
      const session = await call(() => api.GET('/v1/operator/session'));
      setCsrfToken(session.csrfToken);
      return session;
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      return null;
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
});

export const useOperatorSession = () => useQuery(operatorSessionQuery);

/** The operator session, once known (null when not signed in as an operator). */
export async function signedInOperator(): Promise<OperatorSession | null> {
  try {
    return await queryClient.ensureQueryData(operatorSessionQuery);
  } catch {
    return null;
  }
}

/** Signing in as one kind ends the other in this browser (one cookie): the member's cache goes. */
export function useOperatorSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => call(() => api.POST('/v1/operator/session', { body })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.operatorSession[0] });
      client.setQueryData(queryKeys.session, null);
      client.setQueryData(queryKeys.operatorSession, session);
    },
  });
}

export function useOperatorSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(() => api.DELETE('/v1/operator/session')),
    onSettled: () => {
      setCsrfToken(null);
      client.setQueryData(queryKeys.operatorSession, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.operatorSession[0] });
    },
  });
}

// ---- fleet and accounts ----

export const useOverview = () => useQuery({ queryKey: queryKeys.operatorOverview, queryFn: () => call(() => api.GET('/v1/operator/overview')) });

export const SEARCH_MIN = 2;

export function useAccountSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: queryKeys.operatorSearch(text),
    queryFn: () => call(() => api.GET('/v1/operator/accounts/search', { params: { query: { q: text, limit: 20 } } })).then((a) => a.items),
    enabled: text.length >= SEARCH_MIN,
  });
}

/** Every account, a page at a time (GET /v1/accounts: the operator sees them all). */
export function useAccounts() {
  return useInfiniteQuery({
    queryKey: queryKeys.operatorAccounts,
    queryFn: ({ pageParam }) => call(() => api.GET('/v1/accounts', { params: { query: { limit: 50, ...(pageParam && { cursor: pageParam }) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor,
  });
}

export const accountDetailQuery = (id: string) =>
  queryOptions({ queryKey: queryKeys.operatorAccount(id), queryFn: () => call(() => api.GET('/v1/operator/accounts/{id}', { params: { path: { id } } })) });

export const useAccountDetail = (id: string) => useQuery(accountDetailQuery(id));

export function useCreateAccount() {
  return useAction({
    run: (name: string) => call(() => api.POST('/v1/accounts', { body: { name } })),
    success: (account) => `Account “${account.name}” created.`,
    invalidate: () => [queryKeys.operatorAccounts, queryKeys.operatorOverview],
  });
}

/** A change to an account's subscriptions: the account page, the fleet figures and the account's own views are read again. */
const accountTouched = (accountId: string) => [
  queryKeys.operatorAccount(accountId),
  queryKeys.operatorOverview,
  queryKeys.subscriptions,
  ['subscription'],
  queryKeys.events,
];

export type CreateSubscriptionInput = Paths['/v1/accounts/{accountId}/subscriptions']['post']['requestBody']['content']['application/json'];

export function useCreateSubscription(accountId: string) {
  return useAction({
    run: (body: CreateSubscriptionInput) => call(() => api.POST('/v1/accounts/{accountId}/subscriptions', { params: { path: { accountId } }, body })),
    success: (s) => `Subscription to ${s.product.name} created with its primary key.`,
    invalidate: () => accountTouched(accountId),
  });
}

/** PATCH /v1/subscriptions/{id}: seats (addSeats or a new total), expiry, grace, auto-renew. */
export interface SubscriptionChange {
  seats?: number;
  addSeats?: number;
  expiresAt?: string;
  gracePeriodDays?: number;
  autoRenew?: boolean;
}

export function useChangeSubscription(subscription: Subscription) {
  return useAction({
    run: (body: SubscriptionChange) =>
      call(() => api.PATCH('/v1/subscriptions/{id}', { params: { path: { id: subscription.id } }, body })),
    success: `${subscription.product.name} is updated.`,
    invalidate: () => accountTouched(subscription.accountId),
  });
}

// ---- the support view ----

/** Records that the operator opened the account's support view (its audit log says so). */
export const recordSupportView = (accountId: string) => call(() => api.POST('/v1/operator/accounts/{id}/support-views', { params: { path: { id: accountId } } }));

export function useAccountKeysOf(accountId: string) {
  return useQuery({
    queryKey: queryKeys.accountKeys(accountId),
    queryFn: () => call(() => api.GET('/v1/accounts/{accountId}/keys', { params: { path: { accountId } } })),
    select: (answer): AccountKey[] => answer.data,
  });
}

export const SUPPORT_DEVICES = 20;

export function useRecentDevices(subscriptionId: string) {
  return useQuery({
    queryKey: queryKeys.devices(subscriptionId, { limit: SUPPORT_DEVICES, sort: 'activatedAt', order: 'desc', status: 'active', count: 'capped' }),
    queryFn: () =>
      call(() =>
        api.GET('/v1/subscriptions/{id}/activations', {
          params: { path: { id: subscriptionId }, query: { limit: SUPPORT_DEVICES, sort: 'activatedAt', order: 'desc', status: 'active', count: 'capped' } },
        }),
      ),
    select: (answer): { devices: Device[]; total: number | undefined } => ({ devices: answer.data, total: answer.total ?? undefined }),
  });
}

export function useAccountEvents(accountId: string, enabled = true) {
  const query = { accountId, limit: 50 };
  return useInfiniteQuery({
    queryKey: [...queryKeys.events, 'account', accountId],
    enabled,
    queryFn: ({ pageParam }) =>
      call(() => api.GET('/v1/events', { params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor,
    select: (data): AuditEvent[] => data.pages.flatMap((p) => p.data),
  });
}

// ---- products ----

async function listProducts(): Promise<Product[]> {
  return (await call(() => api.GET('/v1/products'))).data;
}

export const useProducts = () => useQuery({ queryKey: queryKeys.products, queryFn: listProducts });

export function useCreateProduct() {
  return useAction({
    run: (body: { name: string; code: string; downloadUrl: string | null }) => call(() => api.POST('/v1/products', { body })),
    success: (p) => `Product “${p.name}” created.`,
    invalidate: () => [queryKeys.products],
  });
}

export function useUpdateProduct(id: string) {
  return useAction({
    run: (body: { downloadUrl: string | null }) => call(() => api.PATCH('/v1/products/{id}', { params: { path: { id } }, body })),
    success: (p) => `The download link of “${p.name}” is saved.`,
    invalidate: () => [queryKeys.products],
  });
}

// ---- operators ----

export const useOperators = () =>
  useQuery({ queryKey: queryKeys.operators, queryFn: () => call(() => api.GET('/v1/operator/members')).then((a) => a.items) });

export function useAddOperator() {
  return useAction({
    run: (body: { email: string; name: string; password: string }) => call(() => api.POST('/v1/operator/members', { body })),
    success: (m) => `${m.name || m.email} can now sign in as an operator.`,
    invalidate: () => [queryKeys.operators],
  });
}

export function useRemoveOperator(member: OperatorMember) {
  return useAction({
    run: () => call(() => api.DELETE('/v1/operator/members/{id}', { params: { path: { id: member.id } } })),
    success: `${member.name || member.email} is no longer an operator.`,
    failure: `Could not remove ${member.name || member.email}`,
    invalidate: () => [queryKeys.operators],
  });
}

/**
 * The operator console's reads and writes (docs: the operator API contract of issue 16). The
 * operator routes are typed by hand here until the generated schema has them; the routes the
 * operator shares with account administrators (products, accounts, subscriptions, events…) go
 * through the typed client as everywhere else.
 */
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isUnauthorized } from '../lib/errors';
import { api, call, setCsrfToken, type Paths } from './client';
import { useAction } from './mutation';
import { queryClient } from './query-client';
import { queryKeys } from './query-keys';
import type { AccountKey, AuditEvent, Device, Member, Subscription } from './types';

// ---- the operator API's shapes (hand-written from the contract) ----

export interface Operator {
  id: string;
  email: string;
  name: string;
}
export interface OperatorSession {
  operator: Operator;
  csrfToken: string;
}
export interface OperatorMember extends Operator {
  status: 'active' | 'blocked';
  createdAt: string;
  lastSignInAt: string | null;
}
export interface SeatPair {
  total: number;
  used: number;
}
export interface ExpiringSubscription {
  subscriptionId: string;
  accountId: string;
  accountName: string;
  productName: string;
  expiresAt: string;
  seats: SeatPair;
}
export type AtLimitSubscription = Omit<ExpiringSubscription, 'expiresAt'>;
export interface Overview {
  figures: { accounts: number; activeDevices: number; seatsSold: number; seatsUsed: number; subscriptionsExpiringSoon: number; accountsAtLimit: number };
  expiringSoon: ExpiringSubscription[];
  atLimit: AtLimitSubscription[];
}
export type MatchField = 'name' | 'domain' | 'member_email' | 'key_prefix' | 'device_fingerprint';
export interface AccountSummary {
  id: string;
  name: string;
  createdAt: string;
}
export interface SearchResult {
  account: AccountSummary;
  matches: { field: MatchField; value: string }[];
}
export interface AccountDetail {
  account: AccountSummary;
  subscriptions: Subscription[];
  members: { id: string; name: string; email: string; role: Member['role']; status: Member['status']; lastSignInAt: string | null }[];
  domains: { id: string; domain: string; status: string }[];
  sso: { protocol: 'saml' | 'oidc' | null; enforce: boolean; scimTokens: number; ssoUsers: number };
  activeDevices: number;
}
export type Product = Awaited<ReturnType<typeof listProducts>>[number];

// ---- requests to routes the typed client does not know yet ----

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}
type Method = 'GET' | 'POST' | 'DELETE';
interface LooseClient {
  GET(path: string, init?: { params?: { query?: Record<string, unknown> } }): Promise<Answer>;
  POST(path: string, init?: { body?: unknown }): Promise<Answer>;
  DELETE(path: string): Promise<Answer>;
}
const loose = api as unknown as LooseClient;

function request<T>(method: Method, path: string, init: { query?: Record<string, unknown>; body?: unknown } = {}): Promise<T> {
  return call(() => {
    if (method === 'GET') return loose.GET(path, { params: { query: init.query } });
    if (method === 'POST') return loose.POST(path, { body: init.body });
    return loose.DELETE(path);
  }) as Promise<T>;
}

const path = (template: string, id: string) => template.replace('{id}', encodeURIComponent(id));

// ---- the session ----

export const operatorSessionQuery = queryOptions({
  queryKey: queryKeys.operatorSession,
  queryFn: async (): Promise<OperatorSession | null> => {
    try {
      const session = await request<OperatorSession>('GET', '/v1/operator/session');
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
    mutationFn: (body: { email: string; password: string }) => request<OperatorSession>('POST', '/v1/operator/session', { body }),
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
    mutationFn: () => request<void>('DELETE', '/v1/operator/session'),
    onSettled: () => {
      setCsrfToken(null);
      client.setQueryData(queryKeys.operatorSession, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.operatorSession[0] });
    },
  });
}

// ---- fleet and accounts ----

export const useOverview = () => useQuery({ queryKey: queryKeys.operatorOverview, queryFn: () => request<Overview>('GET', '/v1/operator/overview') });

export const SEARCH_MIN = 2;

export function useAccountSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: queryKeys.operatorSearch(text),
    queryFn: () => request<{ items: SearchResult[] }>('GET', '/v1/operator/accounts/search', { query: { q: text, limit: 20 } }).then((a) => a.items),
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
  queryOptions({ queryKey: queryKeys.operatorAccount(id), queryFn: () => request<AccountDetail>('GET', path('/v1/operator/accounts/{id}', id)) });

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
      call(() => api.PATCH('/v1/subscriptions/{id}', { params: { path: { id: subscription.id } }, body: body as Record<string, unknown> })),
    success: `${subscription.product.name} is updated.`,
    invalidate: () => accountTouched(subscription.accountId),
  });
}

// ---- the support view ----

/** Records that the operator opened the account's support view (its audit log says so). */
export const recordSupportView = (accountId: string) => request<void>('POST', path('/v1/operator/accounts/{id}/support-views', accountId));

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

export function useAccountEvents(accountId: string) {
  const query = { accountId, limit: 50 };
  return useInfiniteQuery({
    queryKey: [...queryKeys.events, 'account', accountId],
    queryFn: ({ pageParam }) =>
      call(() => api.GET('/v1/events', { params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } as Record<string, unknown> } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor,
    select: (data): AuditEvent[] => data.pages.flatMap((p) => p.data),
  });
}

// ---- products ----

async function listProducts() {
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
  useQuery({ queryKey: queryKeys.operators, queryFn: () => request<{ items: OperatorMember[] }>('GET', '/v1/operator/members').then((a) => a.items) });

export function useAddOperator() {
  return useAction({
    run: (body: { email: string; name: string; password: string }) => request<OperatorMember>('POST', '/v1/operator/members', { body }),
    success: (m) => `${m.name || m.email} can now sign in as an operator.`,
    invalidate: () => [queryKeys.operators],
  });
}

export function useRemoveOperator(member: OperatorMember) {
  return useAction({
    run: () => request<void>('DELETE', path('/v1/operator/members/{id}', member.id)),
    success: `${member.name || member.email} is no longer an operator.`,
    failure: `Could not remove ${member.name || member.email}`,
    invalidate: () => [queryKeys.operators],
  });
}

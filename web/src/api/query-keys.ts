/** Every cache key in one place: a change under a subscription refreshes everything under it. */
import type { DeviceQuery, EventQuery, UsageDays } from './types';

export const queryKeys = {
  session: ['session'] as const,
  system: ['system'] as const,
  subscriptions: ['subscriptions'] as const,
  subscriptionList: (status: string | undefined) => ['subscriptions', { status }] as const,
  subscription: (id: string) => ['subscription', id] as const,
  keys: (subscriptionId: string) => ['subscription', subscriptionId, 'keys'] as const,
  accountKeysAll: ['account-keys'] as const,
  accountKeys: (accountId: string) => ['account-keys', accountId] as const,
  devices: (subscriptionId: string, query: DeviceQuery) => ['subscription', subscriptionId, 'devices', query] as const,
  blacklist: (subscriptionId: string, page: number) => ['subscription', subscriptionId, 'blacklist', page] as const,
  invitations: (subscriptionId: string, query: object) => ['subscription', subscriptionId, 'invitations', query] as const,
  usage: (subscriptionId: string, days: UsageDays, keyId: string | undefined) => ['subscription', subscriptionId, 'usage', days, keyId] as const,
  members: (accountId: string) => ['members', accountId] as const,
  events: ['events'] as const,
  policiesAll: ['policy'] as const,
  policy: (keyId: string) => ['policy', keyId] as const,
  goldenImagesAll: ['golden-images'] as const,
  goldenImages: (accountId: string) => ['golden-images', accountId] as const,
  eventList: (query: EventQuery) => ['events', query] as const,
  domains: (accountId: string) => ['domains', accountId] as const,
  ssoConnection: (accountId: string) => ['sso-connection', accountId] as const,
  ssoUsersAll: ['sso-users'] as const,
  scimTokens: (accountId: string) => ['scim-tokens', accountId] as const,
  ssoUsers: (accountId: string, query: object) => ['sso-users', accountId, query] as const,
};

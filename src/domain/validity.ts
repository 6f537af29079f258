import { DAY_MS } from './time.ts';

/** DOMAIN.md, "Subscription": expiring soon means 30 days or less to expiry. */
export const EXPIRING_SOON_DAYS = 30;
export const DEFAULT_GRACE_PERIOD_DAYS = 30;

export const SUBSCRIPTION_STATUSES = ['active', 'expiring', 'grace', 'expired'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export interface SubscriptionTerms {
  expiresAt: number;
  gracePeriodDays: number;
}

/** The instant after which the product stops working: expiry plus the grace period. */
export const subscriptionValidUntil = (s: SubscriptionTerms): number => s.expiresAt + s.gracePeriodDays * DAY_MS;

export function subscriptionStatus(s: SubscriptionTerms, now: number): SubscriptionStatus {
  if (now >= subscriptionValidUntil(s)) return 'expired';
  if (now >= s.expiresAt) return 'grace';
  if (s.expiresAt - now <= EXPIRING_SOON_DAYS * DAY_MS) return 'expiring';
  return 'active';
}

export interface KeyTerms {
  /** The key's own expiry; null when it lives as long as its subscription. */
  expiresAt: number | null;
  blocked: boolean;
}

export type KeyStatus = 'active' | 'blocked' | 'expired';

/**
 * When a key stops activating. A key without its own expiry follows its subscription,
 * grace period included; a key's own expiry is never later than the subscription's end.
 */
export function keyValidUntil(key: KeyTerms, sub: SubscriptionTerms): number {
  const subEnd = subscriptionValidUntil(sub);
  return key.expiresAt === null ? subEnd : Math.min(key.expiresAt, subEnd);
}

/** True when the key's own expiry (not the subscription's) has passed. */
export const keyOwnExpiryPassed = (key: KeyTerms, now: number): boolean => key.expiresAt !== null && now >= key.expiresAt;

export function keyStatus(key: KeyTerms, sub: SubscriptionTerms, now: number): KeyStatus {
  if (now >= keyValidUntil(key, sub)) return 'expired';
  return key.blocked ? 'blocked' : 'active';
}

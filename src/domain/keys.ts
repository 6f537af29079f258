/**
 * Rules of a license key (DOMAIN.md, "License key"): which types a sublicense may have, what
 * its maximum and its own expiry may be, what a key offers. Each check returns the stable
 * code of the first rule broken, or null; app/key-rules.ts turns a code into an error.
 */
import { keyAvailable, SUBLICENSE_TYPES, type KeySeats, type KeyType, type PoolCounters, type SublicenseType } from './seats.ts';
import { keyStatus, type KeyTerms, type SubscriptionTerms } from './validity.ts';

export const isSublicenseType = (value: unknown): value is SublicenseType => SUBLICENSE_TYPES.includes(value as SublicenseType);

/** A key that has left the pool (its expiry processed, or deleted) holds and offers no seats. */
export const isRetired = (k: { expiredAt: number | null; deletedAt: number | null }): boolean => k.expiredAt !== null || k.deletedAt !== null;

/** Seats a key offers now: none once it is retired or expired, and never fewer than none. */
export function availableOnKey(k: KeySeats & KeyTerms & { expiredAt: number | null; deletedAt: number | null }, s: PoolCounters & SubscriptionTerms, now: number): number {
  if (isRetired(k) || keyStatus(k, s, now) === 'expired') return 0;
  return Math.max(0, keyAvailable(k, s));
}

export type OwnExpiryRefusal = 'EXPIRY_NOT_IN_FUTURE' | 'KEY_EXPIRY_AFTER_SUBSCRIPTION';

/** A key's own expiry lies in the future, and no later than its subscription's. */
export function ownExpiryRefusal(at: number, subscriptionExpiresAt: number, now: number): OwnExpiryRefusal | null {
  if (at <= now) return 'EXPIRY_NOT_IN_FUTURE';
  if (at > subscriptionExpiresAt) return 'KEY_EXPIRY_AFTER_SUBSCRIPTION';
  return null;
}

export type MaxSeatsRefusal = 'MAX_ABOVE_TOTAL' | 'MAX_BELOW_USED';

/** A key's maximum (null: none) is at most the subscription's total, and at least what the key uses. */
export function maxSeatsRefusal(maxSeats: number | null, total: number, used: number): MaxSeatsRefusal | null {
  if (maxSeats === null) return null;
  if (maxSeats > total) return 'MAX_ABOVE_TOTAL';
  if (maxSeats < used) return 'MAX_BELOW_USED';
  return null;
}

/** The primary key has no type, maximum or expiry of its own: a change may only rename it. */
export const primaryKeyChangeRefused = (
  type: KeyType,
  change: { type?: unknown; maxSeats?: unknown; expiresAt?: unknown; ssoGroups?: unknown; ssoPriority?: unknown },
): boolean =>
  type === 'primary' &&
  (change.type !== undefined || change.maxSeats !== undefined || change.expiresAt !== undefined || change.ssoGroups !== undefined || change.ssoPriority !== undefined);

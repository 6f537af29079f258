/** The key rules of domain/keys.ts as the errors a caller gets, shared by the use-cases that create and change keys. */
import { AllotError } from '../domain/errors.ts';
import { isSublicenseType, maxSeatsRefusal, ownExpiryRefusal, primaryKeyChangeRefused } from '../domain/keys.ts';
import type { KeyRecord, SubscriptionRecord } from '../domain/records.ts';
import { availableMainPool, type SublicenseType } from '../domain/seats.ts';
import { instant, invalid } from './validate.ts';
import { groupMatchKey } from '../domain/sso.ts';
import { SSO_GROUP_MAX_CHARS, SSO_GROUPS_PER_KEY_MAX_COUNT } from '../domain/limits.ts';

export function sublicenseType(value: unknown): SublicenseType {
  if (!isSublicenseType(value)) throw invalid('type must be "dynamic" or "reserved".', 'type');
  return value;
}

/** A key's own expiry from its ISO form: absent or null, it expires with the subscription. */
export function ownExpiry(value: string | null | undefined, sub: SubscriptionRecord, now: number): number | null {
  if (value === undefined || value === null) return null;
  const at = instant(value, 'expiresAt');
  const refusal = ownExpiryRefusal(at, sub.expiresAt, now);
  if (refusal === 'EXPIRY_NOT_IN_FUTURE') throw invalid('expiresAt must be in the future.', 'expiresAt');
  if (refusal === 'KEY_EXPIRY_AFTER_SUBSCRIPTION')
    throw new AllotError('KEY_EXPIRY_AFTER_SUBSCRIPTION', 'A key cannot expire after its subscription.', {
      subscriptionExpiresAt: new Date(sub.expiresAt).toISOString(),
    });
  return at;
}

export function maxAboveTotal(maxSeats: number, sub: SubscriptionRecord): AllotError {
  return new AllotError('MAX_ABOVE_TOTAL', `A key cannot have more seats than the subscription's ${sub.total}.`, {
    total: sub.total,
    requested: maxSeats,
  });
}

export function notEnoughSeats(requested: number, sub: SubscriptionRecord): AllotError {
  const available = availableMainPool(sub);
  return new AllotError('NOT_ENOUGH_SEATS', `Only ${available} seats are left in the main pool.`, {
    availableDynamic: available,
    requested,
  });
}

/** Refuses a change the key rules forbid: to the primary key's terms, a maximum above the total or below what is used. */
export function checkKeyChange(
  key: KeyRecord,
  sub: SubscriptionRecord,
  change: { type?: unknown; maxSeats?: unknown; expiresAt?: unknown; ssoGroups?: unknown; ssoPriority?: unknown },
  maxSeats: number | null,
): void {
  if (primaryKeyChangeRefused(key.type, change))
    throw new AllotError(
      'PRIMARY_KEY_IMMUTABLE',
      'The primary key has no type, maximum, expiry or groups of its own to change (people in no mapped group draw on it).',
    );
  const refusal = maxSeatsRefusal(maxSeats, sub.total, key.used);
  if (refusal === 'MAX_ABOVE_TOTAL') throw maxAboveTotal(maxSeats!, sub);
  if (refusal === 'MAX_BELOW_USED')
    throw new AllotError('MAX_BELOW_USED', `The key has ${key.used} seats in use; its maximum cannot go below that.`, {
      used: key.used,
      requested: maxSeats,
    });
}

/** A key's identity-provider groups: trimmed, without blanks or duplicates (compared as domain/sso.ts does). */
export function ssoGroupList(value: readonly string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of value) {
    const g = raw.trim();
    if (g === '') throw invalid('ssoGroups must not hold a blank group.', 'ssoGroups');
    if (g.length > SSO_GROUP_MAX_CHARS) throw invalid(`A group has at most ${SSO_GROUP_MAX_CHARS} characters.`, 'ssoGroups');
    if (seen.has(groupMatchKey(g))) continue;
    seen.add(groupMatchKey(g));
    out.push(g);
  }
  if (out.length > SSO_GROUPS_PER_KEY_MAX_COUNT) throw invalid(`A key maps at most ${SSO_GROUPS_PER_KEY_MAX_COUNT} groups.`, 'ssoGroups');
  return out;
}

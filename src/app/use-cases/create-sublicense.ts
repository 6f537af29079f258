import { requireAccountAdmin } from '../access.ts';
import { AllotError } from '../../domain/errors.ts';
import { availableMainPool, seatDeltas, SUBLICENSE_TYPES, type SublicenseType } from '../../domain/seats.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { lockSettled } from '../expiry.ts';
import { newKeyMaterial } from '../key-material.ts';
import type { KeyRecord, SubscriptionRecord } from '../../domain/records.ts';
import { instant, invalid, text, wholeNumber } from '../validate.ts';
import { keyAuditState, keyView, type KeyView } from '../views/keys.ts';

export interface CreateSublicenseInput {
  name: string;
  type: SublicenseType;
  maxSeats: number;
  /** The key's own expiry (ISO 8601); absent or null: it expires with the subscription. */
  expiresAt?: string | null;
}

export function sublicenseType(value: unknown): SublicenseType {
  if (!SUBLICENSE_TYPES.includes(value as SublicenseType)) throw invalid('type must be "dynamic" or "reserved".', 'type');
  return value as SublicenseType;
}

/** A key's own expiry: in the future, and no later than its subscription's. */
export function ownExpiry(value: string | null | undefined, sub: SubscriptionRecord, now: number): number | null {
  if (value === undefined || value === null) return null;
  const at = instant(value, 'expiresAt');
  if (at <= now) throw invalid('expiresAt must be in the future.', 'expiresAt');
  if (at > sub.expiresAt)
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

export async function createSublicense(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault'>,
  caller: Caller,
  subscriptionId: string,
  input: CreateSublicenseInput,
): Promise<KeyView> {
  const name = text(input.name, 'name');
  const type = sublicenseType(input.type);
  const maxSeats = wholeNumber(input.maxSeats, 'maxSeats', 0, 1_000_000);
  const material = newKeyMaterial(deps.vault);
  const now = deps.clock.now();

  return deps.store.write(async (tx) => {
    const sub = await lockSettled(tx, deps, caller, subscriptionId, now);
    requireAccountAdmin(caller.actor);
    if (maxSeats > sub.total) throw maxAboveTotal(maxSeats, sub);
    const key: KeyRecord = {
      id: deps.ids.next(),
      subscriptionId: sub.id,
      accountId: sub.accountId,
      type,
      name,
      maxSeats,
      used: 0,
      blocked: false,
      expiresAt: ownExpiry(input.expiresAt, sub, now),
      expiredAt: null,
      deletedAt: null,
      keyCipher: material.keyCipher,
      createdAt: now,
      updatedAt: now,
    };
    const outcome = await tx.seats.adjust(sub.id, null, seatDeltas.createKey(type, maxSeats));
    if (!outcome.ok) throw notEnoughSeats(maxSeats, sub);
    await tx.keys.insert(key, material.keyHash);
    await record(tx, deps.ids, caller, now, {
      action: 'key.created',
      target: { type: 'key', id: key.id },
      accountId: sub.accountId,
      subscriptionId: sub.id,
      after: keyAuditState(key),
    });
    const fresh = await tx.subscriptions.byId(sub.id);
    return keyView(key, fresh!, deps.vault, now);
  });
}

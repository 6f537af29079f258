import { SSO_PRIORITY_DEFAULT } from '../../domain/sso.ts';
import { ssoGroupList } from '../key-rules.ts';
import { requireAccountAdmin } from '../access.ts';
import { maxSeatsRefusal } from '../../domain/keys.ts';
import { seatDeltas, type SublicenseType } from '../../domain/seats.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { newKeyMaterial } from '../key-material.ts';
import { maxAboveTotal, notEnoughSeats, ownExpiry, sublicenseType } from '../key-rules.ts';
import type { KeyRecord } from '../../domain/records.ts';
import { text, wholeNumber } from '../validate.ts';
import { openSubscription, writeSettled } from '../subscription-entry.ts';
import { keyAuditState, keyView, type KeyView } from '../views/keys.ts';

export interface CreateSublicenseInput {
  name: string;
  type: SublicenseType;
  maxSeats: number;
  /** The key's own expiry (ISO 8601); absent or null: it expires with the subscription. */
  expiresAt?: string | null;
  ssoGroups?: string[];
  ssoPriority?: number;
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

  return writeSettled(deps, caller, now, async (scope) => {
    const { tx } = scope;
    const { sub } = await openSubscription(scope, subscriptionId, { lock: true });
    requireAccountAdmin(caller.actor);
    if (maxSeatsRefusal(maxSeats, sub.total, 0) === 'MAX_ABOVE_TOTAL') throw maxAboveTotal(maxSeats, sub);
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
      ssoGroups: ssoGroupList(input.ssoGroups) ?? [],
      ssoPriority: input.ssoPriority === undefined ? SSO_PRIORITY_DEFAULT : wholeNumber(input.ssoPriority, 'ssoPriority', 0, 1_000_000),
      createdAt: now,
      updatedAt: now,
      policy: null,
      policyVersion: 0,
      policyUpdatedAt: null,
      goldenImageId: null,
    };
    const outcome = await tx.seats.adjust(sub.id, null, seatDeltas.createKey(type, maxSeats), now);
    if (!outcome.ok) throw notEnoughSeats(maxSeats, sub);
    await tx.keys.insert(key, material.keyHash, material.keyPrefix);
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

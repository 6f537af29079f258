import { AllotError, notFound } from '../../domain/errors.ts';
import { isRetired } from '../../domain/keys.ts';
import { NO_CHANGE, seatDeltas, type KeyType, type SeatDelta } from '../../domain/seats.ts';
import { requireAccountAdmin } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { KeyPatch } from '../ports/repositories.ts';
import type { KeyRecord } from '../../domain/records.ts';
import { checkKeyChange, notEnoughSeats, ownExpiry, ssoGroupList, sublicenseType } from '../key-rules.ts';
import { text, wholeNumber } from '../validate.ts';
import { openKey, writeSettled } from '../subscription-entry.ts';
import { keyAuditState, keyView, type KeyView } from '../views/keys.ts';

export interface UpdateKeyInput {
  name?: string;
  type?: 'dynamic' | 'reserved';
  maxSeats?: number;
  /** null: the key expires with its subscription. */
  expiresAt?: string | null;
  ssoGroups?: string[];
  ssoPriority?: number;
  /** The golden image its devices start from (one of the key's account); null: none. */
  goldenImageId?: string | null;
}

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault'>;

/** The seat delta of a change; a key that left the pool (expired) comes back when its expiry moves on. */
function deltaFor(key: KeyRecord, to: { type: KeyType; maxSeats: number | null }, revive: boolean): SeatDelta {
  if (!isRetired(key)) return seatDeltas.changeKey(key, to);
  const maxChange = { used: 0, max: (to.maxSeats ?? 0) - (key.maxSeats ?? 0) };
  return { ...(revive ? seatDeltas.reviveKey({ ...to, used: 0 }) : NO_CHANGE), key: maxChange };
}

export async function updateKey(deps: Deps, caller: Caller, id: string, input: UpdateKeyInput): Promise<KeyView> {
  const name = input.name === undefined ? undefined : text(input.name, 'name');
  const type = input.type === undefined ? undefined : sublicenseType(input.type);
  const requestedMax = input.maxSeats === undefined ? undefined : wholeNumber(input.maxSeats, 'maxSeats', 0, 1_000_000);
  const ssoGroups = ssoGroupList(input.ssoGroups);
  const ssoPriority = input.ssoPriority === undefined ? undefined : wholeNumber(input.ssoPriority, 'ssoPriority', 0, 1_000_000);
  const now = deps.clock.now();

  return writeSettled(deps, caller, now, async (scope) => {
    const { tx } = scope;
    const { sub, key } = await openKey(scope, id, { lock: true });
    requireAccountAdmin(caller.actor);
    const to = { type: type ?? key.type, maxSeats: requestedMax ?? key.maxSeats };
    checkKeyChange(key, sub, input, to.maxSeats);
    const patch: KeyPatch = { updatedAt: now };
    if (name !== undefined) patch.name = name;
    if (ssoGroups !== undefined) patch.ssoGroups = ssoGroups;
    if (ssoPriority !== undefined) patch.ssoPriority = ssoPriority;
    if (input.goldenImageId !== undefined) {
      const image = input.goldenImageId === null ? null : await tx.goldenImages.byId(input.goldenImageId);
      if (image === undefined || (image && image.accountId !== key.accountId)) throw notFound('golden image');
      patch.goldenImageId = image?.id ?? null;
    }
    if (type !== undefined) patch.type = type;
    if (input.expiresAt !== undefined) patch.expiresAt = ownExpiry(input.expiresAt, sub, now);
    const revive = isRetired(key) && input.expiresAt !== undefined;
    if (revive) patch.expiredAt = null;

    const outcome = await tx.seats.adjust(sub.id, key.id, deltaFor(key, to, revive), now);
    if (!outcome.ok) {
      if (outcome.refusal === 'NO_SEATS_KEY')
        throw new AllotError('MAX_BELOW_USED', 'The key has more seats in use than the requested maximum.', { requested: to.maxSeats });
      throw notEnoughSeats(to.maxSeats ?? 0, sub);
    }
    await tx.keys.update(key.id, patch);
    const after = (await tx.keys.byId(key.id))!;
    await record(tx, deps.ids, caller, now, {
      action: 'key.updated',
      target: { type: 'key', id: key.id },
      accountId: key.accountId,
      subscriptionId: key.subscriptionId,
      before: keyAuditState(key),
      after: keyAuditState(after),
    });
    return keyView(after, (await tx.subscriptions.byId(sub.id))!, deps.vault, now);
  });
}

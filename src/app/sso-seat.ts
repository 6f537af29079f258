/**
 * A person's seat on a subscription (docs/sso.md, "One seat per user"): their SSO devices share
 * one seat, on the key their groups map to (domain/sso.ts). When the mapping changed since the
 * seat was taken, the seat moves at the person's next activation or check-in, within the new
 * key's availability; with no room there, it stays where it is and the move is tried again
 * next time. Runs under the subscription's lock, which the caller holds.
 */
import { firstRefusal } from '../domain/decisions.ts';
import type { ActivationRecord, KeyRecord, SsoUserRecord, SubscriptionRecord } from '../domain/records.ts';
import { seatDeltas } from '../domain/seats.ts';
import { keyForGroups } from '../domain/sso.ts';
import { giveBackSeats } from './activation-lifecycle.ts';
import { record } from './audit.ts';
import type { Scope } from './subscription-entry.ts';

export interface SeatPlace {
  /** The key the person's seat is on (or, with no device yet, the key a first device would take it on). */
  key: KeyRecord | undefined;
  /** Their active devices on the subscription. */
  devices: ActivationRecord[];
}

export async function placeSeat(scope: Scope, sub: SubscriptionRecord, user: SsoUserRecord): Promise<SeatPlace> {
  const { tx, now } = scope;
  const devices = await tx.activations.activeOfUser(sub.id, user.id);
  const keys = await tx.keys.listBySubscription(sub.id);
  const mapped = keyForGroups(keys, user.groups);
  if (devices.length === 0) return { key: mapped, devices };
  const current = keys.find((k) => k.id === devices[0]!.keyId) ?? (await tx.keys.byId(devices[0]!.keyId))!;
  if (!mapped || mapped.id === current.id) return { key: current, devices };
  // A key that takes no activations now (blocked, expired) takes no seat either: stay.
  if (firstRefusal({ now, subscription: sub, key: mapped, blacklisted: false })) return { key: current, devices };

  const what = `moving ${user.id}'s seat`;
  await giveBackSeats(tx, sub.id, current.id, seatDeltas.release(current.type), now, what);
  const claimed = await tx.seats.adjust(sub.id, mapped.id, seatDeltas.claim(mapped.type), now);
  if (!claimed.ok) {
    // No room on the new key: the seat goes back where it was (it was free a moment ago).
    const back = await tx.seats.adjust(sub.id, current.id, seatDeltas.claim(current.type), now);
    if (!back.ok) throw new Error(`${what} back was refused (${back.refusal}): counters drifted`);
    return { key: current, devices };
  }
  await tx.activations.moveUserToKey(sub.id, user.id, mapped.id);
  await record(tx, scope.deps.ids, scope.caller, now, {
    action: 'sso_user.seat_moved',
    target: { type: 'sso_user', id: user.id },
    accountId: sub.accountId,
    subscriptionId: sub.id,
    before: { keyId: current.id, keyName: current.name },
    after: { keyId: mapped.id, keyName: mapped.name, devices: devices.length },
  });
  return { key: (await tx.keys.byId(mapped.id))!, devices: devices.map((d) => ({ ...d, keyId: mapped.id })) };
}

/**
 * What an administrator does to one device, inside the caller's transaction: shared by the
 * use-cases that act on one device and by the one that acts on many (act-on-devices.ts).
 */
import { firstRefusal } from '../domain/decisions.ts';
import { AllotError, notFound } from '../domain/errors.ts';
import type { BlacklistRecord } from '../domain/records.ts';
import { seatDeltas } from '../domain/seats.ts';
import { visibleKey } from './access.ts';
import { endActivation, giveBackSeats } from './activation-lifecycle.ts';
import { record } from './audit.ts';
import { openActivation, type Scope } from './subscription-entry.ts';
import { invalid } from './validate.ts';
import { activationAuditState, activationView, blacklistView, type ActivationView, type BlacklistView } from './views/activations.ts';
import { NAME_MAX_CHARS } from '../domain/limits.ts';

/** An administrator frees a device's seat. */
export async function deactivateDevice(scope: Scope, activationId: string): Promise<ActivationView> {
  const { tx, deps, caller, now } = scope;
  const { activation } = await openActivation(scope, activationId, { lock: true });
  if (!(await endActivation(tx, deps, caller, activation, 'deactivated', 'administrator', now)))
    throw new AllotError('ACTIVATION_NOT_ACTIVE', 'The device is not active.', { status: activation.status });
  return activationView({ ...activation, status: 'deactivated', endReason: 'administrator', endedAt: now });
}

export function checkBlacklistReason(reason?: string | null): void {
  if (reason != null && (typeof reason !== 'string' || reason.length > NAME_MAX_CHARS)) throw invalid('reason is too long.', 'reason');
}

/**
 * Blacklists a device on its subscription: its activation ends (the seat returns) and the
 * device cannot activate again until it is taken off the blacklist.
 */
export async function blacklistDevice(scope: Scope, activationId: string, reason?: string | null): Promise<BlacklistView> {
  const { tx, deps, caller, now } = scope;
  checkBlacklistReason(reason);
  const { activation } = await openActivation(scope, activationId, { lock: true });
  const entry: BlacklistRecord = {
    id: deps.ids.next(),
    subscriptionId: activation.subscriptionId,
    accountId: activation.accountId,
    fingerprint: activation.fingerprint,
    activationId: activation.id,
    deviceName: activation.name,
    reason: reason ?? null,
    createdAt: now,
  };
  if (!(await tx.blacklist.insertIfAbsent(entry)))
    throw new AllotError('ALREADY_BLACKLISTED', 'This device is already blacklisted on this subscription.');
  // The device is what is blacklisted: whichever of its activations was picked, the one it holds now ends.
  const current = await tx.activations.activeByFingerprint(activation.subscriptionId, activation.fingerprint);
  if (current) await endActivation(tx, deps, caller, current, 'blacklisted', 'blacklisted', now);
  await record(tx, deps.ids, caller, now, {
    action: 'blacklist.added',
    target: { type: 'blacklist', id: entry.id },
    accountId: entry.accountId,
    subscriptionId: entry.subscriptionId,
    after: blacklistView(entry),
  });
  return blacklistView(entry);
}

/**
 * Moves an installation to another key of the same subscription. Its seat moves with it,
 * within the target's availability: released on the old key, then claimed on the new one;
 * a refusal rolls both back.
 */
export async function moveDevice(scope: Scope, activationId: string, targetKeyId: string): Promise<ActivationView> {
  const { tx, deps, caller, now } = scope;
  const { sub, activation } = await openActivation(scope, activationId, { lock: true });
  if (activation.status !== 'active') throw new AllotError('ACTIVATION_NOT_ACTIVE', 'Only an active device can move.', { status: activation.status });
  // A License Administrator moves devices between their own keys only.
  const target = await visibleKey(tx, caller.actor, targetKeyId);
  if (target.subscriptionId !== sub.id) throw notFound('key');
  if (target.id === activation.keyId) throw new AllotError('SAME_KEY', 'The device already uses this key.');
  if (activation.ssoUserId !== null)
    throw new AllotError('SSO_SEAT_BY_GROUP', "This device's seat follows its person's identity-provider groups: map a group to the key instead (PATCH /v1/keys/{id} ssoGroups).");
  const refusedBy = firstRefusal({ now, subscription: sub, key: target, blacklisted: false });
  if (refusedBy) throw new AllotError(refusedBy.code, refusedBy.message);
  const source = (await tx.keys.byId(activation.keyId))!;

  await giveBackSeats(tx, sub.id, source.id, seatDeltas.release(source.type), now, `releasing activation ${activation.id}`);
  const claimed = await tx.seats.adjust(sub.id, target.id, seatDeltas.claim(target.type), now);
  if (!claimed.ok) throw new AllotError(claimed.refusal, claimed.refusal === 'NO_SEATS_KEY' ? 'All seats of the target key are in use.' : 'The main pool has no seat for the target key.');
  await tx.activations.moveToKey(activation.id, target.id);
  const moved = { ...activation, keyId: target.id };
  await record(tx, deps.ids, caller, now, {
    action: 'activation.moved',
    target: { type: 'activation', id: activation.id },
    accountId: activation.accountId,
    subscriptionId: activation.subscriptionId,
    before: activationAuditState(activation, source.name),
    after: activationAuditState(moved, target.name),
  });
  return activationView(moved);
}

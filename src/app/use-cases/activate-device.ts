import { seatsLimitChange, startActivation } from '../activation-lifecycle.ts';
import { firstRefusal, invitationRefusal, refusal, warningsFor, type Refusal } from '../../domain/decisions.ts';
import { parseKey } from '../../domain/key-format.ts';
import { applyToPool, seatDeltas } from '../../domain/seats.ts';
import { record } from '../audit.ts';
import { deliveryFor, issueCertificate, type CertificateSubject } from '../certificates.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { ActivationRecord, InvitationRecord, KeyRecord } from '../../domain/records.ts';
import type { Batchable, Tx } from '../ports/store.ts';
import { activateMany, type ActivationItem } from '../batched-activations.ts';
import { openTrusted } from '../subscription-entry.ts';
import type { SigningKeyring } from '../signing-keyring.ts';
import { activationView } from '../views/activations.ts';
import { invitationAuditState } from '../views/invitations.ts';
import { counted, deviceFields, refused, type ActivateInput, type ClientDecision, type GrantedActivation } from '../client-types.ts';

export type { ActivateInput } from '../client-types.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'signer' | 'config' | 'metrics'>;
type Outcome = ClientDecision<CertificateSubject & { created: boolean }>;


/**
 * Activates a device with a license key or an invitation's code. The checks run in the order of
 * domain/decisions.ts; the seat is taken by the storage ledger under the subscription lock.
 * Activating a device that already holds a seat on the subscription returns that activation.
 */
export async function activateDevice(deps: Deps, keyring: SigningKeyring, requestId: string | null, input: ActivateInput) {
  const parsed = parseKey(input.key);
  if (!parsed.ok) return counted(deps.metrics, 'activation', refused<GrantedActivation>(refusal('KEY_NOT_FOUND', { reason: parsed.reason })));
  const hash = deps.vault.lookupHash(parsed.canonical);
  const caller: Caller = { actor: { type: 'device', id: input.fingerprint }, requestId };
  const now = deps.clock.now();

  // The key's lane: activations with one key lock one subscription, and queue for it in one place.
  const outcome = counted(deps.metrics, 'activation', await deps.store.writeBatched(activations, { deps, caller, hash, input, now }, hash));
  if (!outcome.granted) return outcome;
  const { created, ...subject } = outcome.value;
  const signed = await issueCertificate(deps, keyring, subject, now);
  return {
    granted: true,
    value: { created, activation: activationView(subject.activation), ...signed, warnings: warningsFor({ now, subscription: subject.subscription }) },
  } satisfies ClientDecision<GrantedActivation>;
}

/** Activations decided together when they share a transaction (app/batched-activations.ts), or alone. */
const activations: Batchable<ActivationItem, Outcome> = {
  many: activateMany,
  one: (tx, { deps, caller, hash, input, now }) => activateInTx(tx, deps, caller, hash, input, now),
};

/** What a presented string turned out to be: a license key, or an invitation's code (drawing on its key). */
type Credential = { key: KeyRecord; invitation: null } | { key: KeyRecord; invitation: InvitationRecord; codeReplaced: boolean };

async function findCredential(tx: Tx, hash: string): Promise<Credential | null> {
  const key = await tx.keys.byHash(hash);
  if (key) return { key, invitation: null };
  const found = await tx.invitations.byCodeHash(hash);
  if (!found) return null;
  const parent = await tx.keys.byId(found.invitation.keyId);
  return parent ? { key: parent, invitation: found.invitation, codeReplaced: found.code.retiredAt !== null } : null;
}

/** For a code: its own checks, or the activation it already made on this very device. */
async function checkInvitation(tx: Tx, c: Credential, fingerprint: string, now: number): Promise<Refusal | ActivationRecord | null> {
  if (!c.invitation) return null;
  const held = c.invitation.activationId ? await tx.activations.byId(c.invitation.activationId) : undefined;
  const heldByThisDevice = held?.status === 'active' && held.fingerprint === fingerprint;
  const verdict = invitationRefusal({ now, status: c.invitation.status, expiresAt: c.invitation.expiresAt, codeReplaced: c.codeReplaced, heldByThisDevice });
  return verdict === 'existing' ? held! : verdict;
}

async function activateInTx(tx: Tx, deps: Deps, caller: Caller, hash: string, input: ActivateInput, now: number): Promise<Outcome> {
  const found = await findCredential(tx, hash);
  if (!found) return refused(refusal('KEY_NOT_FOUND'));
  // Expiry that fell due a moment ago takes effect first: it frees seats, and a device whose
  // seat it released activates anew rather than getting its ended activation back.
  const subscription = await openTrusted({ tx, deps, caller, now }, found.key.subscriptionId, { lock: true });
  if (!subscription) return refused(refusal('KEY_NOT_FOUND'));
  // Read again under the lock: the key may have been regenerated, deleted or changed meanwhile,
  // the invitation accepted or revoked.
  const credential = await findCredential(tx, hash);
  if (!credential || credential.key.id !== found.key.id) return refused(refusal('KEY_NOT_FOUND'));
  const { key, invitation } = credential;
  const product = (await tx.products.byId(subscription.productId))!;
  const invitationCheck = await checkInvitation(tx, credential, input.fingerprint, now);
  if (invitationCheck && 'code' in invitationCheck) return refused(invitationCheck);
  const blacklisted = (await tx.blacklist.find(subscription.id, input.fingerprint)) !== undefined;
  const refusedBy = firstRefusal({ now, subscription, key, blacklisted });
  if (refusedBy) return refused(refusedBy);

  const existing = invitationCheck ?? (await tx.activations.activeByFingerprint(subscription.id, input.fingerprint));
  if (existing) {
    const device = deviceFields(input.device, input.ip);
    const heldOn = existing.keyId === key.id ? key : (await tx.keys.byId(existing.keyId))!;
    const delivery = await deliveryFor(tx, heldOn);
    await tx.activations.checkIn(existing.id, now, device, delivery.policy.version);
    const activation = { ...existing, ...device, lastCheckInAt: now, deliveredPolicyVersion: delivery.policy.version };
    return { granted: true, value: { created: false, activation, key: heldOn, subscription, product, delivery } };
  }

  const seat = await tx.seats.adjust(subscription.id, key.id, seatDeltas.claim(key.type), now);
  if (!seat.ok) return refused(refusal(seat.refusal));

  const delivery = await deliveryFor(tx, key);
  const activation = await startActivation(tx, deps, caller, now, subscription, key, {
    fingerprint: input.fingerprint,
    device: input.device,
    ip: input.ip,
    activationType: 'LIC_KEY',
    userEmail: invitation?.email ?? null,
    invitationId: invitation?.id ?? null,
    ssoUserId: null,
    deliveredPolicyVersion: delivery.policy.version,
  });
  if (invitation) await acceptInvitation(tx, deps, caller, invitation, activation, key.name, now);
  const fresh = { ...key, used: key.used + 1 };
  const limit = seatsLimitChange(subscription, applyToPool(subscription, seatDeltas.claim(key.type)), fresh);
  if (limit) await record(tx, deps.ids, caller, now, limit);
  return { granted: true, value: { created: true, activation, key: fresh, subscription, product, delivery } };
}

async function acceptInvitation(tx: Tx, deps: Deps, caller: Caller, invitation: InvitationRecord, activation: ActivationRecord, keyName: string, now: number): Promise<void> {
  const activationId = activation.id;
  await tx.invitations.update(invitation.id, { status: 'accepted', activationId, acceptedAt: now, updatedAt: now });
  await record(tx, deps.ids, caller, now, {
    action: 'invitation.accepted',
    target: { type: 'invitation', id: invitation.id },
    accountId: invitation.accountId,
    subscriptionId: invitation.subscriptionId,
    before: invitationAuditState(invitation, keyName),
    after: { ...invitationAuditState({ ...invitation, status: 'accepted' }, keyName), activationId, deviceName: activation.name },
  });
}

import { firstRefusal, refusal, warningsFor } from '../../domain/decisions.ts';
import { parseKey } from '../../domain/key-format.ts';
import { seatDeltas } from '../../domain/seats.ts';
import { record } from '../audit.ts';
import { issueCertificate, type CertificateSubject } from '../certificates.ts';
import type { AppDeps, Caller } from '../context.ts';
import { asExpiry, settleExpiries } from '../expiry.ts';
import type { ActivationRecord, Tx } from '../ports.ts';
import type { SigningKeyring } from '../signing-keyring.ts';
import { activationAuditState, activationView } from '../views.ts';
import { refused, type ClientDecision, type DeviceInput, type GrantedActivation } from './client-types.ts';

export interface ActivateInput {
  key: string;
  fingerprint: string;
  device: DeviceInput;
  ip: string | null;
}

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'signer' | 'config'>;
type Outcome = ClientDecision<CertificateSubject & { created: boolean }>;

const deviceFields = (d: DeviceInput, ip: string | null) => ({
  name: d.name,
  os: d.os,
  serial: d.serial ?? null,
  mac: d.mac ?? null,
  appVersion: d.appVersion ?? null,
  ip,
});

/**
 * Activates a device with a license key. The checks run in the order of
 * domain/decisions.ts; the seat is taken by the storage ledger under the subscription lock.
 * Activating a device that already holds a seat on the subscription returns that activation.
 */
export async function activateDevice(deps: Deps, keyring: SigningKeyring, requestId: string | null, input: ActivateInput) {
  const parsed = parseKey(input.key);
  if (!parsed.ok) return refused<GrantedActivation>(refusal('KEY_NOT_FOUND', { reason: parsed.reason }));
  const keyHash = deps.vault.lookupHash(parsed.canonical);
  const caller: Caller = { actor: { type: 'device', id: input.fingerprint }, requestId };
  const now = deps.clock.now();

  const outcome = await deps.store.write((tx) => activateInTx(tx, deps, caller, keyHash, input, now));
  if (!outcome.granted) return outcome;
  const { created, ...subject } = outcome.value;
  const signed = await issueCertificate(deps, keyring, subject, now);
  return {
    granted: true,
    value: { created, activation: activationView(subject.activation), ...signed, warnings: warningsFor({ now, subscription: subject.subscription }) },
  } satisfies ClientDecision<GrantedActivation>;
}

async function activateInTx(tx: Tx, deps: Deps, caller: Caller, keyHash: string, input: ActivateInput, now: number): Promise<Outcome> {
  const found = await tx.keys.byHash(keyHash);
  if (!found) return refused(refusal('KEY_NOT_FOUND'));
  let subscription = await tx.subscriptions.lock(found.subscriptionId);
  if (!subscription) return refused(refusal('KEY_NOT_FOUND'));
  // Expiry that fell due a moment ago takes effect first: it frees seats, and a device whose
  // seat it released activates anew rather than getting its ended activation back.
  if (await settleExpiries(tx, deps, asExpiry(caller), subscription.id, now))
    subscription = (await tx.subscriptions.byId(subscription.id))!;
  // Read again under the lock: the key may have been regenerated, deleted or changed meanwhile.
  const key = await tx.keys.byHash(keyHash);
  if (!key || key.id !== found.id) return refused(refusal('KEY_NOT_FOUND'));
  const product = (await tx.products.byId(subscription.productId))!;
  const blacklisted = (await tx.blacklist.find(subscription.id, input.fingerprint)) !== undefined;
  const refusedBy = firstRefusal({ now, subscription, key, blacklisted });
  if (refusedBy) return refused(refusedBy);

  const existing = await tx.activations.activeByFingerprint(subscription.id, input.fingerprint);
  if (existing) {
    const device = deviceFields(input.device, input.ip);
    await tx.activations.checkIn(existing.id, now, device);
    const heldOn = existing.keyId === key.id ? key : (await tx.keys.byId(existing.keyId))!;
    const activation = { ...existing, ...device, lastCheckInAt: now };
    return { granted: true, value: { created: false, activation, key: heldOn, subscription, product } };
  }

  const seat = await tx.seats.adjust(subscription.id, key.id, seatDeltas.claim(key.type));
  if (!seat.ok) return refused(refusal(seat.refusal));

  const activation: ActivationRecord = {
    id: deps.ids.next(),
    subscriptionId: subscription.id,
    accountId: subscription.accountId,
    keyId: key.id,
    fingerprint: input.fingerprint,
    activationType: 'LIC_KEY',
    userEmail: null,
    ...deviceFields(input.device, input.ip),
    status: 'active',
    endReason: null,
    activatedAt: now,
    lastCheckInAt: now,
    endedAt: null,
  };
  if (!(await tx.activations.insertIfAbsent(activation)))
    throw new Error('an active activation appeared for this device despite the subscription lock');
  await record(tx, deps.ids, caller, now, {
    action: 'activation.created',
    target: { type: 'activation', id: activation.id },
    accountId: activation.accountId,
    subscriptionId: activation.subscriptionId,
    after: activationAuditState(activation),
  });
  const fresh = { ...key, used: key.used + 1 };
  return { granted: true, value: { created: true, activation, key: fresh, subscription, product } };
}

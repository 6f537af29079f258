import { seatsLimitChange, startActivation } from '../activation-lifecycle.ts';
import { record } from '../audit.ts';
import { firstRefusal, refusal, warningsFor } from '../../domain/decisions.ts';
import type { SsoRequestRecord } from '../../domain/records.ts';
import { applyToPool, seatDeltas } from '../../domain/seats.ts';
import { deviceSeat, PKCE_VERIFIER } from '../../domain/sso.ts';
import { SSO_DEVICES_PER_USER_DEFAULT_COUNT } from '../../domain/limits.ts';
import { deliveryFor, issueCertificate, type CertificateSubject } from '../certificates.ts';
import { counted, deviceFields, refused, type ClientDecision, type DeviceInput, type GrantedActivation } from '../client-types.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { SigningKeyring } from '../signing-keyring.ts';
import { placeSeat } from '../sso-seat.ts';
import { openTrusted, type Scope } from '../subscription-entry.ts';
import { activationView } from '../views/activations.ts';

export interface SsoActivateInput {
  code: string;
  codeVerifier: string;
  fingerprint: string;
  device: DeviceInput;
  ip: string | null;
}

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'signer' | 'config' | 'metrics'>;
type Outcome = ClientDecision<CertificateSubject & { created: boolean }>;

const codeInvalid = (reason: string) => refused<CertificateSubject & { created: boolean }>(refusal('SSO_CODE_INVALID', { reason }));

/** Why a code cannot be redeemed, or null when it can (the verifier is checked apart, in constant time). */
function codeProblem(r: SsoRequestRecord | undefined, now: number): string | null {
  if (!r || r.purpose !== 'device' || !r.codeChallenge || !r.userId || !r.subscriptionId) return 'unknown';
  if (r.codeUsedAt !== null) return 'used';
  if (r.codeExpiresAt === null || now >= r.codeExpiresAt) return 'expired';
  return null;
}

/**
 * A device redeems the one-time code its person's SSO sign-in ended in (docs/sso.md, device
 * flow): the code works once, for a few minutes, with the verifier whose S256 challenge started
 * the sign-in; any attempt spends it. The person's first device on the subscription takes a seat
 * on the key their groups map to; their further devices share it, up to the per-user cap.
 */
export async function activateBySso(deps: Deps, keyring: SigningKeyring, requestId: string | null, input: SsoActivateInput) {
  const now = deps.clock.now();
  if (!PKCE_VERIFIER.test(input.codeVerifier)) return counted(deps.metrics, 'sso_activation', refused<GrantedActivation>(refusal('SSO_CODE_INVALID', { reason: 'verifier' })));
  const codeHash = deps.vault.tokenHash(input.code);
  const caller: Caller = { actor: { type: 'device', id: input.fingerprint }, requestId };
  const outcome = counted(deps.metrics, 'sso_activation', await deps.store.writeShared((tx) => activateInTx({ tx, deps, caller, now }, deps, codeHash, input), codeHash));
  if (!outcome.granted) return outcome;
  const { created, ...subject } = outcome.value;
  const signed = await issueCertificate(deps, keyring, subject, now);
  return {
    granted: true,
    value: { created, activation: activationView(subject.activation), ...signed, warnings: warningsFor({ now, subscription: subject.subscription }) },
  } satisfies ClientDecision<GrantedActivation>;
}

async function activateInTx(scope: Scope, deps: Deps, codeHash: string, input: SsoActivateInput): Promise<Outcome> {
  const { tx, now, caller } = scope;
  const request = await tx.ssoRequests.byCodeHash(codeHash);
  const problem = codeProblem(request, now);
  if (problem) return codeInvalid(problem);
  // Spent by this attempt whatever follows: a code is tried once.
  if (!(await tx.ssoRequests.useCode(request!.id, now))) return codeInvalid('used');
  if (!deps.vault.same(deps.vault.s256(input.codeVerifier), request!.codeChallenge!)) return codeInvalid('verifier');

  const sub = await openTrusted(scope, request!.subscriptionId!, { lock: true });
  // Held against a deactivation, which commits the status before it ends the person's devices.
  const user = await tx.ssoUsers.lock(request!.userId!);
  if (!sub || !user) return codeInvalid('unknown');
  const product = (await tx.products.byId(sub.productId))!;
  const connection = await tx.ssoConnections.get(sub.accountId);
  const devicesPerUser = connection?.devicesPerUser ?? SSO_DEVICES_PER_USER_DEFAULT_COUNT;
  const blacklisted = (await tx.blacklist.find(sub.id, input.fingerprint)) !== undefined;
  const userDeactivated = user.status === 'deactivated';
  const person = { email: user.email, name: user.name };

  const place = await placeSeat(scope, sub, user);
  if (!place.key) return refused(refusal('KEY_NOT_FOUND'));
  const refusedBy = firstRefusal({ now, subscription: sub, key: place.key, blacklisted, userDeactivated });
  if (refusedBy) return refused(refusedBy);

  const existing = await tx.activations.activeByFingerprint(sub.id, input.fingerprint);
  if (existing) {
    if (existing.ssoUserId !== user.id) return refused(refusal('DEVICE_IN_USE'));
    const device = deviceFields(input.device, input.ip);
    const delivery = await deliveryFor(tx, place.key);
    await tx.activations.checkIn(existing.id, now, device, delivery.policy.version);
    const activation = { ...existing, ...device, keyId: place.key.id, lastCheckInAt: now, deliveredPolicyVersion: delivery.policy.version };
    return { granted: true, value: { created: false, activation, key: place.key, subscription: sub, product, user: person, delivery } };
  }

  const seat = deviceSeat(place.devices.length, devicesPerUser);
  if (seat === 'limit') return refused(refusal('DEVICE_LIMIT_USER', { devicesPerUser }));
  let key = place.key;
  if (seat === 'claim') {
    const claimed = await tx.seats.adjust(sub.id, key.id, seatDeltas.claim(key.type), now);
    if (!claimed.ok) return refused(refusal(claimed.refusal));
    key = { ...key, used: key.used + 1 };
  }
  const delivery = await deliveryFor(tx, key);
  const activation = await startActivation(tx, deps, caller, now, sub, key, {
    fingerprint: input.fingerprint,
    device: input.device,
    ip: input.ip,
    activationType: 'SSO',
    userEmail: user.email,
    invitationId: null,
    ssoUserId: user.id,
    deliveredPolicyVersion: delivery.policy.version,
  });
  const limit = seat === 'claim' ? seatsLimitChange(sub, applyToPool(sub, seatDeltas.claim(key.type)), key) : null;
  if (limit) await record(tx, deps.ids, caller, now, limit);
  return { granted: true, value: { created: true, activation, key, subscription: sub, product, user: person, delivery } };
}


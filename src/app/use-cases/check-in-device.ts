import { firstRefusal, refusal, warningsFor } from '../../domain/decisions.ts';
import { deliveryFor, issueCertificate, type CertificateSubject } from '../certificates.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { DeviceInfo } from '../../domain/records.ts';
import type { SigningKeyring } from '../signing-keyring.ts';
import { openTrusted, termsForCheckIn } from '../subscription-entry.ts';
import { placeSeat } from '../sso-seat.ts';
import { keyForGroups } from '../../domain/sso.ts';
import { refused, type ClientDecision, type DeviceInput, type GrantedCertificate } from '../client-types.ts';

export interface CheckInInput {
  activationId: string;
  fingerprint: string;
  /** Fields that may have changed since activation (a new app version, say). */
  device?: Partial<DeviceInput>;
  ip: string | null;
}

type Deps = Pick<AppDeps, 'store' | 'clock' | 'vault' | 'signer' | 'config' | 'ids'>;

/** A device reports in and gets a fresh certificate, or learns why it no longer may run. */
export async function checkInDevice(
  deps: Deps,
  keyring: SigningKeyring,
  input: CheckInInput,
): Promise<ClientDecision<GrantedCertificate>> {
  const now = deps.clock.now();
  const outcome = await deps.store.writeShared(async (tx): Promise<ClientDecision<CertificateSubject & { policyChanged: boolean }>> => {
    const activation = await tx.activations.byId(input.activationId);
    if (!activation) return refused(refusal('ACTIVATION_NOT_FOUND'));
    let key = (await tx.keys.byId(activation.keyId))!;
    let subscription = (await termsForCheckIn(tx, activation.subscriptionId))!;
    const user = activation.ssoUserId === null ? undefined : await tx.ssoUsers.byId(activation.ssoUserId);
    const facts = {
      now,
      blacklisted: (await tx.blacklist.find(subscription.id, activation.fingerprint)) !== undefined,
      activationActive: activation.status === 'active',
      fingerprintMatches: deps.vault.same(activation.fingerprint, input.fingerprint),
      userDeactivated: user?.status === 'deactivated',
    };
    const refusedBy = firstRefusal({ ...facts, subscription, key });
    if (refusedBy) return refused(refusedBy);
    if (user && keyForGroups(await tx.keys.listBySubscription(subscription.id), user.groups)?.id !== key.id) {
      // The person's groups now map elsewhere: their seat moves, under the subscription's lock.
      const caller: Caller = { actor: { type: 'device', id: input.fingerprint }, requestId: null };
      const scope = { tx, deps, caller, now };
      subscription = (await openTrusted(scope, subscription.id, { lock: true }))!;
      // Expiry settled on entering may have ended it meanwhile.
      if ((await tx.activations.byId(activation.id))?.status !== 'active') return refused(refusal('ACTIVATION_NOT_FOUND', { reason: 'ended' }));
      // Read again under the lock: a SCIM write (which locks the subscription first) may have
      // deactivated the person or changed their groups while this waited.
      const person = (await tx.ssoUsers.byId(user.id))!;
      facts.userDeactivated = person.status === 'deactivated';
      if (facts.userDeactivated) return refused(refusal('SSO_USER_DEACTIVATED'));
      key = (await placeSeat(scope, subscription, person)).key!;
      const again = firstRefusal({ ...facts, subscription, key });
      if (again) return refused(again);
    }
    const d = input.device ?? {};
    const changes: Partial<DeviceInfo> = { ip: input.ip };
    if (d.name) changes.name = d.name;
    if (d.os) changes.os = d.os;
    for (const field of ['serial', 'mac', 'appVersion'] as const) if (d[field] !== undefined) changes[field] = d[field] ?? null;
    const delivery = await deliveryFor(tx, key);
    await tx.activations.checkIn(activation.id, now, changes, delivery.policy.version);
    const product = (await tx.products.byId(subscription.productId))!;
    const person = user && { email: user.email, name: user.name };
    const policyChanged = activation.deliveredPolicyVersion !== delivery.policy.version;
    const value = { activation: { ...activation, keyId: key.id, lastCheckInAt: now }, key, subscription, product, delivery, policyChanged, ...(person && { user: person }) };
    return { granted: true, value };
  }, input.activationId);
  if (!outcome.granted) return outcome;
  const signed = await issueCertificate(deps, keyring, outcome.value, now);
  const { subscription, policyChanged } = outcome.value;
  return { granted: true, value: { ...signed, policyChanged, warnings: warningsFor({ now, subscription }) } };
}

import { firstRefusal, refusal, warningsFor } from '../../domain/decisions.ts';
import { issueCertificate, type CertificateSubject } from '../certificates.ts';
import type { AppDeps } from '../context.ts';
import type { DeviceInfo } from '../../domain/records.ts';
import type { SigningKeyring } from '../signing-keyring.ts';
import { termsForCheckIn } from '../subscription-entry.ts';
import { refused, type ClientDecision, type DeviceInput, type GrantedCertificate } from '../client-types.ts';

export interface CheckInInput {
  activationId: string;
  fingerprint: string;
  /** Fields that may have changed since activation (a new app version, say). */
  device?: Partial<DeviceInput>;
  ip: string | null;
}

type Deps = Pick<AppDeps, 'store' | 'clock' | 'vault' | 'signer' | 'config'>;

/** A device reports in and gets a fresh certificate, or learns why it no longer may run. */
export async function checkInDevice(
  deps: Deps,
  keyring: SigningKeyring,
  input: CheckInInput,
): Promise<ClientDecision<GrantedCertificate>> {
  const now = deps.clock.now();
  const outcome = await deps.store.writeShared(async (tx): Promise<ClientDecision<CertificateSubject>> => {
    const activation = await tx.activations.byId(input.activationId);
    if (!activation) return refused(refusal('ACTIVATION_NOT_FOUND'));
    const key = (await tx.keys.byId(activation.keyId))!;
    const subscription = (await termsForCheckIn(tx, activation.subscriptionId))!;
    const refusedBy = firstRefusal({
      now,
      subscription,
      key,
      blacklisted: (await tx.blacklist.find(subscription.id, activation.fingerprint)) !== undefined,
      activationActive: activation.status === 'active',
      fingerprintMatches: deps.vault.same(activation.fingerprint, input.fingerprint),
    });
    if (refusedBy) return refused(refusedBy);
    const d = input.device ?? {};
    const changes: Partial<DeviceInfo> = { ip: input.ip };
    if (d.name) changes.name = d.name;
    if (d.os) changes.os = d.os;
    for (const field of ['serial', 'mac', 'appVersion'] as const) if (d[field] !== undefined) changes[field] = d[field] ?? null;
    await tx.activations.checkIn(activation.id, now, changes);
    const product = (await tx.products.byId(subscription.productId))!;
    return { granted: true, value: { activation: { ...activation, lastCheckInAt: now }, key, subscription, product } };
  }, input.activationId);
  if (!outcome.granted) return outcome;
  const signed = await issueCertificate(deps, keyring, outcome.value, now);
  return { granted: true, value: { ...signed, warnings: warningsFor({ now, subscription: outcome.value.subscription }) } };
}

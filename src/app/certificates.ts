import { checkInDeadline, toNumericDate, type CertificateClaims } from '../domain/certificate.ts';
import type { AppDeps } from './context.ts';
import type { ActivationRecord, KeyRecord, ProductRecord, SubscriptionRecord } from '../domain/records.ts';
import type { SigningKeyring } from './signing-keyring.ts';
import { iso } from './views/common.ts';

export interface CertificateSubject {
  activation: ActivationRecord;
  key: KeyRecord;
  subscription: SubscriptionRecord;
  product: ProductRecord;
  /** An SSO activation's person, named in the certificate. */
  user?: { email: string; name: string | null };
}

/**
 * Signs the certificate a device keeps and verifies offline. It says which seat the device
 * holds and until when: `checkInBy` (= `exp`) is the next check-in, never later than the
 * end of the key's or the subscription's validity.
 */
export async function issueCertificate(
  deps: Pick<AppDeps, 'signer' | 'config'>,
  keyring: SigningKeyring,
  s: CertificateSubject,
  now: number,
): Promise<{ certificate: string; checkInBy: string }> {
  const due = checkInDeadline(now, deps.config.checkInIntervalMs, s.key, s.subscription);
  const claims: CertificateClaims = {
    iss: deps.config.issuer,
    sub: s.activation.id,
    iat: toNumericDate(now),
    exp: toNumericDate(due),
    checkInBy: toNumericDate(due),
    subscriptionId: s.subscription.id,
    accountId: s.subscription.accountId,
    product: s.product.code,
    keyId: s.key.id,
    keyType: s.key.type,
    fingerprint: s.activation.fingerprint,
    activationType: s.activation.activationType,
    ...(s.user && { user: { email: s.user.email, name: s.user.name } }),
  };
  const certificate = await deps.signer.sign({ ...claims }, await keyring.current());
  return { certificate, checkInBy: iso(due) };
}

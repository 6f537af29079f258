import { checkInDeadline, toNumericDate, type CertificateClaims } from '../domain/certificate.ts';
import type { AppDeps } from './context.ts';
import type { ActivationRecord, GoldenImageRecord, KeyRecord, ProductRecord, SubscriptionRecord } from '../domain/records.ts';
import { effectivePolicy, needsDefault, type Policy } from '../domain/policy.ts';
import type { Tx } from './ports/store.ts';
import type { SigningKeyring } from './signing-keyring.ts';
import { iso } from './views/common.ts';

export interface CertificateSubject {
  activation: ActivationRecord;
  key: KeyRecord;
  subscription: SubscriptionRecord;
  product: ProductRecord;
  /** An SSO activation's person, named in the certificate. */
  user?: { email: string; name: string | null };
  /** What the key gives its devices to live by. */
  delivery: Delivery;
}

/** The key's effective policy and its golden image, as a certificate carries them. */
export interface Delivery {
  policy: Policy;
  goldenImage: GoldenImageRecord | null;
}

/**
 * Reads what a certificate of `key` carries, inside the device's transaction: nothing for a key
 * with its own policy (or the primary key) and no image; the primary key when the key inherits;
 * the image when one is set.
 */
export async function deliveryFor(tx: Tx, key: KeyRecord): Promise<Delivery> {
  const primary = needsDefault(key) ? await tx.keys.primaryOf(key.subscriptionId) : undefined;
  const goldenImage = key.goldenImageId === null ? null : ((await tx.goldenImages.byId(key.goldenImageId)) ?? null);
  return { policy: effectivePolicy(key, primary), goldenImage };
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
    policy: s.delivery.policy,
    goldenImage: s.delivery.goldenImage && {
      id: s.delivery.goldenImage.id,
      name: s.delivery.goldenImage.name,
      description: s.delivery.goldenImage.description,
      images: s.delivery.goldenImage.images,
    },
  };
  const certificate = await deps.signer.sign({ ...claims }, await keyring.current());
  return { certificate, checkInBy: iso(due) };
}

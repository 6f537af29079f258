import type { GoldenImageFiles, Policy } from './policy.ts';
import { keyValidUntil, type KeyTerms, type SubscriptionTerms } from './validity.ts';

export const ACTIVATION_TYPES = ['LIC_KEY', 'SSO'] as const;
export type ActivationType = (typeof ACTIVATION_TYPES)[number];

/**
 * When the device must check in next: after the interval, but never after the end of the
 * key's or the subscription's validity. The certificate expires at the same instant: a
 * device that cannot reach the server keeps working exactly until its check-in is due.
 */
export function checkInDeadline(
  now: number,
  checkInIntervalMs: number,
  key: KeyTerms,
  subscription: SubscriptionTerms,
): number {
  return Math.min(now + checkInIntervalMs, keyValidUntil(key, subscription));
}

/** The claims of a device certificate (a compact JWS, EdDSA). Times are NumericDate seconds. */
export interface CertificateClaims {
  iss: string;
  sub: string;
  iat: number;
  exp: number;
  checkInBy: number;
  subscriptionId: string;
  accountId: string;
  product: string;
  keyId: string;
  keyType: string;
  fingerprint: string;
  activationType: ActivationType;
  /** For an SSO activation: the person it belongs to (one seat per person, whatever their devices). */
  user?: { email: string; name: string | null };
  /** The key's effective policy (its own, or the account default with `inherited` true). */
  policy: Policy;
  /** The corporate virtual machine the key's people start from, or null. */
  goldenImage: CertificateGoldenImage | null;
}

export interface CertificateGoldenImage {
  id: string;
  name: string;
  description: string | null;
  images: GoldenImageFiles;
}

export const toNumericDate = (ms: number): number => Math.floor(ms / 1000);

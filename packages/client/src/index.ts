/**
 * Allot's client SDK (docs/client.md): activate a machine (a key, an invitation's code, an SSO
 * sign-in), verify its certificate offline against the server's JWKS, keep it where the app says,
 * check in before the deadline. Node 20+, no dependencies (node:crypto, node:http, node:fs, fetch).
 */
export const SDK_VERSION = '0.1.0';
export {
  AllotClient,
  NotActivated,
  savedIdentity,
  type ActivateResult,
  type ActivateWith,
  type AllotClientOptions,
  type CheckInResult,
  type DeviceInfo,
  type LicenseStatus,
  type StoredRefusal,
  type Timers,
} from './client.ts';
export { AllotClientError, AllotRefusal, AllotUnreachable, CertificateInvalid } from './errors.ts';
export { listenForCode, openSystemBrowser, pkcePair, SsoSignInFailed } from './sso.ts';
export { FileStore, MemoryStore, type Store } from './store.ts';
export type { CertificateClaims, GoldenImage, ImageFile, Jwks, Policy } from './types.ts';
export { CERTIFICATE_TYPE, jwkThumbprint, jwksHas, kidOf, verifyCertificate, type Expectations } from './verify.ts';

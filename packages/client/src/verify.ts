/**
 * Offline verification of a device certificate: a compact JWS, `{alg: 'EdDSA', kid}`, signed with
 * Ed25519, checked against the server's JWKS with node:crypto alone.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { CertificateInvalid } from './errors.ts';
import type { CertificateClaims, Jwks } from './types.ts';

export interface Expectations {
  /** The issuer the certificate must name (the one stored at activation); absent: any (the first certificate). */
  issuer?: string;
  /** This machine's fingerprint. */
  fingerprint: string;
  /** The activation the certificate must be about; absent: any (the first certificate). */
  activationId?: string;
  /** The time to judge `iat` by (ms); `exp` is not judged here (an expired certificate is still authentic). */
  now: number;
  /** How far in the future `iat` may be (the server's clock ahead of ours). */
  clockSkewMs: number;
  /** When set, the thumbprints (RFC 7638) of the only signing keys to accept, whatever the JWKS lists. */
  trustedKeys?: ReadonlySet<string>;
}

/** The `typ` Allot's certificates carry in their header. */
export const CERTIFICATE_TYPE = 'allot-certificate+jwt';

/** A signing key's JWK thumbprint (RFC 7638, SHA-256, base64url): what an app pins in `trustedKeys`. */
export function jwkThumbprint(jwk: { crv?: unknown; kty?: unknown; x?: unknown }): string {
  const canonical = JSON.stringify({ crv: String(jwk.crv), kty: String(jwk.kty), x: String(jwk.x) });
  return createHash('sha256').update(canonical).digest('base64url');
}

const decodeJson = (part: string, what: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // below
  }
  throw new CertificateInvalid('malformed', `The certificate's ${what} is not a JSON object.`);
};

/** The kid a certificate names in its header (to tell whether the JWKS knows it before verifying). */
export function kidOf(certificate: string): string | undefined {
  const header = decodeJson(certificate.split('.')[0] ?? '', 'header');
  return typeof header.kid === 'string' ? header.kid : undefined;
}

/** Whether the JWKS holds an Ed25519 key with this kid. */
export const jwksHas = (jwks: Jwks, kid: string | undefined): boolean =>
  kid !== undefined && jwks.keys.some((k) => k.kid === kid && k.kty === 'OKP' && k.crv === 'Ed25519');

/**
 * Verifies the signature and the claims that make the certificate this device's; throws
 * {@link CertificateInvalid} (reason `unknown-kid` when the JWKS lacks the signing key: refetch it).
 * Returns the claims; whether they are still in force (`exp`) is the caller's to judge.
 */
export function verifyCertificate(certificate: string, jwks: Jwks, expect: Expectations): CertificateClaims {
  const parts = certificate.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) throw new CertificateInvalid('malformed', 'The certificate is not a compact JWS.');
  const [h, p, s] = parts as [string, string, string];
  const header = decodeJson(h, 'header');
  if (header.alg !== 'EdDSA') throw new CertificateInvalid('algorithm', `The certificate's algorithm is ${String(header.alg)}, not EdDSA.`);
  if (header.typ !== CERTIFICATE_TYPE) throw new CertificateInvalid('type', `The token's type is ${String(header.typ)}, not an Allot certificate.`);
  if (header.crit !== undefined) throw new CertificateInvalid('malformed', 'The certificate has critical header parameters this client does not know.');
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const jwk = jwks.keys.find((k) => k.kid === kid && k.kty === 'OKP' && k.crv === 'Ed25519' && typeof k.x === 'string');
  if (!jwk) throw new CertificateInvalid('unknown-kid', `No published key has the certificate's kid (${kid ?? 'none'}).`);
  // The JWKS is stored beside the certificate: with keys pinned, one written there by someone else counts for nothing.
  if (expect.trustedKeys && !expect.trustedKeys.has(jwkThumbprint(jwk)))
    throw new CertificateInvalid('untrusted-key', `The certificate is signed by a key this app does not trust (kid ${kid}).`);
  let ok = false;
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: String(jwk.x) }, format: 'jwk' });
    ok = verify(null, Buffer.from(`${h}.${p}`, 'ascii'), key, Buffer.from(s, 'base64url'));
  } catch {
    ok = false;
  }
  if (!ok) throw new CertificateInvalid('signature', 'The certificate\'s signature does not verify.');

  const claims = decodeJson(p, 'payload') as CertificateClaims;
  for (const name of ['iss', 'sub', 'fingerprint', 'product', 'keyId'] as const)
    if (typeof claims[name] !== 'string') throw new CertificateInvalid('malformed', `The certificate has no ${name}.`);
  for (const name of ['iat', 'exp', 'checkInBy'] as const)
    if (typeof claims[name] !== 'number' || !Number.isFinite(claims[name])) throw new CertificateInvalid('malformed', `The certificate has no ${name}.`);
  if (expect.issuer !== undefined && claims.iss !== expect.issuer)
    throw new CertificateInvalid('issuer', `The certificate was issued by ${claims.iss}, not ${expect.issuer}.`);
  if (claims.fingerprint !== expect.fingerprint) throw new CertificateInvalid('fingerprint', 'The certificate belongs to another machine.');
  if (expect.activationId !== undefined && claims.sub !== expect.activationId)
    throw new CertificateInvalid('subject', 'The certificate is about another activation.');
  if (claims.iat * 1000 > expect.now + expect.clockSkewMs)
    throw new CertificateInvalid('issued-in-future', 'The certificate was issued in the future (the clock is far behind the server\'s).');
  if (claims.exp < claims.iat) throw new CertificateInvalid('malformed', 'The certificate expires before it was issued.');
  return claims;
}

import { X509Certificate } from 'node:crypto';
import { AllotError } from '../domain/errors.ts';
import type { CertificateFacts } from '../app/ports/identity.ts';

const PEM_LINE_CHARS = 64;

/**
 * A certificate as PEM, from PEM or from its bare base64 (as metadata carries it), with any
 * whitespace; null when it does not parse as an X.509 certificate.
 */
export function certificatePem(input: string): string | null {
  const body = input.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  if (!body || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return null;
  const lines = body.match(new RegExp(`.{1,${PEM_LINE_CHARS}}`, 'g')) ?? [];
  const pem = `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
  try {
    new X509Certificate(pem);
    return pem;
  } catch {
    return null;
  }
}

/**
 * The identity provider's signing certificates, checked and normalized to PEM (duplicates
 * dropped); INVALID_REQUEST naming `field` when one does not parse or there is none.
 */
export function checkIdpCertificates(pems: readonly string[], field = 'idpCertificates'): string[] {
  const refuse = (problem: string) => new AllotError('INVALID_REQUEST', 'The identity provider certificates are not valid.', [{ field, problem }]);
  if (pems.length === 0) throw refuse('at least one signing certificate is needed');
  const normalized: string[] = [];
  pems.forEach((input, index) => {
    const pem = certificatePem(input);
    if (pem === null) throw refuse(`certificate ${index + 1} is not an X.509 certificate (PEM or base64 DER)`);
    if (!normalized.includes(pem)) normalized.push(pem);
  });
  return normalized;
}

/** What a console shows of a certificate: its SHA-256 fingerprint, subject and end of validity. */
export function describeCertificate(pem: string): CertificateFacts {
  try {
    const c = new X509Certificate(pem);
    const notAfter = Date.parse(c.validTo);
    return { fingerprintSha256: c.fingerprint256, subject: c.subject.replace(/\n/g, ', '), notAfter: Number.isNaN(notAfter) ? null : notAfter };
  } catch {
    return { fingerprintSha256: '', subject: '', notAfter: null };
  }
}

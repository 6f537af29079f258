import { X509Certificate } from 'node:crypto';
import { AllotError } from '../domain/errors.ts';
import type { CertificateFacts } from '../app/ports/identity.ts';

const BEGIN = '-----BEGIN CERTIFICATE-----';
const END = '-----END CERTIFICATE-----';

/** A certificate as PEM, from PEM or from its bare base64 body (as identity providers show it). */
export function toPem(text: string): string {
  const body = text.replace(BEGIN, '').replace(END, '').replace(/\s+/g, '');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `${BEGIN}\n${lines.join('\n')}\n${END}\n`;
}

const problem = (index: number, what: string) =>
  new AllotError('INVALID_REQUEST', `Certificate ${index + 1} ${what}.`, [{ field: `idpCertificates/${index}`, problem: what }]);

/** Checks each certificate parses as X.509 and gives it back as PEM. */
export function checkCertificates(pems: readonly string[]): string[] {
  return pems.map((text, i) => {
    if (!/^[\sA-Za-z0-9+/=-]*$/.test(text.replace(BEGIN, '').replace(END, ''))) throw problem(i, 'is not a PEM or base64 certificate');
    const pem = toPem(text);
    try {
      new X509Certificate(pem);
    } catch {
      throw problem(i, 'is not a readable X.509 certificate');
    }
    return pem;
  });
}

export function describeCertificate(pem: string): CertificateFacts {
  try {
    const c = new X509Certificate(pem);
    const notAfter = Date.parse(c.validTo);
    return { fingerprintSha256: c.fingerprint256, subject: c.subject.replace(/\n/g, ', '), notAfter: Number.isNaN(notAfter) ? null : notAfter };
  } catch {
    return { fingerprintSha256: '', subject: '', notAfter: null };
  }
}

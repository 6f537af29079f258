import { AllotError } from '../domain/errors.ts';
import type { SamlPort } from '../app/ports/identity.ts';
import { checkCertificates, describeCertificate } from './certificates.ts';

const missing = (): never => {
  throw new AllotError('SSO_NOT_CONFIGURED', 'SAML is not built yet.');
};

/** The SAML adapter (placeholder until the adapter lands). */
export function createSamlAdapter(): SamlPort {
  return { checkCertificates, describeCertificate, parseMetadata: missing, spMetadata: missing, authorize: missing, verify: missing };
}

import { AllotError } from '../domain/errors.ts';
import type { OidcPort } from '../app/ports/identity.ts';

const missing = (): never => {
  throw new AllotError('SSO_NOT_CONFIGURED', 'OpenID Connect is not built yet.');
};

/** The OpenID Connect adapter (placeholder until the adapter lands). */
export function createOidcAdapter(): OidcPort {
  return { check: missing, authorize: missing, verify: missing };
}

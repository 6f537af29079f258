import { randomBytes } from 'node:crypto';
import { SAML, SamlStatusError, ValidateInResponseTo } from '@node-saml/node-saml';
import type { CacheProvider, SamlConfig } from '@node-saml/node-saml';
import { AllotError } from '../domain/errors.ts';
import type { ErrorCode } from '../domain/errors.ts';
import type { SamlPort, SamlSettings, SsoIdentity } from '../app/ports/identity.ts';
import { checkIdpCertificates, describeCertificate } from './saml-certificates.ts';
import { identityOf } from './saml-identity.ts';
import { parseIdpMetadata, serviceProviderMetadata } from './saml-metadata.ts';
import { refusal, screenResponse, validatedAssertion } from './saml-response.ts';

export { checkIdpCertificates } from './saml-certificates.ts';

const DEFAULT_CLOCK_SKEW_MS = 2 * 60 * 1000;

/**
 * The SAML 2.0 service provider over @node-saml/node-saml, which checks signatures, validity
 * windows, audience and InResponseTo. It keeps no state: the caller stores the request id that
 * authorize() returns and hands it back to verify().
 */
export function createSamlAdapter(options: { clockSkewMs?: number } = {}): SamlPort {
  const clockSkewMs = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;
  return {
    checkCertificates: (pems) => checkIdpCertificates(pems),
    describeCertificate,
    parseMetadata: parseIdpMetadata,
    spMetadata: serviceProviderMetadata,
    authorize: (s, relayState) => authorize(s, relayState),
    verify: (s, samlResponse, expectedRequestId) => verify(s, samlResponse, expectedRequestId, clockSkewMs),
  };
}

const baseConfig = (s: SamlSettings): SamlConfig => ({
  entryPoint: s.idpSsoUrl,
  issuer: s.spEntityId,
  callbackUrl: s.acsUrl,
  idpCert: s.idpCertificates,
  // No NameIDPolicy format and no RequestedAuthnContext: providers refuse a request that asks
  // for a format the application is not set up for, or for password sign-in when the person
  // used a passkey or MFA (Entra AADSTS75011). What they send is checked on the way back.
  identifierFormat: null,
  disableRequestedAuthnContext: true,
});

async function authorize(s: SamlSettings, relayState: string): Promise<{ url: string; requestId: string }> {
  // An xs:ID must not start with a digit.
  const requestId = `_${randomBytes(20).toString('hex')}`;
  const saml = new SAML({ ...baseConfig(s), generateUniqueId: () => requestId, validateInResponseTo: ValidateInResponseTo.never });
  const url = await saml.getAuthorizeUrlAsync(relayState, undefined, {});
  return { url, requestId };
}

/** A cache that knows one request: the one this response must answer. */
const oneRequest = (expectedRequestId: string): CacheProvider => ({
  saveAsync: async () => null,
  getAsync: async (key) => (key === expectedRequestId ? new Date().toISOString() : null),
  removeAsync: async () => null,
});

async function verify(s: SamlSettings, samlResponse: string, expectedRequestId: string, clockSkewMs: number): Promise<SsoIdentity> {
  const posted = screenResponse(samlResponse);
  const saml = new SAML({
    ...baseConfig(s),
    idpCert: checkIdpCertificates(s.idpCertificates),
    audience: s.spEntityId,
    idpIssuer: s.idpEntityId,
    // One of the two must carry a valid signature: node-saml refuses a response with neither.
    wantAuthnResponseSigned: false,
    wantAssertionsSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    cacheProvider: oneRequest(expectedRequestId),
    acceptedClockSkewMs: clockSkewMs,
  });
  let assertionXml: string;
  try {
    const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: samlResponse.replace(/\s+/g, '') });
    const xml = profile?.getAssertionXml?.();
    if (!xml) throw refusal('SSO_RESPONSE_INVALID', 'The SAML response carries no assertion.');
    assertionXml = xml;
  } catch (error) {
    throw asRefusal(error);
  }
  const assertion = validatedAssertion(assertionXml);

  // node-saml checks the issuer of logout messages only: the assertion's is checked here.
  for (const issuer of [assertion.issuer, ...(posted.issuer === null ? [] : [posted.issuer])]) {
    if (issuer !== s.idpEntityId) {
      throw refusal('SSO_ISSUER_INVALID', 'The assertion comes from another identity provider.', { issuer, expected: s.idpEntityId });
    }
  }
  if (posted.destination !== null && posted.destination !== s.acsUrl) {
    throw refusal('SSO_RECIPIENT_INVALID', 'The SAML response is addressed to another service.', { destination: posted.destination, expected: s.acsUrl });
  }
  const bearer = assertion.confirmations;
  if (bearer.length === 0) throw refusal('SSO_RESPONSE_INVALID', 'The assertion has no bearer subject confirmation.');
  const wrongRecipient = bearer.find((c) => c.recipient !== null && c.recipient !== s.acsUrl);
  if (wrongRecipient) {
    throw refusal('SSO_RECIPIENT_INVALID', 'The assertion is meant for another service.', { recipient: wrongRecipient.recipient, expected: s.acsUrl });
  }
  // Signed with the assertion, so that a captured assertion cannot be wrapped in a new response
  // naming another request.
  if (!bearer.some((c) => c.inResponseTo === expectedRequestId)) {
    throw refusal('SSO_REPLAYED', 'The assertion does not answer this sign-in request.', { reason: 'SubjectConfirmationData InResponseTo missing or different' });
  }
  return identityOf(assertion.nameId, assertion.attributes, s);
}

/** node-saml's refusals, by their messages, as stable codes; its message goes to details.reason. */
const REFUSALS: [RegExp, ErrorCode][] = [
  [/InResponseTo/i, 'SSO_REPLAYED'],
  [/not yet valid|expired|too old|subject confirmation/i, 'SSO_ASSERTION_EXPIRED'],
  [/audience/i, 'SSO_AUDIENCE_INVALID'],
  [/issuer/i, 'SSO_ISSUER_INVALID'],
  [/signature|signed|digest|transform|reference/i, 'SSO_SIGNATURE_INVALID'],
];

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  SSO_REPLAYED: 'The SAML response does not answer this sign-in request.',
  SSO_ASSERTION_EXPIRED: 'The assertion is outside its validity window.',
  SSO_AUDIENCE_INVALID: 'The assertion is meant for another service.',
  SSO_ISSUER_INVALID: 'The assertion comes from another identity provider.',
  SSO_SIGNATURE_INVALID: 'The SAML response is not validly signed by the identity provider.',
  SSO_IDP_ERROR: 'The identity provider refused the sign-in.',
  SSO_RESPONSE_INVALID: 'The SAML response cannot be read.',
};

function asRefusal(error: unknown): AllotError {
  if (error instanceof AllotError) return error;
  const reason = error instanceof Error ? error.message.slice(0, 500) : String(error);
  const code: ErrorCode =
    error instanceof SamlStatusError ? 'SSO_IDP_ERROR' : (REFUSALS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'SSO_RESPONSE_INVALID');
  return new AllotError(code, MESSAGES[code] ?? 'The SAML response was refused.', { reason });
}

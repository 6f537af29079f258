import * as client from 'openid-client';
import { AllotError, type ErrorCode } from '../domain/errors.ts';
import { ProviderUnreachable } from './oidc-discovery.ts';

/** What a provider says about an error, cut to a readable length (it is the provider's text, echoed). */
const said = (text: string | undefined): string | undefined => (text === undefined ? undefined : text.slice(0, 500));

/** The first error in the chain of causes that passes `test`. */
const findCause = (error: unknown, test: (e: unknown) => boolean): unknown => {
  for (let e = error, depth = 0; e !== undefined && e !== null && depth < 8; e = (e as { cause?: unknown }).cause, depth++) if (test(e)) return e;
  return undefined;
};
const unreachableIn = (error: unknown) => findCause(error, (e) => e instanceof ProviderUnreachable) as ProviderUnreachable | undefined;

/** The claim a failed JWT claim comparison names (nonce, aud, azp, iss, …). */
const claimOf = (error: client.ClientError): string | undefined => {
  const cause = error.cause as { claim?: unknown; cause?: { claim?: unknown } } | undefined;
  const claim = cause?.claim ?? cause?.cause?.claim;
  return typeof claim === 'string' ? claim : undefined;
};

const CLAIM_CODES: Record<string, ErrorCode> = { nonce: 'SSO_NONCE_INVALID', aud: 'SSO_AUDIENCE_INVALID', azp: 'SSO_AUDIENCE_INVALID', iss: 'SSO_ISSUER_INVALID' };

/** The token endpoint's (or userinfo's) refusals that mean the code or token is no good. */
const REFUSED_GRANT = new Set(['invalid_grant', 'invalid_token']);

/**
 * An openid-client failure while redeeming a code or reading the identity, as an AllotError.
 * Messages are openid-client's own (they never carry a token or a code).
 */
export function signInError(error: unknown): AllotError {
  if (error instanceof AllotError) return error;
  if (unreachableIn(error)) return unreachable();
  if (error instanceof client.AuthorizationResponseError) {
    return new AllotError('SSO_IDP_ERROR', 'The identity provider refused the sign-in.', { error: said(error.error), error_description: said(error.error_description) });
  }
  if (error instanceof client.ResponseBodyError) {
    const details = { error: said(error.error), error_description: said(error.error_description) };
    if (REFUSED_GRANT.has(error.error)) return new AllotError('SSO_TOKEN_INVALID', 'The identity provider refused the authorization code.', details);
    return new AllotError('SSO_IDP_ERROR', 'The identity provider refused to issue tokens.', details);
  }
  if (error instanceof client.WWWAuthenticateChallengeError) {
    // A 401 with WWW-Authenticate: from the token endpoint (the client's credentials) or userinfo (the access token).
    const challenge = error.cause.find((c) => typeof c.parameters.error === 'string')?.parameters;
    const details = { error: said(challenge?.error), error_description: said(challenge?.error_description) };
    if (REFUSED_GRANT.has(details.error ?? '')) return new AllotError('SSO_TOKEN_INVALID', 'The identity provider refused the token.', details);
    return new AllotError('SSO_IDP_ERROR', 'The identity provider refused the request.', details);
  }
  if (error instanceof client.ClientError) {
    const problem = { problem: error.message };
    switch (error.code) {
      case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED': {
        const code = CLAIM_CODES[claimOf(error) ?? ''] ?? 'SSO_TOKEN_INVALID';
        return new AllotError(code, `The ID token was refused: ${error.cause instanceof Error ? error.cause.message : error.message}.`, problem);
      }
      case 'OAUTH_INVALID_RESPONSE': {
        // The authorization response's `iss` parameter (RFC 9207) names another issuer.
        const cause = error.cause instanceof Error ? error.cause.message : '';
        if (cause.includes('"iss"')) return new AllotError('SSO_ISSUER_INVALID', 'The authorization response comes from another issuer.', { problem: cause });
        if (cause.includes('"state"')) return new AllotError('SSO_REQUEST_UNKNOWN', 'The answer is for no sign-in that was started here.', { problem: cause });
        return new AllotError('SSO_TOKEN_INVALID', 'The identity provider answered with an invalid token.', { problem: cause || error.message });
      }
      case 'OAUTH_TIMEOUT':
      case 'OAUTH_ABORT':
      case 'OAUTH_RESPONSE_IS_NOT_CONFORM':
      case 'OAUTH_RESPONSE_IS_NOT_JSON':
        return unreachable();
      default:
        return new AllotError('SSO_TOKEN_INVALID', 'The identity provider answered with an invalid token.', {
          problem: error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message,
        });
    }
  }
  return new AllotError('SSO_TOKEN_INVALID', 'The identity provider answered with something unreadable.', { problem: error instanceof Error ? error.message : String(error) });
}

export const unreachable = (): AllotError => new AllotError('SSO_IDP_UNREACHABLE', 'The identity provider did not answer. Retry in a moment.');

/** Why a discovery failed, in words an administrator can act on (no secret in it). */
export function discoveryProblem(error: unknown): string {
  const failed = unreachableIn(error);
  if (failed) {
    const root = rootCause(failed);
    return `the issuer did not answer${root ? ` (${root})` : ''}`;
  }
  if (error instanceof client.ClientError) {
    switch (error.code) {
      case 'OAUTH_RESPONSE_IS_NOT_CONFORM': {
        const status = error.cause instanceof Response ? ` (HTTP ${error.cause.status})` : '';
        return `the discovery document (/.well-known/openid-configuration) was not found${status}`;
      }
      case 'OAUTH_RESPONSE_IS_NOT_JSON':
      case 'OAUTH_PARSE_ERROR':
        return 'the discovery document is not JSON';
      case 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED':
        return 'the discovery document names another issuer';
      case 'OAUTH_TIMEOUT':
        return 'the issuer did not answer in time';
      default: {
        const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
        return `the discovery document is not usable (${error.message}${cause})`;
      }
    }
  }
  return error instanceof Error ? error.message : String(error);
}

const rootCause = (error: Error): string | undefined => {
  let e: unknown = error.cause;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  if (!(e instanceof Error)) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : e.name === 'TimeoutError' ? 'timeout' : e.message;
};

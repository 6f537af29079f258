import { createHash, timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import { AllotError } from '../domain/errors.ts';
import type { OidcPort, OidcRequestBinding, OidcSettings, SsoIdentity } from '../app/ports/identity.ts';
import { createDiscovery, type DiscoveryOptions } from './oidc-discovery.ts';
import { discoveryProblem, signInError, unreachable } from './oidc-errors.ts';
import { identityOf, lacksIdentity, type Claims } from './oidc-identity.ts';

export type OidcAdapterOptions = Partial<DiscoveryOptions>;

const BASE_SCOPES = ['openid', 'email', 'profile'];
/** Parameters of the authorization response that may appear once only. */
const SINGLE_PARAMETERS = ['code', 'state', 'error', 'error_description', 'iss'];

const sameText = (a: string, b: string): boolean => {
  const digest = (t: string) => createHash('sha256').update(t).digest();
  return timingSafeEqual(digest(a), digest(b));
};

/**
 * The OpenID Connect adapter over openid-client: discovery (cached), the authorization request
 * (code flow, PKCE S256, nonce, state), the code redeemed and the ID token validated by
 * openid-client, and the identity read from its claims (and userinfo's, when they lack some).
 */
export function createOidcAdapter(options: OidcAdapterOptions = {}): OidcPort {
  const discover = createDiscovery({
    timeoutMs: options.timeoutMs ?? 10_000,
    cacheSize: options.cacheSize ?? 100,
    cacheTtlMs: options.cacheTtlMs ?? 10 * 60_000,
    now: options.now ?? Date.now,
  });

  /** The provider's configuration for a sign-in: a provider that cannot be discovered is unreachable. */
  const configFor = async (s: OidcSettings): Promise<client.Configuration> => {
    try {
      return await discover(s);
    } catch (error) {
      if (error instanceof AllotError) throw error;
      throw unreachable();
    }
  };

  async function check(s: OidcSettings): Promise<void> {
    try {
      await discover(s);
    } catch (error) {
      if (error instanceof AllotError) throw error;
      const problem = discoveryProblem(error);
      throw new AllotError('SSO_DISCOVERY_FAILED', `The issuer could not be discovered: ${problem}.`, { problem });
    }
  }

  async function authorize(s: OidcSettings, binding: OidcRequestBinding): Promise<string> {
    const config = await configFor(s);
    const supported = config.serverMetadata().scopes_supported;
    const scopes = Array.isArray(supported) && supported.includes('groups') ? [...BASE_SCOPES, 'groups'] : BASE_SCOPES;
    const url = client.buildAuthorizationUrl(config, {
      response_type: 'code',
      scope: scopes.join(' '),
      redirect_uri: s.redirectUri,
      code_challenge: await client.calculatePKCECodeChallenge(binding.codeVerifier),
      code_challenge_method: 'S256',
      nonce: binding.nonce,
      state: binding.state,
    });
    return url.href;
  }

  async function verify(s: OidcSettings, callbackUrl: URL, binding: OidcRequestBinding): Promise<SsoIdentity> {
    const params = callbackUrl.searchParams;
    if (SINGLE_PARAMETERS.some((name) => params.getAll(name).length > 1)) {
      throw new AllotError('SSO_RESPONSE_INVALID', 'The authorization response repeats a parameter.');
    }
    const state = params.get('state');
    if (state === null || !sameText(state, binding.state)) {
      throw new AllotError('SSO_REQUEST_UNKNOWN', 'The answer is for no sign-in that was started here.');
    }
    if (!params.has('code') && !params.has('error')) {
      throw new AllotError('SSO_RESPONSE_INVALID', 'The authorization response carries neither a code nor an error.');
    }
    const config = await configFor(s);
    // The token endpoint compares redirect_uri with the authorization request's: send that one,
    // whatever address the callback reached us by.
    const current = new URL(s.redirectUri);
    current.search = params.toString();
    current.hash = '';
    try {
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: binding.codeVerifier,
        expectedNonce: binding.nonce,
        expectedState: binding.state,
        idTokenExpected: true,
      });
      const claims: Claims = { ...tokens.claims() };
      const userinfoEndpoint = config.serverMetadata().userinfo_endpoint;
      if (lacksIdentity(s, claims) && userinfoEndpoint && typeof claims.sub === 'string') {
        const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        // The ID token's claims are the signed ones: userinfo only fills what they lack.
        for (const [name, value] of Object.entries(userinfo)) if (claims[name] === undefined) claims[name] = value;
      }
      return identityOf(s, claims);
    } catch (error) {
      throw signInError(error);
    }
  }

  return { check, authorize, verify };
}

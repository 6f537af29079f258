import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import * as client from 'openid-client';
import { AllotError } from '../domain/errors.ts';
import type { OidcSettings } from '../app/ports/identity.ts';

/** A request that never reached the provider or got no answer (refused, reset, DNS, timeout). */
export class ProviderUnreachable extends Error {
  constructor(cause: unknown) {
    super('The identity provider did not answer.', { cause });
    this.name = 'ProviderUnreachable';
  }
}

export interface DiscoveryOptions {
  /** Each request to the provider (discovery, token, JWKS, userinfo) gives up after this long. */
  timeoutMs: number;
  /** Discovered configurations kept, and for how long. */
  cacheSize: number;
  cacheTtlMs: number;
  now: () => number;
}

const isLoopback = (hostname: string): boolean => {
  const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return isIP(host) === 6 && host === '::1';
};

/** The issuer as a URL: https://, or http:// on a loopback address (a local test provider). */
export function issuerUrl(issuer: string): { url: URL; insecure: boolean } {
  const refuse = (problem: string): never => {
    throw new AllotError('INVALID_REQUEST', 'The issuer is not a usable address.', [{ field: 'issuer', problem }]);
  };
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return refuse('is not a URL');
  }
  if (url.search || url.hash) refuse('must have no query or fragment');
  if (url.username || url.password) refuse('must carry no credentials');
  if (url.protocol === 'https:') return { url, insecure: false };
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return { url, insecure: true };
  if (url.protocol === 'http:') return refuse('must be https:// (http:// only on a loopback address)');
  return refuse('must be https://');
}

/** fetch with every failure to get an answer marked, so that it maps to SSO_IDP_UNREACHABLE. */
const markingFetch = (url: string, options: client.CustomFetchOptions): Promise<Response> =>
  fetch(url, options as RequestInit).catch((error: unknown) => {
    throw new ProviderUnreachable(error);
  });

/**
 * The provider says which client authentication its token endpoint takes: client_secret_basic
 * (the default when it says nothing) or client_secret_post.
 */
const clientSecretAuth =
  (secret: string): client.ClientAuth =>
  (as, metadata, body, headers) => {
    const methods = as.token_endpoint_auth_methods_supported;
    const post = Array.isArray(methods) && !methods.includes('client_secret_basic') && methods.includes('client_secret_post');
    (post ? client.ClientSecretPost(secret) : client.ClientSecretBasic(secret))(as, metadata, body, headers);
  };

/** Discovers providers, keeping a few configurations so that a sign-in does not rediscover each time. */
export function createDiscovery(options: DiscoveryOptions) {
  const cache = new Map<string, { at: number; config: Promise<client.Configuration> }>();

  const discover = (s: OidcSettings, url: URL, insecure: boolean): Promise<client.Configuration> =>
    client.discovery(url, s.clientId, { client_secret: s.clientSecret }, clientSecretAuth(s.clientSecret), {
      timeout: options.timeoutMs / 1000,
      [client.customFetch]: markingFetch,
      // openid-client would take an ID token from the token endpoint on the strength of TLS alone
      // (OIDC Core 3.1.3.7); its signature is checked too, against the provider's published keys.
      execute: insecure ? [client.enableNonRepudiationChecks, client.allowInsecureRequests] : [client.enableNonRepudiationChecks],
    });

  return async (s: OidcSettings): Promise<client.Configuration> => {
    const { url, insecure } = issuerUrl(s.issuer);
    const secretHash = createHash('sha256').update(s.clientSecret).digest('base64url');
    const key = JSON.stringify([url.href, s.clientId, secretHash]);
    const now = options.now();
    const hit = cache.get(key);
    if (hit && now - hit.at < options.cacheTtlMs) return hit.config;
    cache.delete(key);
    const config = discover(s, url, insecure);
    cache.set(key, { at: now, config });
    while (cache.size > options.cacheSize) cache.delete(cache.keys().next().value!);
    // A failed discovery is not kept: the next sign-in asks again.
    config.catch(() => {
      if (cache.get(key)?.config === config) cache.delete(key);
    });
    return config;
  };
}

import { Resolver } from 'node:dns/promises';
import { DNS_TIMEOUT_MS, DNS_TRIES_COUNT } from '../domain/limits.ts';

/** DNS answers that mean "there is no such record", as opposed to "DNS did not answer". */
export const NOTHING_THERE = new Set(['ENOTFOUND', 'ENODATA']);

export const dnsErrorCode = (error: unknown): string => String((error as { code?: unknown }).code ?? 'EUNKNOWN');

/**
 * A resolver that asks `servers` (ALLOT_DNS_SERVERS: `host:port`, `[v6]:port` or `host`, as IP
 * addresses) or, when null, the system's resolvers.
 */
export function configuredResolver(servers: readonly string[] | null): Resolver {
  const resolver = new Resolver({ timeout: DNS_TIMEOUT_MS, tries: DNS_TRIES_COUNT });
  if (servers) {
    try {
      resolver.setServers(servers);
    } catch (error) {
      throw new Error(`ALLOT_DNS_SERVERS must name servers by IP address (got "${servers.join(',')}"): ${(error as Error).message}`, { cause: error });
    }
  }
  return resolver;
}

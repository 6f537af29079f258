import { Resolver } from 'node:dns/promises';
import type { TxtResolver } from '../app/ports/identity.ts';
import { DNS_TIMEOUT_MS, DNS_TRIES_COUNT } from '../domain/limits.ts';

/** DNS answers that mean "there is no such record", as opposed to "DNS did not answer". */
const NOTHING_THERE = new Set(['ENOTFOUND', 'ENODATA']);

/**
 * TXT lookups for domain verification, through `servers` (ALLOT_DNS_SERVERS: `host:port`,
 * `[v6]:port` or `host`, as IP addresses) or, when null, the system's resolvers.
 */
export function createTxtResolver(servers: readonly string[] | null): TxtResolver {
  const resolver = new Resolver({ timeout: DNS_TIMEOUT_MS, tries: DNS_TRIES_COUNT });
  if (servers) {
    try {
      resolver.setServers(servers);
    } catch (error) {
      throw new Error(`ALLOT_DNS_SERVERS must name servers by IP address (got "${servers.join(',')}"): ${(error as Error).message}`, { cause: error });
    }
  }
  return {
    async resolveTxt(name) {
      try {
        // A record's value may come in several strings (each at most 255 bytes): they are one value.
        return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
      } catch (error) {
        const code = String((error as { code?: unknown }).code ?? 'EUNKNOWN');
        return NOTHING_THERE.has(code) ? [] : { error: code };
      }
    },
  };
}

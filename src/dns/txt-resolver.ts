import type { TxtResolver } from '../app/ports/identity.ts';
import { configuredResolver, dnsErrorCode, NOTHING_THERE } from './resolver.ts';

/**
 * TXT lookups for domain verification, through `servers` (ALLOT_DNS_SERVERS) or, when null, the
 * system's resolvers.
 */
export function createTxtResolver(servers: readonly string[] | null): TxtResolver {
  const resolver = configuredResolver(servers);
  return {
    async resolveTxt(name) {
      try {
        // A record's value may come in several strings (each at most 255 bytes): they are one value.
        return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
      } catch (error) {
        const code = dnsErrorCode(error);
        return NOTHING_THERE.has(code) ? [] : { error: code };
      }
    },
  };
}

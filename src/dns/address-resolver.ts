import { lookup } from 'node:dns/promises';
import { configuredResolver, dnsErrorCode, NOTHING_THERE } from './resolver.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to; throws when it resolves to none. */
export type AddressResolver = (host: string) => Promise<ResolvedAddress[]>;

/**
 * The addresses of a host name, for the webhooks' outbound requests. With `servers`
 * (ALLOT_DNS_SERVERS), its A and AAAA records asked of those servers, the same ones domain
 * verification asks (the hosts file is not read then). When null, the system's lookup
 * (getaddrinfo: the hosts file, then the system's resolvers).
 */
export function createAddressResolver(servers: readonly string[] | null): AddressResolver {
  if (!servers) {
    return async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  }
  const resolver = configuredResolver(servers);
  return async (host) => {
    const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
    const found: ResolvedAddress[] = [
      ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 as const })) : []),
      ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 as const })) : []),
    ];
    if (found.length > 0) return found;
    // Neither family answered: the name does not exist, or DNS failed (the first failure says which).
    const failure = [v4, v6].find((r): r is PromiseRejectedResult => r.status === 'rejected' && !NOTHING_THERE.has(dnsErrorCode(r.reason)));
    throw failure ? failure.reason : Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' });
  };
}

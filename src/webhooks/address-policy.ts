import { BlockList, isIP } from 'node:net';

/**
 * Which addresses a webhook may reach: none of loopback, private, link-local, unique-local,
 * CGNAT, multicast, unspecified or reserved ranges (IPv4-mapped IPv6 forms included), unless
 * the operator allows them (ALLOT_WEBHOOK_ALLOWED_NETWORKS: CIDRs and host names).
 */
const DENIED_V4: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const DENIED_V6: [string, number][] = [
  ['::', 128],
  ['::1', 128],
  ['fe80::', 10],
  ['fc00::', 7],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
];

export interface AddressPolicy {
  /** Whether the operator allows this host name (exactly, case-insensitive). */
  hostAllowed(host: string): boolean;
  /** 'allowed': on the allow-list; 'public': reachable by anyone; 'denied': refused. */
  classify(address: string): 'allowed' | 'public' | 'denied';
}

export class AllowListError extends Error {}

export function addressPolicy(allowList: readonly string[]): AddressPolicy {
  const denied = new BlockList();
  for (const [a, p] of DENIED_V4) denied.addSubnet(a, p, 'ipv4');
  for (const [a, p] of DENIED_V6) denied.addSubnet(a, p, 'ipv6');
  const allowed = new BlockList();
  const hosts = new Set<string>();
  for (const raw of allowList) {
    const entry = raw.trim();
    if (!entry) continue;
    const [addr, bits] = entry.split('/');
    const family = isIP(addr!);
    if (family) {
      const prefix = bits === undefined ? (family === 4 ? 32 : 128) : Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) throw new AllowListError(`${entry} is not a CIDR`);
      allowed.addSubnet(addr!, prefix, family === 4 ? 'ipv4' : 'ipv6');
    } else if (bits === undefined && /^[a-z0-9.-]+$/i.test(entry)) hosts.add(entry.toLowerCase());
    else throw new AllowListError(`${entry} is neither a CIDR nor a host name`);
  }
  return {
    hostAllowed: (host) => hosts.has(host.toLowerCase()),
    classify(address) {
      const family = isIP(address);
      if (!family) return 'denied';
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (allowed.check(address, type)) return 'allowed';
      return denied.check(address, type) ? 'denied' : 'public';
    },
  };
}

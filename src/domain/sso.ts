/**
 * The rules of SSO (docs/sso.md): which key a person's groups map to, what an app's redirect
 * address may be, what a PKCE challenge looks like, and what happens to a person's seat.
 * No I/O: the use-cases in app/ ask these, the protocol adapters in sso/ never decide them.
 */

/** What the mapping needs of a key. */
export interface MappableKey {
  id: string;
  type: 'primary' | 'dynamic' | 'reserved';
  ssoGroups: readonly string[];
  ssoPriority: number;
  createdAt: number;
  expiredAt: number | null;
  deletedAt: number | null;
}

/** Group ids and names compare trimmed and case-insensitively (an Entra object id's case varies). */
export const groupMatchKey = (group: string): string => group.trim().toLowerCase();

/**
 * The key a person draws their seat on: among live sublicense keys mapped to any of their
 * groups, the lowest `ssoPriority` (ties: the key created first, then the lower id); a person in
 * no mapped group draws on the primary key. Undefined only when the subscription has no primary key.
 */
export function keyForGroups<K extends MappableKey>(keys: readonly K[], groups: readonly string[]): K | undefined {
  const theirs = new Set(groups.map(groupMatchKey));
  const mapped = keys
    .filter((k) => k.type !== 'primary' && k.expiredAt === null && k.deletedAt === null)
    .filter((k) => k.ssoGroups.some((g) => theirs.has(groupMatchKey(g))))
    .sort((a, b) => a.ssoPriority - b.ssoPriority || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return mapped[0] ?? keys.find((k) => k.type === 'primary');
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * A native app's redirect address (RFC 8252, section 7.3): http on a loopback address with an
 * explicit port, any path, no credentials and no fragment. Anything else is refused: a code
 * must never travel to a host an attacker could name.
 */
export function isLoopbackRedirect(raw: string): boolean {
  if (raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'http:' &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    url.port !== '' &&
    url.username === '' &&
    url.password === '' &&
    url.hash === '' &&
    !raw.includes('#')
  );
}

/** An https URL, or http on a loopback address (a local test provider). */
export function isAllowedProviderUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname));
}

/** RFC 7636: a verifier is 43–128 unreserved characters; an S256 challenge is 43 base64url characters. */
export const PKCE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
export const PKCE_S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** The person's email domain (after the last @), lower case; null when it is not an address. */
export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  return email.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
}

/**
 * Where a person's seat goes when they add a device: `'claim'` a seat on the mapped key for their
 * first device; `'share'` their seat for a further one; `'limit'` when they are at the cap.
 */
export function deviceSeat(activeDevices: number, devicesPerUser: number): 'claim' | 'share' | 'limit' {
  if (activeDevices === 0) return 'claim';
  return activeDevices >= devicesPerUser ? 'limit' : 'share';
}

/** Groups the provider can send that the administrators' group compares against (same matching as keys). */
export const inGroup = (groups: readonly string[], group: string | null): boolean =>
  group !== null && groups.some((g) => groupMatchKey(g) === groupMatchKey(group));
/** A key's place among mapped keys when none is given (lowest wins). */
export const SSO_PRIORITY_DEFAULT = 100;

/**
 * License keys: five groups of six characters, e.g. `6J9A5T-K2M8QX-P4R7VW-H3N6TB-RN17ZA`.
 *
 * - Alphabet: Crockford base32 (no I, L, O, U). On input, I and L read as 1, O as 0,
 *   lower case as upper case, and dashes and spaces are ignored.
 * - 28 random characters (140 bits), then 2 check characters: a weighted sum modulo
 *   the prime 1021 with weights 1..28. Every single-character error and every swap of
 *   two characters changes the sum by a non-zero amount below 1021, so the checksum
 *   catches all of them before the key reaches the server.
 */
export const KEY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const KEY_GROUPS = 5;
export const KEY_GROUP_LENGTH = 6;
export const KEY_LENGTH = KEY_GROUPS * KEY_GROUP_LENGTH;
export const KEY_DATA_LENGTH = KEY_LENGTH - 2;
export const KEY_RANDOM_BITS = KEY_DATA_LENGTH * 5;
const CHECK_MODULUS = 1021;

const VALUE = new Map<string, number>([...KEY_ALPHABET].map((c, i) => [c, i]));
const ALIASES: Record<string, string> = { I: '1', L: '1', O: '0' };

function checksum(data: string): string {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum = (sum + (i + 1) * (VALUE.get(data[i]!) ?? 0)) % CHECK_MODULUS;
  return KEY_ALPHABET[Math.floor(sum / 32)]! + KEY_ALPHABET[sum % 32]!;
}

/** Groups a 30-character canonical key into 5 × 6 with dashes. */
export function formatKey(canonical: string): string {
  const groups: string[] = [];
  for (let i = 0; i < canonical.length; i += KEY_GROUP_LENGTH) groups.push(canonical.slice(i, i + KEY_GROUP_LENGTH));
  return groups.join('-');
}

/** Makes a key from at least 28 random bytes (each byte's low 5 bits pick a character, uniformly). */
export function generateKey(randomBytes: Uint8Array): string {
  if (randomBytes.length < KEY_DATA_LENGTH) throw new RangeError(`generateKey needs ${KEY_DATA_LENGTH} random bytes`);
  let data = '';
  for (let i = 0; i < KEY_DATA_LENGTH; i++) data += KEY_ALPHABET[randomBytes[i]! & 31];
  return formatKey(data + checksum(data));
}

export type ParsedKey =
  | { ok: true; canonical: string }
  | { ok: false; reason: 'format' | 'checksum' };

/** Reads what a person typed or pasted; `canonical` is the 30 characters without dashes. */
export function parseKey(input: string): ParsedKey {
  if (input.length > 64) return { ok: false, reason: 'format' };
  let canonical = '';
  for (const raw of input.toUpperCase()) {
    if (raw === '-' || raw === ' ') continue;
    const c = ALIASES[raw] ?? raw;
    if (!VALUE.has(c)) return { ok: false, reason: 'format' };
    canonical += c;
  }
  if (canonical.length !== KEY_LENGTH) return { ok: false, reason: 'format' };
  const data = canonical.slice(0, KEY_DATA_LENGTH);
  if (checksum(data) !== canonical.slice(KEY_DATA_LENGTH)) return { ok: false, reason: 'checksum' };
  return { ok: true, canonical };
}

/** The first group of a canonical key: what the operator may search and see of it (not enough to use it). */
export const keyPrefixOf = (canonical: string): string => canonical.slice(0, KEY_GROUP_LENGTH);

/**
 * The key prefix a search text asks for: the first group of what was typed (dashes, spaces and
 * case ignored, I/L/O read as in a key), or null when it does not start like a key.
 */
export function keyPrefixQuery(input: string): string | null {
  let canonical = '';
  for (const raw of input.toUpperCase()) {
    if (raw === '-' || raw === ' ') continue;
    const c = ALIASES[raw] ?? raw;
    if (!VALUE.has(c)) return null;
    canonical += c;
    if (canonical.length === KEY_GROUP_LENGTH) return canonical;
  }
  return null;
}

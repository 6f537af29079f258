/**
 * Verified domains (issue 12, docs/sso.md): an account proves it owns a domain by publishing a
 * TXT record, and then its people's addresses at that domain sign in through its identity
 * provider. A domain is verified by one account at most. These are the pure rules: what a
 * domain name is, the record to publish, and whether what DNS answered proves it.
 */
import { DOMAIN_CHECK_FOUND_MAX_COUNT, DOMAIN_CHECK_VALUE_MAX_CHARS, DOMAIN_LABEL_MAX_CHARS, DOMAIN_NAME_MAX_CHARS } from './limits.ts';

export const DOMAIN_STATUSES = ['pending', 'verified'] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];

/** Where the record goes, below the domain, and what its value starts with. */
export const CHALLENGE_LABEL = '_allot-challenge';
export const VERIFICATION_PREFIX = 'allot-domain-verification=';

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export type DomainParse = { ok: true; domain: string } | { ok: false; problem: string };

/**
 * A domain name as it is kept and compared: trimmed, lower case, without a trailing dot. ASCII
 * only (an internationalized name in its xn-- form), at least two labels, no IP address, no
 * wildcard.
 */
export function parseDomain(input: string): DomainParse {
  const refuse = (problem: string): DomainParse => ({ ok: false, problem });
  let name = input.trim().toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (name === '') return refuse('is empty');
  if (name.includes('*')) return refuse('must be one domain, not a wildcard');
  if (/[/@]/.test(name)) return refuse('must be a domain name alone, such as example.com (not a URL or an address)');
  if (name.includes(':') || /^\[.*\]$/.test(name)) return refuse('must be a domain name: no IP address, no port');
  if (/[\u0080-\uffff]/.test(name)) return refuse('must be ASCII: give an internationalized name in its xn-- form');
  if (name.length > DOMAIN_NAME_MAX_CHARS) return refuse(`must be at most ${DOMAIN_NAME_MAX_CHARS} characters`);
  const labels = name.split('.');
  if (labels.length < 2) return refuse('must have at least two labels, such as example.com');
  for (const label of labels) {
    if (label === '') return refuse('must not have an empty label (two dots in a row)');
    if (label.length > DOMAIN_LABEL_MAX_CHARS) return refuse(`must have labels of at most ${DOMAIN_LABEL_MAX_CHARS} characters`);
    if (!LABEL.test(label)) return refuse('must have labels of letters, digits and hyphens, neither starting nor ending with a hyphen');
  }
  // No top-level domain is numeric: a name that ends in one is an IPv4 address (or no name at all).
  if (/^\d+$/.test(labels[labels.length - 1]!)) return refuse('must be a domain name, not an IP address');
  return { ok: true, domain: name };
}

/** The domain of an address (the part after its last @), normalized; null when it is no domain. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const parsed = parseDomain(email.slice(at + 1));
  return parsed.ok ? parsed.domain : null;
}

/** A verification token from random bytes: lower-case hex, so that no resolver or form changes it. */
export const verificationToken = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export interface VerificationRecord {
  type: 'TXT';
  name: string;
  value: string;
}

/** What the administrator publishes to prove the domain is theirs. */
export const verificationRecord = (domain: string, token: string): VerificationRecord => ({
  type: 'TXT',
  name: `${CHALLENGE_LABEL}.${domain}`,
  value: `${VERIFICATION_PREFIX}${token}`,
});

/** Whether the TXT values found at the record's name include its value (surrounding spaces aside). */
export const proves = (found: readonly string[], record: VerificationRecord): boolean => found.some((v) => v.trim() === record.value);

/** What a check keeps of the values found: a bounded number, each of bounded length. */
export const keptValues = (found: readonly string[]): string[] =>
  found.slice(0, DOMAIN_CHECK_FOUND_MAX_COUNT).map((v) => (v.length > DOMAIN_CHECK_VALUE_MAX_CHARS ? `${v.slice(0, DOMAIN_CHECK_VALUE_MAX_CHARS)}…` : v));

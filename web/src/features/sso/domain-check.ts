import { ApiError } from '../../api/client';
import type { Domain } from '../../api/types';

/** Why DNS did not answer, in words (node's resolver codes). */
const DNS_ERRORS: Record<string, string> = {
  ETIMEOUT: 'DNS did not answer in time',
  ECONNREFUSED: 'the DNS server refused the connection',
  ESERVFAIL: 'the DNS server reported a failure',
  EREFUSED: 'the DNS server refused the question',
  ECONNRESET: 'the DNS server closed the connection',
  ENOTFOUND: 'the name does not exist in DNS',
  EBADRESP: 'the DNS answer could not be read',
};

export interface CheckResult {
  /** What was found at the record's name, as one sentence. */
  sentence: string;
  /** The TXT values found (to compare with the expected one). */
  found: string[];
}

export function describeCheck(name: string, check: { found: string[]; error: string | null }): CheckResult {
  if (check.error) return { sentence: `${DNS_ERRORS[check.error] ?? `DNS did not answer (${check.error.toLowerCase()})`} when asked for ${name}.`, found: [] };
  if (check.found.length === 0) return { sentence: `No TXT record was found at ${name}.`, found: [] };
  return { sentence: `${check.found.length === 1 ? 'One TXT value was' : `${check.found.length} TXT values were`} found at ${name}, but not the expected one:`, found: check.found };
}

/** A refused Verify (422 DOMAIN_NOT_VERIFIED), read from its details; null for any other failure. */
export function failedCheck(error: unknown, domain: Domain): CheckResult | null {
  if (!(error instanceof ApiError) || error.code !== 'DOMAIN_NOT_VERIFIED') return null;
  const details = (error.details ?? {}) as { name?: string; found?: unknown; error?: unknown };
  const found = Array.isArray(details.found) ? details.found.filter((v): v is string => typeof v === 'string') : [];
  return describeCheck(details.name ?? domain.verification.name, { found, error: typeof details.error === 'string' ? details.error : null });
}

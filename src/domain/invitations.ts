/**
 * Invitations (DOMAIN.md, "Invitations"): a personal, temporary activation code per invitee,
 * drawn on one key's seats. These are the pure rules: what an address is, which batch entries
 * are invited, an invitation's status at an instant, and when a failed email is tried again.
 */
import { DAY_MS } from './time.ts';
import { EMAIL_MAX_CHARS } from './limits.ts';

export const INVITATION_LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type InvitationLanguage = (typeof INVITATION_LANGUAGES)[number];
export const INVITATION_EXPIRY_DAYS = [1, 3, 7, 14, 30] as const;
export type InvitationExpiryDays = (typeof INVITATION_EXPIRY_DAYS)[number];
export const DEFAULT_INVITATION_LANGUAGE: InvitationLanguage = 'en';
export const DEFAULT_INVITATION_EXPIRY_DAYS: InvitationExpiryDays = 7;

/** What is stored; `expired` is not stored but read off the clock (see invitationStatus). */
export type StoredInvitationStatus = 'pending' | 'accepted' | 'revoked';
export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export function invitationStatus(i: { status: StoredInvitationStatus; expiresAt: number }, now: number): InvitationStatus {
  return i.status === 'pending' && now >= i.expiresAt ? 'expired' : i.status;
}

// The WHATWG (HTML) definition of a valid email address, with a dot required in the domain:
// invitations go to people on the internet, not to `root@localhost`.
const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isEmailAddress(s: string): boolean {
  if (s.length > EMAIL_MAX_CHARS) return false;
  const at = s.lastIndexOf('@');
  if (at <= 0 || at !== s.indexOf('@')) return false;
  const labels = s.slice(at + 1).split('.');
  return LOCAL.test(s.slice(0, at)) && labels.length >= 2 && labels.every((l) => LABEL.test(l));
}

/** How an address is compared and kept: trimmed, in lower case. */
export const normalizeEmail = (s: string): string => s.trim().toLowerCase();

export type RejectionReason = 'invalid_email' | 'duplicate' | 'already_invited';

export interface BatchEntry {
  email: string;
  /** The CSV line it came from (1-based), when it came from a file. */
  line?: number;
}

export interface Rejection {
  email: string;
  line?: number;
  reason: RejectionReason;
}

/**
 * Splits a batch into the addresses to invite (normalized, in order) and the rejected ones,
 * each with its reason. `pending` holds the addresses that already have a pending invitation.
 */
export function sortBatch(entries: readonly BatchEntry[], pending: ReadonlySet<string>): { invite: BatchEntry[]; rejected: Rejection[] } {
  const invite: BatchEntry[] = [];
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const email = normalizeEmail(entry.email);
    const at = entry.line === undefined ? {} : { line: entry.line };
    if (!isEmailAddress(email)) rejected.push({ email: entry.email.trim(), ...at, reason: 'invalid_email' });
    else if (seen.has(email)) rejected.push({ email, ...at, reason: 'duplicate' });
    else if (pending.has(email)) {
      seen.add(email);
      rejected.push({ email, ...at, reason: 'already_invited' });
    } else {
      seen.add(email);
      invite.push({ email, ...at });
    }
  }
  return { invite, rejected };
}

export const invitationExpiry = (now: number, days: number): number => now + days * DAY_MS;

// ---------- delivery ----------

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  giveUpMs: number;
}

/**
 * When to try a message again after its `attempts`-th failure, or null to give up. The delay
 * doubles from `baseMs` up to `maxMs`; `jitter` (0..1) spreads retries of many messages by up to ±20 %.
 */
export function nextAttemptAt(policy: RetryPolicy, attempts: number, createdAt: number, now: number, jitter: number): number | null {
  if (now - createdAt >= policy.giveUpMs) return null;
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempts - 1, 30));
  return now + Math.round(delay * (0.8 + 0.4 * jitter));
}

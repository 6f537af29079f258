/**
 * Members of a business account and what their roles allow (DOMAIN.md, "Who is involved").
 * Pure rules: roles, the last-administrator rule, passwords, sign-in throttling, session life.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './time.ts';
import { PASSWORD_MAX_CHARS } from './limits.ts';

export const ACCOUNT_ROLES = ['account_admin', 'license_admin', 'member'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
export const MEMBER_STATUSES = ['invited', 'active', 'blocked'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const PASSWORD_MIN_LENGTH = 10;

/** Why a password is not acceptable, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_CHARS) return `must be at most ${PASSWORD_MAX_CHARS} characters`;
  if (password.trim() === '') return 'must not be blank';
  return null;
}

/** How the audit log names a member. */
export const memberName = (m: { name: string; email: string }): string => `${m.name} <${m.email}>`;

/** A session ends this long after its last use… */
export const SESSION_IDLE_MS = 12 * HOUR_MS;
/** …and at the latest this long after sign-in. */
export const SESSION_MAX_MS = 7 * DAY_MS;
export const sessionValid = (s: { lastUsedAt: number; expiresAt: number }, now: number): boolean =>
  now < s.expiresAt && now < s.lastUsedAt + SESSION_IDLE_MS;

/** How long an emailed link works: an invitation to join, a password reset. */
export const LINK_LIFETIME_MS = { invite: 7 * DAY_MS, reset: HOUR_MS } as const;
export type LinkKind = keyof typeof LINK_LIFETIME_MS;

/** Failed sign-ins in a row that are free; after them each further failure doubles the wait. */
export const FREE_FAILED_SIGN_INS = 5;
const LOCKOUT_MAX_MS = 15 * MINUTE_MS;

/** After `failures` failed sign-ins in a row, until when the address may not try again (null: now). */
export function lockedUntil(failures: number, now: number): number | null {
  if (failures <= FREE_FAILED_SIGN_INS) return null;
  return now + Math.min(LOCKOUT_MAX_MS, SECOND_MS * 2 ** Math.min(failures - FREE_FAILED_SIGN_INS - 1, 20));
}

/**
 * The last-administrator rule: would this change leave the account with no active Account
 * Administrator? `admins` counts the active ones now; `target` is the member changed.
 */
export function leavesNoAdmin(activeAdmins: number, target: { role: AccountRole; status: MemberStatus }, after: { role: AccountRole; status: MemberStatus } | null): boolean {
  const wasActiveAdmin = target.role === 'account_admin' && target.status === 'active';
  const staysActiveAdmin = after !== null && after.role === 'account_admin' && after.status === 'active';
  return wasActiveAdmin && !staysActiveAdmin && activeAdmins <= 1;
}

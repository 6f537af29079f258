import type { ErrorCode } from './errors.ts';
import { keyOwnExpiryPassed, subscriptionStatus, type KeyTerms, type SubscriptionTerms } from './validity.ts';

/**
 * Activation and check-in answer with a decision: granted, or refused with a stable code.
 * The checks run in a fixed order, and the order sets the precedence of the codes
 * (Keygen's habit): INVALID_REQUEST, KEY_NOT_FOUND, the invitation's own state (a code is
 * presented), DEVICE_BLACKLISTED, SSO_USER_DEACTIVATED, SUBSCRIPTION_EXPIRED, KEY_EXPIRED,
 * KEY_BLOCKED, ACTIVATION_NOT_FOUND, FINGERPRINT_MISMATCH, DEVICE_IN_USE, DEVICE_LIMIT_USER,
 * NO_SEATS_KEY, NO_SEATS_POOL. SSO_CODE_INVALID comes first for an SSO activation (its code
 * stands where a key would).
 */
export const REFUSAL_ORDER = [
  'INVALID_REQUEST',
  'SSO_CODE_INVALID',
  'KEY_NOT_FOUND',
  'INVITATION_REVOKED',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'DEVICE_BLACKLISTED',
  'SSO_USER_DEACTIVATED',
  'SUBSCRIPTION_EXPIRED',
  'KEY_EXPIRED',
  'KEY_BLOCKED',
  'ACTIVATION_NOT_FOUND',
  'FINGERPRINT_MISMATCH',
  'DEVICE_IN_USE',
  'DEVICE_LIMIT_USER',
  'NO_SEATS_KEY',
  'NO_SEATS_POOL',
] as const satisfies readonly ErrorCode[];

export type RefusalCode = (typeof REFUSAL_ORDER)[number];
export type WarningCode = 'SUBSCRIPTION_IN_GRACE' | 'SUBSCRIPTION_EXPIRING' | 'KEY_EXPIRING';

export interface Refusal {
  code: RefusalCode;
  message: string;
  details?: Record<string, unknown>;
}

const MESSAGES: Record<RefusalCode, string> = {
  INVALID_REQUEST: 'The request is not valid.',
  SSO_CODE_INVALID: 'The sign-in code is unknown, used or expired, or the code verifier does not match: sign in again.',
  SSO_USER_DEACTIVATED: 'Your account administrator has deactivated your access.',
  DEVICE_IN_USE: 'This device is already activated on this subscription, with a license key or by another person.',
  DEVICE_LIMIT_USER: 'You have reached the number of devices allowed per person; deactivate one first.',
  KEY_NOT_FOUND: 'No such license key. Check it for typos; a replaced key no longer works.',
  INVITATION_REVOKED: 'This invitation code was revoked or replaced by a newer one; use the code of the latest invitation email.',
  INVITATION_EXPIRED: 'This invitation code has expired; ask your administrator to send it again.',
  INVITATION_USED: 'This invitation code has already activated another device.',
  DEVICE_BLACKLISTED: 'This device is blacklisted on this subscription.',
  SUBSCRIPTION_EXPIRED: 'The subscription has expired.',
  KEY_EXPIRED: 'The license key has expired.',
  KEY_BLOCKED: 'The license key is blocked.',
  ACTIVATION_NOT_FOUND: 'No such active activation.',
  FINGERPRINT_MISMATCH: 'The device fingerprint does not match this activation.',
  NO_SEATS_KEY: 'All seats of this license key are in use.',
  NO_SEATS_POOL: 'All seats of the subscription are in use.',
};

export const refusal = (code: RefusalCode, details?: Record<string, unknown>): Refusal =>
  details ? { code, message: MESSAGES[code], details } : { code, message: MESSAGES[code] };

/** What the checks look at; a field left undefined is a check that does not apply. */
export interface DecisionFacts {
  now: number;
  subscription: SubscriptionTerms;
  key: KeyTerms;
  blacklisted: boolean;
  /** check-in and deactivation: is the activation still active? */
  activationActive?: boolean;
  /** check-in and deactivation: does the presented fingerprint match? */
  fingerprintMatches?: boolean;
  /** SSO: has the person been deactivated in the account? */
  userDeactivated?: boolean;
}

type Check = readonly [RefusalCode, (f: DecisionFacts) => boolean];

/** Each check returns true when the request must be refused with its code. */
const CHECKS: readonly Check[] = [
  ['DEVICE_BLACKLISTED', (f) => f.blacklisted],
  ['SSO_USER_DEACTIVATED', (f) => f.userDeactivated === true],
  ['SUBSCRIPTION_EXPIRED', (f) => subscriptionStatus(f.subscription, f.now) === 'expired'],
  ['KEY_EXPIRED', (f) => keyOwnExpiryPassed(f.key, f.now)],
  ['KEY_BLOCKED', (f) => f.key.blocked],
  ['ACTIVATION_NOT_FOUND', (f) => f.activationActive === false],
  ['FINGERPRINT_MISMATCH', (f) => f.fingerprintMatches === false],
];

/** The first refusal in order, or null when every check passes (seats are checked by storage). */
export function firstRefusal(facts: DecisionFacts): Refusal | null {
  for (const [code, refuses] of CHECKS)
    if (refuses(facts))
      // An activation that exists but has ended is no guess (docs/security.md): say which it is.
      return code === 'ACTIVATION_NOT_FOUND' ? refusal(code, { reason: 'ended' }) : refusal(code);
  return null;
}

export function warningsFor(facts: Pick<DecisionFacts, 'now' | 'subscription'>): WarningCode[] {
  const status = subscriptionStatus(facts.subscription, facts.now);
  if (status === 'grace') return ['SUBSCRIPTION_IN_GRACE'];
  if (status === 'expiring') return ['SUBSCRIPTION_EXPIRING'];
  return [];
}

/** What the checks of an invitation code look at. */
export interface InvitationFacts {
  now: number;
  status: 'pending' | 'accepted' | 'revoked';
  expiresAt: number;
  /** A resend replaced this code. */
  codeReplaced: boolean;
  /** For an accepted invitation: whether this device holds its activation, still active. */
  heldByThisDevice: boolean;
}

/**
 * An invitation code's own checks, between KEY_NOT_FOUND and the parent key's. Null when the
 * code may activate; `'existing'` when it already activated this very device (idempotent).
 */
export function invitationRefusal(f: InvitationFacts): Refusal | 'existing' | null {
  if (f.codeReplaced) return refusal('INVITATION_REVOKED', { reason: 'resent' });
  if (f.status === 'revoked') return refusal('INVITATION_REVOKED');
  if (f.status === 'accepted') return f.heldByThisDevice ? 'existing' : refusal('INVITATION_USED');
  if (f.now >= f.expiresAt) return refusal('INVITATION_EXPIRED');
  return null;
}

/**
 * The shapes use-cases return: camelCase, times as ISO 8601 strings, never a secret
 * the caller may not see. http/ and cli/ print these as they are.
 */
import { availableOnKey } from '../domain/keys.ts';
import { summarize, type KeyType, type SeatSummary } from '../domain/seats.ts';
import { invitationStatus, type InvitationLanguage, type InvitationStatus } from '../domain/invitations.ts';
import type { AccountRole, MemberStatus } from '../domain/members.ts';
import { keyStatus, subscriptionStatus, subscriptionValidUntil, type KeyStatus, type SubscriptionStatus } from '../domain/validity.ts';
import type { AccountRecord, ActivationRecord, ActivationStatus, BlacklistRecord, EndReason, EventRecord, InvitationRecord, KeyGrant, KeyRecord, MemberRecord, OutboxRecord, OutboxStatus, ProductRecord, SubscriptionRecord, TokenRecord, TokenRole } from '../domain/records.ts';
import type { Vault } from './ports/secrets.ts';

export const iso = (ms: number): string => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

export interface ProductView {
  id: string;
  code: string;
  name: string;
  downloadUrl: string | null;
  createdAt: string;
}

export const productView = (p: ProductRecord): ProductView => ({
  id: p.id,
  code: p.code,
  name: p.name,
  downloadUrl: p.downloadUrl,
  createdAt: iso(p.createdAt),
});

export interface AccountView {
  id: string;
  name: string;
  createdAt: string;
}

export const accountView = (a: AccountRecord): AccountView => ({ id: a.id, name: a.name, createdAt: iso(a.createdAt) });

export interface SubscriptionView {
  id: string;
  accountId: string;
  product: { id: string; code: string; name: string };
  status: SubscriptionStatus;
  seats: SeatSummary;
  startsAt: string;
  expiresAt: string;
  gracePeriodDays: number;
  graceEndsAt: string;
  autoRenew: boolean;
  autoReleaseDays: number | null;
  createdAt: string;
  updatedAt: string;
}

export function subscriptionView(s: SubscriptionRecord, product: ProductRecord, now: number): SubscriptionView {
  return {
    id: s.id,
    accountId: s.accountId,
    product: { id: product.id, code: product.code, name: product.name },
    status: subscriptionStatus(s, now),
    seats: summarize(s),
    startsAt: iso(s.startsAt),
    expiresAt: iso(s.expiresAt),
    gracePeriodDays: s.gracePeriodDays,
    graceEndsAt: iso(subscriptionValidUntil(s)),
    autoRenew: s.autoRenew,
    autoReleaseDays: s.autoReleaseDays,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

export interface KeyView {
  id: string;
  subscriptionId: string;
  name: string;
  type: KeyType;
  maxSeats: number | null;
  used: number;
  available: number;
  /** When the key stops activating: its own expiry, or the subscription's. */
  expiresAt: string;
  expiresWithSubscription: boolean;
  status: KeyStatus;
  key: string;
  createdAt: string;
  updatedAt: string;
}

export function keyView(k: KeyRecord, s: SubscriptionRecord, vault: Vault, now: number): KeyView {
  const status = keyStatus(k, s, now);
  return {
    id: k.id,
    subscriptionId: k.subscriptionId,
    name: k.name,
    type: k.type,
    maxSeats: k.maxSeats,
    used: k.used,
    available: availableOnKey(k, s, now),
    expiresAt: iso(k.expiresAt === null ? s.expiresAt : Math.min(k.expiresAt, s.expiresAt)),
    expiresWithSubscription: k.expiresAt === null,
    status,
    key: vault.decrypt(k.keyCipher),
    createdAt: iso(k.createdAt),
    updatedAt: iso(k.updatedAt),
  };
}

export interface ActivationView {
  id: string;
  subscriptionId: string;
  keyId: string;
  fingerprint: string;
  activationType: string;
  device: {
    name: string;
    os: string;
    serial: string | null;
    mac: string | null;
    ip: string | null;
    appVersion: string | null;
  };
  userEmail: string | null;
  status: ActivationStatus;
  endReason: EndReason | null;
  activatedAt: string;
  lastCheckInAt: string;
  endedAt: string | null;
}

export const activationView = (a: ActivationRecord): ActivationView => ({
  id: a.id,
  subscriptionId: a.subscriptionId,
  keyId: a.keyId,
  fingerprint: a.fingerprint,
  activationType: a.activationType,
  device: { name: a.name, os: a.os, serial: a.serial, mac: a.mac, ip: a.ip, appVersion: a.appVersion },
  userEmail: a.userEmail,
  status: a.status,
  endReason: a.endReason,
  activatedAt: iso(a.activatedAt),
  lastCheckInAt: iso(a.lastCheckInAt),
  endedAt: isoOrNull(a.endedAt),
});

export interface BlacklistView {
  id: string;
  subscriptionId: string;
  fingerprint: string;
  activationId: string | null;
  deviceName: string | null;
  reason: string | null;
  createdAt: string;
}

export const blacklistView = (b: BlacklistRecord): BlacklistView => ({
  id: b.id,
  subscriptionId: b.subscriptionId,
  fingerprint: b.fingerprint,
  activationId: b.activationId,
  deviceName: b.deviceName,
  reason: b.reason,
  createdAt: iso(b.createdAt),
});

export interface TokenView {
  id: string;
  accountId: string | null;
  name: string;
  role: TokenRole;
  /** The keys of a License Administrator's token. */
  keyIds: string[];
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export const tokenView = (t: TokenRecord, grants: readonly KeyGrant[]): TokenView => ({
  id: t.id,
  accountId: t.accountId,
  name: t.name,
  role: t.role,
  keyIds: grants.map((g) => g.keyId),
  prefix: t.prefix,
  createdAt: iso(t.createdAt),
  lastUsedAt: isoOrNull(t.lastUsedAt),
  revokedAt: isoOrNull(t.revokedAt),
});

export interface EventView {
  id: string;
  at: string;
  accountId: string | null;
  subscriptionId: string | null;
  actor: { type: string; id: string; name: string | null };
  action: string;
  target: { type: string; id: string };
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export const eventView = (e: EventRecord): EventView => ({
  id: e.id,
  at: iso(e.at),
  accountId: e.accountId,
  subscriptionId: e.subscriptionId,
  actor: { type: e.actorType, id: e.actorId, name: e.actorName },
  action: e.action,
  target: { type: e.targetType, id: e.targetId },
  before: e.before,
  after: e.after,
  requestId: e.requestId,
});

/** What the event log keeps of a key: never the key string. */
export const keyAuditState = (k: KeyRecord) => ({
  name: k.name,
  type: k.type,
  maxSeats: k.maxSeats,
  blocked: k.blocked,
  expiresAt: isoOrNull(k.expiresAt),
});

/** What the audit log keeps of an activation, with its key's name as it was then (the log never rewrites history). */
export const activationAuditState = (a: ActivationRecord, keyName: string) => ({
  keyId: a.keyId,
  keyName,
  fingerprint: a.fingerprint,
  deviceName: a.name,
  status: a.status,
  endReason: a.endReason,
});

export interface DeliveryView {
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export const deliveryView = (m: OutboxRecord | undefined): DeliveryView =>
  m
    ? {
        status: m.status,
        attempts: m.attempts,
        lastError: m.lastError,
        sentAt: isoOrNull(m.sentAt),
        nextAttemptAt: m.status === 'queued' || m.status === 'retrying' ? iso(m.nextAttemptAt) : null,
      }
    : { status: 'queued', attempts: 0, lastError: null, sentAt: null, nextAttemptAt: null };

export interface InvitationView {
  id: string;
  subscriptionId: string;
  keyId: string;
  keyName: string;
  email: string;
  code: string;
  language: InvitationLanguage;
  status: InvitationStatus;
  expiresInDays: number;
  expiresAt: string;
  createdAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  activationId: string | null;
  /** The computer name of the device that accepted it (null before, or when its activation is gone). */
  deviceName: string | null;
  delivery: DeliveryView;
}

export interface InvitationContext {
  keyName: string;
  /** The computer name of the device whose activation accepted it, when it did. */
  deviceName?: string | null;
  /** The current code, in clear (decrypted, or just made). */
  code: string;
  delivery: OutboxRecord | undefined;
}

export function invitationView(i: InvitationRecord, c: InvitationContext, now: number): InvitationView {
  return {
    id: i.id,
    subscriptionId: i.subscriptionId,
    keyId: i.keyId,
    keyName: c.keyName,
    email: i.email,
    code: c.code,
    language: i.language,
    status: invitationStatus(i, now),
    expiresInDays: i.expiresInDays,
    expiresAt: iso(i.expiresAt),
    createdAt: iso(i.createdAt),
    acceptedAt: isoOrNull(i.acceptedAt),
    revokedAt: isoOrNull(i.revokedAt),
    activationId: i.activationId,
    deviceName: c.deviceName ?? null,
    delivery: deliveryView(c.delivery),
  };
}

/** What the audit log keeps of an invitation: never its code; its key's name as it was then. */
export const invitationAuditState = (i: InvitationRecord, keyName: string) => ({
  email: i.email,
  keyId: i.keyId,
  keyName,
  language: i.language,
  status: i.status,
  expiresAt: iso(i.expiresAt),
});

export interface MemberView {
  id: string;
  accountId: string;
  email: string;
  name: string;
  role: AccountRole;
  keyIds: string[];
  status: MemberStatus;
  createdAt: string;
  lastSignInAt: string | null;
}

export const memberView = (m: MemberRecord, grants: readonly KeyGrant[]): MemberView => ({
  id: m.id,
  accountId: m.accountId,
  email: m.email,
  name: m.name,
  role: m.role,
  keyIds: m.role === 'license_admin' ? grants.map((g) => g.keyId) : [],
  status: m.status,
  createdAt: iso(m.createdAt),
  lastSignInAt: isoOrNull(m.lastSignInAt),
});

/** What the audit log keeps of a member: never a password hash. */
export const memberAuditState = (m: MemberRecord, grants: readonly KeyGrant[]) => ({
  email: m.email,
  name: m.name,
  role: m.role,
  status: m.status,
  keyIds: grants.map((g) => g.keyId),
});

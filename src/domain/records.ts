/** What storage keeps, as the rules and use-cases see it; times are epoch milliseconds. */
import type { KeyType, PoolCounters } from './seats.ts';
import type { ActivationType } from './certificate.ts';
import type { InvitationLanguage, StoredInvitationStatus } from './invitations.ts';
import type { AccountRole, LinkKind, MemberStatus } from './members.ts';
import type { DomainStatus } from './domains.ts';
import type { GoldenImageFiles, PolicySettings } from './policy.ts';

export interface ProductRecord {
  id: string;
  code: string;
  name: string;
  downloadUrl: string | null;
  createdAt: number;
}

export interface AccountRecord {
  id: string;
  name: string;
  createdAt: number;
}

export interface SubscriptionRecord extends PoolCounters {
  id: string;
  accountId: string;
  productId: string;
  startsAt: number;
  expiresAt: number;
  gracePeriodDays: number;
  autoRenew: boolean;
  /** Release devices that have not checked in for this many days; null: never. */
  autoReleaseDays: number | null;
  /** Set once the expiry sweep has released the subscription's activations. */
  expiredAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface KeyRecord {
  id: string;
  subscriptionId: string;
  accountId: string;
  type: KeyType;
  name: string;
  maxSeats: number | null;
  used: number;
  blocked: boolean;
  expiresAt: number | null;
  /** Set once the key's own expiry has been processed (activations released, reservation ended). */
  expiredAt: number | null;
  deletedAt: number | null;
  /** The key string, encrypted with the server's master key. */
  keyCipher: string;
  /** Identity-provider groups (ids or names) whose people draw their seat here (domain/sso.ts). */
  ssoGroups: string[];
  /** Among mapped keys, the lowest wins for a person in several of their groups. */
  ssoPriority: number;
  createdAt: number;
  updatedAt: number;
  /** The key's own policy; null: it inherits the account default (the primary key's). See domain/policy.ts. */
  policy: PolicySettings | null;
  /** The own policy's version, or (inheriting) what is added to the default's. */
  policyVersion: number;
  policyUpdatedAt: number | null;
  /** The golden image its devices start from. */
  goldenImageId: string | null;
}

export const ACTIVATION_STATUSES = ['active', 'deactivated', 'blacklisted', 'released'] as const;
export type ActivationStatus = (typeof ACTIVATION_STATUSES)[number];
/** Why an activation ended. */
export type EndReason =
  | 'client'
  | 'administrator'
  | 'blacklisted'
  | 'key_deleted'
  | 'key_expired'
  | 'subscription_expired'
  | 'inactive'
  | 'sso_user_deactivated';

export interface DeviceInfo {
  name: string;
  os: string;
  serial: string | null;
  mac: string | null;
  appVersion: string | null;
  ip: string | null;
}

export interface ActivationRecord extends DeviceInfo {
  id: string;
  subscriptionId: string;
  accountId: string;
  keyId: string;
  fingerprint: string;
  activationType: ActivationType;
  userEmail: string | null;
  /** The invitation whose code activated it. */
  invitationId: string | null;
  /** The person it belongs to, for an SSO activation: their devices on a subscription share one seat. */
  ssoUserId: string | null;
  status: ActivationStatus;
  endReason: EndReason | null;
  activatedAt: number;
  lastCheckInAt: number;
  endedAt: number | null;
  /** The policy version its last certificate carried (null before policies existed). */
  deliveredPolicyVersion: number | null;
}

export interface BlacklistRecord {
  id: string;
  subscriptionId: string;
  accountId: string;
  fingerprint: string;
  activationId: string | null;
  deviceName: string | null;
  reason: string | null;
  createdAt: number;
}

export type TokenRole = 'operator' | AccountRole;

export interface TokenRecord {
  id: string;
  accountId: string | null;
  name: string;
  role: TokenRole;
  tokenHash: string;
  /** The first characters of the token, to recognise it in a list. */
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export type ActorType = 'operator' | 'token' | 'member' | 'device' | 'system' | 'scim';

export interface EventRecord {
  id: string;
  at: number;
  accountId: string | null;
  subscriptionId: string | null;
  actorType: ActorType;
  actorId: string;
  /** Who that was, as they were called then (a member's name and email, a token's name). */
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface InvitationRecord {
  id: string;
  subscriptionId: string;
  accountId: string;
  keyId: string;
  /** Normalized: trimmed, lower case. */
  email: string;
  language: InvitationLanguage;
  status: StoredInvitationStatus;
  expiresInDays: number;
  expiresAt: number;
  /** The current code, encrypted with the master key. */
  codeCipher: string;
  /** The latest email sent for it (an outbox message). */
  mailId: string | null;
  activationId: string | null;
  revokeReason: 'administrator' | 'key_deleted' | null;
  createdAt: number;
  updatedAt: number;
  acceptedAt: number | null;
  revokedAt: number | null;
}

/** How a presented code is found: its lookup hash, and whether a resend replaced it. */
export interface InvitationCodeRecord {
  codeHash: string;
  invitationId: string;
  createdAt: number;
  retiredAt: number | null;
}

export const OUTBOX_STATUSES = ['queued', 'retrying', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export type OutboxKind = 'invitation' | 'member_link' | 'webhook' | 'webhook_disabled';
/** The kinds the mail worker sends (the webhook worker claims 'webhook' alone). */
export const MAIL_KINDS: readonly OutboxKind[] = ['invitation', 'member_link', 'webhook_disabled'];

/** A message to send after commit. It names what to send (`kind`, `refId`), never a secret. */
export interface OutboxRecord {
  id: string;
  kind: OutboxKind;
  refId: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  leaseOwner: string | null;
  leaseUntil: number | null;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
  sentAt: number | null;
}

export interface MemberRecord {
  id: string;
  accountId: string;
  /** Normalized: trimmed, lower case; unique across accounts (an address signs in to one account). */
  email: string;
  name: string;
  role: AccountRole;
  status: MemberStatus;
  passwordHash: string | null;
  createdAt: number;
  updatedAt: number;
  lastSignInAt: number | null;
}

/** A key a License Administrator (a member or a token) is assigned. */
export interface KeyGrant {
  keyId: string;
  subscriptionId: string;
}

export interface SessionRecord {
  /** A hash of the session id; the id itself lives only in the browser's cookie. */
  idHash: string;
  memberId: string;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number;
}

/** An emailed link that sets a password: joining an account, or a reset. */
export interface MemberLinkRecord {
  id: string;
  memberId: string;
  kind: LinkKind;
  tokenHash: string;
  /** The token, encrypted, so that the mail worker can put it in the link. */
  tokenCipher: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

export interface SigningKeyRecord {
  kid: string;
  publicJwk: Record<string, unknown>;
  /** The private key, encrypted with the master key. */
  privateCipher: string;
  createdAt: number;
  retiredAt: number | null;
}

export type SsoProtocol = 'saml' | 'oidc';

/** An account's identity-provider connection (one per account). */
export interface SsoConnectionRecord {
  accountId: string;
  protocol: SsoProtocol;
  /** SAML: the identity provider's entity id, sign-in URL and signing certificates. */
  saml: { idpEntityId: string; idpSsoUrl: string; idpCertificates: string[] } | null;
  /** OpenID Connect: the issuer and our client id (the secret is kept apart, encrypted). */
  oidc: { issuer: string; clientId: string } | null;
  clientSecretCipher: string | null;
  groupsAttribute: string | null;
  emailAttribute: string | null;
  adminGroup: string | null;
  devicesPerUser: number;
  enforce: boolean;
  createdAt: number;
  updatedAt: number;
}

export type SsoUserStatus = 'active' | 'deactivated';

/** Where a person comes from: SCIM provisioned them, or they only signed in. */
export const SSO_USER_SOURCES = ['scim', 'sign-in'] as const;
export type SsoUserSource = (typeof SSO_USER_SOURCES)[number];

/** A person who signed in through the account's identity provider. */
export interface SsoUserRecord {
  id: string;
  accountId: string;
  /** Normalized: trimmed, lower case; one person per address in an account. */
  email: string;
  name: string | null;
  subject: string;
  groups: string[];
  status: SsoUserStatus;
  createdAt: number;
  updatedAt: number;
  lastSignInAt: number | null;
  deactivatedAt: number | null;
  /** What SCIM provisioned of the person (docs/scim.md); null when they were never provisioned. */
  scim: ScimUserFields | null;
}

/** A person as an identity provider provisioned them over SCIM. */
export interface ScimUserFields {
  userName: string;
  externalId: string | null;
  /** The SCIM attributes as sent (core and extensions): no id, meta, groups or password. */
  attributes: Record<string, unknown>;
  provisionedAt: number;
  /** The SCIM token that provisioned them. */
  provisionedBy: string;
  /** When SCIM deleted them; the person stays, deactivated, and SCIM no longer finds them. */
  deprovisionedAt: number | null;
}

/** A bearer token an identity provider provisions one account with (stored hashed). */
export interface ScimTokenRecord {
  id: string;
  accountId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** A group an identity provider provisioned; keys map to groups by name (or external id). */
export interface ScimGroupRecord {
  id: string;
  accountId: string;
  displayName: string;
  externalId: string | null;
  /** The group's other SCIM attributes as sent (no id, meta or members). */
  attributes: Record<string, unknown>;
  provisionedBy: string;
  createdAt: number;
  updatedAt: number;
}

export type SsoPurpose = 'device' | 'console';

/** A sign-in sent to the identity provider and not yet answered, then the one-time code it gave. */
export interface SsoRequestRecord {
  id: string;
  accountId: string;
  purpose: SsoPurpose;
  protocol: SsoProtocol;
  subscriptionId: string | null;
  clientRedirectUri: string | null;
  clientState: string | null;
  codeChallenge: string | null;
  samlRequestId: string | null;
  oidcNonce: string | null;
  oidcVerifierCipher: string | null;
  createdAt: number;
  expiresAt: number;
  answeredAt: number | null;
  userId: string | null;
  codeHash: string | null;
  codeExpiresAt: number | null;
  codeUsedAt: number | null;
}

/** A domain an account has added, to verify by a TXT record (domain/domains.ts). */
export interface DomainRecord {
  id: string;
  accountId: string;
  /** Normalized (parseDomain); one account verifies a domain at most. */
  domain: string;
  status: DomainStatus;
  /** The random part of the TXT value; not a secret (it is published in DNS). */
  token: string;
  createdAt: number;
  verifiedAt: number | null;
  lastCheckedAt: number | null;
  /** What the last check found at the record's name, or why DNS did not answer. */
  lastCheck: DomainCheck | null;
}

export interface DomainCheck {
  found: string[];
  error: string | null;
}

/** A corporate virtual machine an account's keys may give their devices (domain/policy.ts). */
export interface GoldenImageRecord {
  id: string;
  accountId: string;
  name: string;
  description: string | null;
  images: GoldenImageFiles;
  createdAt: number;
  updatedAt: number;
}

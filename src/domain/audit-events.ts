/**
 * Every action the audit log records, what it is about and what it keeps of it before and
 * after (docs/architecture.md, "Audit events"). Recording an action that is not here, or a
 * payload of another shape, fails the type check; the OpenAPI document lists these actions
 * as the event's `action` enum, so the console's labels are checked too.
 *
 * A payload keeps names as they were: a key's `name`, a member's `name` and `email`, a
 * device's `deviceName`, and beside an id the name it had (`keyId` with `keyName`). Never a
 * key string, code, password or token.
 */
import type { InvitationLanguage, StoredInvitationStatus } from './invitations.ts';
import type { AccountRole, MemberStatus } from './members.ts';
import type { ActivationStatus, EndReason, TokenRole } from './records.ts';
import type { KeyType, SeatSummary } from './seats.ts';
import type { SubscriptionStatus } from './validity.ts';
import type { DomainStatus } from './domains.ts';
import type { GoldenImageFiles, Policy } from './policy.ts';

type Iso = string;

export interface KeyState {
  name: string;
  type: KeyType;
  maxSeats: number | null;
  blocked: boolean;
  expiresAt: Iso | null;
  /** Identity-provider groups mapped to the key (absent in events recorded before SSO). */
  ssoGroups?: string[];
  ssoPriority?: number;
  /** The golden image its devices start from (absent in events recorded before policies). */
  goldenImageId?: string | null;
}

/** A key's effective policy, with the key's name of the time. */
export type PolicyState = Policy & { name: string };

export interface GoldenImageState {
  name: string;
  description: string | null;
  images: GoldenImageFiles;
}

/** A device's activation, with its key's name of the time. */
export interface ActivationState {
  keyId: string;
  keyName: string;
  fingerprint: string;
  deviceName: string;
  status: ActivationStatus;
  endReason: EndReason | null;
  /** An SSO activation's person (absent for a device activated with a key). */
  userEmail?: string;
}

export interface InvitationState {
  email: string;
  keyId: string;
  keyName: string;
  language: InvitationLanguage;
  status: StoredInvitationStatus;
  expiresAt: Iso;
}

/** Who a member was called, as they were then. */
export interface MemberName {
  name: string;
  email: string;
}

export interface MemberState extends MemberName {
  role: AccountRole;
  status: MemberStatus;
  keyIds: string[];
}

export interface SubscriptionState {
  id: string;
  accountId: string;
  product: { id: string; code: string; name: string };
  status: SubscriptionStatus;
  seats: SeatSummary;
  startsAt: Iso;
  expiresAt: Iso;
  gracePeriodDays: number;
  graceEndsAt: Iso;
  autoRenew: boolean;
  autoReleaseDays: number | null;
}

export interface ProductState {
  id: string;
  code: string;
  name: string;
  downloadUrl: string | null;
}

export interface AccountState {
  id: string;
  name: string;
}

/** An API token: never the token itself. */
export interface TokenState {
  id: string;
  accountId: string | null;
  name: string;
  role: TokenRole;
  keyIds: string[];
  prefix: string;
}

export interface BlacklistState {
  id: string;
  subscriptionId: string;
  fingerprint: string;
  activationId: string | null;
  deviceName: string | null;
  reason: string | null;
}

interface SeatCounters {
  used: number;
  reserved: number;
  reservedUsed: number;
}

/** The seat counters a repair found and what it set, with each drifted key's count by id. */
type RepairedCounters = SeatCounters & { keys: Record<string, number> };

interface MailOutcome {
  /** Absent only when the invitation is gone. */
  email?: string;
  messageId: string;
  attempts: number;
  error?: string;
}

/** An account's identity-provider connection, as recorded: never the client secret. */
export interface SsoConnectionState {
  protocol: 'saml' | 'oidc';
  idpEntityId?: string;
  idpSsoUrl?: string;
  issuer?: string;
  clientId?: string;
  /** SHA-256 fingerprints of the signing certificates. */
  certificates?: string[];
  groupsAttribute: string | null;
  emailAttribute: string | null;
  adminGroup: string | null;
  devicesPerUser: number;
  enforce: boolean;
}

export interface SsoUserState {
  email: string;
  name: string | null;
  groups: string[];
  status: 'active' | 'deactivated';
}

/** What SCIM provisioned of a person (docs/scim.md). */
export interface ScimUserState extends SsoUserState {
  userName: string;
  externalId: string | null;
}

/** A SCIM token, as recorded: its name and the first characters, never the token. */
export interface ScimTokenState {
  name: string;
  prefix: string;
}

/** A group an identity provider provisioned, with how many members it has. */
export interface ScimGroupState {
  displayName: string;
  externalId: string | null;
  members: number;
}

/** Who joined and left a group (their emails), and an administrator kept because they were the last one. */
interface ScimMembershipChange {
  displayName: string;
  added: string[];
  removed: string[];
  keptLastAdmin?: string;
}

/** A domain of an account (docs/sso.md, "Verified domains"). */
export interface DomainState {
  domain: string;
  status: DomainStatus;
}

/** What a check of the TXT record found (the values, bounded) or why DNS did not answer. */
interface DomainCheckState {
  found: string[];
  error: string | null;
}

/** The table: action → the type of its target, and its `before` and `after` (absent: not recorded). */
export interface AuditEvents {
  'account.created': { target: 'account'; after: AccountState };

  'subscription.created': { target: 'subscription'; after: SubscriptionState };
  'subscription.updated': { target: 'subscription'; before: SubscriptionState; after: SubscriptionState };
  'subscription.expired': { target: 'subscription'; after: { releasedActivations: number } };
  'subscription.counters_repaired': { target: 'subscription'; before: RepairedCounters; after: RepairedCounters };

  'key.created': { target: 'key'; after: KeyState };
  'key.updated': { target: 'key'; before: KeyState; after: KeyState };
  'key.blocked': { target: 'key'; before: KeyState; after: KeyState };
  'key.unblocked': { target: 'key'; before: KeyState; after: KeyState };
  'key.regenerated': { target: 'key'; before: KeyState; after: KeyState };
  'key.deleted': { target: 'key'; before: KeyState & { used: number }; after: { deactivatedDevices: number } };
  'key.expired': { target: 'key'; before: KeyState & { used: number }; after: { releasedActivations: number } };

  'activation.created': { target: 'activation'; after: ActivationState };
  'activation.moved': { target: 'activation'; before: ActivationState; after: ActivationState };
  'activation.deactivated': { target: 'activation'; before: ActivationState; after: ActivationState };
  'activation.released': { target: 'activation'; before: ActivationState; after: ActivationState };
  'activation.blacklisted': { target: 'activation'; before: ActivationState; after: ActivationState };

  'blacklist.added': { target: 'blacklist'; after: BlacklistState };
  'blacklist.removed': { target: 'blacklist'; before: BlacklistState };

  'invitation.created': { target: 'invitation'; after: InvitationState };
  'invitation.resent': { target: 'invitation'; before: InvitationState; after: InvitationState };
  'invitation.revoked': { target: 'invitation'; before: InvitationState; after: InvitationState & { reason: 'administrator' | 'key_deleted' } };
  'invitation.accepted': { target: 'invitation'; before: InvitationState; after: InvitationState & { activationId: string; deviceName: string } };
  'invitation.delivered': { target: 'invitation'; after: MailOutcome };
  'invitation.delivery_failed': { target: 'invitation'; after: MailOutcome };

  'member.created': { target: 'member'; after: MemberState };
  /** By an administrator, the whole state; by the member themselves, their name and email. */
  'member.updated': { target: 'member'; before: MemberState | MemberName; after: MemberState | MemberName };
  'member.blocked': { target: 'member'; before: MemberState; after: MemberState };
  'member.unblocked': { target: 'member'; before: MemberState; after: MemberState };
  'member.removed': { target: 'member'; before: MemberState };
  'member.left': { target: 'member'; before: MemberState };
  'member.invitation_resent': { target: 'member'; after: MemberName };
  'member.password_reset_requested': { target: 'member'; after: MemberName };
  // The member acts on themselves: the actor's recorded name is the target's.
  'member.signed_in': { target: 'member'; after?: { method: 'sso' } };
  'member.signed_out': { target: 'member' };
  'member.password_changed': { target: 'member' };
  'member.joined': { target: 'member' };
  'member.password_reset': { target: 'member' };

  'token.created': { target: 'token'; after: TokenState };
  'token.revoked': { target: 'token'; before: TokenState };

  'product.created': { target: 'product'; after: ProductState };
  'product.updated': { target: 'product'; before: ProductState; after: ProductState };

  'signing_key.rotated': { target: 'signing_key'; before: { kids: string[] }; after: { kid: string } };

  'sso_connection.saved': { target: 'sso_connection'; before?: SsoConnectionState; after: SsoConnectionState };
  'sso_connection.removed': { target: 'sso_connection'; before: SsoConnectionState };
  'sso_user.created': { target: 'sso_user'; after: SsoUserState };
  /** keptLastAdmin: SCIM took the person out of the administrators' group, but they were the last Account Administrator. */
  'sso_user.groups_changed': { target: 'sso_user'; before: SsoUserState; after: SsoUserState & { keptLastAdmin?: string } };
  'sso_user.deactivated': { target: 'sso_user'; before: SsoUserState; after: SsoUserState & { endedActivations: number; keptLastAdmin?: string } };
  'sso_user.reactivated': { target: 'sso_user'; before: SsoUserState; after: SsoUserState };
  'sso_user.seat_moved': { target: 'sso_user'; before: { keyId: string; keyName: string }; after: { keyId: string; keyName: string; devices: number } };
  'scim_token.created': { target: 'scim_token'; after: ScimTokenState };
  'scim_token.revoked': { target: 'scim_token'; before: ScimTokenState };
  /** SCIM created the person, or created them again after deleting them. */
  'sso_user.provisioned': { target: 'sso_user'; before?: ScimUserState; after: ScimUserState };
  /** SCIM changed the person's userName, address, name or external id. */
  'sso_user.updated': { target: 'sso_user'; before: ScimUserState; after: ScimUserState };
  /** SCIM deleted the person: their devices ended, their seats were freed. */
  'sso_user.deprovisioned': { target: 'sso_user'; before: ScimUserState; after: ScimUserState & { endedActivations: number; keptLastAdmin?: string } };
  'scim_group.created': { target: 'scim_group'; after: ScimGroupState };
  'scim_group.updated': { target: 'scim_group'; before: ScimGroupState; after: ScimGroupState };
  'scim_group.members_changed': { target: 'scim_group'; after: ScimMembershipChange };
  'scim_group.deleted': { target: 'scim_group'; before: ScimGroupState };
  'domain.added': { target: 'domain'; after: DomainState };
  'domain.verified': { target: 'domain'; before: DomainState; after: DomainState & DomainCheckState };
  /** not_found: the record was not among what DNS answered (or DNS did not answer); taken: another account verified the name first. */
  'domain.verification_failed': { target: 'domain'; after: DomainState & DomainCheckState & { reason: 'not_found' | 'taken' } };
  'domain.removed': { target: 'domain'; before: DomainState };
  /** A key's own policy set, changed, or removed (back to the account default); on the primary key, the account default. */
  'key.policy_changed': { target: 'key'; before: PolicyState; after: PolicyState };
  'golden_image.created': { target: 'golden_image'; after: GoldenImageState };
  'golden_image.updated': { target: 'golden_image'; before: GoldenImageState; after: GoldenImageState };
  /** detachedKeyIds: the keys that used it (deleted with ?detach=true). */
  'golden_image.deleted': { target: 'golden_image'; before: GoldenImageState; after: { detachedKeyIds: string[] } };
  /** The vendor's people (operator members): recorded with no account. The operator acts on themselves in a sign-in. */
  'operator.signed_in': { target: 'operator' };
  'operator.signed_out': { target: 'operator' };
  'operator.created': { target: 'operator'; after: MemberName };
  'operator.removed': { target: 'operator'; before: MemberName };
  /** An operator opened the account's support view (the console records it when the view opens). */
  'account.support_viewed': { target: 'account' };
  /** An activation took the last free seat of its key (scope 'key') or of the subscription's main pool ('pool'). */
  'subscription.seats_limit_reached': { target: 'subscription'; after: { keyId: string; keyName: string; scope: 'key' | 'pool'; seats: number } };
  /** The sweeps' notice, 30, 7 and 1 days before the subscription's expiry (once per subscription, expiry and step). */
  'subscription.expiring_soon': { target: 'subscription'; after: { expiresAt: Iso; daysLeft: number; productName: string } };
  /** The subscription's expiry passed and its grace period runs (once per expiry). */
  'subscription.in_grace': { target: 'subscription'; after: { expiresAt: Iso; graceEndsAt: Iso; productName: string } };
  'webhook_endpoint.created': { target: 'webhook_endpoint'; after: WebhookEndpointState };
  'webhook_endpoint.updated': { target: 'webhook_endpoint'; before: WebhookEndpointState; after: WebhookEndpointState };
  'webhook_endpoint.deleted': { target: 'webhook_endpoint'; before: WebhookEndpointState };
  'webhook_endpoint.secret_rotated': { target: 'webhook_endpoint'; after: WebhookEndpointState };
  /** Its failure streak reached the limit: disabled, its pending messages stopped. */
  'webhook_endpoint.disabled': { target: 'webhook_endpoint'; before: WebhookEndpointState; after: WebhookEndpointState & { failureStreak: number; lastError: string | null } };
}

/** A webhook endpoint, as recorded: never its signing secret. */
export interface WebhookEndpointState {
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
}

export type AuditAction = keyof AuditEvents;
export type AuditTarget = AuditEvents[AuditAction]['target'];

/** Each action's target type, at run time (the type makes it list every action, and no other). */
export const AUDIT_TARGETS: { readonly [A in AuditAction]: AuditEvents[A]['target'] } = {
  'account.created': 'account',
  'subscription.created': 'subscription',
  'subscription.updated': 'subscription',
  'subscription.expired': 'subscription',
  'subscription.counters_repaired': 'subscription',
  'key.created': 'key',
  'key.updated': 'key',
  'key.blocked': 'key',
  'key.unblocked': 'key',
  'key.regenerated': 'key',
  'key.deleted': 'key',
  'key.expired': 'key',
  'activation.created': 'activation',
  'activation.moved': 'activation',
  'activation.deactivated': 'activation',
  'activation.released': 'activation',
  'activation.blacklisted': 'activation',
  'blacklist.added': 'blacklist',
  'blacklist.removed': 'blacklist',
  'invitation.created': 'invitation',
  'invitation.resent': 'invitation',
  'invitation.revoked': 'invitation',
  'invitation.accepted': 'invitation',
  'invitation.delivered': 'invitation',
  'invitation.delivery_failed': 'invitation',
  'member.created': 'member',
  'member.updated': 'member',
  'member.blocked': 'member',
  'member.unblocked': 'member',
  'member.removed': 'member',
  'member.left': 'member',
  'member.invitation_resent': 'member',
  'member.password_reset_requested': 'member',
  'member.signed_in': 'member',
  'member.signed_out': 'member',
  'member.password_changed': 'member',
  'member.joined': 'member',
  'member.password_reset': 'member',
  'token.created': 'token',
  'token.revoked': 'token',
  'product.created': 'product',
  'product.updated': 'product',
  'signing_key.rotated': 'signing_key',
  'sso_connection.saved': 'sso_connection',
  'sso_connection.removed': 'sso_connection',
  'sso_user.created': 'sso_user',
  'sso_user.groups_changed': 'sso_user',
  'sso_user.deactivated': 'sso_user',
  'sso_user.reactivated': 'sso_user',
  'sso_user.seat_moved': 'sso_user',
  'scim_token.created': 'scim_token',
  'scim_token.revoked': 'scim_token',
  'sso_user.provisioned': 'sso_user',
  'sso_user.updated': 'sso_user',
  'sso_user.deprovisioned': 'sso_user',
  'scim_group.created': 'scim_group',
  'scim_group.updated': 'scim_group',
  'scim_group.members_changed': 'scim_group',
  'scim_group.deleted': 'scim_group',
  'domain.added': 'domain',
  'domain.verified': 'domain',
  'domain.verification_failed': 'domain',
  'domain.removed': 'domain',
  'key.policy_changed': 'key',
  'golden_image.created': 'golden_image',
  'golden_image.updated': 'golden_image',
  'golden_image.deleted': 'golden_image',
  'operator.signed_in': 'operator',
  'operator.signed_out': 'operator',
  'operator.created': 'operator',
  'operator.removed': 'operator',
  'account.support_viewed': 'account',
  'subscription.seats_limit_reached': 'subscription',
  'subscription.expiring_soon': 'subscription',
  'subscription.in_grace': 'subscription',
  'webhook_endpoint.created': 'webhook_endpoint',
  'webhook_endpoint.updated': 'webhook_endpoint',
  'webhook_endpoint.deleted': 'webhook_endpoint',
  'webhook_endpoint.secret_rotated': 'webhook_endpoint',
  'webhook_endpoint.disabled': 'webhook_endpoint',
};

/** Every action, in the table's order. */
export const AUDIT_ACTIONS = Object.keys(AUDIT_TARGETS) as AuditAction[];

/** A side the table declares is required, or optional when declared with `?`; one it leaves out is absent. */
type Side<E, K extends 'before' | 'after'> = K extends keyof E
  ? object extends Pick<E, K>
    ? { [P in K]?: E[K] }
    : { [P in K]: E[K] }
  : { [P in K]?: never };

/** One change as a use-case records it: the action, its target and, as the table says, before and after. */
export type AuditChange<A extends AuditAction = AuditAction> = A extends AuditAction
  ? {
      action: A;
      target: { type: AuditEvents[A]['target']; id: string };
      accountId: string | null;
      subscriptionId?: string | null;
    } & Side<AuditEvents[A], 'before'> &
      Side<AuditEvents[A], 'after'>
  : never;

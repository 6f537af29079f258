/** The repositories a transaction offers (storage/ implements them). */
import type { WebhookAttemptRecord, WebhookDeliveryRecord, WebhookEndpointRecord, WebhookEvent } from '../../domain/webhooks.ts';
import type { ScimGroupRecord, ScimTokenRecord, SsoConnectionRecord, SsoRequestRecord, SsoUserRecord, SsoUserSource, SsoUserStatus } from '../../domain/records.ts';
import type { AccountRecord, ActivationRecord, ActivationStatus, BlacklistRecord, DeviceInfo, EndReason, EventRecord, InvitationCodeRecord, InvitationRecord, KeyGrant, KeyRecord, MemberLinkRecord, MemberRecord, OutboxKind, OutboxRecord, ProductRecord, SessionRecord, SigningKeyRecord, SubscriptionRecord, TokenRecord } from '../../domain/records.ts';
import type { ActivationFilter, EventFilter, InvitationFilter, SubscriptionFilter } from './listing.ts';
import type { KeyType, PoolCounters, SeatDelta, SeatRefusal } from '../../domain/seats.ts';
import type { SeatChange } from '../../domain/usage.ts';
import type { DomainRecord, GoldenImageRecord } from '../../domain/records.ts';

export interface ProductRepo {
  insert(p: ProductRecord): Promise<boolean>;
  byId(id: string): Promise<ProductRecord | undefined>;
  byCode(code: string): Promise<ProductRecord | undefined>;
  list(): Promise<ProductRecord[]>;
  update(id: string, patch: Partial<Pick<ProductRecord, 'name' | 'downloadUrl'>>): Promise<void>;
}

export interface AccountRepo {
  insert(a: AccountRecord): Promise<void>;
  byId(id: string): Promise<AccountRecord | undefined>;
  /**
   * Reads the account and holds it until the transaction ends: a change that counts the
   * account's members (the last-administrator rule) takes this first, so that two such
   * changes run one after the other.
   */
  lock(id: string): Promise<AccountRecord | undefined>;
  list(limit: number, after?: string): Promise<AccountRecord[]>;
}

export type SubscriptionPatch = Partial<
  Pick<SubscriptionRecord, 'expiresAt' | 'gracePeriodDays' | 'autoRenew' | 'autoReleaseDays' | 'expiredAt' | 'updatedAt'>
>;

export interface SubscriptionRepo {
  insert(s: SubscriptionRecord): Promise<void>;
  byId(id: string): Promise<SubscriptionRecord | undefined>;
  /**
   * Reads the subscription and holds it against concurrent seat changes until the
   * transaction ends. Every use-case that derives a seat delta from rows it read calls
   * this first, so that the rows cannot change underneath it (and locks are always taken
   * subscription first, then keys: no deadlocks).
   */
  lock(id: string): Promise<SubscriptionRecord | undefined>;
  list(filter: SubscriptionFilter): Promise<SubscriptionRecord[]>;
  update(id: string, patch: SubscriptionPatch): Promise<void>;
  /** Subscriptions past their grace period whose activations are not yet released. */
  dueForExpiry(now: number, limit: number): Promise<SubscriptionRecord[]>;
  /** The account's subscriptions of a product, newest expiry first. */
  ofAccountAndProduct(accountId: string, productId: string): Promise<SubscriptionRecord[]>;
  /** Subscriptions with an auto-release window set. */
  withAutoRelease(limit: number, after?: string): Promise<SubscriptionRecord[]>;
  /** Seats of the subscriptions not yet expired, summed per product (its code): one grouped query. */
  seatsByProduct(): Promise<{ productCode: string; total: number; used: number }[]>;
}

export type KeyPatch = Partial<Pick<KeyRecord, 'name' | 'blocked' | 'expiresAt' | 'expiredAt' | 'deletedAt' | 'keyCipher' | 'updatedAt' | 'ssoGroups' | 'ssoPriority' | 'policy' | 'policyVersion' | 'policyUpdatedAt' | 'goldenImageId'>> & {
  keyHash?: string;
  /** The new key's first group (operator search), with a new key string. */
  keyPrefix?: string;
  type?: KeyType;
};

export interface KeyRepo {
  /** `keyPrefix`: the key's first group, searchable by the operator (key-material.ts). */
  insert(k: KeyRecord, keyHash: string, keyPrefix?: string): Promise<void>;
  byId(id: string): Promise<KeyRecord | undefined>;
  /** A live (not deleted) key by the lookup hash of its canonical string. */
  byHash(keyHash: string): Promise<KeyRecord | undefined>;
  /** The live keys (and, when asked, the deleted ones too), oldest first. */
  listBySubscription(subscriptionId: string, options?: { includeDeleted?: boolean }): Promise<KeyRecord[]>;
  update(id: string, patch: KeyPatch): Promise<void>;
  /** Keys whose own expiry has passed and is not yet processed. */
  dueForExpiry(now: number, limit: number, subscriptionId?: string): Promise<KeyRecord[]>;
  /** The subscription's primary key (its policy is the account default): on the device path, precompiled. */
  primaryOf(subscriptionId: string): Promise<KeyRecord | undefined>;
  /** The live keys using each of these golden images, by image id (oldest first). */
  usingImages(imageIds: readonly string[]): Promise<Map<string, string[]>>;
  /** Takes the image from every key that has it (deleted keys too); the ids of the live ones. */
  detachImage(imageId: string, at: number): Promise<string[]>;
}

/** What endAll answers of each activation it ended. */
export type EndedActivationRow = Pick<ActivationRecord, 'id' | 'keyId' | 'fingerprint' | 'name' | 'userEmail' | 'ssoUserId' | 'status' | 'endReason'>;

export interface ActivationRepo {
  /** Inserts unless the device already has an active activation on the subscription. */
  insertIfAbsent(a: ActivationRecord): Promise<boolean>;
  byId(id: string): Promise<ActivationRecord | undefined>;
  /** The computer names of these activations, by id (an id that does not exist is left out). */
  deviceNames(ids: readonly string[]): Promise<Map<string, string>>;
  activeByFingerprint(subscriptionId: string, fingerprint: string): Promise<ActivationRecord | undefined>;
  /** A page of `filter.limit` rows; the count as `filter.count` asks (capped: at most `countCap` + 1). */
  list(filter: ActivationFilter, countCap: number): Promise<{ rows: ActivationRecord[]; total?: number }>;
  /** Ends an active activation; false when it was no longer active. */
  end(id: string, status: Exclude<ActivationStatus, 'active'>, reason: EndReason, at: number): Promise<boolean>;
  /**
   * Ends every active activation of a key (or a whole subscription), in one statement; returns,
   * per key, the devices ended and the seats that frees (a person's SSO devices share one seat),
   * and the activations it ended, as they are now (their activation.ended webhooks).
   */
  endAll(
    scope: { keyId: string } | { subscriptionId: string },
    status: Exclude<ActivationStatus, 'active'>,
    reason: EndReason,
    at: number,
  ): Promise<{ perKey: Map<string, { devices: number; seats: number }>; ended: EndedActivationRow[] }>;
  /** Active activations not seen since `before` on a subscription, oldest first. */
  staleActive(subscriptionId: string, before: number, limit: number): Promise<ActivationRecord[]>;
  /** Records a check-in: the time, what changed of the device, and the policy version its new certificate carries. */
  checkIn(id: string, at: number, device: Partial<DeviceInfo>, deliveredPolicyVersion: number): Promise<void>;
  moveToKey(id: string, keyId: string): Promise<void>;
  /** A person's active SSO activations on a subscription, oldest first (they all sit on one key). */
  activeOfUser(subscriptionId: string, ssoUserId: string): Promise<ActivationRecord[]>;
  /** The subscriptions where a person has active SSO devices. */
  subscriptionsOfUser(ssoUserId: string): Promise<string[]>;
  /** Per person: the key their seat is on, per subscription, and how many devices share it. */
  seatsOfUsers(ssoUserIds: readonly string[]): Promise<Map<string, { subscriptionId: string; keyId: string; devices: number }[]>>;
  /** Moves a person's seat (all their active devices on the subscription) to another key. */
  moveUserToKey(subscriptionId: string, ssoUserId: string, keyId: string): Promise<void>;
  /**
   * Every change of the seats in use (of the subscription, or of one key) after `since`: the
   * devices' by day (taken on the day they activated, given back on the day they ended), and a
   * person's (whose devices share a seat per key) when their first device came or their last
   * went; at most `limit` devices of such people are read.
   */
  seatChanges(subscriptionId: string, keyId: string | undefined, since: number, limit: number): Promise<SeatChange[]>;
}

export interface InvitationRepo {
  insertMany(invitations: readonly InvitationRecord[], codes: readonly InvitationCodeRecord[]): Promise<void>;
  byId(id: string): Promise<InvitationRecord | undefined>;
  /** The invitation a code belongs to, and the code's own record (retired once a resend replaced it). */
  byCodeHash(codeHash: string): Promise<{ invitation: InvitationRecord; code: InvitationCodeRecord } | undefined>;
  /** Which of these (normalized) addresses have a pending, unexpired invitation on the key. */
  pendingEmails(keyId: string, emails: readonly string[], now: number): Promise<Set<string>>;
  list(filter: InvitationFilter): Promise<{ rows: InvitationRecord[]; total: number }>;
  update(id: string, patch: Partial<Pick<InvitationRecord, 'status' | 'expiresAt' | 'codeCipher' | 'mailId' | 'activationId' | 'revokeReason' | 'updatedAt' | 'acceptedAt' | 'revokedAt'>>): Promise<void>;
  /** Gives the invitation a new current code; the ones before it are retired. */
  replaceCode(invitationId: string, code: InvitationCodeRecord): Promise<void>;
  /** Pending invitations of a key, to revoke with it. */
  pendingOfKey(keyId: string): Promise<InvitationRecord[]>;
}

export interface OutboxRepo {
  insertMany(messages: readonly OutboxRecord[]): Promise<void>;
  byIds(ids: readonly string[]): Promise<OutboxRecord[]>;
  /** Leases up to `limit` due messages to `owner` until `leaseUntil`; another node skips them. */
  claim(owner: string, now: number, leaseUntil: number, limit: number, kinds: readonly OutboxKind[]): Promise<OutboxRecord[]>;
  /** Records the outcome of an attempt, if `owner` still holds the lease; false otherwise. */
  settle(id: string, owner: string, outcome: Pick<OutboxRecord, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt' | 'updatedAt'>): Promise<boolean>;
  /** Cancels the unsent messages about `refId` (a revoked or resent invitation). */
  cancel(refId: string, now: number): Promise<void>;
  /** Unsent messages (queued or retrying) per kind, with the oldest one's creation time: one grouped query. */
  backlog(): Promise<{ kind: string; count: number; oldestCreatedAt: number }[]>;
}

export type MemberPatch = Partial<
  Pick<MemberRecord, 'name' | 'role' | 'status' | 'passwordHash' | 'updatedAt' | 'lastSignInAt'>
>;

export interface MemberRepo {
  /** False when the email is taken. */
  insert(m: MemberRecord): Promise<boolean>;
  byId(id: string): Promise<MemberRecord | undefined>;
  byEmail(email: string): Promise<MemberRecord | undefined>;
  list(accountId: string): Promise<MemberRecord[]>;
  update(id: string, patch: MemberPatch): Promise<void>;
  /** False when another member has the address (the write is refused; end the transaction). */
  changeEmail(id: string, email: string, at: number): Promise<boolean>;
  delete(id: string): Promise<void>;
  /** Active Account Administrators of the account. */
  countActiveAdmins(accountId: string): Promise<number>;
  /** Whether any account has an active Account Administrator (`allot setup` has been run, or its equivalent). */
  anyActiveAdmin(): Promise<boolean>;
}

export interface GrantRepo {
  /** The keys granted to members or tokens, by principal id. */
  of(principalIds: readonly string[]): Promise<Map<string, KeyGrant[]>>;
  /** Replaces a principal's grants. */
  set(principalId: string, grants: readonly KeyGrant[]): Promise<void>;
}

export interface SessionRepo {
  insert(s: SessionRecord): Promise<void>;
  byHash(idHash: string): Promise<SessionRecord | undefined>;
  touch(idHash: string, at: number): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Ends every session of a member (blocked, removed, password changed), but `except`. */
  deleteOfMember(memberId: string, except?: string): Promise<void>;
}

export interface MemberLinkRepo {
  insert(l: MemberLinkRecord): Promise<void>;
  byId(id: string): Promise<MemberLinkRecord | undefined>;
  byHash(tokenHash: string): Promise<MemberLinkRecord | undefined>;
  /** Marks the link used; false when it already was (two tabs racing). */
  use(id: string, at: number): Promise<boolean>;
  /** Retires the member's unused links (a newer one replaces them). */
  retireOfMember(memberId: string, at: number): Promise<void>;
  deleteOfMember(memberId: string): Promise<void>;
}

/** Failed sign-ins in a row, per address (hashed). */
export interface ThrottleRepo {
  get(keyHash: string): Promise<{ failures: number; lockedUntil: number | null } | undefined>;
  /**
   * Reads the address's record, making an empty one if there is none, and holds it until the
   * transaction ends: concurrent sign-ins of one address are counted one after the other.
   */
  hold(keyHash: string, at: number): Promise<{ failures: number; lockedUntil: number | null }>;
  put(keyHash: string, failures: number, lockedUntil: number | null, at: number): Promise<void>;
  clear(keyHash: string): Promise<void>;
}

/** A password reset asked for, not yet worked off (the address is kept encrypted). */
export interface ResetRequestRecord {
  id: string;
  emailCipher: string;
  requestId: string | null;
  createdAt: number;
}

export interface ResetRequestRepo {
  insert(r: ResetRequestRecord): Promise<void>;
  /** Removes and returns up to `limit` of the oldest requests; a request is taken by one node only. */
  take(limit: number): Promise<ResetRequestRecord[]>;
}

export interface BlacklistRepo {
  insertIfAbsent(b: BlacklistRecord): Promise<boolean>;
  byId(id: string): Promise<BlacklistRecord | undefined>;
  find(subscriptionId: string, fingerprint: string): Promise<BlacklistRecord | undefined>;
  /** With `keyIds`, only the devices blacklisted from those keys. */
  list(subscriptionId: string, limit: number, offset: number, keyIds?: readonly string[]): Promise<{ rows: BlacklistRecord[]; total: number }>;
  delete(id: string): Promise<void>;
}

export interface TokenRepo {
  insert(t: TokenRecord): Promise<void>;
  byHash(tokenHash: string): Promise<TokenRecord | undefined>;
  byId(id: string): Promise<TokenRecord | undefined>;
  list(accountId: string | null): Promise<TokenRecord[]>;
  revoke(id: string, at: number): Promise<void>;
  touch(id: string, at: number): Promise<void>;
}

export interface EventRepo {
  append(e: EventRecord): Promise<void>;
  appendMany(events: readonly EventRecord[]): Promise<void>;
  list(filter: EventFilter): Promise<EventRecord[]>;
  /** Drops at most `limit` events that happened before `before` (the oldest first); how many it dropped. */
  deleteOlderThan(before: number, limit: number): Promise<number>;
}

export interface SigningKeyRepo {
  insert(k: SigningKeyRecord): Promise<void>;
  list(): Promise<SigningKeyRecord[]>;
  retireAllExcept(kid: string, at: number): Promise<void>;
}

export type SeatOutcome = { ok: true } | { ok: false; refusal: SeatRefusal };

/**
 * The one place the seat invariant is enforced: applies a delta to a subscription's counters
 * (and a key's) with conditional UPDATEs, or changes nothing and says why.
 */
/** A change of a seat total (a subscription's seats, or a key's maximum), kept for the usage chart. */
export interface SeatTotalChange {
  at: number;
  before: number;
  after: number;
}

/** Seats taken on one key by new activations. */
export interface SeatClaim {
  subscriptionId: string;
  keyId: string;
  type: KeyType;
  count: number;
}

export interface SeatLedger {
  /**
   * Applies a delta at `at`. A change of the subscription's seats or of a key's maximum is also
   * kept, as of `at`, in the history of totals (`totalChanges`).
   */
  adjust(subscriptionId: string, keyId: string | null, delta: SeatDelta, at: number): Promise<SeatOutcome>;
  /**
   * Takes `count` seats on each of these keys (`seatDeltas.claim`, summed per subscription) in
   * two statements, whatever their number, under the same conditions as `adjust`. Claims only
   * ever take seats, so the rows after them keep the invariant only if every row on the way
   * did. All or nothing: false, with nothing changed by the caller's savepoint, when a row would
   * break it (the caller counted wrong).
   */
  claimMany(claims: readonly SeatClaim[]): Promise<boolean>;
  /**
   * How a total changed from `since` on (keyId null: the subscription's seats; else the key's
   * maximum), oldest first, the newest `limit` of them, and the last change before `since`.
   */
  totalChanges(
    subscriptionId: string,
    keyId: string | null,
    since: number,
    limit: number,
  ): Promise<{ earlier: SeatTotalChange | null; changes: SeatTotalChange[] }>;
  /** The counters recomputed from the rows (for `allot doctor` and the tests). */
  recount(subscriptionId: string): Promise<{ pool: PoolCounters; keys: Map<string, number> }>;
  /**
   * Sets the stored counters to the given values (N_total is left alone): only `allot doctor
   * --repair` calls this, with a recount, under the subscription's lock. Every other change
   * is a delta through `adjust`.
   */
  overwrite(subscriptionId: string, counters: { pool: Omit<PoolCounters, 'total'>; keys: ReadonlyMap<string, number> }): Promise<void>;
}

export interface LeaseRepo {
  /** Takes or renews a named lease; false when another owner holds it. */
  acquire(name: string, owner: string, now: number, ttlMs: number): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

export interface SettingRepo {
  get(name: string): Promise<string | undefined>;
  /** Stores the value unless the name is taken; returns the value that is stored. */
  putIfAbsent(name: string, value: string): Promise<string>;
}

export interface SsoConnectionRepo {
  get(accountId: string): Promise<SsoConnectionRecord | undefined>;
  /** Creates or replaces the account's connection. */
  put(c: SsoConnectionRecord): Promise<void>;
  delete(accountId: string): Promise<boolean>;
}

export type SsoUserPatch = Partial<Pick<SsoUserRecord, 'email' | 'name' | 'subject' | 'groups' | 'status' | 'updatedAt' | 'lastSignInAt' | 'deactivatedAt' | 'scim'>>;

export interface SsoUserRepo {
  /** False when the account already has a person with this address (another sign-in won the race). */
  insert(u: SsoUserRecord): Promise<boolean>;
  byId(id: string): Promise<SsoUserRecord | undefined>;
  byEmail(accountId: string, email: string): Promise<SsoUserRecord | undefined>;
  /** Holds the person until the transaction ends (deactivation against a sign-in). */
  lock(id: string): Promise<SsoUserRecord | undefined>;
  /** False when the change would give the account two people with one address or one SCIM userName (nothing is written then). */
  update(id: string, patch: SsoUserPatch): Promise<boolean>;
  /** `source`: people SCIM provisioned (`scim`), or people who only signed in (`sign-in`). */
  list(accountId: string, filter: { status?: SsoUserStatus; source?: SsoUserSource; search?: string; limit: number; after?: string }): Promise<SsoUserRecord[]>;
  /** The person SCIM knows by this userName, regardless of case (deprovisioned ones included). */
  byUserName(accountId: string, userName: string): Promise<SsoUserRecord | undefined>;
  /**
   * The people SCIM provisioned and has not deleted, in the order they were provisioned, at
   * most `limit`; narrowed to one userName (regardless of case) or externalId when given.
   */
  listProvisioned(accountId: string, filter: { userName?: string; externalId?: string; limit: number }): Promise<SsoUserRecord[]>;
}

export interface ScimTokenRepo {
  insert(t: ScimTokenRecord): Promise<void>;
  byHash(tokenHash: string): Promise<ScimTokenRecord | undefined>;
  byId(id: string): Promise<ScimTokenRecord | undefined>;
  list(accountId: string): Promise<ScimTokenRecord[]>;
  revoke(id: string, at: number): Promise<void>;
  touch(id: string, at: number): Promise<void>;
  /** Whether the account has a token that is not revoked: SCIM is then the source of its people's groups. */
  anyLive(accountId: string): Promise<boolean>;
}

export type ScimGroupPatch = Partial<Pick<ScimGroupRecord, 'displayName' | 'externalId' | 'attributes' | 'updatedAt'>>;

export interface ScimGroupRepo {
  /** False when the account has a group of that name (regardless of case). */
  insert(g: ScimGroupRecord): Promise<boolean>;
  byId(id: string): Promise<ScimGroupRecord | undefined>;
  /** Oldest first, at most `limit`; narrowed to one displayName (regardless of case) or externalId when given. */
  list(accountId: string, filter: { displayName?: string; externalId?: string; limit: number }): Promise<ScimGroupRecord[]>;
  /** False when the new name is another group's (nothing is written then). */
  update(id: string, patch: ScimGroupPatch): Promise<boolean>;
  /** Deletes the group and its memberships. */
  delete(id: string): Promise<void>;
  /** The members (person ids) of each group. */
  members(groupIds: readonly string[]): Promise<Map<string, string[]>>;
  addMembers(groupId: string, userIds: readonly string[]): Promise<void>;
  removeMembers(groupId: string, userIds: readonly string[]): Promise<void>;
  /** The groups each person is a member of, by person id. */
  groupsOf(userIds: readonly string[]): Promise<Map<string, ScimGroupRecord[]>>;
  /** Takes the person out of every group (SCIM deleted them). */
  removeUser(userId: string): Promise<void>;
}

export interface SsoRequestRepo {
  insert(r: SsoRequestRecord): Promise<void>;
  byId(id: string): Promise<SsoRequestRecord | undefined>;
  /**
   * Records the provider's answer: the person and, for a device, the code's hash and expiry.
   * False when it was already answered (a replay, or two tabs racing): nothing changes then.
   */
  answer(id: string, at: number, outcome: { userId: string; codeHash: string | null; codeExpiresAt: number | null }): Promise<boolean>;
  byCodeHash(codeHash: string): Promise<SsoRequestRecord | undefined>;
  /** Spends the code; false when it was already spent. */
  useCode(id: string, at: number): Promise<boolean>;
  /** Removes requests that expired before `before` (at most `limit`); how many. */
  deleteExpired(before: number, limit: number): Promise<number>;
}

export type DomainPatch = Partial<Pick<DomainRecord, 'lastCheckedAt' | 'lastCheck'>>;

export interface DomainRepo {
  /** False when the account has the domain already. */
  insert(d: DomainRecord): Promise<boolean>;
  byId(id: string): Promise<DomainRecord | undefined>;
  /** The account's domains, by name. */
  listByAccount(accountId: string): Promise<DomainRecord[]>;
  update(id: string, patch: DomainPatch): Promise<void>;
  delete(id: string): Promise<void>;
  /** The verified row of a domain, whichever account verified it. */
  verifiedOwner(domain: string): Promise<DomainRecord | undefined>;
  /**
   * Marks the domain verified at `at`; false when another account verified the same name
   * meanwhile (the database is the judge: one verified row per name). The transaction stays
   * usable either way.
   */
  markVerified(id: string, at: number): Promise<boolean>;
}

export type GoldenImagePatch = Partial<Pick<GoldenImageRecord, 'name' | 'description' | 'images' | 'updatedAt'>>;

export interface GoldenImageRepo {
  insert(g: GoldenImageRecord): Promise<void>;
  byId(id: string): Promise<GoldenImageRecord | undefined>;
  /**
   * Reads the image and holds it until the transaction ends: giving it to a key and deleting it
   * take this first, so that a key never keeps an image deleted meanwhile.
   */
  lock(id: string): Promise<GoldenImageRecord | undefined>;
  /** The account's images, by name. */
  listByAccount(accountId: string): Promise<GoldenImageRecord[]>;
  countByAccount(accountId: string): Promise<number>;
  update(id: string, patch: GoldenImagePatch): Promise<void>;
  delete(id: string): Promise<void>;
}

/** One check-in's writes to its activation row: the time, the policy version delivered, and what the device reported. */
export interface CheckInWrite {
  id: string;
  at: number;
  changes: Partial<DeviceInfo>;
  deliveredPolicyVersion: number;
}

/** What a run of activations decides from, read under its subscriptions' locks. */
export interface ActivationRunState {
  /** Live keys by the lookup hash of their strings. */
  keysByHash: Map<string, KeyRecord>;
  /** Those keys, and the keys the devices already active hold, by id. */
  keys: Map<string, KeyRecord>;
  /** The subscriptions of the keys found, locked. */
  subscriptions: Map<string, SubscriptionRecord>;
  products: Map<string, ProductRecord>;
  /** The devices' active activations on those subscriptions, by `deviceOn`. */
  active: Map<string, ActivationRecord>;
  /** The devices blacklisted on those subscriptions, as `deviceOn`. */
  blacklisted: Set<string>;
  /** When each subscription's next live key falls due for expiry (`KeyRepo.dueForExpiry`'s rule); absent: none will. */
  nextKeyExpiry: Map<string, number>;
}

/** What a run of check-ins decides from (no lock: a check-in takes no seat). */
export interface CheckInRunState {
  activations: Map<string, ActivationRecord>;
  /** The activations' keys (deleted ones too), subscriptions and products, by id. */
  keys: Map<string, KeyRecord>;
  subscriptions: Map<string, SubscriptionRecord>;
  products: Map<string, ProductRecord>;
  /** The SSO people of those activations, by id. */
  users: Map<string, SsoUserRecord>;
  blacklisted: Set<string>;
}

/**
 * The set-based reads and writes of a run of device requests (activations, check-ins) decided
 * together in one shared transaction: a few statements per run, whatever its length, instead of
 * a few per request (one read and one write where the dialect can, `jsonRowSets`).
 */
export interface DeviceBatchRepo {
  /**
   * Locks the subscriptions of the keys these hashes name (in id order, the lock order), then
   * reads, under the locks, the keys again (one may have been regenerated or deleted meanwhile)
   * and everything else the run decides from.
   */
  lockForActivations(hashes: readonly string[], fingerprints: readonly string[]): Promise<ActivationRunState>;
  readForCheckIns(activationIds: readonly string[]): Promise<CheckInRunState>;
  /** Inserts new activations (their devices hold none on their subscriptions) and events; false when a device turned out to hold one. */
  insertActivations(activations: readonly ActivationRecord[], events: readonly EventRecord[]): Promise<boolean>;
  /** Applies check-ins (and re-activations) to their rows: one statement per shape of change. */
  checkIns(list: readonly CheckInWrite[]): Promise<void>;
}

/** How a device on a subscription is named in the maps of `DeviceBatchRepo`. */
export const deviceOn = (subscriptionId: string, fingerprint: string): string => `${subscriptionId}\n${fingerprint}`;

export type WebhookEndpointPatch = Partial<
  Pick<WebhookEndpointRecord, 'url' | 'description' | 'events' | 'enabled' | 'secretCipher' | 'previousSecretCipher' | 'previousSecretUntil' | 'failureStreak' | 'disabledAt' | 'disabledReason' | 'updatedAt'>
>;

export interface WebhookRepo {
  insertEndpoint(e: WebhookEndpointRecord): Promise<void>;
  endpointById(id: string): Promise<WebhookEndpointRecord | undefined>;
  /** An account's endpoints, or (null) the operator's own. */
  endpointsOf(accountId: string | null, limit: number): Promise<WebhookEndpointRecord[]>;
  countEndpoints(accountId: string | null): Promise<number>;
  updateEndpoint(id: string, patch: WebhookEndpointPatch): Promise<void>;
  deleteEndpoint(id: string): Promise<void>;
  /**
   * Queues each event for every enabled endpoint that wants it (its account's and the
   * operator's): a delivery row and an outbox message each, by INSERT … SELECT, so that with no
   * matching endpoint it costs one statement. Returns how many messages were queued.
   */
  fanOut(events: readonly WebhookEvent[], at: number): Promise<number>;
  /** One message to one endpoint (a test event), with its outbox message. */
  insertDelivery(d: WebhookDeliveryRecord, outboxId: string): Promise<void>;
  deliveryById(id: string): Promise<WebhookDeliveryRecord | undefined>;
  /** An endpoint's deliveries, newest first, after `before` (an id) when given. */
  deliveriesOf(endpointId: string, limit: number, before: string | null): Promise<WebhookDeliveryRecord[]>;
  updateDelivery(id: string, patch: Partial<Pick<WebhookDeliveryRecord, 'status' | 'attempts' | 'lastStatusCode' | 'lastError' | 'lastResponse' | 'nextAttemptAt' | 'updatedAt' | 'deliveredAt'>>): Promise<void>;
  insertAttempt(a: WebhookAttemptRecord): Promise<void>;
  attemptsOf(deliveryId: string, limit: number): Promise<WebhookAttemptRecord[]>;
  /**
   * Drops at most `limit` settled messages (delivered, failed, stopped) last changed before
   * `before`, oldest first, with their attempts and their settled outbox rows; never a pending
   * or retrying one. Answers how many it dropped.
   */
  deleteSettledBefore(before: number, limit: number): Promise<number>;
  /** Stops an endpoint's unsent messages (disabled or deleted): their outbox rows are cancelled. */
  stopPending(endpointId: string, now: number): Promise<number>;
  /** One more failed attempt in a row; answers the new streak. */
  bumpFailureStreak(id: string, now: number): Promise<number>;
  resetFailureStreak(id: string): Promise<void>;
  /** Disables the endpoint if it is enabled; false when it already was disabled (by another attempt, another node). */
  disableIfEnabled(id: string, now: number, reason: string): Promise<boolean>;
  /** Subscriptions not yet ended whose expiry is before `until` (their grace may be running), by id after `after`. */
  subscriptionsExpiringBefore(until: number, limit: number, after: string | null): Promise<{ id: string; accountId: string; productId: string; expiresAt: number; gracePeriodDays: number }[]>;
  /** Records that a notice was given; false when it already was (another node, an earlier run). */
  noteOnce(subscriptionId: string, notice: string, expiresAt: number, now: number): Promise<boolean>;
}

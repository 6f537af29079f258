/**
 * What the use-cases need from the outside world. storage/, crypto/ and boot/ implement
 * these; app/ never imports an implementation.
 */
import type { KeyType, PoolCounters, SeatDelta, SeatRefusal } from '../domain/seats.ts';
import type { ActivationType } from '../domain/certificate.ts';
import type { InvitationLanguage, InvitationStatus, StoredInvitationStatus } from '../domain/invitations.ts';
import type { AccountRole, LinkKind, MemberStatus } from '../domain/members.ts';

// ---------- records (what storage keeps; times are epoch milliseconds) ----------

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
  createdAt: number;
  updatedAt: number;
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
  | 'inactive';

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
  status: ActivationStatus;
  endReason: EndReason | null;
  activatedAt: number;
  lastCheckInAt: number;
  endedAt: number | null;
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

export type ActorType = 'operator' | 'token' | 'member' | 'device' | 'system';

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
export type OutboxKind = 'invitation' | 'member_link';

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

// ---------- listing ----------

export interface Page<T> {
  data: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  nextCursor?: string;
  total?: number;
}

export interface SubscriptionFilter {
  accountId?: string;
  /** Only these (a License Administrator's); absent: no such limit. */
  ids?: readonly string[];
  status?: 'active' | 'expiring' | 'grace' | 'expired';
  now: number;
  limit: number;
  after?: string;
}

export const ACTIVATION_SORTS = [
  'activatedAt',
  'lastCheckInAt',
  'name',
  'os',
  'appVersion',
  'ip',
  'serial',
  'mac',
] as const;
export type ActivationSort = (typeof ACTIVATION_SORTS)[number];

export interface ActivationFilter {
  subscriptionId: string;
  keyId?: string;
  /** Only devices on these keys (a License Administrator's); absent: no such limit. */
  keyIds?: readonly string[];
  status?: ActivationStatus | 'all';
  /** Case-insensitive substring of name, serial, MAC, IP, OS, app version, fingerprint or user. */
  search?: string;
  sort: ActivationSort;
  descending: boolean;
  limit: number;
  offset: number;
}

export interface InvitationFilter {
  subscriptionId: string;
  keyId?: string;
  /** Only invitations on these keys; absent: no such limit. */
  keyIds?: readonly string[];
  status?: InvitationStatus;
  /** Case-insensitive substring of the email. */
  search?: string;
  now: number;
  limit: number;
  offset: number;
}

export interface EventFilter {
  accountId?: string;
  subscriptionId?: string;
  action?: string;
  actorType?: ActorType;
  targetId?: string;
  since?: number;
  until?: number;
  limit: number;
  /** Events older than this id (newest first). */
  before?: string;
}

// ---------- repositories (inside a transaction) ----------

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
  /** Subscriptions with an auto-release window set. */
  withAutoRelease(limit: number, after?: string): Promise<SubscriptionRecord[]>;
}

export type KeyPatch = Partial<Pick<KeyRecord, 'name' | 'blocked' | 'expiresAt' | 'expiredAt' | 'deletedAt' | 'keyCipher' | 'updatedAt'>> & {
  keyHash?: string;
  type?: KeyType;
};

export interface KeyRepo {
  insert(k: KeyRecord, keyHash: string): Promise<void>;
  byId(id: string): Promise<KeyRecord | undefined>;
  /** A live (not deleted) key by the lookup hash of its canonical string. */
  byHash(keyHash: string): Promise<KeyRecord | undefined>;
  /** The live keys (and, when asked, the deleted ones too), oldest first. */
  listBySubscription(subscriptionId: string, options?: { includeDeleted?: boolean }): Promise<KeyRecord[]>;
  update(id: string, patch: KeyPatch): Promise<void>;
  /** Keys whose own expiry has passed and is not yet processed. */
  dueForExpiry(now: number, limit: number, subscriptionId?: string): Promise<KeyRecord[]>;
}

export interface ActivationRepo {
  /** Inserts unless the device already has an active activation on the subscription. */
  insertIfAbsent(a: ActivationRecord): Promise<boolean>;
  byId(id: string): Promise<ActivationRecord | undefined>;
  /** The computer names of these activations, by id (an id that does not exist is left out). */
  deviceNames(ids: readonly string[]): Promise<Map<string, string>>;
  activeByFingerprint(subscriptionId: string, fingerprint: string): Promise<ActivationRecord | undefined>;
  list(filter: ActivationFilter): Promise<{ rows: ActivationRecord[]; total: number }>;
  /** Ends an active activation; false when it was no longer active. */
  end(id: string, status: Exclude<ActivationStatus, 'active'>, reason: EndReason, at: number): Promise<boolean>;
  /** Ends every active activation of a key (or a whole subscription); returns how many per key. */
  endAll(
    scope: { keyId: string } | { subscriptionId: string },
    status: Exclude<ActivationStatus, 'active'>,
    reason: EndReason,
    at: number,
  ): Promise<Map<string, number>>;
  /** Active activations not seen since `before` on a subscription, oldest first. */
  staleActive(subscriptionId: string, before: number, limit: number): Promise<ActivationRecord[]>;
  checkIn(id: string, at: number, device: Partial<DeviceInfo>): Promise<void>;
  moveToKey(id: string, keyId: string): Promise<void>;
  /** When each seat that was in use at or after `since` was taken and given back (at most `limit`). */
  seatIntervals(subscriptionId: string, keyId: string | undefined, since: number, limit: number): Promise<{ from: number; to: number | null }[]>;
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
  claim(owner: string, now: number, leaseUntil: number, limit: number): Promise<OutboxRecord[]>;
  /** Records the outcome of an attempt, if `owner` still holds the lease; false otherwise. */
  settle(id: string, owner: string, outcome: Pick<OutboxRecord, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt' | 'updatedAt'>): Promise<boolean>;
  /** Cancels the unsent messages about `refId` (a revoked or resent invitation). */
  cancel(refId: string, now: number): Promise<void>;
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
export interface SeatLedger {
  adjust(subscriptionId: string, keyId: string | null, delta: SeatDelta): Promise<SeatOutcome>;
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

export interface Tx {
  settings: SettingRepo;
  products: ProductRepo;
  accounts: AccountRepo;
  subscriptions: SubscriptionRepo;
  keys: KeyRepo;
  activations: ActivationRepo;
  blacklist: BlacklistRepo;
  tokens: TokenRepo;
  events: EventRepo;
  signingKeys: SigningKeyRepo;
  seats: SeatLedger;
  leases: LeaseRepo;
  invitations: InvitationRepo;
  outbox: OutboxRepo;
  members: MemberRepo;
  grants: GrantRepo;
  sessions: SessionRepo;
  memberLinks: MemberLinkRepo;
  throttle: ThrottleRepo;
  resetRequests: ResetRequestRepo;
  /** Runs after the transaction commits (never if it rolls back). */
  afterCommit(fn: () => void): void;
}

export interface Store {
  /** A read-write transaction; all or nothing. */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * The same guarantees as `write` for `fn` (all or nothing, answered once durable), but the
   * transaction may be shared with concurrent writes, so that many pay for one commit. For the
   * hot, short writes of devices (activation, check-in); `fn` must do nothing but storage.
   * Writes with the same `hint` (what they will lock: a key, an activation) keep their order.
   */
  writeShared<T>(fn: (tx: Tx) => Promise<T>, hint?: string): Promise<T>;
  /** Reads (may see a consistent snapshot, never writes). */
  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// ---------- services ----------

export interface Clock {
  now(): number;
}

export interface Ids {
  /** Time-ordered unique id (UUIDv7). */
  next(): string;
}

/** Secrets at rest: encryption and lookup hashes under the master key kept outside the database. */
export interface Vault {
  randomBytes(count: number): Uint8Array;
  /** A keyed hash for looking up license keys and codes (HMAC-SHA-256, hex). */
  lookupHash(canonical: string): string;
  /** A plain hash for high-entropy tokens (SHA-256, hex). */
  tokenHash(token: string): string;
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
  /** Constant-time string comparison. */
  same(a: string, b: string): boolean;
}

/** An invitation email, as the mail adapter renders it (in `language`) and sends it. */
export interface InvitationMail {
  kind: 'invitation';
  /** Stable per outbox message, so that a receiver can drop a copy sent twice. */
  messageId: string;
  to: string;
  language: InvitationLanguage;
  code: string;
  expiresAt: number;
  productName: string;
  accountName: string;
  keyName: string;
  downloadUrl: string | null;
}

/** A link to set a password: an invitation to join an account's console, or a reset. */
export interface MemberLinkMail {
  kind: 'member_link';
  messageId: string;
  to: string;
  linkKind: LinkKind;
  name: string;
  accountName: string;
  url: string;
  expiresAt: number;
}

export type Mail = InvitationMail | MemberLinkMail;

export type MailResult = { ok: true } | { ok: false; permanent: boolean; error: string };

/** Sends one message. Never throws: a refusal or an outage is a result the outbox acts on. */
export interface Mailer {
  send(mail: Mail): Promise<MailResult>;
}

/** Passwords at rest (argon2id). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface GeneratedSigningKey {
  kid: string;
  publicJwk: Record<string, unknown>;
  privatePem: string;
}

export interface CertificateSigner {
  generate(): Promise<GeneratedSigningKey>;
  /** Signs claims as a compact JWS with the given private key (PEM, already decrypted). */
  sign(claims: Record<string, unknown>, key: { kid: string; privatePem: string }): Promise<string>;
}

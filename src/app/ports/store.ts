/** The store and its transaction: how a use-case reaches storage. */
import type { AccountRepo, ActivationRepo, BlacklistRepo, EventRepo, GrantRepo, InvitationRepo, KeyRepo, LeaseRepo, MemberLinkRepo, MemberRepo, OutboxRepo, ProductRepo, ResetRequestRepo, SeatLedger, SessionRepo, SettingRepo, SigningKeyRepo, ScimGroupRepo, ScimTokenRepo, SsoConnectionRepo, SsoRequestRepo, SsoUserRepo, SubscriptionRepo, ThrottleRepo, TokenRepo } from './repositories.ts';
import type { OperatorMemberRepo, OperatorReadRepo, OperatorSessionRepo } from './operators.ts';
import type { DeviceBatchRepo, DomainRepo, GoldenImageRepo, WebhookRepo } from './repositories.ts';

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
  ssoConnections: SsoConnectionRepo;
  ssoUsers: SsoUserRepo;
  ssoRequests: SsoRequestRepo;
  scimTokens: ScimTokenRepo;
  scimGroups: ScimGroupRepo;
  domains: DomainRepo;
  goldenImages: GoldenImageRepo;
  deviceBatches: DeviceBatchRepo;
  operators: OperatorMemberRepo;
  operatorSessions: OperatorSessionRepo;
  operatorReads: OperatorReadRepo;
  webhooks: WebhookRepo;
  /** Runs after the transaction commits (never if it rolls back). */
  afterCommit(fn: () => void): void;
}

/**
 * Writes of one kind that may be decided together. `many` must give each item exactly what `one`
 * would give it, run on each in turn in the same transaction (a property test holds it to that).
 */
export interface Batchable<I, O> {
  /**
   * Decides the first items of `items`, in order, and writes what they change; returns their
   * outcomes: a prefix, maybe empty. The store runs the first undecided item alone with `one`,
   * then offers the rest to `many` again.
   */
  many(tx: Tx, items: readonly I[]): Promise<O[]>;
  /** One item alone: the reference that `many` agrees with. */
  one(tx: Tx, item: I): Promise<O>;
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
  /**
   * A write of a kind that can be decided together with others of its kind: as `writeShared`
   * with `kind.one(tx, item)`, but consecutive writes of one kind in a shared transaction may be
   * decided at once by `kind.many`, in a few statements for them all.
   */
  writeBatched<I, O>(kind: Batchable<I, O>, item: I, hint?: string): Promise<O>;
  /** A read transaction: one consistent snapshot for all of `fn`, which never writes (nor calls the store again). */
  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

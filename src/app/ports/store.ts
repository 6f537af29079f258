/** The store and its transaction: how a use-case reaches storage. */
import type { AccountRepo, ActivationRepo, BlacklistRepo, EventRepo, GrantRepo, InvitationRepo, KeyRepo, LeaseRepo, MemberLinkRepo, MemberRepo, OutboxRepo, ProductRepo, ResetRequestRepo, SeatLedger, SessionRepo, SettingRepo, SigningKeyRepo, ScimGroupRepo, ScimTokenRepo, SsoConnectionRepo, SsoRequestRepo, SsoUserRepo, SubscriptionRepo, ThrottleRepo, TokenRepo } from './repositories.ts';
import type { DomainRepo, GoldenImageRepo } from './repositories.ts';

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
  /** A read transaction: one consistent snapshot for all of `fn`, which never writes (nor calls the store again). */
  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

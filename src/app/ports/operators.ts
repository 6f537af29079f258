/** What the operator console needs of storage: the vendor's people, their sessions, and its reads across accounts. */

export type OperatorStatus = 'active' | 'blocked';

export interface OperatorMemberRecord {
  id: string;
  /** Lower case. */
  email: string;
  name: string;
  status: OperatorStatus;
  passwordHash: string;
  createdAt: number;
  updatedAt: number;
  lastSignInAt: number | null;
}

export interface OperatorSessionRecord {
  /** A hash of the session id; the id itself lives only in the browser's cookie. */
  idHash: string;
  operatorId: string;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number;
}

export interface OperatorMemberRepo {
  /** False when the address is taken. */
  insert(m: OperatorMemberRecord): Promise<boolean>;
  byId(id: string): Promise<OperatorMemberRecord | undefined>;
  byEmail(email: string): Promise<OperatorMemberRecord | undefined>;
  /** Every operator member, oldest first (a vendor has a handful: bounded by `limit`). */
  list(limit: number): Promise<OperatorMemberRecord[]>;
  /**
   * The active operator members, read and held until the transaction ends (PostgreSQL: row
   * locks), so that two removals cannot both leave none.
   */
  lockActive(): Promise<OperatorMemberRecord[]>;
  touchSignIn(id: string, at: number): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface OperatorSessionRepo {
  insert(s: OperatorSessionRecord): Promise<void>;
  byHash(idHash: string): Promise<OperatorSessionRecord | undefined>;
  touch(idHash: string, at: number): Promise<void>;
  delete(idHash: string): Promise<void>;
  deleteOfOperator(operatorId: string): Promise<void>;
}

/** The fleet in figures, from the counters on the subscription rows (no scan of devices). */
export interface FleetFigures {
  accounts: number;
  activeDevices: number;
  seatsSold: number;
  seatsUsed: number;
  subscriptionsExpiringSoon: number;
  accountsAtLimit: number;
}

export interface FleetSubscriptionRow {
  subscriptionId: string;
  accountId: string;
  accountName: string;
  productName: string;
  expiresAt: number;
  total: number;
  used: number;
}

export type SearchField = 'name' | 'domain' | 'member_email' | 'key_prefix' | 'device_fingerprint';

export interface SearchHit {
  accountId: string;
  field: SearchField;
  value: string;
}

export interface OperatorReadRepo {
  /**
   * `now`: what is active (valid until after now, grace included); `soonUntil`: the end of
   * "expiring soon"; `listLimit`: how many of the soonest to expire and of those at their limit.
   */
  fleet(now: number, soonUntil: number, listLimit: number): Promise<{ figures: FleetFigures; expiringSoon: FleetSubscriptionRow[]; atLimit: FleetSubscriptionRow[] }>;
  /** Accounts matching `q` by each field (already normalized by the caller where needed), each at most `limit` hits. */
  searchNames(q: string, limit: number): Promise<SearchHit[]>;
  searchDomains(domain: string, limit: number): Promise<SearchHit[]>;
  searchMemberEmails(prefix: string, limit: number): Promise<SearchHit[]>;
  searchKeyPrefixes(prefix: string, limit: number): Promise<SearchHit[]>;
  searchFingerprints(prefix: string, limit: number): Promise<SearchHit[]>;
  /** An account's SSO figures: people known through SSO, SCIM tokens not revoked. */
  ssoCounts(accountId: string): Promise<{ ssoUsers: number; scimTokens: number }>;
  /** Keys whose prefix is not filled yet (made before the column existed). */
  keysWithoutPrefix(limit: number): Promise<{ id: string; keyCipher: string }[]>;
  setKeyPrefix(id: string, prefix: string): Promise<void>;
}

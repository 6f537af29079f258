/**
 * A reference model of one subscription's seats, written from DOMAIN.md ("Keys", "Counting
 * seats", "Activation") and docs/sso.md (sections 4 and 5: groups mapped to keys, one seat per
 * person) and independent of src/: the model-based test runs the same operations against it
 * and against the real store and compares them after every step.
 *
 * Per-device activations (with a key) and SSO persons mix: a person's active devices all sit on
 * one key and share one seat, so a key's `used` counts its per-device activations plus its
 * persons.
 *
 * Keys, activations and blacklist entries are referred to by their index in creation order;
 * the test maps indexes to the real ids. Expiry takes effect at its instant here (the real
 * system settles it lazily, before any read or seat change, which must look the same).
 */
export type KeyType = 'primary' | 'dynamic' | 'reserved';
export type ActivationStatus = 'active' | 'deactivated' | 'blacklisted' | 'released';

export interface ModelKey {
  type: KeyType;
  /** null on the primary key: it has no cap of its own. */
  max: number | null;
  blocked: boolean;
  /** The key's own expiry; null: it lives as long as the subscription. */
  expiresAt: number | null;
  /** Its expiry has taken effect: devices released, seats back in the main pool. */
  expired: boolean;
  deleted: boolean;
  /** Identity-provider groups whose people draw their seat on this key (compared trimmed, case-insensitively). */
  ssoGroups: string[];
  ssoPriority: number;
}

export interface ModelActivation {
  fingerprint: string;
  key: number;
  status: ActivationStatus;
  /** The SSO person (their index) for an SSO activation; null for one made with a key. */
  person: number | null;
}

export interface ModelPerson {
  groups: string[];
  deactivated: boolean;
}

/** A key's place among mapped keys when none is given (docs/sso.md, section 4). */
export const SSO_PRIORITY_DEFAULT = 100;
const groupMatch = (g: string) => g.trim().toLowerCase();

export interface ModelBlacklistEntry {
  fingerprint: string;
  removed: boolean;
}

export type Outcome = { ok: true; activation?: number; created?: boolean } | { ok: false; code: string };

export interface Seats {
  total: number;
  used: number;
  unused: number;
  availableDynamic: number;
  availableReserved: number;
  reservedTotal: number;
  reservedUsed: number;
}

const ok: Outcome = { ok: true };
const no = (code: string): Outcome => ({ ok: false, code });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const newKey = (type: KeyType, max: number | null, expiresAt: number | null): ModelKey => ({
  type,
  max,
  blocked: false,
  expiresAt,
  expired: false,
  deleted: false,
  ssoGroups: [],
  ssoPriority: SSO_PRIORITY_DEFAULT,
});

export class SeatModel {
  keys: ModelKey[] = [newKey('primary', null, null)];
  activations: ModelActivation[] = [];
  blacklist: ModelBlacklistEntry[] = [];
  persons: ModelPerson[];

  constructor(
    public total: number,
    public now: number,
    personGroups: string[][] = [],
    /** The connection's cap on a person's active devices. */
    public devicesPerUser = 5,
  ) {
    this.persons = personGroups.map((groups) => ({ groups, deactivated: false }));
  }

  // ---------- what the rules read ----------

  live = (k: ModelKey): boolean => !k.deleted && !k.expired;
  /** Seats in use on a key: one per device activated with a key, one per person however many devices. */
  usedOn = (key: number): number => {
    const onKey = this.activations.filter((a) => a.status === 'active' && a.key === key);
    return onKey.filter((a) => a.person === null).length + new Set(onKey.flatMap((a) => (a.person === null ? [] : [a.person]))).size;
  };
  devicesOf = (p: number): ModelActivation[] => this.activations.filter((a) => a.status === 'active' && a.person === p);
  activeOf = (fingerprint: string): number => this.activations.findIndex((a) => a.status === 'active' && a.fingerprint === fingerprint);
  isBlacklisted = (fingerprint: string): boolean => this.blacklist.some((b) => !b.removed && b.fingerprint === fingerprint);
  ownExpiryPassed = (k: ModelKey): boolean => k.expiresAt !== null && this.now >= k.expiresAt;

  /**
   * What a key takes out of the main pool: a reserved key its whole maximum ("set aside …
   * nobody else can use those seats, even while they are unused"); the primary key and a
   * dynamic key the seats their devices use. A key that expired or was deleted takes nothing.
   */
  private commitment(k: ModelKey, used: number): number {
    if (!this.live(k)) return 0;
    return k.type === 'reserved' ? (k.max ?? 0) : used;
  }

  /** Used plus reserved: what the total may never go below. */
  committed(): number {
    return sum(this.keys.map((k, i) => this.commitment(k, this.usedOn(i))));
  }

  availableMainPool(): number {
    return this.total - this.committed();
  }

  seats(): Seats {
    const used = sum(this.keys.map((_, i) => this.usedOn(i)));
    const reservedTotal = sum(this.keys.filter((k) => this.live(k) && k.type === 'reserved').map((k) => k.max ?? 0));
    const reservedUsed = sum(this.keys.map((k, i) => (k.type === 'reserved' ? this.usedOn(i) : 0)));
    return {
      total: this.total,
      used,
      unused: this.total - used,
      availableDynamic: this.availableMainPool(),
      availableReserved: reservedTotal - reservedUsed,
      reservedTotal,
      reservedUsed,
    };
  }

  /** Seats a key can still hand out; none once it expired or was deleted. */
  keyAvailable(i: number): number {
    const k = this.keys[i]!;
    if (!this.live(k)) return 0;
    const main = this.availableMainPool();
    const own = (k.max ?? 0) - this.usedOn(i);
    if (k.type === 'primary') return main;
    return k.type === 'reserved' ? own : Math.min(own, main);
  }

  keyStatus(i: number): 'active' | 'blocked' | 'expired' {
    const k = this.keys[i]!;
    if (k.expired || this.ownExpiryPassed(k)) return 'expired';
    return k.blocked ? 'blocked' : 'active';
  }

  /** Why key `i` cannot take one more device, or null when it can. */
  private claimRefusal(i: number): string | null {
    const k = this.keys[i]!;
    if (k.type !== 'primary' && (k.max ?? 0) - this.usedOn(i) < 1) return 'NO_SEATS_KEY';
    if (k.type !== 'reserved' && this.availableMainPool() < 1) return 'NO_SEATS_POOL';
    return null;
  }

  // ---------- time ----------

  /** Time passes; every key whose own expiry is reached gives its seats back. */
  advanceTo(t: number): void {
    this.now = t;
    this.keys.forEach((k, i) => {
      if (!this.live(k) || !this.ownExpiryPassed(k)) return;
      k.expired = true;
      for (const a of this.activations) if (a.status === 'active' && a.key === i) a.status = 'released';
    });
  }

  // ---------- subscription ----------

  setTotal(total: number): Outcome {
    if (total < this.committed()) return no('SEATS_BELOW_COMMITTED');
    this.total = total;
    return ok;
  }

  // ---------- keys ----------

  createKey(type: 'dynamic' | 'reserved', max: number, expiresAt: number | null, sso: { groups: string[]; priority: number | null } = { groups: [], priority: null }): Outcome {
    if (max > this.total) return no('MAX_ABOVE_TOTAL');
    if (type === 'reserved' && max > this.availableMainPool()) return no('NOT_ENOUGH_SEATS');
    this.keys.push({ ...newKey(type, max, expiresAt), ssoGroups: sso.groups, ssoPriority: sso.priority ?? SSO_PRIORITY_DEFAULT });
    return ok;
  }

  /**
   * Changes a sublicense key's type, maximum and/or own expiry. The maximum never goes below
   * the used seats; what the key takes more from the main pool must fit in it ("created, or
   * raised, only if the increase fits"; a type change obeys the same rules). Giving an
   * expired key a new expiry brings it back, and it takes its seats again. Mapping groups is
   * such a change too (the primary key takes none: its people are those in no mapped group);
   * nobody's seat moves until their next activation or check-in.
   */
  updateKey(
    i: number,
    change: { type?: 'dynamic' | 'reserved'; max?: number; expiresAt?: number | null; ssoGroups?: string[]; ssoPriority?: number },
  ): Outcome {
    const k = this.keys[i]!;
    if (k.deleted) return no('KEY_NOT_FOUND');
    if (k.type === 'primary') return no('PRIMARY_KEY_IMMUTABLE');
    const after: ModelKey = {
      ...k,
      type: change.type ?? k.type,
      max: change.max ?? k.max,
      ssoGroups: change.ssoGroups ?? k.ssoGroups,
      ssoPriority: change.ssoPriority ?? k.ssoPriority,
    };
    if ((after.max ?? 0) > this.total) return no('MAX_ABOVE_TOTAL');
    const used = this.usedOn(i);
    if ((after.max ?? 0) < used) return no('MAX_BELOW_USED');
    if (change.expiresAt !== undefined) {
      after.expiresAt = change.expiresAt;
      after.expired = false;
    }
    const increase = this.commitment(after, used) - this.commitment(k, used);
    if (increase > this.availableMainPool()) return no('NOT_ENOUGH_SEATS');
    this.keys[i] = after;
    return ok;
  }

  setBlocked(i: number, blocked: boolean): Outcome {
    const k = this.keys[i]!;
    if (k.deleted) return no('KEY_NOT_FOUND');
    k.blocked = blocked;
    return ok;
  }

  /** A key with active devices goes only together with them, and only when asked. */
  deleteKey(i: number, deactivateDevices: boolean): Outcome {
    const k = this.keys[i]!;
    if (k.deleted) return no('KEY_NOT_FOUND');
    if (k.type === 'primary') return no('PRIMARY_KEY_IMMUTABLE');
    if (this.usedOn(i) > 0 && !deactivateDevices) return no('KEY_HAS_ACTIVATIONS');
    for (const a of this.activations) if (a.status === 'active' && a.key === i) a.status = 'deactivated';
    k.deleted = true;
    return ok;
  }

  // ---------- devices ----------

  /** Activation with key `i`; the same device twice on the subscription takes no second seat. */
  activate(i: number, fingerprint: string): Outcome {
    const k = this.keys[i]!;
    if (k.deleted) return no('KEY_NOT_FOUND');
    if (this.isBlacklisted(fingerprint)) return no('DEVICE_BLACKLISTED');
    if (k.expired || this.ownExpiryPassed(k)) return no('KEY_EXPIRED');
    if (k.blocked) return no('KEY_BLOCKED');
    const existing = this.activeOf(fingerprint);
    if (existing >= 0) return { ok: true, activation: existing, created: false };
    const refusal = this.claimRefusal(i);
    if (refusal) return no(refusal);
    this.activations.push({ fingerprint, key: i, status: 'active', person: null });
    return { ok: true, activation: this.activations.length - 1, created: true };
  }

  deactivateFromDevice(j: number, fingerprintMatches: boolean): Outcome {
    const a = this.activations[j]!;
    if (a.status !== 'active') return no('ACTIVATION_NOT_FOUND');
    if (!fingerprintMatches) return no('FINGERPRINT_MISMATCH');
    a.status = 'deactivated';
    return ok;
  }

  deactivateByAdministrator(j: number): Outcome {
    const a = this.activations[j]!;
    if (a.status !== 'active') return no('ACTIVATION_NOT_ACTIVE');
    a.status = 'deactivated';
    return ok;
  }

  /** The device (its fingerprint) is blacklisted: its seat is freed and it cannot activate again. */
  blacklistDevice(j: number): Outcome {
    const { fingerprint } = this.activations[j]!;
    if (this.isBlacklisted(fingerprint)) return no('ALREADY_BLACKLISTED');
    this.blacklist.push({ fingerprint, removed: false });
    const active = this.activeOf(fingerprint);
    if (active >= 0) this.activations[active]!.status = 'blacklisted';
    return ok;
  }

  removeFromBlacklist(e: number): Outcome {
    const entry = this.blacklist[e]!;
    if (entry.removed) return no('BLACKLIST_ENTRY_NOT_FOUND');
    entry.removed = true;
    return ok;
  }

  /** The seat moves with the device, within the target's availability. */
  move(j: number, target: number): Outcome {
    const a = this.activations[j]!;
    const t = this.keys[target]!;
    if (a.status !== 'active') return no('ACTIVATION_NOT_ACTIVE');
    if (t.deleted) return no('KEY_NOT_FOUND');
    if (a.key === target) return no('SAME_KEY');
    if (a.person !== null) return no('SSO_SEAT_BY_GROUP');
    if (t.expired || this.ownExpiryPassed(t)) return no('KEY_EXPIRED');
    if (t.blocked) return no('KEY_BLOCKED');
    const source = a.key;
    a.key = -1; // released from the source while the target is judged
    const refusal = this.claimRefusal(target);
    a.key = refusal ? source : target;
    return refusal ? no(refusal) : ok;
  }

  // ---------- SSO persons (docs/sso.md, sections 4 and 5) ----------

  /**
   * The key a person's groups map to: among live sublicense keys mapped to any of their groups,
   * the lowest priority, then the key created first; in no mapped group, the primary key. A
   * blocked key is not skipped.
   */
  mappedKey(p: number): number {
    const theirs = new Set(this.persons[p]!.groups.map(groupMatch));
    let best: number | null = null;
    this.keys.forEach((k, i) => {
      if (k.type === 'primary' || !this.live(k) || !k.ssoGroups.some((g) => theirs.has(groupMatch(g)))) return;
      if (best === null || k.ssoPriority < this.keys[best]!.ssoPriority) best = i;
    });
    return best ?? 0;
  }

  /** Why key `i` takes no activation now (its own expiry, blocked), or null. */
  private keyRefusal(i: number): string | null {
    const k = this.keys[i]!;
    if (k.expired || this.ownExpiryPassed(k)) return 'KEY_EXPIRED';
    return k.blocked ? 'KEY_BLOCKED' : null;
  }

  /**
   * Where the person's seat is: on the key of their devices; with none yet, on the key their
   * groups map to. When their groups now map to another key that takes activations, the seat
   * moves there if it has room (their seat freed while it is judged); else it stays.
   */
  placeSeat(p: number): number {
    const devices = this.devicesOf(p);
    const mapped = this.mappedKey(p);
    if (devices.length === 0) return mapped;
    const current = devices[0]!.key;
    if (mapped === current || this.keyRefusal(mapped)) return current;
    for (const d of devices) d.key = -1;
    const refusal = this.claimRefusal(mapped);
    for (const d of devices) d.key = refusal ? current : mapped;
    return refusal ? current : mapped;
  }

  /** A sign-in records the person's groups; no seat moves until their next activation or check-in. */
  setGroups(p: number, groups: string[]): Outcome {
    this.persons[p]!.groups = groups;
    return ok;
  }

  /**
   * Person `p` activates a device by SSO: the seat is placed first (a move sticks even when the
   * device is then refused); the first device claims a seat on that key, further ones share
   * it up to `devicesPerUser`; the same device of the same person again is the existing one.
   */
  ssoActivate(p: number, fingerprint: string): Outcome {
    const person = this.persons[p]!;
    const key = this.placeSeat(p);
    if (this.isBlacklisted(fingerprint)) return no('DEVICE_BLACKLISTED');
    if (person.deactivated) return no('SSO_USER_DEACTIVATED');
    const refused = this.keyRefusal(key);
    if (refused) return no(refused);
    const existing = this.activeOf(fingerprint);
    if (existing >= 0) {
      if (this.activations[existing]!.person !== p) return no('DEVICE_IN_USE');
      return { ok: true, activation: existing, created: false };
    }
    const devices = this.devicesOf(p).length;
    if (devices >= this.devicesPerUser) return no('DEVICE_LIMIT_USER');
    if (devices === 0) {
      const refusal = this.claimRefusal(key);
      if (refusal) return no(refusal);
    }
    this.activations.push({ fingerprint, key, status: 'active', person: p });
    return { ok: true, activation: this.activations.length - 1, created: true };
  }

  /**
   * A device checks in: refused as its activation stands (blacklist, person, its key, ended);
   * else an SSO person's seat follows their groups when they now map elsewhere.
   */
  checkIn(j: number): Outcome {
    const a = this.activations[j]!;
    if (this.isBlacklisted(a.fingerprint)) return no('DEVICE_BLACKLISTED');
    if (a.person !== null && this.persons[a.person]!.deactivated) return no('SSO_USER_DEACTIVATED');
    const refused = this.keyRefusal(a.key);
    if (refused) return no(refused);
    if (a.status !== 'active') return no('ACTIVATION_NOT_FOUND');
    if (a.person !== null) this.placeSeat(a.person);
    return ok;
  }

  /** Deactivating a person ends all their devices at once, which frees their seat. */
  deactivatePerson(p: number): Outcome {
    const person = this.persons[p]!;
    if (person.deactivated) return ok;
    person.deactivated = true;
    for (const d of this.devicesOf(p)) d.status = 'deactivated';
    return ok;
  }

  /** They may activate again; the devices that ended stay ended. */
  reactivatePerson(p: number): Outcome {
    this.persons[p]!.deactivated = false;
    return ok;
  }
}

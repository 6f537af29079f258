/**
 * A reference model of one subscription's seats, written from DOMAIN.md ("Keys", "Counting
 * seats", "Activation") and independent of src/: the model-based test runs the same
 * operations against it and against the real store and compares them after every step.
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
}

export interface ModelActivation {
  fingerprint: string;
  key: number;
  status: ActivationStatus;
}

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

export class SeatModel {
  keys: ModelKey[] = [{ type: 'primary', max: null, blocked: false, expiresAt: null, expired: false, deleted: false }];
  activations: ModelActivation[] = [];
  blacklist: ModelBlacklistEntry[] = [];

  constructor(
    public total: number,
    public now: number,
  ) {}

  // ---------- what the rules read ----------

  live = (k: ModelKey): boolean => !k.deleted && !k.expired;
  usedOn = (key: number): number => this.activations.filter((a) => a.status === 'active' && a.key === key).length;
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
    const active = this.activations.filter((a) => a.status === 'active');
    const reservedTotal = sum(this.keys.filter((k) => this.live(k) && k.type === 'reserved').map((k) => k.max ?? 0));
    const reservedUsed = active.filter((a) => this.keys[a.key]!.type === 'reserved').length;
    return {
      total: this.total,
      used: active.length,
      unused: this.total - active.length,
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

  createKey(type: 'dynamic' | 'reserved', max: number, expiresAt: number | null): Outcome {
    if (max > this.total) return no('MAX_ABOVE_TOTAL');
    if (type === 'reserved' && max > this.availableMainPool()) return no('NOT_ENOUGH_SEATS');
    this.keys.push({ type, max, blocked: false, expiresAt, expired: false, deleted: false });
    return ok;
  }

  /**
   * Changes a sublicense key's type, maximum and/or own expiry. The maximum never goes below
   * the used seats; what the key takes more from the main pool must fit in it ("created, or
   * raised, only if the increase fits"; a type change obeys the same rules). Giving an
   * expired key a new expiry brings it back, and it takes its seats again.
   */
  updateKey(i: number, change: { type?: 'dynamic' | 'reserved'; max?: number; expiresAt?: number | null }): Outcome {
    const k = this.keys[i]!;
    if (k.deleted) return no('KEY_NOT_FOUND');
    if (k.type === 'primary') return no('PRIMARY_KEY_IMMUTABLE');
    const after: ModelKey = { ...k, type: change.type ?? k.type, max: change.max ?? k.max };
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
    this.activations.push({ fingerprint, key: i, status: 'active' });
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
    if (t.expired || this.ownExpiryPassed(t)) return no('KEY_EXPIRED');
    if (t.blocked) return no('KEY_BLOCKED');
    const source = a.key;
    a.key = -1; // released from the source while the target is judged
    const refusal = this.claimRefusal(target);
    a.key = refusal ? source : target;
    return refusal ? no(refusal) : ok;
  }
}

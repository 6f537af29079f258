/**
 * Seat accounting: the normative formulas of DOMAIN.md, "Counting seats".
 *
 * Stored counters (per subscription): total, used, reserved (sum of the maximums of the
 * live reserved keys), reservedUsed (active activations on reserved keys); per key: used.
 * Every change to them is a SeatDelta, applied by exactly one storage method that refuses
 * any delta breaking the seat invariant (`seatInvariant`, below).
 */
export type KeyType = 'primary' | 'dynamic' | 'reserved';
export const KEY_TYPES: readonly KeyType[] = ['primary', 'dynamic', 'reserved'];
export const SUBLICENSE_TYPES = ['dynamic', 'reserved'] as const;
export type SublicenseType = (typeof SUBLICENSE_TYPES)[number];

export interface PoolCounters {
  total: number;
  used: number;
  reserved: number;
  reservedUsed: number;
}

export interface SeatSummary {
  total: number;
  used: number;
  unused: number;
  availableDynamic: number;
  availableReserved: number;
  reservedTotal: number;
  reservedUsed: number;
}

/** N_available_main_pool = N_total − N_used − N_reserved + N_reserved_used */
export const availableMainPool = (p: PoolCounters): number => p.total - p.used - p.reserved + p.reservedUsed;

export function summarize(p: PoolCounters): SeatSummary {
  return {
    total: p.total,
    used: p.used,
    unused: p.total - p.used,
    availableDynamic: availableMainPool(p),
    availableReserved: p.reserved - p.reservedUsed,
    reservedTotal: p.reserved,
    reservedUsed: p.reservedUsed,
  };
}

export interface KeySeats {
  type: KeyType;
  maxSeats: number | null;
  used: number;
}

/** Seats a key can still hand out; 0 for a key that is not live (expired, deleted). */
export function keyAvailable(key: KeySeats, pool: PoolCounters): number {
  const main = availableMainPool(pool);
  switch (key.type) {
    case 'primary':
      return main;
    case 'dynamic':
      return Math.min((key.maxSeats ?? 0) - key.used, main);
    case 'reserved':
      return (key.maxSeats ?? 0) - key.used;
  }
}

/** A change to the counters. All fields are deltas; `key` is absent when no key row changes. */
export interface SeatDelta {
  total: number;
  used: number;
  reserved: number;
  reservedUsed: number;
  key?: { used: number; max: number };
}

export const NO_CHANGE: SeatDelta = { total: 0, used: 0, reserved: 0, reservedUsed: 0 };

/** How much the main pool grows (positive) or shrinks (negative) under a delta. */
export const poolChange = (d: SeatDelta): number => d.total - d.used - d.reserved + d.reservedUsed;

export const seatDeltas = {
  /** One activation drawing on a key. */
  claim(type: KeyType, count = 1): SeatDelta {
    return {
      total: 0,
      used: count,
      reserved: 0,
      reservedUsed: type === 'reserved' ? count : 0,
      key: { used: count, max: 0 },
    };
  },
  release(type: KeyType, count = 1): SeatDelta {
    return seatDeltas.claim(type, -count);
  },
  addSeats(count: number): SeatDelta {
    return { ...NO_CHANGE, total: count };
  },
  /** A new sublicense key: a reserved key sets its maximum aside from the main pool. */
  createKey(type: SublicenseType, maxSeats: number): SeatDelta {
    return { ...NO_CHANGE, reserved: type === 'reserved' ? maxSeats : 0 };
  },
  /** Changing a live key's type and/or maximum while it holds `used` activations. */
  changeKey(from: KeySeats, to: { type: KeyType; maxSeats: number | null }): SeatDelta {
    const reservedPart = (k: { type: KeyType; maxSeats: number | null }, used: number) =>
      k.type === 'reserved' ? { reserved: k.maxSeats ?? 0, reservedUsed: used } : { reserved: 0, reservedUsed: 0 };
    const before = reservedPart(from, from.used);
    const after = reservedPart(to, from.used);
    return {
      total: 0,
      used: 0,
      reserved: after.reserved - before.reserved,
      reservedUsed: after.reservedUsed - before.reservedUsed,
      key: { used: 0, max: (to.maxSeats ?? 0) - (from.maxSeats ?? 0) },
    };
  },
  /**
   * A key leaves the pool (expired or deleted): its activations are released and, for a
   * reserved key, its reservation stops.
   */
  retireKey(key: KeySeats): SeatDelta {
    const reserved = key.type === 'reserved';
    return {
      total: 0,
      used: -key.used,
      reserved: reserved ? -(key.maxSeats ?? 0) : 0,
      reservedUsed: reserved ? -key.used : 0,
      key: { used: -key.used, max: 0 },
    };
  },
  /** A retired reserved key comes back (its expiry moved into the future): it reserves again. */
  reviveKey(key: KeySeats): SeatDelta {
    return { ...NO_CHANGE, reserved: key.type === 'reserved' ? (key.maxSeats ?? 0) : 0 };
  },
};

export function applyToPool(p: PoolCounters, d: SeatDelta): PoolCounters {
  return {
    total: p.total + d.total,
    used: p.used + d.used,
    reserved: p.reserved + d.reserved,
    reservedUsed: p.reservedUsed + d.reservedUsed,
  };
}

export type SeatRefusal = 'NO_SEATS_KEY' | 'NO_SEATS_POOL';

/**
 * The seat invariant, stated here and only referred to elsewhere (DOMAIN.md, "Counting seats").
 * After every operation, under any concurrency:
 *
 * - each subscription row: N_available_main_pool = total − used − reserved + reservedUsed ≥ 0,
 *   used ≥ 0, and 0 ≤ reservedUsed ≤ reserved;
 * - each key row: 0 ≤ used ≤ maxSeats (no cap where maxSeats is null: the primary key);
 * - across rows: the subscription's used is the sum of its keys' used, reserved the sum of its
 *   live reserved keys' maxSeats, reservedUsed the sum of their used.
 *
 * The two row conditions are the functions below. Storage enforces exactly them on every delta,
 * condition for condition, in the WHERE clauses of `SeatLedger.adjust`
 * (storage/repositories/seat-ledger.ts), and again in the tables' CHECK constraints; the
 * cross-row part holds because each change is one SeatDelta applied to the subscription and its
 * key in one transaction. `invariantViolations` checks the whole of it on a state (the reference
 * model test, `allot doctor`).
 */
export const seatInvariant = {
  subscriptionRow: (p: PoolCounters): boolean =>
    availableMainPool(p) >= 0 && p.used >= 0 && p.reservedUsed >= 0 && p.reservedUsed <= p.reserved,
  keyRow: (used: number, maxSeats: number | null): boolean => used >= 0 && (maxSeats === null || used <= maxSeats),
};

/**
 * Why a delta may not be applied: the rows after it would break `seatInvariant`. NO_SEATS_KEY
 * first (the order decisions are reported in). The reference model in the tests uses it, and
 * the ledger to name the row that refused.
 */
export function refusalFor(pool: PoolCounters, key: KeySeats | null, d: SeatDelta): SeatRefusal | null {
  if (key && d.key && !seatInvariant.keyRow(key.used + d.key.used, key.maxSeats === null ? null : key.maxSeats + d.key.max))
    return 'NO_SEATS_KEY';
  if (!seatInvariant.subscriptionRow(applyToPool(pool, d))) return 'NO_SEATS_POOL';
  return null;
}

/** Every way a state breaks `seatInvariant` (empty when it holds). */
export function invariantViolations(pool: PoolCounters, keys: readonly KeySeats[]): string[] {
  const problems: string[] = [];
  if (availableMainPool(pool) < 0) problems.push(`available main pool is ${availableMainPool(pool)} < 0`);
  for (const k of keys) {
    if (k.used < 0) problems.push(`a ${k.type} key has used ${k.used} < 0`);
    if (k.maxSeats !== null && k.used > k.maxSeats) problems.push(`a ${k.type} key has used ${k.used} > max ${k.maxSeats}`);
  }
  const used = keys.reduce((s, k) => s + k.used, 0);
  if (used !== pool.used) problems.push(`N_used ${pool.used} differs from the keys' sum ${used}`);
  const reserved = keys.filter((k) => k.type === 'reserved');
  const reservedTotal = reserved.reduce((s, k) => s + (k.maxSeats ?? 0), 0);
  const reservedUsed = reserved.reduce((s, k) => s + k.used, 0);
  if (reservedTotal !== pool.reserved) problems.push(`N_reserved ${pool.reserved} differs from the keys' sum ${reservedTotal}`);
  if (reservedUsed !== pool.reservedUsed)
    problems.push(`N_reserved_used ${pool.reservedUsed} differs from the keys' sum ${reservedUsed}`);
  return problems;
}

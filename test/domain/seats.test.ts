import { describe, expect, it } from 'vitest';
import {
  applyToPool,
  availableMainPool,
  invariantViolations,
  keyAvailable,
  refusalFor,
  seatDeltas,
  summarize,
  type KeySeats,
  type PoolCounters,
} from '../../src/domain/seats.ts';

const pool = (total: number, used: number, reserved: number, reservedUsed: number): PoolCounters => ({ total, used, reserved, reservedUsed });

describe('the seat formulas (DOMAIN.md, normative)', () => {
  it.each([
    // total, used, reserved, reservedUsed → unused, availableDynamic, availableReserved
    [100, 0, 0, 0, 100, 100, 0],
    [100, 10, 0, 0, 90, 90, 0],
    [100, 10, 20, 0, 90, 70, 20],
    [100, 30, 20, 5, 70, 55, 15],
    [100, 100, 20, 20, 0, 0, 0],
    [50, 20, 50, 20, 30, 0, 30],
  ])('total %i used %i reserved %i reservedUsed %i', (total, used, reserved, reservedUsed, unused, dyn, res) => {
    const s = summarize(pool(total, used, reserved, reservedUsed));
    expect(s).toMatchObject({ total, used, unused, availableDynamic: dyn, availableReserved: res, reservedTotal: reserved, reservedUsed });
    expect(s.unused).toBe(s.availableDynamic + s.availableReserved);
  });

  it.each<[string, KeySeats, PoolCounters, number]>([
    ['primary: the main pool', { type: 'primary', maxSeats: null, used: 3 }, pool(100, 30, 20, 5), 55],
    ['dynamic under its cap: the cap', { type: 'dynamic', maxSeats: 10, used: 4 }, pool(100, 30, 20, 5), 6],
    ['dynamic with a short pool: the pool', { type: 'dynamic', maxSeats: 80, used: 4 }, pool(100, 30, 20, 5), 55],
    ['reserved: max − used, whatever the pool', { type: 'reserved', maxSeats: 20, used: 5 }, pool(100, 95, 20, 5), 15],
  ])('available on a key — %s', (_, key, p, expected) => {
    expect(keyAvailable(key, p)).toBe(expected);
  });

  it('an activation on a reserved key leaves the main pool unchanged; on a dynamic key it takes from it', () => {
    const p = pool(100, 10, 20, 0);
    expect(availableMainPool(applyToPool(p, seatDeltas.claim('reserved')))).toBe(availableMainPool(p));
    expect(availableMainPool(applyToPool(p, seatDeltas.claim('dynamic')))).toBe(availableMainPool(p) - 1);
  });

  it.each<[string, PoolCounters, KeySeats | null, ReturnType<typeof seatDeltas.claim>, string | null]>([
    ['a claim on a full dynamic key', pool(10, 5, 0, 0), { type: 'dynamic', maxSeats: 5, used: 5 }, seatDeltas.claim('dynamic'), 'NO_SEATS_KEY'],
    ['a claim on a full key in a full pool: the key first', pool(5, 5, 0, 0), { type: 'dynamic', maxSeats: 5, used: 5 }, seatDeltas.claim('dynamic'), 'NO_SEATS_KEY'],
    ['a claim with an empty main pool', pool(10, 6, 4, 0), { type: 'dynamic', maxSeats: 8, used: 6 }, seatDeltas.claim('dynamic'), 'NO_SEATS_POOL'],
    ['a reserved claim with an empty main pool', pool(10, 6, 4, 0), { type: 'reserved', maxSeats: 4, used: 0 }, seatDeltas.claim('reserved'), null],
    ['a reservation larger than the pool', pool(10, 6, 0, 0), null, seatDeltas.createKey('reserved', 5), 'NO_SEATS_POOL'],
    ['a reservation that fits exactly', pool(10, 6, 0, 0), null, seatDeltas.createKey('reserved', 4), null],
    ['lowering seats below what is committed', pool(10, 6, 4, 1), null, seatDeltas.addSeats(-2), 'NO_SEATS_POOL'],
    ['lowering seats to what is committed', pool(10, 6, 4, 1), null, seatDeltas.addSeats(-1), null],
  ])('refuses or allows %s', (_, p, key, delta, expected) => {
    expect(refusalFor(p, key, delta)).toBe(expected);
  });

  it('changing a key type moves its seats between the pool and the reservation', () => {
    const key: KeySeats = { type: 'dynamic', maxSeats: 10, used: 4 };
    const toReserved = seatDeltas.changeKey(key, { type: 'reserved', maxSeats: 10 });
    expect(toReserved).toMatchObject({ reserved: 10, reservedUsed: 4 });
    const back = seatDeltas.changeKey({ type: 'reserved', maxSeats: 10, used: 4 }, { type: 'dynamic', maxSeats: 10 });
    expect(back).toMatchObject({ reserved: -10, reservedUsed: -4 });
  });

  it('states its invariants, and finds a broken one', () => {
    const keys: KeySeats[] = [
      { type: 'primary', maxSeats: null, used: 2 },
      { type: 'reserved', maxSeats: 5, used: 1 },
    ];
    expect(invariantViolations(pool(10, 3, 5, 1), keys)).toEqual([]);
    expect(invariantViolations(pool(10, 4, 5, 1), keys)).toHaveLength(1);
    expect(invariantViolations(pool(5, 3, 5, 1), keys).join()).toMatch(/main pool/);
  });
});

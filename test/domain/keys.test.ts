import { describe, expect, it } from 'vitest';
import { availableOnKey, isRetired, isSublicenseType, maxSeatsRefusal, ownExpiryRefusal, primaryKeyChangeRefused } from '../../src/domain/keys.ts';
import type { KeyType } from '../../src/domain/seats.ts';
import { DAY_MS } from '../../src/domain/time.ts';

const NOW = Date.UTC(2027, 0, 1);

describe('key rules', () => {
  it.each([
    ['dynamic', true],
    ['reserved', true],
    ['primary', false],
    ['Dynamic', false],
    [undefined, false],
    [1, false],
  ])('a sublicense may have type %s: %s', (value, ok) => {
    expect(isSublicenseType(value)).toBe(ok);
  });

  it.each([
    // own expiry, subscription's expiry → code
    [NOW + DAY_MS, NOW + 10 * DAY_MS, null],
    [NOW + 10 * DAY_MS, NOW + 10 * DAY_MS, null],
    [NOW, NOW + 10 * DAY_MS, 'EXPIRY_NOT_IN_FUTURE'],
    [NOW - 1, NOW + 10 * DAY_MS, 'EXPIRY_NOT_IN_FUTURE'],
    [NOW + 10 * DAY_MS + 1, NOW + 10 * DAY_MS, 'KEY_EXPIRY_AFTER_SUBSCRIPTION'],
    [NOW - 1, NOW - 2, 'EXPIRY_NOT_IN_FUTURE'],
  ])('own expiry %i with the subscription ending %i → %s', (at, subEnd, code) => {
    expect(ownExpiryRefusal(at, subEnd, NOW)).toBe(code);
  });

  it.each([
    // maximum, subscription total, used on the key → code
    [null, 10, 5, null],
    [10, 10, 0, null],
    [0, 10, 0, null],
    [11, 10, 0, 'MAX_ABOVE_TOTAL'],
    [4, 10, 5, 'MAX_BELOW_USED'],
    [5, 10, 5, null],
    [11, 10, 12, 'MAX_ABOVE_TOTAL'],
  ])('maximum %s of a subscription of %i with %i used → %s', (max, total, used, code) => {
    expect(maxSeatsRefusal(max, total, used)).toBe(code);
  });

  it.each<[KeyType, object, boolean]>([
    ['primary', { name: 'x' }, false],
    ['primary', {}, false],
    ['primary', { type: 'dynamic' }, true],
    ['primary', { maxSeats: 3 }, true],
    ['primary', { expiresAt: null }, true],
    ['dynamic', { type: 'reserved', maxSeats: 3, expiresAt: null }, false],
  ])('a change to a %s key of %j is refused: %s', (type, change, refused) => {
    expect(primaryKeyChangeRefused(type, change)).toBe(refused);
  });

  it.each([
    [null, null, false],
    [NOW, null, true],
    [null, NOW, true],
    [NOW, NOW, true],
  ])('expired at %s, deleted at %s: retired %s', (expiredAt, deletedAt, retired) => {
    expect(isRetired({ expiredAt, deletedAt })).toBe(retired);
  });
});

describe('what a key offers', () => {
  const sub = { total: 100, used: 30, reserved: 20, reservedUsed: 5, expiresAt: NOW + 30 * DAY_MS, gracePeriodDays: 10 };
  type Key = Parameters<typeof availableOnKey>[0];
  const key: Key = { type: 'dynamic', maxSeats: 10, used: 4, blocked: false, expiresAt: null, expiredAt: null, deletedAt: null };
  it.each<[string, Partial<Key>, Partial<typeof sub>, number]>([
    ['a live dynamic key: its cap', {}, {}, 6],
    ['a dynamic key with a short pool: the pool', { maxSeats: 80 }, {}, 55],
    ['a primary key: the main pool', { type: 'primary', maxSeats: null }, {}, 55],
    ['a reserved key: max − used', { type: 'reserved', maxSeats: 20, used: 5 }, { used: 95 }, 15],
    ['a blocked key still counts what it offers', { blocked: true }, {}, 6],
    ['a key past its own expiry: none', { expiresAt: NOW }, {}, 0],
    ['a key of a subscription past its grace: none', {}, { expiresAt: NOW - 10 * DAY_MS }, 0],
    ['a key in its subscription’s grace: its cap', {}, { expiresAt: NOW - DAY_MS }, 6],
    ['an expired key (processed): none', { expiredAt: NOW - 1 }, {}, 0],
    ['a deleted key: none', { deletedAt: NOW - 1 }, {}, 0],
    ['a key over its cap: none, never fewer', { used: 12 }, {}, 0],
  ])('%s', (_, k, s, expected) => {
    expect(availableOnKey({ ...key, ...k }, { ...sub, ...s }, NOW)).toBe(expected);
  });
});

/**
 * The rules the API applies to a key's seats (docs/errors.md, "Administration rules"), checked
 * as the administrator types so that the form explains them before the server refuses. The
 * server stays the judge: its answer is shown when it disagrees.
 */
import type { KeyType, LicenseKey, SeatSummary } from '../../api/types';
import { plural } from '../../lib/format';

export type SublicenseType = Exclude<KeyType, 'primary'>;

/**
 * The most seats the key could have as `type`. A reserved key sets its maximum aside from the
 * main pool, so it may take what the pool has left, plus what it already holds (its reserved
 * seats, or the seats its devices use now).
 */
export function seatLimit(seats: SeatSummary, key: LicenseKey | null, type: SublicenseType): number {
  if (type === 'dynamic' || key?.status === 'expired') return seats.total;
  const held = key ? (key.type === 'reserved' ? (key.maxSeats ?? 0) : key.used) : 0;
  return Math.min(seats.total, seats.availableDynamic + held);
}

/** Why these seats cannot be, or null. `key` is the key being changed (null for a new key). */
export function seatProblem(seats: SeatSummary, key: LicenseKey | null, to: { type: SublicenseType; maxSeats: number }): string | null {
  const { maxSeats } = to;
  if (!Number.isInteger(maxSeats) || maxSeats < 1) return 'Give the key at least 1 seat.';
  if (key && maxSeats < key.used) return `${plural(key.used, 'device')} use this key now: it needs at least ${plural(key.used, 'seat')}.`;
  if (maxSeats > seats.total) return `The subscription has ${plural(seats.total, 'seat')}: a key cannot have more.`;
  const limit = seatLimit(seats, key, to.type);
  if (maxSeats <= limit) return null;
  const left = seats.availableDynamic === 0 ? 'No seats are left in the main pool' : `Only ${plural(seats.availableDynamic, 'seat')} left in the main pool`;
  return key ? `${left}: this key can reserve at most ${plural(limit, 'seat')}.` : `${left}.`;
}

/** What the chosen type means for these seats, in one sentence. */
export function typeHint(seats: SeatSummary, type: SublicenseType): string {
  return type === 'dynamic'
    ? `The maximum is a cap: devices take seats from the main pool as they activate, competing with the primary key and the other dynamic keys (${plural(seats.availableDynamic, 'seat')} free there now).`
    : `The seats are set aside from the main pool now: nobody else can use them, even while unused (${plural(seats.availableDynamic, 'seat')} left to reserve).`;
}

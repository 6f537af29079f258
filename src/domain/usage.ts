/**
 * Usage over time: seats in use at the end of each UTC day, against the seats there were.
 * Pure: it counts over the activation intervals and the history of the total it is given.
 */
import { DAY_MS } from './time.ts';

export const USAGE_WINDOWS_DAYS = [7, 30, 90] as const;

export interface UsagePoint {
  /** The UTC day, YYYY-MM-DD. */
  date: string;
  used: number;
  total: number;
}

/** When a seat was taken and given back (null: still taken). */
export interface Interval {
  from: number;
  to: number | null;
}

/** A value that changed over time: [since, value], oldest first. */
export type History = readonly (readonly [number, number])[];

/** The value at `t`: 0 before the history begins (nothing existed yet); `fallback` when there is no history. */
const valueAt = (history: History, t: number, fallback: number): number => {
  if (history.length === 0) return fallback;
  let value = 0;
  for (const [since, v] of history) if (since <= t) value = v;
  return value;
};

/** A change of the seats in use: +1 when a seat was taken, -1 when it was given back. */
export interface SeatChange {
  at: number;
  delta: number;
}

/**
 * One point per day of the `days` ending today, each counted at the day's end (now, for today);
 * none before the day of `startedAt` (when what is counted came to exist: a chart of a new
 * subscription starts on its first day, not with weeks of zeros). Today always has its point.
 */
function dailyPoints(usedAt: (t: number) => number, totals: History, currentTotal: number, days: number, now: number, startedAt: number): UsagePoint[] {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const firstDay = Math.min(today, Math.max(today - (days - 1) * DAY_MS, Math.floor(startedAt / DAY_MS) * DAY_MS));
  const points: UsagePoint[] = [];
  for (let day = firstDay; day <= today; day += DAY_MS) {
    const at = Math.min(day + DAY_MS - 1, now);
    points.push({ date: new Date(day).toISOString().slice(0, 10), used: usedAt(at), total: valueAt(totals, at, currentTotal) });
  }
  return points;
}

/** The daily points from every seat's interval (see dailyPoints). */
export function dailyUsage(
  intervals: readonly Interval[],
  totals: History,
  currentTotal: number,
  days: number,
  now: number,
  startedAt: number = Number.NEGATIVE_INFINITY,
): UsagePoint[] {
  const usedAt = (at: number) => intervals.filter((s) => s.from <= at && (s.to === null || s.to > at)).length;
  return dailyPoints(usedAt, totals, currentTotal, days, now, startedAt);
}

/**
 * The daily points from the seats in use now and the changes since the window began: the seats in
 * use at `t` are today's less every change after `t`. Its cost follows what changed in the
 * window, not how many seats there are.
 */
export function dailyUsageFromChanges(
  currentUsed: number,
  changes: readonly SeatChange[],
  totals: History,
  currentTotal: number,
  days: number,
  now: number,
  startedAt: number = Number.NEGATIVE_INFINITY,
): UsagePoint[] {
  const usedAt = (at: number) => changes.reduce((used, c) => (c.at > at ? used - c.delta : used), currentUsed);
  return dailyPoints(usedAt, totals, currentTotal, days, now, startedAt);
}

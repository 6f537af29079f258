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

/**
 * One point per day of the `days` ending today, each counted at the day's end (now, for today);
 * none before the day of `startedAt` (when what is counted came to exist: a chart of a new
 * subscription starts on its first day, not with weeks of zeros). Today always has its point.
 */
export function dailyUsage(
  intervals: readonly Interval[],
  totals: History,
  currentTotal: number,
  days: number,
  now: number,
  startedAt: number = Number.NEGATIVE_INFINITY,
): UsagePoint[] {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const firstDay = Math.min(today, Math.max(today - (days - 1) * DAY_MS, Math.floor(startedAt / DAY_MS) * DAY_MS));
  const points: UsagePoint[] = [];
  for (let day = firstDay; day <= today; day += DAY_MS) {
    const at = Math.min(day + DAY_MS - 1, now);
    const used = intervals.filter((s) => s.from <= at && (s.to === null || s.to > at)).length;
    points.push({ date: new Date(day).toISOString().slice(0, 10), used, total: valueAt(totals, at, currentTotal) });
  }
  return points;
}

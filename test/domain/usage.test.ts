import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.ts';
import fc from 'fast-check';
import { dailyUsage, dailyUsageFromChanges } from '../../src/domain/usage.ts';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
const now = day('2026-06-07') + 10 * HOUR_MS;

describe('dailyUsage', () => {
  it('counts the seats in use at each day\'s end, today at now', () => {
    const points = dailyUsage(
      [
        { from: day('2026-06-02'), to: null },
        { from: day('2026-06-03') + HOUR_MS, to: day('2026-06-03') + 2 * HOUR_MS },
        { from: day('2026-06-05') + 23 * HOUR_MS, to: day('2026-06-06') },
        { from: now - 1, to: null },
      ],
      [[day('2026-06-01'), 5]],
      5,
      7,
      now,
    );
    expect(points.map((p) => [p.date, p.used])).toEqual([
      ['2026-06-01', 0],
      ['2026-06-02', 1],
      ['2026-06-03', 1],
      ['2026-06-04', 1],
      ['2026-06-05', 2],
      ['2026-06-06', 1],
      ['2026-06-07', 2],
    ]);
  });

  it('shows no capacity before the total\'s history begins, and follows it after', () => {
    const points = dailyUsage([], [[day('2026-06-03') + HOUR_MS, 5], [day('2026-06-05'), 8]], 8, 7, now);
    expect(points.map((p) => p.total)).toEqual([0, 0, 5, 5, 8, 8, 8]);
  });

  it('uses the current total when there is no history', () => {
    expect(dailyUsage([], [], 7, 3, now).map((p) => p.total)).toEqual([7, 7, 7]);
  });

  it('gives one point per UTC day, oldest first, ending today', () => {
    const points = dailyUsage([], [], 1, 30, now);
    expect(points).toHaveLength(30);
    expect(points.at(-1)!.date).toBe('2026-06-07');
    for (let i = 1; i < points.length; i++) expect(Date.parse(points[i]!.date) - Date.parse(points[i - 1]!.date)).toBe(DAY_MS);
  });

  it('starts on the day it began: nothing before, today always', () => {
    const began = day('2026-06-05') + 15 * HOUR_MS;
    expect(dailyUsage([], [[began, 3]], 3, 30, now, began).map((p) => [p.date, p.total])).toEqual([
      ['2026-06-05', 3],
      ['2026-06-06', 3],
      ['2026-06-07', 3],
    ]);
    expect(dailyUsage([], [], 3, 7, now, day('2026-05-01')), 'an older start: the whole window').toHaveLength(7);
    expect(dailyUsage([], [], 3, 7, now, now - 1).map((p) => p.date), 'began today').toEqual(['2026-06-07']);
    expect(dailyUsage([], [], 3, 7, now, now + DAY_MS).map((p) => p.date), 'a clock that disagrees: still today').toEqual(['2026-06-07']);
  });
});

describe('dailyUsageFromChanges', () => {
  it('gives the points dailyUsage gives from the same seats, from their changes and the count in use now', () => {
    const span = 40 * DAY_MS;
    const arbInterval = fc
      .record({ from: fc.integer({ min: now - span, max: now }), length: fc.option(fc.integer({ min: 0, max: span }), { nil: null }) })
      .map(({ from, length }) => ({ from, to: length === null || from + length > now ? null : from + length }));
    fc.assert(
      fc.property(fc.array(arbInterval, { maxLength: 60 }), fc.integer({ min: 1, max: 35 }), (intervals, days) => {
        const used = intervals.filter((s) => s.to === null).length;
        const changes = intervals.flatMap((s) => [{ at: s.from, delta: 1 }, ...(s.to === null ? [] : [{ at: s.to, delta: -1 }])]);
        const totals: [number, number][] = [[now - span, 100]];
        expect(dailyUsageFromChanges(used, changes, totals, 100, days, now)).toEqual(dailyUsage(intervals, totals, 100, days, now));
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Usage over time (docs/members.md, "Usage over time"): one point per UTC day since the
 * subscription (or the key) was created, the seats in use at the end of the day (now, for today)
 * against the total then, for the subscription, a key with a maximum, and the primary key. Activations, deactivations and seat changes are
 * spread over a week of TestClock days, and every point is compared with a hand count.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../src/domain/time.ts';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

/** Day 0 of the scenario: the TestClock's start, a UTC midnight. */
const D0 = Date.parse('2026-06-01T00:00:00Z');
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const errorCode = (res: Answer): string | undefined => res.body?.error?.code;

interface Point {
  date: string;
  used: number;
  total: number;
}
/** Points of days D0… from parallel lists of used and total. */
const expected = (used: number[], total: number[], firstDay = 0): Point[] =>
  used.map((u, i) => ({ date: dateOf(D0 + (firstDay + i) * DAY_MS), used: u, total: total[i]! }));

describe.each(dialects())('usage over time on %s', (dialect) => {
  let server: TestServer | undefined;
  let api: Api;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** Moves the TestClock to day `day` at hh:mm:ss.ms UTC (never backwards). */
  const at = (day: number, h: number, m = 0, s = 0, ms = 0) => {
    const t = D0 + day * DAY_MS + h * HOUR_MS + m * MINUTE_MS + s * 1000 + ms;
    expect(t, `moving the clock back to day ${day} ${h}:${m}`).toBeGreaterThanOrEqual(server!.clock.t);
    server!.clock.t = t;
  };

  /**
   * A week on the subscription (5 seats, 8 from day 3) with a dynamic key Kd (max 2, 4 from
   * day 3, 3 from day 5), ending on day 6 at 15:00:
   *
   * | device | key | from | to |
   * | p1 | primary | D0 11:00 | D1 15:00 (deactivated) |
   * | p1 again | primary | D2 10:00 | D4 12:30 |
   * | p2 | primary | D0 11:00 | D4 13:00 (blacklisted) |
   * | a1 | Kd | D0 11:00 | D4 12:00 |
   * | p3 | primary | D1 09:00 | — |
   * | a2 | Kd | D3 08:00 | D6 00:00:00.000 |
   * | a3 | Kd | D3 08:00 | — |
   * | p4 | primary | D3 20:00 | D3 22:00 (within the day: never counted) |
   * | p5 | primary | D5 10:00 | — |
   * | p6 | primary | D5 23:59:59.999 | — |
   * | p7 | primary | D6 14:00 | — |
   */
  async function scenario() {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    at(0, 10);
    const seed: Seeded = await seedSubscription(api, 5);
    const admin = api.as(seed.adminToken);
    const kd = await createKey(admin, seed.subscriptionId, { name: 'Engineering', type: 'dynamic', maxSeats: 2 });
    expect(kd.status, kd.text).toBe(201);
    const on = async (key: string, n: string) => {
      const res = await activate(api, key, n);
      expect(res.status, `${n}: ${res.text}`).toBe(201);
      return res.body.activation.id as string;
    };
    const off = async (id: string) => {
      const res = await admin.post(`/v1/activations/${id}/deactivate`);
      expect(res.status, res.text).toBe(200);
    };
    const seats = async (n: number) => {
      const res = await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: n });
      expect(res.status, res.text).toBe(200);
    };
    const maxSeats = async (n: number) => {
      const res = await admin.patch(`/v1/keys/${kd.body.id}`, { maxSeats: n });
      expect(res.status, res.text).toBe(200);
    };

    at(0, 11);
    const p1 = await on(seed.primaryKey, 'p1');
    const p2 = await on(seed.primaryKey, 'p2');
    const a1 = await on(kd.body.key, 'a1');
    at(1, 9);
    await on(seed.primaryKey, 'p3');
    at(1, 15);
    await off(p1);
    at(2, 10);
    const p1Again = await on(seed.primaryKey, 'p1');
    expect(p1Again, 'the same device, activated again, is a new activation').not.toBe(p1);
    at(3, 8);
    await seats(8);
    await maxSeats(4);
    const a2 = await on(kd.body.key, 'a2');
    await on(kd.body.key, 'a3');
    at(3, 20);
    const p4 = await on(seed.primaryKey, 'p4');
    at(3, 22);
    await off(p4);
    at(4, 12);
    await off(a1);
    at(4, 12, 30);
    await off(p1Again);
    at(4, 13);
    const banned = await admin.post(`/v1/activations/${p2}/blacklist`, { reason: 'stolen' });
    expect(banned.status, banned.text).toBe(201);
    at(5, 9);
    await maxSeats(3);
    at(5, 10);
    await on(seed.primaryKey, 'p5');
    at(5, 23, 59, 59, 999);
    await on(seed.primaryKey, 'p6');
    at(6, 0);
    await off(a2);
    at(6, 14);
    await on(seed.primaryKey, 'p7');
    at(6, 15);
    return { seed, admin, kdId: kd.body.id as string, kdKey: kd.body.key as string, on, off };
  }

  const usage = async (client: Api, subscriptionId: string, query: string) => {
    const res = await client.get(`/v1/subscriptions/${subscriptionId}/usage?${query}`);
    expect(res.status, `usage?${query}: ${res.text}`).toBe(200);
    return res.body as { days: number; startedAt: string; points: Point[] };
  };

  // Hand counts of the scenario, day 0 to day 6.
  const SUBSCRIPTION = expected([3, 3, 4, 6, 3, 5, 5], [5, 5, 5, 8, 8, 8, 8]);
  const KD = expected([1, 1, 1, 3, 2, 2, 1], [2, 2, 2, 4, 4, 3, 3]);
  const PRIMARY = expected([2, 2, 3, 3, 1, 3, 4], [5, 5, 5, 8, 8, 8, 8]);

  it('counts the seats in use at the end of each UTC day against the total then: the subscription, a dynamic key whose maximum changed, the primary key', async () => {
    const { seed, admin, kdId } = await scenario();
    const sub = await usage(admin, seed.subscriptionId, 'days=7');
    expect(sub.days).toBe(7);
    expect(sub.points, 'the subscription').toEqual(SUBSCRIPTION);
    expect((await usage(admin, seed.subscriptionId, `days=7&keyId=${kdId}`)).points, 'the dynamic key').toEqual(KD);
    expect((await usage(admin, seed.subscriptionId, `days=7&keyId=${seed.primaryKeyId}`)).points, 'the primary key').toEqual(PRIMARY);
    // The operator reads the same.
    expect((await usage(api, seed.subscriptionId, 'days=7')).points).toEqual(SUBSCRIPTION);
    // Today's point is now: it matches the seat box.
    const box = (await admin.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats;
    expect(box).toMatchObject({ total: SUBSCRIPTION[6]!.total, used: SUBSCRIPTION[6]!.used });
    expect((await admin.get(`/v1/keys/${kdId}`)).body).toMatchObject({ used: KD[6]!.used, maxSeats: KD[6]!.total });
  });

  it('answers one point per consecutive UTC day since the subscription (or the key) was created, at most 7, 30 or 90, oldest first, ending today', async () => {
    const { seed, admin, kdId } = await scenario();
    const today = dateOf(server!.clock.t);
    expect(today).toBe('2026-06-07');
    const created = new Date(D0 + 10 * HOUR_MS).toISOString(); // the subscription and Kd, day 0 at 10:00
    for (const days of [7, 30, 90]) {
      for (const [what, query, week] of [
        ['subscription', '', SUBSCRIPTION],
        ['dynamic key', `&keyId=${kdId}`, KD],
        ['primary key', `&keyId=${seed.primaryKeyId}`, PRIMARY],
      ] as const) {
        const res = await usage(admin, seed.subscriptionId, `days=${days}${query}`);
        expect(res.days).toBe(days);
        expect(res.startedAt, `${what}: when it began`).toBe(created);
        // A week old: seven points whatever the window, no zeros for the days before it existed.
        expect(res.points, `${what}, ${days} days`).toEqual(week);
      }
    }

    // A key created today: one point, today's.
    at(6, 15, 30);
    const late = await createKey(admin, seed.subscriptionId, { name: 'Late', type: 'reserved', maxSeats: 1 });
    expect(late.status, late.text).toBe(201);
    const lateUsage = await usage(admin, seed.subscriptionId, `days=30&keyId=${late.body.id}`);
    expect(lateUsage.startedAt).toBe(new Date(server!.clock.t).toISOString());
    expect(lateUsage.points).toEqual([{ date: today, used: 0, total: 1 }]);
  });

  it('gives a subscription created today one point, and a day more each day, until the window is full', async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    at(0, 23, 30);
    const seed = await seedSubscription(api, 4);
    const admin = api.as(seed.adminToken);
    const first = await usage(admin, seed.subscriptionId, 'days=7');
    expect(first.startedAt).toBe(new Date(D0 + 23 * HOUR_MS + 30 * MINUTE_MS).toISOString());
    expect(first.points).toEqual([{ date: dateOf(D0), used: 0, total: 4 }]);
    at(1, 0, 30);
    expect((await usage(admin, seed.subscriptionId, 'days=7')).points.map((p) => p.date)).toEqual([dateOf(D0), dateOf(D0 + DAY_MS)]);
    at(9, 12);
    const full = await usage(admin, seed.subscriptionId, 'days=7');
    expect(full.points.map((p) => p.date)).toEqual(expected([0, 0, 0, 0, 0, 0, 0], [], 3).map((p) => p.date));
    expect((await usage(admin, seed.subscriptionId, 'days=30')).points).toHaveLength(10);
  });

  it("counts today up to now, and moves the window at midnight UTC", async () => {
    const { seed, admin, kdId, kdKey, on, off } = await scenario();
    const week = async (query = '') => (await usage(admin, seed.subscriptionId, `days=7${query}`)).points;
    at(6, 16);
    const a4 = await on(kdKey, 'a4');
    let points = await week();
    expect(points.slice(0, 6), 'the past does not change').toEqual(SUBSCRIPTION.slice(0, 6));
    expect(points[6]).toEqual({ ...SUBSCRIPTION[6], used: 6 });
    expect((await week(`&keyId=${kdId}`))[6]).toEqual({ ...KD[6], used: 2 });
    at(6, 17);
    await off(a4);
    expect((await week())[6]).toEqual(SUBSCRIPTION[6]);

    // Seats added today count for today only.
    const more = await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 12 });
    expect(more.status, more.text).toBe(200);
    points = await week();
    expect(points.slice(0, 6)).toEqual(SUBSCRIPTION.slice(0, 6));
    expect(points[6]).toEqual({ ...SUBSCRIPTION[6], total: 12 });

    // At midnight the window starts a day later, and the new day begins with what is active.
    at(7, 0);
    points = await week();
    expect(points.map((p) => p.date)).toEqual(expected([0, 0, 0, 0, 0, 0, 0], [], 1).map((p) => p.date));
    expect(points.slice(0, 5)).toEqual(SUBSCRIPTION.slice(1, 6));
    expect(points[5]).toEqual({ ...SUBSCRIPTION[6], total: 12 });
    expect(points[6]).toEqual({ date: '2026-06-08', used: 5, total: 12 });
  });

  it('lets a License Administrator read their key only, and refuses bad windows and foreign keys', async () => {
    const { seed, admin, kdId } = await scenario();
    const token = await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'kd admin', role: 'license_admin', keyIds: [kdId] });
    expect(token.status, token.text).toBe(201);
    const licenseAdmin = api.as(token.body.token);
    expect((await usage(licenseAdmin, seed.subscriptionId, `days=7&keyId=${kdId}`)).points).toEqual(KD);
    const whole = await licenseAdmin.get(`/v1/subscriptions/${seed.subscriptionId}/usage?days=7`);
    expect(whole.status, whole.text).toBe(403);
    expect(errorCode(whole)).toBe('FORBIDDEN');
    const primary = await licenseAdmin.get(`/v1/subscriptions/${seed.subscriptionId}/usage?days=7&keyId=${seed.primaryKeyId}`);
    expect(primary.status, primary.text).toBe(404);
    expect(errorCode(primary)).toBe('KEY_NOT_FOUND');

    for (const days of ['0', '1', '8', '31', '60', '365', '-7', '7.5', 'seven', '', '7&days=30']) {
      const res = await admin.get(`/v1/subscriptions/${seed.subscriptionId}/usage?days=${days}`);
      expect(res.status, `days=${days}: ${res.text}`).toBe(400);
      expect(errorCode(res), `days=${days}`).toBe('INVALID_REQUEST');
    }
    const unknownParam = await admin.get(`/v1/subscriptions/${seed.subscriptionId}/usage?days=7&from=2026-01-01`);
    expect(unknownParam.status, unknownParam.text).toBe(400);

    // A key of another subscription, or of another tenant, is not found here.
    const other = await seedSubscription(api, 3);
    const foreign = await createKey(api.as(other.adminToken), other.subscriptionId, { type: 'dynamic', maxSeats: 1 });
    for (const [what, keyId, client] of [
      ["another tenant's key, by the operator", foreign.body.id, api],
      ["another tenant's key", foreign.body.id, admin],
      ["another subscription's primary key, by the operator", other.primaryKeyId, api],
    ] as const) {
      const res = await client.get(`/v1/subscriptions/${seed.subscriptionId}/usage?days=7&keyId=${keyId}`);
      expect(res.status, `${what}: ${res.text}`).toBe(404);
      expect(errorCode(res), what).toBe('KEY_NOT_FOUND');
    }
    const otherSub = await admin.get(`/v1/subscriptions/${other.subscriptionId}/usage?days=7`);
    expect(otherSub.status).toBe(404);
    expect(errorCode(otherSub)).toBe('SUBSCRIPTION_NOT_FOUND');
  });
});

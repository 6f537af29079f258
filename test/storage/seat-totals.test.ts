/**
 * The history of seat totals (table seat_totals): the seat ledger keeps every change of a
 * subscription's seats and of a key's maximum, with the total before and after, in the
 * change's transaction; a refused change keeps nothing. The usage chart reads it, not the
 * audit log. The migration that made the table rebuilt the earlier history from the audit
 * events: rerun on a log, it gives what the ledger kept.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.ts';
import * as seatTotals from '../../src/storage/migrations/2026-12-03T00-00-00-seat-totals.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

const D0 = Date.parse('2026-06-01T00:00:00Z');

describe.each(dialects())('the history of seat totals on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let admin: Api;
  let seed: Seeded;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    server.clock.t = D0 + 10 * HOUR_MS;
    api = apiClient(server.app);
    seed = await seedSubscription(api, 5);
    admin = api.as(seed.adminToken);
  });
  afterEach(() => server.close());

  const db = () => server.runtime.database.db;
  const rows = async () =>
    (await db().selectFrom('seat_totals').selectAll().where('subscription_id', '=', seed.subscriptionId).orderBy('seq').execute()).map((r) => ({
      ...r,
      seq: Number(r.seq),
      at: Number(r.at),
    }));
  const day = (n: number, h = 12) => (server.clock.t = D0 + n * DAY_MS + h * HOUR_MS);
  const seats = async (n: number) => (await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: n })).status;
  const usage = async (query = '') => (await admin.get(`/v1/subscriptions/${seed.subscriptionId}/usage?days=7${query}`)).body.points;

  /** Seats 5 → 8 on day 1, a key of 2 (4 on day 2), seats 8 → 6 on day 3; a refused change and a rename between. */
  async function scenario() {
    const key = await createKey(admin, seed.subscriptionId, { name: 'Engineering', type: 'dynamic', maxSeats: 2 });
    expect(key.status, key.text).toBe(201);
    expect((await activate(api, key.body.key, 'a1')).status).toBe(201);
    day(1);
    expect(await seats(8)).toBe(200);
    day(2);
    expect((await admin.patch(`/v1/keys/${key.body.id}`, { maxSeats: 4 })).status).toBe(200);
    expect((await admin.patch(`/v1/keys/${key.body.id}`, { maxSeats: 0 })).status, 'below the seat in use').toBe(409);
    expect((await admin.patch(`/v1/keys/${key.body.id}`, { name: 'Engineering EU' })).status, 'a rename changes no total').toBe(200);
    day(3);
    expect(await seats(0), 'below the committed seats').toBe(400);
    expect(await seats(6)).toBe(200);
    expect(await seats(6), 'the same total again').toBe(200);
    return key.body.id as string;
  }

  it('keeps each change of a total, numbered in order, and nothing for a refused change', async () => {
    const keyId = await scenario();
    const at = (n: number) => D0 + n * DAY_MS + 12 * HOUR_MS;
    expect(await rows()).toEqual([
      { subscription_id: seed.subscriptionId, seq: 1, key_id: null, at: at(1), total_before: 5, total_after: 8 },
      { subscription_id: seed.subscriptionId, seq: 2, key_id: keyId, at: at(2), total_before: 2, total_after: 4 },
      { subscription_id: seed.subscriptionId, seq: 3, key_id: null, at: at(3), total_before: 8, total_after: 6 },
    ]);
  });

  it('draws the chart from it, not from the audit log', async () => {
    const keyId = await scenario();
    const sub = await usage();
    const key = await usage(`&keyId=${keyId}`);
    expect(sub.map((p: any) => p.total)).toEqual([5, 8, 8, 6]);
    expect(key.map((p: any) => p.total)).toEqual([2, 2, 4, 4]);
    // Audit payloads say nothing of totals any more: the chart is the same.
    await db().updateTable('events').set({ before: null, after: null }).execute();
    expect(await usage()).toEqual(sub);
    expect(await usage(`&keyId=${keyId}`)).toEqual(key);
    // Without its history, a total is today's on every day.
    await db().deleteFrom('seat_totals').execute();
    expect((await usage()).map((p: any) => p.total)).toEqual([6, 6, 6, 6]);
  });

  it('rolls a change back with its history when the transaction fails', async () => {
    await scenario();
    const before = await rows();
    // The audit event of the next change cannot be written: the change and its history go with it.
    if (dialect === 'sqlite')
      await sql.raw(`CREATE TRIGGER test_fail_event BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'injected'); END`).execute(db());
    else {
      await sql.raw(`CREATE FUNCTION test_fail_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$`).execute(db());
      await sql.raw('CREATE TRIGGER test_fail_event BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION test_fail_event()').execute(db());
    }
    day(4);
    expect(await seats(9)).toBe(500);
    expect(await rows()).toEqual(before);
    expect((await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats.total).toBe(6);
  });

  it('rebuilds the same history from the audit events when the migration runs', async () => {
    await scenario();
    const kept = await rows();
    await seatTotals.down(db());
    await seatTotals.up(db());
    expect(await rows()).toEqual(kept);
  });
});

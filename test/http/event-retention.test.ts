/**
 * Retention of the audit log (ALLOT_EVENT_RETENTION_DAYS): the sweeps drop events older than the
 * configured age, in batches, and keep the rest; unset, nothing is ever dropped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.ts';
import { EVENT_RETENTION_BATCH_ROWS } from '../../src/domain/limits.ts';
import { apiClient } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

describe.each(dialects())('event retention on %s', (dialect) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const countEvents = async (s: TestServer, where: 'older' | 'all', before = 0) => {
    const db = s.runtime.database.db;
    const q = db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n'));
    return Number((await (where === 'older' ? q.where('at', '<', before) : q).executeTakeFirstOrThrow()).n);
  };

  /** Old events straight into the table: more than one batch of them. */
  const plantOldEvents = async (s: TestServer, at: number, n: number) => {
    const db = s.runtime.database.db;
    const rows = Array.from({ length: n }, (_, i) => ({
      id: `0180${String(i).padStart(4, '0')}-0000-7000-8000-000000000000`,
      at: at - i,
      account_id: null,
      subscription_id: null,
      actor_type: 'system',
      actor_id: 'test',
      actor_name: null,
      action: 'test.planted',
      target_type: 'test',
      target_id: `t-${i}`,
      before: null,
      after: null,
      request_id: null,
    }));
    for (let i = 0; i < rows.length; i += 200) await db.insertInto('events').values(rows.slice(i, i + 200)).execute();
  };

  it('drops the events older than ALLOT_EVENT_RETENTION_DAYS, however many, and keeps the newer ones', async () => {
    server = await startTestServer(dialect, { env: { ALLOT_EVENT_RETENTION_DAYS: '30' } });
    const api = apiClient(server.app);
    const t0 = server.clock.now();
    const seed = await seedSubscription(api, 5);
    const planted = EVENT_RETENTION_BATCH_ROWS * 2 + 500;
    await plantOldEvents(server, t0 - DAY_MS, planted);
    const recent = await countEvents(server, 'all') - planted;
    expect(recent).toBeGreaterThan(0);

    server.clock.advance(30 * DAY_MS - HOUR_MS); // the planted events are past 30 days; the seed's are not yet
    const first = await server.runtime.services.sweeps.run();
    expect(first.eventsRemoved).toBe(planted);
    expect(await countEvents(server, 'all')).toBe(recent);
    expect((await server.runtime.services.sweeps.run()).eventsRemoved, 'nothing left to drop').toBe(0);

    expect((await activate(api, seed.primaryKey, 'late')).status).toBe(201); // an event of today
    server.clock.advance(2 * HOUR_MS); // now the seed's events are past 30 days too
    const second = await server.runtime.services.sweeps.run();
    expect(second.eventsRemoved).toBe(recent);
    expect(await countEvents(server, 'older', server.clock.now() - 30 * DAY_MS)).toBe(0);
    const left = (await api.get(`/v1/events?subscriptionId=${seed.subscriptionId}`)).body.data;
    expect(left.map((e: { action: string }) => e.action)).toEqual(['activation.created']);
  });

  it('drops nothing when retention is not configured', async () => {
    server = await startTestServer(dialect);
    const t0 = server.clock.now();
    await seedSubscription(apiClient(server.app), 5);
    await plantOldEvents(server, t0 - 400 * DAY_MS, 10);
    server.clock.advance(3650 * DAY_MS);
    const before = await countEvents(server, 'older', t0 + 1);
    expect((await server.runtime.services.sweeps.run()).eventsRemoved).toBe(0);
    expect(await countEvents(server, 'older', t0 + 1), 'every old event is still there').toBe(before);
  });

  it('refuses a retention that is not a whole number of days', async () => {
    await expect(startTestServer(dialect, { env: { ALLOT_EVENT_RETENTION_DAYS: 'a year' } })).rejects.toThrow(/ALLOT_EVENT_RETENTION_DAYS/);
  });
});

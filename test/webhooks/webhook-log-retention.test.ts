/**
 * Retention of the webhook delivery log (ALLOT_WEBHOOK_LOG_RETENTION_DAYS, 30 by default): the
 * sweeps drop settled messages (delivered, failed, stopped) older than that, with their attempts
 * and outbox rows, more than one batch of them, and never a pending or retrying one, however old.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEBHOOK_LOG_RETENTION_BATCH_ROWS } from '../../src/domain/limits.ts';
import { DAY_MS } from '../../src/domain/time.ts';
import { apiClient, ok, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, TestClock, type TestServer } from '../helpers/harness.ts';
import { eventually } from '../helpers/smtp.ts';
import { startReceiver, webhookEnv, type Receiver } from '../helpers/webhook-receiver.ts';

describe.each(dialects())('webhook delivery log retention on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let receiver: Receiver;

  beforeEach(async () => {
    receiver = await startReceiver();
    // The attempts record the wall clock's time: the domain clock starts there, then the test moves it.
    server = await startTestServer(dialect, { env: webhookEnv(), clock: new TestClock(Date.now()) });
    api = apiClient(server.app);
  });
  afterEach(async () => {
    await server.close();
    await receiver.close();
  });

  const count = async (table: 'webhook_deliveries' | 'webhook_attempts' | 'outbox', where?: [string, string[]]) => {
    const db = server.runtime.database.db;
    let q = db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (where) q = q.where(where[0] as any, 'in', where[1]);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };

  /** Deliveries straight into the log, each with one attempt, last changed at `at`. */
  async function plant(endpointId: string, status: string, n: number, at: number): Promise<string[]> {
    const db = server.runtime.database.db;
    const ids = Array.from({ length: n }, (_, i) => `planted-${status}-${i}.${endpointId}`);
    for (let i = 0; i < n; i += 50) {
      const chunk = ids.slice(i, i + 50);
      await db
        .insertInto('webhook_deliveries')
        .values(
          chunk.map((id) => ({
            id,
            endpoint_id: endpointId,
            message_id: id.split('.')[0]!,
            event_type: 'activation.created',
            payload: '{}',
            status,
            attempts: 1,
            next_attempt_at: status === 'retrying' ? at + DAY_MS : null,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
      await db
        .insertInto('webhook_attempts')
        .values(chunk.map((id) => ({ id: `${id}.1`, delivery_id: id, at, status_code: 500, error: null, next_attempt_at: null })))
        .execute();
    }
    return ids;
  }

  it('drops settled messages past 30 days (by default) in batches, with their attempts, and keeps pending and retrying ones', async () => {
    const seed = await seedSubscription(api, 10);
    const admin = api.as(seed.adminToken);
    const made = ok(await admin.post('/v1/webhook-endpoints', { url: receiver.url, events: ['activation.created'] }), 201);
    receiver.secrets.push(made.secret);
    const endpointId: string = made.endpoint.id;
    // Real messages: two delivered, one failed (the receiver refuses it every time).
    receiver.answer = (m) => (m.body?.data?.deviceName === 'laptop-bad' ? 500 : 200);
    for (const n of ['ok1', 'ok2', 'bad']) ok(await activate(api, seed.primaryKey, n), 201);
    const real = await eventually('two delivered and one failed', async () => {
      const log = ok(await admin.get(`/v1/webhook-endpoints/${endpointId}/deliveries`)).data as { id: string; status: string }[];
      const statuses = log.map((d) => d.status).sort();
      return statuses.join() === 'delivered,delivered,failed' ? log.map((d) => d.id) : undefined;
    });
    const t0 = server.clock.now();
    const settled = [
      ...(await plant(endpointId, 'delivered', WEBHOOK_LOG_RETENTION_BATCH_ROWS + 5, t0)),
      ...(await plant(endpointId, 'stopped', 3, t0)),
      ...(await plant(endpointId, 'failed', 2, t0)),
    ];
    const unsettled = [...(await plant(endpointId, 'pending', 2, t0 - 60 * DAY_MS)), ...(await plant(endpointId, 'retrying', 2, t0 - 60 * DAY_MS))];
    expect(await count('outbox', ['ref_id', real])).toBeGreaterThanOrEqual(3);

    server.clock.advance(29 * DAY_MS);
    expect((await server.runtime.services.sweeps.run()).webhookDeliveriesRemoved, 'nothing is 30 days old yet').toBe(0);

    server.clock.advance(2 * DAY_MS);
    const report = await server.runtime.services.sweeps.run();
    expect(report.webhookDeliveriesRemoved).toBe(real.length + settled.length);
    expect(await count('webhook_deliveries', ['id', [...real, ...settled.slice(0, 500)]])).toBe(0);
    expect(await count('webhook_attempts', ['delivery_id', [...real, ...settled.slice(0, 500)]])).toBe(0);
    expect(await count('outbox', ['ref_id', real])).toBe(0);
    expect(await count('webhook_deliveries')).toBe(unsettled.length);
    expect(await count('webhook_attempts', ['delivery_id', unsettled])).toBe(unsettled.length);
    const log = ok(await admin.get(`/v1/webhook-endpoints/${endpointId}/deliveries`)).data as { id: string; status: string }[];
    expect(log.map((d) => d.id).sort()).toEqual([...unsettled].sort());

    server.clock.advance(400 * DAY_MS);
    expect((await server.runtime.services.sweeps.run()).webhookDeliveriesRemoved, 'a pending or retrying message stays, however old').toBe(0);
    expect(await count('webhook_deliveries')).toBe(unsettled.length);
  });

  it('ALLOT_WEBHOOK_LOG_RETENTION_DAYS=0 keeps the log for ever', async () => {
    await server.close();
    server = await startTestServer(dialect, { env: webhookEnv({ ALLOT_WEBHOOK_LOG_RETENTION_DAYS: '0' }), clock: new TestClock(Date.now()) });
    api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);
    const made = ok(await api.as(seed.adminToken).post('/v1/webhook-endpoints', { url: receiver.url, events: ['activation.created'] }), 201);
    await plant(made.endpoint.id, 'delivered', 3, server.clock.now());
    server.clock.advance(4000 * DAY_MS);
    expect((await server.runtime.services.sweeps.run()).webhookDeliveriesRemoved).toBe(0);
    expect(await count('webhook_deliveries')).toBe(3);
  });
});

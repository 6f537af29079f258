/**
 * Issue 16: every message reaches its endpoint exactly once (counted by webhook-id, 2xx answers),
 * across a restart (one server stopped with messages undelivered, another started on the same
 * database) and with two nodes delivering from one PostgreSQL database at once.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient, ok } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { eventually } from '../helpers/smtp.ts';
import { startReceiver, webhookEnv, type Receiver } from '../helpers/webhook-receiver.ts';

const env = webhookEnv({ ALLOT_WEBHOOK_RETRY_SCHEDULE: '300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms', ALLOT_WEBHOOK_DISABLE_AFTER_FAILURES: '10000' });

/** How many 2xx answers each message id got. */
const successes = (r: Receiver) => {
  const m = new Map<string, number>();
  for (const x of r.received) if (x.answered < 300) m.set(x.id, (m.get(x.id) ?? 0) + 1);
  return m;
};

const servers: TestServer[] = [];
let receiver: Receiver | undefined;
afterEach(async () => {
  for (const s of servers.splice(0).reverse()) await s.close();
  await receiver?.close();
  receiver = undefined;
});

describe.each(dialects())('webhooks across a restart on %s', (dialect) => {
  it('a restart loses and repeats nothing: messages left undelivered go out from the next server, once', async () => {
    receiver = await startReceiver();
    receiver.answer = () => 503;
    const masterKey = randomBytes(32).toString('base64');
    const first = await startTestServer(dialect, { env, masterKey });
    const api = apiClient(first.app);
    const seed = await seedSubscription(api, 20);
    const made = ok(await api.as(seed.adminToken).post('/v1/webhook-endpoints', { url: receiver.url, events: ['activation.created', 'activation.ended'] }), 201);
    receiver.secrets.push(made.secret);
    for (let i = 0; i < 6; i++) ok(await activate(api, seed.primaryKey, i), 201);
    await eventually('every message tried once', async () => new Set(receiver!.received.map((r) => r.id)).size === 6);
    // Stopped with every message undelivered (retrying); its database stays for the next server.
    await first.stop();
    receiver.answer = () => 200;
    const second = await startTestServer(dialect, { db: first.db, masterKey, env });
    servers.push({ ...first, close: () => first.db.drop() } as TestServer, second);
    const admin = apiClient(second.app).as(seed.adminToken);
    await eventually('all delivered', async () => {
      const log = ok(await admin.get(`/v1/webhook-endpoints/${made.endpoint.id}/deliveries`)).data;
      return log.length === 6 && log.every((d: any) => d.status === 'delivered');
    });
    const counts = successes(receiver);
    expect(counts.size).toBe(6);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
  });
});

// Two nodes on one database is a PostgreSQL deployment (SQLite is one process's file).
describe.skipIf(!dialects().includes('postgres'))('webhooks from two nodes on one PostgreSQL', () => {
  const dialect = 'postgres' as const;
  it('deliver each message once', async () => {
    receiver = await startReceiver();
    const masterKey = randomBytes(32).toString('base64');
    const a = await startTestServer(dialect, { env, masterKey });
    servers.push(a);
    const b = await startTestServer(dialect, { db: a.db, masterKey, env, clock: a.clock });
    servers.push(b);
    const apiA = apiClient(a.app);
    const apiB = apiClient(b.app);
    const seed = await seedSubscription(apiA, 100);
    const made = ok(await apiA.as(seed.adminToken).post('/v1/webhook-endpoints', { url: receiver.url, events: ['activation.created', 'activation.ended'] }), 201);
    const op = ok(await apiB.post('/v1/webhook-endpoints', { url: receiver.url, events: ['activation.created'] }), 201);
    receiver.secrets.push(made.secret, op.secret);
    // Forty activations through both nodes at once.
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => activate(i % 2 ? apiA : apiB, seed.primaryKey, i)));
    expect(answers.every((r) => r.status === 201)).toBe(true);
    await eventually('all delivered to both endpoints', async () => {
      for (const id of [made.endpoint.id, op.endpoint.id]) {
        const log = ok(await apiA.get(`/v1/webhook-endpoints/${id}/deliveries?limit=100`)).data;
        if (log.length !== 40 || !log.every((d: any) => d.status === 'delivered')) return false;
      }
      return true;
    });
    // Each message went to each endpoint once: the same webhook-id twice (two endpoints), never more.
    const counts = successes(receiver);
    expect(counts.size).toBe(40);
    expect([...counts.values()].every((n) => n === 2)).toBe(true);
    expect(receiver.received).toHaveLength(80);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
  });
});

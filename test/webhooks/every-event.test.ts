/**
 * Issue 16's acceptance: a receiver on loopback verifying signatures with the standardwebhooks
 * package sees every listed event exactly once per endpoint, across a restart (every node
 * stopped with messages undelivered, new ones started on the same database) and, on
 * PostgreSQL, with two nodes writing and delivering at once. An account's endpoint and the
 * operator's (which hears every account) both subscribe to everything: each message id must
 * reach the receiver with a 2xx exactly twice, once per endpoint.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient, ok, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';
import { scimClient } from '../helpers/scim-http.ts';
import { eventually } from '../helpers/smtp.ts';
import { startReceiver, webhookEnv, type Receiver } from '../helpers/webhook-receiver.ts';

const LISTED = [
  'activation.created',
  'activation.ended',
  'seats.limit_reached',
  'subscription.expiring_soon',
  'subscription.expired',
  'subscription.in_grace',
  'key.blocked',
  'key.regenerated',
  'key.expired',
  'invitation.accepted',
  'sso_user.deprovisioned',
];
const DAY = 86_400_000;
const env = webhookEnv({ ALLOT_WEBHOOK_RETRY_SCHEDULE: '200ms,200ms,200ms,200ms,200ms,200ms,200ms,200ms,200ms,200ms', ALLOT_WEBHOOK_DISABLE_AFTER_FAILURES: '10000' });

describe.each(dialects())('every listed webhook event on %s', (dialect) => {
  /** The nodes running (stopped at the restart and at the end) and the database they share (dropped at the end). */
  const live: TestServer[] = [];
  let dropDatabase: (() => Promise<void>) | undefined;
  let receiver: Receiver | undefined;
  afterEach(async () => {
    for (const s of live.splice(0).reverse()) await s.stop();
    await dropDatabase?.();
    await receiver?.close();
    dropDatabase = receiver = undefined;
  });

  it(
    'reaches each endpoint exactly once, across a restart' + (dialect === 'postgres' ? ' and with two nodes' : ''),
    async () => {
      const rx = (receiver = await startReceiver());
      const masterKey = randomBytes(32).toString('base64');
      const first = await startTestServer(dialect, { env, masterKey });
      const { db, clock } = first;
      dropDatabase = () => db.drop();
      live.push(first);
      // Two nodes on PostgreSQL (one database); SQLite has one writer process.
      const startNodes = async (): Promise<TestServer[]> => {
        while (live.length < (dialect === 'postgres' ? 2 : 1)) live.push(await startTestServer(dialect, { db, masterKey, env, clock }));
        return [...live];
      };
      let nodes = await startNodes();
      const apis = () => nodes.map((n) => apiClient(n.app));
      const on = (i: number): Api => apis()[i % nodes.length]!;

      // Phase 1: the receiver refuses everything, so every message is still undelivered at the restart.
      rx.answer = () => 503;
      const sub = await seedSubscription(on(0), 2, { expiresAt: new Date(clock.t + 19 * DAY).toISOString() });
      const admin = (i: number) => on(i).as(sub.adminToken);
      const mine = ok(await admin(0).post('/v1/webhook-endpoints', { url: rx.url, events: LISTED }), 201);
      const operators = ok(await on(1).post('/v1/webhook-endpoints', { url: rx.url, events: LISTED }), 201);
      rx.secrets.push(mine.secret, operators.secret);

      const key = ok(await createKey(admin(1), sub.subscriptionId, { type: 'dynamic', maxSeats: 1, expiresAt: new Date(clock.t + 3 * DAY).toISOString() }), 201);
      const invited = ok(await admin(0).post(`/v1/keys/${key.id}/invitations`, { emails: ['dev@example.com'] }), 201);
      // invitation.accepted, activation.created, seats.limit_reached (the key's one seat)
      ok(await on(1).as(null).post('/v1/client/activate', { key: invited.data[0].code, fingerprint: 'fp-invited', device: { name: 'invited-pc', os: 'Windows 11' } }), 201);
      // activation.created, seats.limit_reached (the pool's last seat), then activation.ended
      const primary = ok(await activate(on(0), sub.primaryKey, 'primary'), 201);
      ok(await admin(1).post(`/v1/activations/${primary.activation.id}/deactivate`));
      const other = ok(await createKey(admin(0), sub.subscriptionId, { type: 'dynamic', maxSeats: 1 }), 201);
      ok(await admin(1).post(`/v1/keys/${other.id}/block`));
      ok(await admin(0).post(`/v1/keys/${other.id}/regenerate`));
      const token = ok(await on(0).post(`/v1/accounts/${sub.accountId}/scim-tokens`, { name: 'Entra ID' }), 201);
      const scim = scimClient(nodes[nodes.length - 1]!.app, token.token);
      const person = await scim.post('/Users', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'pat@acme.example', active: true });
      expect(person.status).toBe(201);
      expect((await scim.del(`/Users/${(person.body as { id: string }).id}`)).status).toBe(204);

      const phaseOne = 9;
      await eventually('every message of the first phase tried at both endpoints', async () => {
        const tried = new Map<string, number>();
        for (const r of rx.received) tried.set(r.id, (tried.get(r.id) ?? 0) + 1);
        return tried.size === phaseOne && [...tried.values()].every((n) => n >= 2);
      });
      expect(rx.received.every((r) => r.answered === 503)).toBe(true);

      // The restart: every node stops with all of it undelivered; new nodes take over the database.
      for (const n of live.splice(0).reverse()) await n.stop();
      rx.answer = () => 200;
      nodes = await startNodes();

      // Phase 2, on the new nodes: the expiry notices, the key's expiry (its device ends), grace, the subscription's expiry.
      const sweep = (i: number) => nodes[i % nodes.length]!.runtime.services.sweeps.run();
      await sweep(0);
      clock.advance(13 * DAY);
      await sweep(1);
      clock.advance(6 * DAY - 1000);
      await sweep(0);
      clock.advance(2 * DAY);
      await sweep(1);
      clock.advance(31 * DAY);
      await sweep(0);
      await sweep(1);

      const logOf = async (id: string, as: Api) => ok(await as.get(`/v1/webhook-endpoints/${id}/deliveries?limit=100`)).data as { status: string }[];
      await eventually('everything delivered to both endpoints', async () => {
        const a = await logOf(mine.endpoint.id, on(0).as(sub.adminToken));
        const b = await logOf(operators.endpoint.id, on(1));
        return a.length > phaseOne && a.length === b.length && [...a, ...b].every((d) => d.status === 'delivered');
      });

      const successes = new Map<string, number>();
      for (const r of rx.received) if (r.answered < 300) successes.set(r.id, (successes.get(r.id) ?? 0) + 1);
      expect([...successes.values()].every((n) => n === 2)).toBe(true);
      expect(rx.received.every((r) => r.verified)).toBe(true);
      const types = new Set(rx.received.map((r) => r.body.type));
      expect([...types].sort()).toEqual([...LISTED].sort());
      const once = (type: string) => new Set(rx.received.filter((r) => r.body.type === type && r.answered < 300).map((r) => r.id)).size;
      expect(once('subscription.expiring_soon')).toBe(3);
      expect(once('activation.ended')).toBe(2);
      expect(once('key.expired')).toBe(1);
      expect(JSON.stringify(rx.received)).not.toContain(invited.data[0].code);
      expect(JSON.stringify(rx.received)).not.toContain(sub.primaryKey);
    },
    HEAVY_TEST_MS,
  );
});

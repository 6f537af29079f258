/**
 * Crash safety (docs/operations.md): a server process killed with SIGKILL in the middle of an
 * activation storm loses nothing it acknowledged, counts no seat twice, and its counters equal
 * a recount of the rows when it comes back. Activations share commits (group commit), so a kill
 * lands while a batch is being written; a 2xx is only ever sent after its batch committed.
 *
 * One database per dialect, one server process at a time on it, killed once per round at a
 * different moment (after the first few answers, in the middle, near the end); every round
 * storms a subscription of its own, and every check covers all the rounds so far.
 */
import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/dialect.ts';
import { cliEnv, jsonOf, runCli, show } from '../helpers/cli.ts';
import { dialects, freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { device, FUTURE } from '../helpers/fixtures.ts';
import { HttpLoad, tally, type HttpAnswer, type HttpApi } from '../helpers/http.ts';
import { HEAVY_TEST_MS, killAllServers, spawnServer, type ServerProcess } from '../helpers/processes.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';

/** The storm of one round: more requests than seats, over many connections. */
const REQUESTS = 360;
const CONNECTIONS = 96;
const SEATS = 120;
/** Every so many requests, the device of 7 requests earlier again (so through another of the 4 keys). */
const REPEAT_EVERY = 9;
/** The kill comes as the Nth 2xx arrives: early, mid-storm, and as the pool runs out. */
const KILL_AFTER = [3, 50, 105];

interface Round {
  subscriptionId: string;
  primaryKey: string;
  keys: { id: string; key: string }[];
}

describe.each(dialects())('crash safety on %s: SIGKILL mid-storm', { timeout: HEAVY_TEST_MS }, (dialect) => {
  const masterKey = randomBytes(32).toString('base64');
  let db: FreshDatabase | undefined;
  let node: ServerProcess | undefined;
  let load: HttpLoad | undefined;
  const rounds: Round[] = [];
  /** Every activation a server answered 2xx, by id: the fingerprint and subscription it answered for. */
  const acknowledged = new Map<string, { subscriptionId: string; fingerprint: string }>();

  afterAll(async () => {
    load?.close();
    await killAllServers();
    await db?.drop();
  });

  async function seedRound(api: HttpApi, round: number): Promise<Round> {
    const ok = (res: HttpAnswer) => {
      expect(res.status, res.text).toBe(201);
      return res.body;
    };
    const code = `crash-${round}`;
    ok(await api.post('/v1/products', { code, name: 'Crash Pro' }));
    const account = ok(await api.post('/v1/accounts', { name: `Crash Corp ${round}` }));
    const sub = ok(await api.post(`/v1/accounts/${account.id}/subscriptions`, { product: code, seats: SEATS, expiresAt: FUTURE }));
    // 25 reserved; the main pool (95) is fought over by the primary key and two capped dynamic keys.
    const keys = [
      { id: sub.primaryKey.id, key: sub.primaryKey.key },
      ok(await api.post(`/v1/subscriptions/${sub.id}/keys`, { name: 'Design', type: 'reserved', maxSeats: 25 })),
      ok(await api.post(`/v1/subscriptions/${sub.id}/keys`, { name: 'Engineering', type: 'dynamic', maxSeats: 40 })),
      ok(await api.post(`/v1/subscriptions/${sub.id}/keys`, { name: 'Support', type: 'dynamic', maxSeats: 60 })),
    ].map((k) => ({ id: k.id as string, key: k.key as string }));
    return { subscriptionId: sub.id, primaryKey: sub.primaryKey.key, keys };
  }

  /** Fires the storm and kills the server as the `killAfter`th 2xx arrives. */
  async function storm(server: ServerProcess, http: HttpLoad, round: Round, tag: string, killAfter: number) {
    let acks = 0;
    let unansweredAtKill = -1;
    let started = 0;
    let finished = 0;
    const requests = Array.from({ length: REQUESTS }, (_, i) => {
      const n = i > 0 && i % REPEAT_EVERY === 0 ? `${tag}-${i - 7}` : `${tag}-${i}`;
      const key = round.keys[i % round.keys.length]!.key;
      started++;
      return http.request('POST', '/v1/client/activate', { key, ...device(n) }, null).then(
        (res) => {
          finished++;
          if (res.status >= 200 && res.status < 300) {
            acknowledged.set(res.body.activation.id, { subscriptionId: round.subscriptionId, fingerprint: `fp-${n}` });
            if (++acks === killAfter) {
              unansweredAtKill = started - finished;
              server.child.kill('SIGKILL');
            }
          }
          return res;
        },
        (error: unknown) => {
          finished++;
          throw error;
        },
      );
    });
    const settled = await Promise.allSettled(requests);
    expect(await server.exited).toBe('SIGKILL');
    await server.kill('SIGKILL');
    const answered = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    return { answered, cutOff: settled.length - answered.length, unansweredAtKill, acks };
  }

  /** Everything acknowledged in every round so far is there, once, and every counter is a recount. */
  async function verifyAll(api: HttpApi): Promise<{ active: number }> {
    const direct = openDatabase(db!.url, { poolSize: 2 });
    try {
      const ids = [...acknowledged.keys()];
      const found = new Map<string, { status: string; subscription_id: string; fingerprint: string }>();
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await direct.db
          .selectFrom('activations')
          .select(['id', 'status', 'subscription_id', 'fingerprint'])
          .where('id', 'in', ids.slice(i, i + 500))
          .execute();
        for (const r of rows) found.set(r.id, r);
      }
      const missing = ids.filter((id) => !found.has(id));
      expect(missing, `acknowledged activations missing after the crash (${missing.length} of ${ids.length})`).toEqual([]);
      const notActive = ids.filter((id) => found.get(id)!.status !== 'active');
      expect(notActive, 'acknowledged activations no longer active').toEqual([]);
      for (const [id, a] of acknowledged)
        expect({ id, subscriptionId: found.get(id)!.subscription_id, fingerprint: found.get(id)!.fingerprint }).toEqual({ id, ...a });

      const twice = await direct.db
        .selectFrom('activations')
        .select(['subscription_id', 'fingerprint', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', '=', 'active')
        .groupBy(['subscription_id', 'fingerprint'])
        .having((eb) => eb.fn.countAll(), '>', 1)
        .execute();
      expect(twice, 'devices with two active activations on one subscription').toEqual([]);

      let active = 0;
      for (const round of rounds) {
        const audit = await auditSeats(direct, round.subscriptionId);
        expectSeatsConsistent(audit);
        const mine = new Set([...acknowledged].filter(([, a]) => a.subscriptionId === round.subscriptionId).map(([id]) => id));
        expect(audit.activeRows).toBeGreaterThanOrEqual(mine.size);
        const box = await api.get(`/v1/subscriptions/${round.subscriptionId}`);
        expect(box.status, box.text).toBe(200);
        expectSeatFormulas(box.body.seats);
        expect(box.body.seats.used, 'the API counts each active activation once').toBe(audit.activeRows);
        expect(box.body.seats).toMatchObject({ reservedTotal: 25, reservedUsed: audit.activeByKey[round.keys[1]!.id] ?? 0 });
        active += audit.activeRows;
      }
      return { active };
    } finally {
      await direct.close();
    }
  }

  /** The restarted server takes a new activation and signs a certificate that verifies. */
  async function expectServes(api: HttpApi, http: HttpLoad, round: Round, tag: string) {
    // The storm may have used every seat: one more, so that the activation is not refused.
    const more = await api.patch(`/v1/subscriptions/${round.subscriptionId}`, { seats: (await api.get(`/v1/subscriptions/${round.subscriptionId}`)).body.seats.total + 1 });
    expect(more.status, more.text).toBe(200);
    const res = await http.request('POST', '/v1/client/activate', { key: round.primaryKey, ...device(`${tag}-after`) }, null);
    expect(res.status, res.text).toBe(201);
    acknowledged.set(res.body.activation.id, { subscriptionId: round.subscriptionId, fingerprint: `fp-${tag}-after` });
    const jwks = (await api.get('/.well-known/jwks.json')).body as JSONWebKeySet;
    const { payload } = await jwtVerify(res.body.certificate, createLocalJWKSet(jwks));
    expect(payload).toMatchObject({ sub: res.body.activation.id, subscriptionId: round.subscriptionId, fingerprint: `fp-${tag}-after` });
  }

  for (const [r, killAfter] of KILL_AFTER.entries()) {
    it(`round ${r + 1}: killed as activation ${killAfter} is acknowledged, restarted, nothing acknowledged is lost and counters equal a recount`, async () => {
      if (!db) {
        db = await freshDatabase(dialect);
        node = await spawnServer({ databaseUrl: db.url, masterKey });
      }
      load = new HttpLoad(node!.url, CONNECTIONS);
      const round = await seedRound(load.api(), r);
      rounds.push(round);
      const tag = `r${r}`;
      const result = await storm(node!, load, round, tag, killAfter);
      const maxOnWire = load.stats.maxOnWire;
      load.close();

      expect(result.acks).toBeGreaterThanOrEqual(killAfter);
      // Every connection was busy when the kill came: more requests unanswered than connections.
      expect(result.unansweredAtKill, 'requests unanswered when the server was killed').toBeGreaterThan(CONNECTIONS);
      expect(maxOnWire, 'requests on the wire at once').toBeGreaterThanOrEqual(CONNECTIONS / 2);
      expect(result.cutOff, 'requests the kill cut off').toBeGreaterThan(0);
      const serverErrors = result.answered.filter((a) => a.status >= 500);
      expect(serverErrors.map((a) => a.text.slice(0, 200))).toEqual([]);
      for (const a of result.answered)
        if (a.status >= 300) expect(`${a.status} ${a.body?.error?.code}`).toMatch(/^409 NO_SEATS_(KEY|POOL)$/);

      node = await spawnServer({ databaseUrl: db!.url, masterKey });
      load = new HttpLoad(node.url, 8);
      const api = load.api();
      const before = await verifyAll(api);
      await expectServes(api, load, round, tag);
      const after = await verifyAll(api);
      expect(after.active).toBe(before.active + 1);
      console.log(
        `[${dialect}] round ${r + 1}: SIGKILL at 2xx number ${killAfter}, ${result.unansweredAtKill} unanswered (${maxOnWire} at most on the wire); ` +
          `${result.answered.length} answered ${JSON.stringify(tally(result.answered))}, ${result.cutOff} cut off; ` +
          `after restart ${before.active} active across ${rounds.length} subscriptions, all ${acknowledged.size} acknowledged so far present`,
      );
    });
  }

  it('allot doctor finds nothing to repair after the crashes', async () => {
    expect(db, 'the rounds ran').toBeDefined();
    const run = await runCli(['doctor', '--json'], cliEnv(db!.url, masterKey));
    expect(run.code, show(run)).toBe(0);
    const report = jsonOf(run);
    expect(report).toMatchObject({ drift: [], consistent: true });
    expect(report.subscriptions).toBe(KILL_AFTER.length);
  });
});

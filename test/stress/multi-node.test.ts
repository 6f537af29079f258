/**
 * Two Allot server processes on one PostgreSQL database: the seat invariant is the
 * database's to keep, not a process's. Requests are split across both nodes at once.
 */
import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/storage/dialect.ts';
import { dialects, freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { device, FUTURE } from '../helpers/fixtures.ts';
import { HttpLoad, tally, type HttpAnswer, type HttpApi } from '../helpers/http.ts';
import { shuffle } from '../helpers/shuffle.ts';
import { HEAVY_TEST_MS, killAllServers, spawnServer, type ServerProcess } from '../helpers/processes.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';

const noServerErrors = (answers: readonly HttpAnswer[]) =>
  expect(answers.filter((a) => a.status >= 500 || a.status === 0).map((a) => a.text.slice(0, 300))).toEqual([]);

/** Pino lines at level error (50) or above: a node that logged one hid a failure. */
const errorLines = (node: ServerProcess) =>
  node
    .output()
    .split('\n')
    .filter((line) => {
      try {
        return (JSON.parse(line) as { level?: number }).level! >= 50;
      } catch {
        return false;
      }
    });

describe.skipIf(!dialects().includes('postgres'))('two server processes on one PostgreSQL', { timeout: HEAVY_TEST_MS }, () => {
  let db: FreshDatabase | undefined;
  let direct: OpenDatabase | undefined;
  let nodes: ServerProcess[] = [];
  let loads: HttpLoad[] = [];
  let seq = 0;

  beforeAll(async () => {
    db = await freshDatabase('postgres');
    const masterKey = randomBytes(32).toString('base64');
    // Sweeps every second on both nodes: they race each other (and the requests) to apply expiries.
    const env = { ALLOT_SWEEP_INTERVAL_SECONDS: '1' };
    nodes = await Promise.all([spawnServer({ databaseUrl: db.url, masterKey, env }), spawnServer({ databaseUrl: db.url, masterKey, env })]);
    loads = nodes.map((n) => new HttpLoad(n.url, 96));
    direct = openDatabase(db.url, { poolSize: 2 });
  });
  afterAll(async () => {
    for (const l of loads) l.close();
    await killAllServers();
    await direct?.close();
    await db?.drop();
  });

  const node = (i: number): HttpApi => loads[i % 2]!.api();
  const activateOn = (i: number, key: string, n: string) => loads[i % 2]!.request('POST', '/v1/client/activate', { key, ...device(n) }, null);

  async function seed(seats: number) {
    const api = node(0);
    const code = `multi-${seq++}`;
    expect((await api.post('/v1/products', { code, name: 'Desktop Pro' })).status).toBe(201);
    const account = await api.post('/v1/accounts', { name: 'Acme Corp' });
    const sub = await api.post(`/v1/accounts/${account.body.id}/subscriptions`, { product: code, seats, expiresAt: FUTURE });
    expect(sub.status, sub.text).toBe(201);
    return { id: sub.body.id as string, primaryKeyId: sub.body.primaryKey.id as string, primaryKey: sub.body.primaryKey.key as string };
  }

  it('gives 300 seats to exactly 300 of 1,000 activations split across both nodes', async () => {
    const sub = await seed(300);
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 1000 }, (_, i) => activateOn(i, sub.primaryKey, `mn-${i}`)));
    const wallMs = performance.now() - started;
    noServerErrors(answers);
    expect(tally(answers)).toEqual({ '201': 300, '409 NO_SEATS_POOL': 700 });
    const perNode = [0, 1].map((n) => answers.filter((a, i) => i % 2 === n && a.status === 201).length);
    expect(perNode[0]! + perNode[1]!).toBe(300);
    // Both nodes granted seats: the race really was between two processes.
    expect(perNode.every((n) => n > 0)).toBe(true);
    expect(loads.every((l) => l.stats.sockets >= 64)).toBe(true);

    // Both nodes tell the same story, and it is the rows' story.
    for (const n of [0, 1]) {
      const s = (await node(n).get(`/v1/subscriptions/${sub.id}`)).body.seats;
      expect(s).toMatchObject({ total: 300, used: 300, availableDynamic: 0 });
      expectSeatFormulas(s);
    }
    const audit = await auditSeats(direct!, sub.id);
    expectSeatsConsistent(audit);
    expect(audit.activeRows).toBe(300);
    console.log(`[multi-node] 1,000 activations / 300 seats over 2 processes: ${Math.round(wallMs)} ms; granted per node ${perNode.join(' + ')}`);
  });

  it('shares the pool between reserved, dynamic and primary keys across both nodes, and a device twice at both gets one seat', async () => {
    const sub = await seed(100);
    const mk = async (type: string, maxSeats: number) => {
      const res = await node(1).post(`/v1/subscriptions/${sub.id}/keys`, { name: `${type} ${maxSeats}`, type, maxSeats });
      expect(res.status, res.text).toBe(201);
      return { id: res.body.id as string, key: res.body.key as string };
    };
    const reserved = await mk('reserved', 30);
    const dynamic = await mk('dynamic', 90);
    const ordered = [
      ...Array.from({ length: 120 }, (_, i) => ({ key: reserved, n: `r-${i}` })),
      ...Array.from({ length: 120 }, (_, i) => ({ key: dynamic, n: `d-${i}` })),
      ...Array.from({ length: 120 }, (_, i) => ({ key: { id: sub.primaryKeyId, key: sub.primaryKey }, n: `p-${i}` })),
      // One device, forty times, at both nodes and on all three keys.
      ...Array.from({ length: 40 }, (_, i) => ({ key: [reserved, dynamic, { id: sub.primaryKeyId, key: sub.primaryKey }][i % 3]!, n: 'twin' })),
    ];
    const plan = shuffle(ordered, 5);
    const answers = await Promise.all(plan.map((p, i) => activateOn(i, p.key.key, p.n)));
    noServerErrors(answers);
    const of = (keyId: string, status: number) => answers.filter((a, i) => plan[i]!.n !== 'twin' && plan[i]!.key.id === keyId && a.status === status).length;

    const twins = answers.filter((_, i) => plan[i]!.n === 'twin');
    expect(twins.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    expect(twins.filter((a) => a.status === 201)).toHaveLength(1);
    expect(new Set(twins.map((a) => a.body.activation.id)).size).toBe(1);
    const twinKey = twins.find((a) => a.status === 201)!.body.activation.keyId as string;

    const withTwin = (keyId: string) => of(keyId, 201) + (twinKey === keyId ? 1 : 0);
    expect(withTwin(reserved.id)).toBe(30);
    expect(withTwin(dynamic.id) + withTwin(sub.primaryKeyId)).toBe(70);
    expect(answers.every((a) => a.status < 300 || (a.status === 409 && /^NO_SEATS_(KEY|POOL)$/.test(a.body.error.code)))).toBe(true);

    const s = (await node(0).get(`/v1/subscriptions/${sub.id}`)).body.seats;
    expect(s).toMatchObject({ total: 100, used: 100, reservedTotal: 30, reservedUsed: 30, availableDynamic: 0, availableReserved: 0 });
    expectSeatFormulas(s);
    const audit = await auditSeats(direct!, sub.id);
    expectSeatsConsistent(audit);
    expect(audit.activeByKey[reserved.id]).toBe(30);
  });

  it('applies key expiry once while both nodes sweep and activate at the same moment', async () => {
    const sub = await seed(50);
    const mk = async (type: string, maxSeats: number) => {
      const res = await node(0).post(`/v1/subscriptions/${sub.id}/keys`, { name: `short ${type}`, type, maxSeats });
      expect(res.status, res.text).toBe(201);
      return { id: res.body.id as string, key: res.body.key as string };
    };
    /**
     * Sets a key to expire a moment from now (the servers' real clock), once its devices are in:
     * the setup never races the expiry, however slow the machine. A moment the request did not
     * beat (the server refuses an expiry in the past, changing nothing) is tried again, longer.
     */
    const expireSoon = async (keyId: string): Promise<number> => {
      for (let lead = 1000; ; lead *= 2) {
        const at = Date.now() + lead;
        const res = await node(0).patch(`/v1/keys/${keyId}`, { expiresAt: new Date(at).toISOString() });
        if (res.status === 200) return at;
        expect(res.body?.error?.details, res.text).toEqual([{ field: 'expiresAt', problem: 'expiresAt must be in the future.' }]);
        expect(lead, 'a minute of lead was not enough to set an expiry').toBeLessThan(60_000);
      }
    };
    const reserved = await mk('reserved', 10);
    const dynamic = await mk('dynamic', 10);
    // 10 reserved + 10 dynamic + 20 primary: the main pool (50 − 10 reserved) has 10 left.
    const setup = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => activateOn(i, reserved.key, `xr-${i}`)),
      ...Array.from({ length: 10 }, (_, i) => activateOn(i, dynamic.key, `xd-${i}`)),
      ...Array.from({ length: 20 }, (_, i) => activateOn(i, sub.primaryKey, `xp-${i}`)),
    ]);
    expect(tally(setup)).toEqual({ '201': 40 });
    expect((await node(1).get(`/v1/subscriptions/${sub.id}`)).body.seats).toMatchObject({ used: 40, availableDynamic: 10 });
    const expiresAt = Math.max(await expireSoon(reserved.id), await expireSoon(dynamic.id));

    // Just past the expiry, both nodes at once: activations (a refusal settles expiry first), the
    // sweepers, and reads and writes that settle it on their way.
    const waitMs = expiresAt - Date.now() + 50;
    if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
    const answers = await Promise.all([
      ...Array.from({ length: 120 }, (_, i) => activateOn(i, sub.primaryKey, `after-${i}`)),
      ...Array.from({ length: 10 }, (_, i) => activateOn(i, reserved.key, `late-r-${i}`)),
      ...Array.from({ length: 6 }, (_, i) => node(i).post(`/v1/subscriptions/${sub.id}/keys`, { name: `new ${i}`, type: 'dynamic', maxSeats: 1 })),
    ]);
    noServerErrors(answers);
    const primary = answers.slice(0, 120);
    // 20 seats came back from the expired keys: 30 free in the main pool, given exactly once.
    expect(tally(primary)).toEqual({ '201': 30, '409 NO_SEATS_POOL': 90 });
    expect(tally(answers.slice(120, 130))).toEqual({ '403 KEY_EXPIRED': 10 });
    expect(tally(answers.slice(130))).toEqual({ '201': 6 });

    // Give the sweepers a beat, then: one expiry event per key, counters equal the recount.
    await new Promise((r) => setTimeout(r, 1500));
    const events = (await node(1).get(`/v1/events?subscriptionId=${sub.id}&action=key.expired&limit=50`)).body.data as any[];
    expect(events.map((e) => e.target.id).sort()).toEqual([reserved.id, dynamic.id].sort());
    for (const e of events) expect(e.after).toEqual({ releasedActivations: 10 });
    const s = (await node(0).get(`/v1/subscriptions/${sub.id}`)).body.seats;
    expect(s).toMatchObject({ total: 50, used: 50, reservedTotal: 0, reservedUsed: 0, availableDynamic: 0 });
    expectSeatFormulas(s);
    const audit = await auditSeats(direct!, sub.id);
    expectSeatsConsistent(audit);
    expect(audit.stored.keys[reserved.id]).toMatchObject({ retired: true, used: 0 });
    expect(audit.stored.keys[dynamic.id]).toMatchObject({ retired: true, used: 0 });
    const released = await direct!.db
      .selectFrom('activations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('subscription_id', '=', sub.id)
      .where('end_reason', '=', 'key_expired')
      .executeTakeFirstOrThrow();
    expect(Number(released.n)).toBe(20);
  });

  it('publishes a rotated signing key on every node before any node signs with it', async () => {
    const sub = await seed(5);
    // Node 1 has just read its keys (as it does on every JWKS request, at most every 30 s).
    expect((await node(1).get('/.well-known/jwks.json')).status).toBe(200);
    const rotated = await node(0).post('/v1/signing-keys/rotate');
    expect(rotated.status, rotated.text).toBe(201);
    const activated = await activateOn(0, sub.primaryKey, 'rotation');
    expect(activated.status, activated.text).toBe(201);
    expect(decodeProtectedHeader(activated.body.certificate).kid).toBe(rotated.body.kid);
    // A device may fetch the JWKS from any node behind the load balancer.
    for (const n of [0, 1]) {
      const jwks = (await node(n).get('/.well-known/jwks.json')).body as JSONWebKeySet;
      const kids = jwks.keys.map((k) => k.kid);
      expect(kids, `JWKS of node ${n} lacks the key node 0 signs with`).toContain(rotated.body.kid);
      const { payload } = await jwtVerify(activated.body.certificate, createLocalJWKSet(jwks));
      expect(payload.sub).toBe(activated.body.activation.id);
    }
  });

  it('logged no errors on either node, and both stop cleanly on SIGTERM', async () => {
    expect(nodes.flatMap(errorLines)).toEqual([]);
    const codes = await Promise.all(nodes.map((n) => n.kill('SIGTERM')));
    expect(codes).toEqual(['0', '0']);
  });
});

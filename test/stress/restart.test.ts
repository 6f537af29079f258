/**
 * Restarts: whatever a server acknowledged is there after it stops, whether it stopped
 * cleanly or was killed (SIGKILL) right after answering.
 */
import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/dialect.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects, freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { activate, createKey, device, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, TestClock, type TestServer } from '../helpers/harness.ts';
import { HttpLoad, type HttpAnswer } from '../helpers/http.ts';
import { HEAVY_TEST_MS, killAllServers, spawnServer, type ServerProcess } from '../helpers/processes.ts';
import { auditSeats, expectSeatsConsistent } from '../helpers/seat-audit.ts';

/** Every page of the audit log, newest first. */
async function allEvents(api: Api): Promise<unknown[]> {
  const events: unknown[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const res = await api.get(`/v1/events?limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    events.push(...res.body.data);
    cursor = res.body.nextCursor;
    if (!cursor) return events;
  }
  throw new Error('more than 100 pages of events');
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** Everything the API shows about one subscription and the server, read as the operator. */
async function snapshot(api: Api, accountId: string, subscriptionId: string) {
  const get = async (url: string) => {
    const res = await api.get(url);
    expect(res.status, `${url}: ${res.text}`).toBe(200);
    return res.body;
  };
  return {
    products: await get('/v1/products'),
    account: await get(`/v1/accounts/${accountId}`),
    tokens: await get(`/v1/accounts/${accountId}/tokens`),
    subscription: await get(`/v1/subscriptions/${subscriptionId}`),
    subscriptions: await get(`/v1/subscriptions?accountId=${accountId}`),
    keys: await get(`/v1/subscriptions/${subscriptionId}/keys`),
    activations: byId((await get(`/v1/subscriptions/${subscriptionId}/activations?status=all&limit=500`)).data),
    blacklist: await get(`/v1/subscriptions/${subscriptionId}/blacklist?limit=500`),
    events: await allEvents(api),
    csv: (await api.get(`/v1/subscriptions/${subscriptionId}/activations.csv?status=all`)).text,
  };
}

async function verifyCertificate(certificate: string, jwks: JSONWebKeySet, at: number) {
  const { payload } = await jwtVerify(certificate, createLocalJWKSet(jwks), { currentDate: new Date(at) });
  return payload;
}

describe.each(dialects())('restart on %s', { timeout: HEAVY_TEST_MS }, (dialect) => {
  let db: FreshDatabase | undefined;
  let server: TestServer | undefined;
  let load: HttpLoad | undefined;

  afterEach(async () => {
    load?.close();
    load = undefined;
    await server?.close();
    server = undefined;
    await killAllServers();
    await db?.drop();
    db = undefined;
  });
  afterAll(() => killAllServers());

  it('keeps everything acknowledged across a clean restart; old certificates verify and devices check in', async () => {
    db = await freshDatabase(dialect);
    const masterKey = randomBytes(32).toString('base64');
    const clock = new TestClock();
    server = await startTestServer(dialect, { db, masterKey, clock });
    let api = apiClient(server.app);

    // Acknowledged writes of every kind.
    const seed = await seedSubscription(api, 20);
    const admin = () => api.as(seed.adminToken);
    const reserved = await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 5, name: 'Design' });
    const dynamic = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 8, name: 'Engineering' });
    const blocked = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 2, name: 'Contractors' });
    for (const k of [reserved, dynamic, blocked]) expect(k.status, k.text).toBe(201);
    const acts: Record<string, any> = {};
    for (const [name, key] of [
      ['p1', seed.primaryKey],
      ['p2', seed.primaryKey],
      ['r1', reserved.body.key],
      ['r2', reserved.body.key],
      ['d1', dynamic.body.key],
      ['d2', dynamic.body.key],
      ['d3', dynamic.body.key],
      ['b1', blocked.body.key],
    ] as const) {
      const res = await activate(api, key, name);
      expect(res.status, res.text).toBe(201);
      acts[name] = res.body;
    }
    const beforeRotation = acts.p1.certificate as string;
    expect((await api.post('/v1/signing-keys/rotate')).status).toBe(201);
    const afterRotation = await api.as(null).post('/v1/client/check-in', { activationId: acts.p2.activation.id, fingerprint: 'fp-p2' });
    expect(afterRotation.status).toBe(200);
    expect((await admin().post(`/v1/activations/${acts.d1.activation.id}/deactivate`)).status).toBe(200);
    expect((await admin().post(`/v1/activations/${acts.d2.activation.id}/blacklist`, { reason: 'stolen laptop' })).status).toBe(201);
    expect((await admin().post(`/v1/activations/${acts.d3.activation.id}/move`, { keyId: reserved.body.id })).status).toBe(200);
    expect((await admin().post(`/v1/keys/${blocked.body.id}/block`)).status).toBe(200);
    const regenerated = await admin().post(`/v1/keys/${dynamic.body.id}/regenerate`);
    expect(regenerated.status).toBe(200);
    expect((await admin().patch(`/v1/keys/${reserved.body.id}`, { maxSeats: 6, name: 'Design team' })).status).toBe(200);
    expect((await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 25, autoRenew: true })).status).toBe(200);
    const before = await snapshot(api, seed.accountId, seed.subscriptionId);
    const jwksBefore = (await api.get('/.well-known/jwks.json')).body as JSONWebKeySet;
    expect(before.subscription.seats).toMatchObject({ total: 25, used: 6, reservedTotal: 6, reservedUsed: 3 });
    expect(before.blacklist.total).toBe(1);

    // Stop, and start a new server on the same database and master key.
    await server.close();
    server = await startTestServer(dialect, { db, masterKey, clock });
    api = apiClient(server.app);

    const after = await snapshot(api, seed.accountId, seed.subscriptionId);
    expect(after).toEqual(before);
    expect(after.events.length).toBeGreaterThanOrEqual(20);
    // Every object a write acknowledged is there under its id.
    const activationIds = new Set(after.activations.map((a: any) => a.id));
    for (const a of Object.values(acts)) expect(activationIds.has(a.activation.id)).toBe(true);
    expect(after.subscription).toMatchObject({ id: seed.subscriptionId, accountId: seed.accountId, autoRenew: true });
    expect(after.tokens.data.map((t: any) => t.name)).toContain('admin');
    const keyStrings = Object.fromEntries((after.keys.data as any[]).map((k) => [k.id, k.key]));
    expect(keyStrings[seed.primaryKeyId]).toBe(seed.primaryKey);
    expect(keyStrings[reserved.body.id]).toBe(reserved.body.key);
    expect(keyStrings[dynamic.body.id]).toBe(regenerated.body.key);
    expectSeatsConsistent(await auditSeats(server.runtime.database, seed.subscriptionId));

    // Certificates issued before the restart (by the rotated-out key and by the new one) verify.
    const jwks = (await api.get('/.well-known/jwks.json')).body as JSONWebKeySet;
    expect(jwks).toEqual(jwksBefore);
    expect((await verifyCertificate(beforeRotation, jwks, clock.now())).sub).toBe(acts.p1.activation.id);
    expect((await verifyCertificate(afterRotation.body.certificate, jwks, clock.now())).sub).toBe(acts.p2.activation.id);

    // Devices check in; refusals are those acknowledged before the restart.
    const checkIn = (name: string, fp = `fp-${name}`) => api.as(null).post('/v1/client/check-in', { activationId: acts[name].activation.id, fingerprint: fp });
    clock.advance(60_000);
    const fresh = await checkIn('p1');
    expect(fresh.status, fresh.text).toBe(200);
    expect((await verifyCertificate(fresh.body.certificate, jwks, clock.now())).sub).toBe(acts.p1.activation.id);
    expect((await checkIn('r1')).status).toBe(200);
    expect((await checkIn('d3')).status).toBe(200);
    expect((await checkIn('d1')).body.error.code).toBe('ACTIVATION_NOT_FOUND');
    expect((await checkIn('d2')).body.error.code).toBe('DEVICE_BLACKLISTED');
    expect((await checkIn('b1')).body.error.code).toBe('KEY_BLOCKED');
    expect((await checkIn('p1', 'fp-other')).body.error.code).toBe('FINGERPRINT_MISMATCH');
    // Key strings: the replaced one stays dead, the new one works; the admin token still works.
    expect((await activate(api, dynamic.body.key, 'late-1')).body.error.code).toBe('KEY_NOT_FOUND');
    expect((await activate(api, regenerated.body.key, 'late-1')).status).toBe(201);
    expect((await activate(api, seed.primaryKey, 'p1')).status).toBe(200);
    expect((await api.as(seed.adminToken).get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats).toMatchObject({ used: 7 });
    expectSeatsConsistent(await auditSeats(server.runtime.database, seed.subscriptionId));
  });

  it('keeps every acknowledged write when the server process is killed with SIGKILL mid-storm', async () => {
    db = await freshDatabase(dialect);
    const masterKey = randomBytes(32).toString('base64');
    let node: ServerProcess = await spawnServer({ databaseUrl: db.url, masterKey });
    load = new HttpLoad(node.url, 64);
    const api = load.api();
    const ok = (res: HttpAnswer, status = 201) => {
      expect(res.status, res.text).toBe(status);
      return res.body;
    };

    // Acknowledged one by one.
    ok(await api.post('/v1/products', { code: 'crash-pro', name: 'Crash Pro' }));
    const account = ok(await api.post('/v1/accounts', { name: 'Crash Corp' }));
    const sub = ok(await api.post(`/v1/accounts/${account.id}/subscriptions`, { product: 'crash-pro', seats: 150, expiresAt: '2030-01-01T00:00:00Z' }));
    const reserved = ok(await api.post(`/v1/subscriptions/${sub.id}/keys`, { name: 'reserved', type: 'reserved', maxSeats: 20 }));
    const dynamic = ok(await api.post(`/v1/subscriptions/${sub.id}/keys`, { name: 'dynamic', type: 'dynamic', maxSeats: 40 }));
    const first = ok(await load.request('POST', '/v1/client/activate', { key: sub.primaryKey.key, ...device('one') }, null));
    const blacklisted = ok(await load.request('POST', '/v1/client/activate', { key: dynamic.key, ...device('two') }, null));
    ok(await api.post(`/v1/activations/${blacklisted.activation.id}/blacklist`, { reason: 'crash test' }));

    // A burst of activations; the process dies the moment the 60th is acknowledged.
    const keys = [sub.primaryKey.key, reserved.key, dynamic.key];
    const acknowledged: { id: string; status: number }[] = [];
    let killedAt = -1;
    const burst = Array.from({ length: 240 }, (_, i) =>
      load!.request('POST', '/v1/client/activate', { key: keys[i % 3], ...device(`burst-${i}`) }, null).then((res) => {
        if (res.status >= 200 && res.status < 300) {
          acknowledged.push({ id: res.body.activation.id, status: res.status });
          if (acknowledged.length === 60) {
            killedAt = acknowledged.length;
            node.child.kill('SIGKILL');
          }
        }
        return res;
      }),
    );
    const settled = await Promise.allSettled(burst);
    expect(await node.exited).toBe('SIGKILL');
    expect(killedAt).toBe(60);
    const answered = settled.filter((s) => s.status === 'fulfilled').map((s) => (s as PromiseFulfilledResult<HttpAnswer>).value);
    expect(answered.filter((a) => a.status >= 500)).toEqual([]);
    const lost = settled.length - answered.length;
    load.close();

    // A new process on the same data.
    node = await spawnServer({ databaseUrl: db.url, masterKey });
    load = new HttpLoad(node.url, 8);
    const again = load.api();
    for (const a of [{ id: first.activation.id }, ...acknowledged]) {
      const res = await again.get(`/v1/activations/${a.id}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.status).toBe('active');
    }
    expect((await again.get(`/v1/activations/${blacklisted.activation.id}`)).body.status).toBe('blacklisted');
    expect((await again.get(`/v1/subscriptions/${sub.id}/blacklist`)).body.total).toBe(1);
    const keyList = (await again.get(`/v1/subscriptions/${sub.id}/keys`)).body.data as any[];
    expect(keyList.map((k) => k.key).sort()).toEqual([sub.primaryKey.key, reserved.key, dynamic.key].sort());
    const seats = (await again.get(`/v1/subscriptions/${sub.id}`)).body.seats;
    expect(seats.used).toBeGreaterThanOrEqual(acknowledged.length + 1);
    const direct = openDatabase(db.url, { poolSize: 1 });
    try {
      const audit = await auditSeats(direct, sub.id);
      expectSeatsConsistent(audit);
      expect(audit.activeRows).toBe(seats.used);
    } finally {
      await direct.close();
    }
    // The restarted server keeps working: new activations and check-ins.
    const late = await load.request('POST', '/v1/client/activate', { key: sub.primaryKey.key, ...device('late') }, null);
    expect(late.status, late.text).toBe(201);
    const checkIn = await load.request('POST', '/v1/client/check-in', { activationId: first.activation.id, fingerprint: 'fp-one' }, null);
    expect(checkIn.status, checkIn.text).toBe(200);
    console.log(
      `[${dialect}] SIGKILL after ${acknowledged.length} acknowledged activations (${answered.length} answered, ${lost} cut off); ` +
        `after restart ${seats.used} active, all acknowledged present`,
    );
  });
});

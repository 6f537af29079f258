/**
 * Seats under concurrency, over real sockets: many clients at once against one server,
 * the seat formulas hold to the seat and the stored counters equal a recount of the rows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { createKey, device, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';
import { HttpLoad, tally, type HttpAnswer } from '../helpers/http.ts';
import { shuffle } from '../helpers/shuffle.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';
import type { KyselyStore } from '../../src/storage/store.ts';

/** Counts write transactions in flight at once (waiting for or holding the database), to show the requests overlapped inside the server. */
/** How many writes were under way at once (alone, or waiting to share a transaction). */
function watchWrites(server: TestServer): { max: number; total: number } {
  const store = server.runtime.services.deps.store;
  const stats = { inFlight: 0, max: 0, total: 0 };
  for (const method of ['write', 'writeShared', 'writeBatched'] as const) {
    const original = (store[method] as (...args: unknown[]) => Promise<unknown>).bind(store);
    store[method] = (async (...args: unknown[]) => {
      stats.total++;
      stats.max = Math.max(stats.max, ++stats.inFlight);
      try {
        return await original(...args);
      } finally {
        stats.inFlight--;
      }
    }) as never;
  }
  return stats;
}

const count = (answers: readonly HttpAnswer[], status: number) => answers.filter((a) => a.status === status).length;
const codes = (answers: readonly HttpAnswer[]) => new Set(answers.filter((a) => a.status >= 300).map((a) => `${a.status} ${a.body?.error?.code}`));
const noServerErrors = (answers: readonly HttpAnswer[]) =>
  expect(answers.filter((a) => a.status >= 500 || a.status === 0).map((a) => a.text.slice(0, 300))).toEqual([]);

describe.each(dialects())('concurrent seats on %s', { timeout: HEAVY_TEST_MS }, (dialect) => {
  let server: TestServer;
  let api: Api;
  let load: HttpLoad;
  let seed: Seeded;

  beforeEach(async () => {
    // A storm from one address that deletes keys under it: its misses are not guesses.
    server = await startTestServer(dialect, { listen: true, env: { ALLOT_KEY_GUESSES_PER_IP: '0' } });
    api = apiClient(server.app);
    load = new HttpLoad(server.url, 128);
  });
  afterEach(async () => {
    load.close();
    await server.close();
  });

  const database = () => server.runtime.database;
  const activateOver = (key: string, n: string) => load.request('POST', '/v1/client/activate', { key, ...device(n) }, null);
  const seats = async () => (await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats;
  const keysById = async () =>
    Object.fromEntries(((await api.get(`/v1/subscriptions/${seed.subscriptionId}/keys`)).body.data as any[]).map((k) => [k.id, k]));

  it('gives 100 free seats to exactly 100 of 500 simultaneous activations', async () => {
    seed = await seedSubscription(api, 100);
    const writes = watchWrites(server);
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 500 }, (_, i) => activateOver(seed.primaryKey, `storm-${i}`)));
    const wallMs = performance.now() - started;

    noServerErrors(answers);
    expect(tally(answers)).toEqual({ '201': 100, '409 NO_SEATS_POOL': 400 });
    // The requests really overlapped: on many connections at once, many transactions contending.
    expect(load.stats.sockets).toBeGreaterThanOrEqual(64);
    expect(load.stats.maxOnWire).toBeGreaterThanOrEqual(64);
    // Many activations were under way at once: on both dialects they queue to share a transaction
    // (group commit), and the seat rule holds across the shared transactions.
    expect(writes.max).toBeGreaterThanOrEqual(16);
    // …and runs of them were decided together (app/batched-activations.ts).
    expect((server.runtime.services.deps.store as KyselyStore).stats.batchedWrites).toBeGreaterThan(0);

    const granted = answers.filter((a) => a.status === 201).map((a) => a.body.activation.id as string);
    expect(new Set(granted).size).toBe(100);
    const s = await seats();
    expect(s).toMatchObject({ total: 100, used: 100, unused: 0, availableDynamic: 0 });
    expectSeatFormulas(s);
    const audit = await auditSeats(database(), seed.subscriptionId);
    expectSeatsConsistent(audit);
    expect(audit.activeRows).toBe(100);
    const activeIds = await database()
      .db.selectFrom('activations')
      .select('id')
      .where('subscription_id', '=', seed.subscriptionId)
      .where('status', '=', 'active')
      .execute();
    expect(activeIds.map((r) => r.id).sort()).toEqual([...granted].sort());
    console.log(
      `[${dialect}] 500 activations / 100 seats: ${Math.round(wallMs)} ms, ${load.stats.sockets} sockets, ` +
        `${load.stats.maxOnWire} on the wire at once, ${writes.max} write transactions in flight at once`,
    );
  });

  it('shares the pool between a reserved key, dynamic keys and the primary key to the seat', async () => {
    seed = await seedSubscription(api, 100);
    const reserved = (await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 30, name: 'reserved 30' })).body;
    const wide = (await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 90, name: 'dynamic 90' })).body;
    const narrow = (await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 20, name: 'dynamic 20' })).body;
    expect([reserved.id, wide.id, narrow.id].every(Boolean)).toBe(true);
    expect((await seats()).availableDynamic).toBe(70);

    const plan = shuffle(
      [
        ...Array.from({ length: 150 }, (_, i) => ({ keyId: reserved.id as string, key: reserved.key as string, n: `r-${i}` })),
        ...Array.from({ length: 150 }, (_, i) => ({ keyId: wide.id as string, key: wide.key as string, n: `w-${i}` })),
        ...Array.from({ length: 60 }, (_, i) => ({ keyId: narrow.id as string, key: narrow.key as string, n: `n-${i}` })),
        ...Array.from({ length: 150 }, (_, i) => ({ keyId: seed.primaryKeyId, key: seed.primaryKey, n: `p-${i}` })),
      ],
      42,
    );
    const started = performance.now();
    const answers = await Promise.all(plan.map((p) => activateOver(p.key, p.n)));
    const wallMs = performance.now() - started;
    noServerErrors(answers);

    const byKey = (keyId: string) => answers.filter((_, i) => plan[i]!.keyId === keyId);
    const [r, w, n, p] = [byKey(reserved.id), byKey(wide.id), byKey(narrow.id), byKey(seed.primaryKeyId)];
    // The reserved key gets exactly its reservation, nobody else touches it.
    expect(count(r, 201)).toBe(30);
    expect(codes(r)).toEqual(new Set(['409 NO_SEATS_KEY']));
    // The main pool (100 − 30 reserved) goes to the dynamic keys and the primary key, to the seat.
    expect(count(w, 201) + count(n, 201) + count(p, 201)).toBe(70);
    expect(count(w, 201)).toBeLessThanOrEqual(90);
    expect(count(n, 201)).toBeLessThanOrEqual(20);
    expect(codes(p)).toEqual(new Set(['409 NO_SEATS_POOL']));
    expect(codes(w)).toEqual(new Set(['409 NO_SEATS_POOL']));
    for (const c of codes(n)) expect(['409 NO_SEATS_POOL', '409 NO_SEATS_KEY']).toContain(c);
    // Seats only go up here: a NO_SEATS_KEY on the narrow key means it was full, and stays full.
    if (codes(n).has('409 NO_SEATS_KEY')) expect(count(n, 201)).toBe(20);
    // Every answer is a grant or a refusal for want of seats.
    expect(answers.every((a) => a.status === 201 || (a.status === 409 && /^NO_SEATS_(KEY|POOL)$/.test(a.body.error.code)))).toBe(true);

    const s = await seats();
    expect(s).toMatchObject({ total: 100, used: 100, reservedTotal: 30, reservedUsed: 30, availableDynamic: 0, availableReserved: 0 });
    expectSeatFormulas(s);
    const keys = await keysById();
    expect(keys[reserved.id]).toMatchObject({ used: 30, available: 0 });
    expect(keys[wide.id]).toMatchObject({ used: count(w, 201), available: 0 });
    expect(keys[narrow.id]).toMatchObject({ used: count(n, 201), available: 0 });
    expect(keys[seed.primaryKeyId]).toMatchObject({ used: count(p, 201), available: 0 });
    const audit = await auditSeats(database(), seed.subscriptionId);
    expectSeatsConsistent(audit);
    expect(audit.activeByKey).toEqual(
      Object.fromEntries(
        [
          [reserved.id, 30],
          [wide.id, count(w, 201)],
          [narrow.id, count(n, 201)],
          [seed.primaryKeyId, count(p, 201)],
        ].filter(([, v]) => v !== 0),
      ),
    );
    console.log(
      `[${dialect}] ${plan.length} activations on 4 keys: ${Math.round(wallMs)} ms; reserved 30, dynamic-90 ${count(w, 201)}, ` +
        `dynamic-20 ${count(n, 201)}, primary ${count(p, 201)}`,
    );
  });

  it('gives one seat to a device activated 50 times at once, also across two keys', async () => {
    seed = await seedSubscription(api, 10);
    const dynamic = (await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 5 })).body;
    const same = Array.from({ length: 50 }, () => activateOver(seed.primaryKey, 'twin'));
    const across = Array.from({ length: 50 }, (_, i) => activateOver(i % 2 ? dynamic.key : seed.primaryKey, 'both'));
    const [a, b] = await Promise.all([Promise.all(same), Promise.all(across)]);
    for (const answers of [a, b]) {
      noServerErrors(answers);
      expect(tally(answers)).toEqual({ '201': 1, '200': 49 });
      expect(new Set(answers.map((x) => x.body.activation.id)).size).toBe(1);
    }
    expect(await seats()).toMatchObject({ used: 2, unused: 8 });
    const audit = await auditSeats(database(), seed.subscriptionId);
    expectSeatsConsistent(audit);
    expect(audit.activeRows).toBe(2);
  });

  it.each([7, 2024, 31337])('keeps the invariants through a storm of activations, deactivations, moves, key changes and deletions (order %i)', async (order) => {
    seed = await seedSubscription(api, 100);
    const mk = async (type: 'dynamic' | 'reserved', maxSeats: number, name: string) => {
      const res = await createKey(api, seed.subscriptionId, { type, maxSeats, name });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return { id: res.body.id as string, key: res.body.key as string };
    };
    const P = { id: seed.primaryKeyId, key: seed.primaryKey };
    const R1 = await mk('reserved', 20, 'R1');
    const R2 = await mk('reserved', 10, 'R2 (deleted)');
    const D1 = await mk('dynamic', 40, 'D1');
    const D2 = await mk('dynamic', 30, 'D2 (deleted)');
    const all = { P, R1, R2, D1, D2 };

    // Devices already active before the storm: ten per key (five on R2).
    const pre: Record<string, { id: string; fp: string }[]> = {};
    for (const [name, k] of Object.entries(all)) {
      pre[name] = [];
      for (let i = 0; i < (name === 'R2' ? 5 : 10); i++) {
        const res = await activateOver(k.key, `pre-${name}-${i}`);
        expect(res.status, res.text).toBe(201);
        pre[name].push({ id: res.body.activation.id, fp: `fp-pre-${name}-${i}` });
      }
    }
    const at = (name: string, i: number) => pre[name]![i]!;

    type Op = { kind: string; run: () => Promise<HttpAnswer>; allowed: RegExp; meta?: Record<string, string> };
    const ops: Op[] = [];
    const activationOk = /^(201|409 NO_SEATS_(KEY|POOL)|404 KEY_NOT_FOUND|403 KEY_BLOCKED)$/;
    for (let i = 0; i < 240; i++) {
      const [name, k] = Object.entries(all)[i % 5]!;
      ops.push({ kind: 'activate', run: () => activateOver(k.key, `new-${name}-${i}`), allowed: activationOk, meta: { key: name } });
    }
    // Device management through the account administrator's token, seats through the operator.
    const admin = load.api(seed.adminToken);
    const operator = load.api();
    const client = load.api(null);
    const deactivate = (a: { id: string }) => () => admin.post(`/v1/activations/${a.id}/deactivate`);
    const move = (a: { id: string }, to: { id: string }) => () => admin.post(`/v1/activations/${a.id}/move`, { keyId: to.id });
    for (let i = 0; i < 5; i++) {
      ops.push({ kind: 'deactivate', run: deactivate(at('P', i)), allowed: /^200$/, meta: { id: at('P', i).id } });
      ops.push({
        kind: 'client-deactivate',
        run: () => client.post('/v1/client/deactivate', { activationId: at('R1', i).id, fingerprint: at('R1', i).fp }),
        allowed: /^200$/,
        meta: { id: at('R1', i).id },
      });
      ops.push({ kind: 'move', run: move(at('P', 5 + i), D1), allowed: /^(200|409 NO_SEATS_(KEY|POOL)|403 KEY_BLOCKED)$/, meta: { id: at('P', 5 + i).id, to: 'D1', from: 'P' } });
      ops.push({ kind: 'move', run: move(at('D1', i), R1), allowed: /^(200|409 NO_SEATS_KEY)$/, meta: { id: at('D1', i).id, to: 'R1', from: 'D1' } });
      ops.push({ kind: 'move', run: move(at('R1', 5 + i), P), allowed: /^(200|409 NO_SEATS_POOL)$/, meta: { id: at('R1', 5 + i).id, to: 'P', from: 'R1' } });
      // Races the deletion of its own key: moved first, or ended with the key.
      ops.push({
        kind: 'move',
        run: move(at('D2', i), P),
        allowed: /^(200|409 NO_SEATS_POOL|409 ACTIVATION_NOT_ACTIVE)$/,
        meta: { id: at('D2', i).id, to: 'P', from: 'D2' },
      });
    }
    for (let i = 5; i < 8; i++) ops.push({ kind: 'blacklist', run: () => admin.post(`/v1/activations/${at('D1', i).id}/blacklist`, { reason: 'storm' }), allowed: /^201$/, meta: { id: at('D1', i).id } });
    const patchKey = (k: { id: string }, body: unknown) => () => admin.patch(`/v1/keys/${k.id}`, body);
    const keyChange = /^(200|409 (MAX_BELOW_USED|NOT_ENOUGH_SEATS))$/;
    ops.push({ kind: 'key-max', run: patchKey(R1, { maxSeats: 25 }), allowed: keyChange });
    ops.push({ kind: 'key-max', run: patchKey(R1, { maxSeats: 12 }), allowed: keyChange });
    ops.push({ kind: 'key-max', run: patchKey(D1, { maxSeats: 30 }), allowed: keyChange });
    ops.push({ kind: 'key-max', run: patchKey(D1, { maxSeats: 55 }), allowed: keyChange });
    ops.push({ kind: 'key-type', run: patchKey(D1, { type: 'reserved' }), allowed: keyChange });
    ops.push({ kind: 'key-type', run: patchKey(D1, { type: 'dynamic' }), allowed: keyChange });
    ops.push({ kind: 'key-block', run: () => admin.post(`/v1/keys/${D1.id}/block`), allowed: /^200$/ });
    ops.push({ kind: 'key-block', run: () => admin.post(`/v1/keys/${D1.id}/unblock`), allowed: /^200$/ });
    ops.push({ kind: 'seats', run: () => operator.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 110 }), allowed: /^200$/ });
    ops.push({ kind: 'seats', run: () => operator.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 95 }), allowed: /^(200|409 SEATS_BELOW_COMMITTED)$/ });
    ops.push({ kind: 'delete', run: () => admin.del(`/v1/keys/${D2.id}?deactivateDevices=true`), allowed: /^200$/ });
    ops.push({ kind: 'delete', run: () => admin.del(`/v1/keys/${R2.id}?deactivateDevices=true`), allowed: /^200$/ });

    // Reads and check-ins in the middle of it all.
    for (let i = 0; i < 10; i++) {
      const a = at('D1', i);
      ops.push({
        kind: 'check-in',
        run: () => client.post('/v1/client/check-in', { activationId: a.id, fingerprint: a.fp }),
        allowed: /^(200|404 ACTIVATION_NOT_FOUND|403 (KEY_BLOCKED|DEVICE_BLACKLISTED))$/,
      });
    }
    for (const url of ['', '/keys', '/activations?limit=500', '/activations.csv', '/blacklist'])
      ops.push({ kind: 'read', run: () => admin.get(`/v1/subscriptions/${seed.subscriptionId}${url}`), allowed: /^200$/ });
    const plan = shuffle(ops, order);
    const started = performance.now();
    const answers = await Promise.all(plan.map((op) => op.run()));
    const wallMs = performance.now() - started;
    noServerErrors(answers);
    const label = (a: HttpAnswer) => (a.body?.error?.code ? `${a.status} ${a.body.error.code}` : String(a.status));
    const unexpected = plan.map((op, i) => ({ op: op.kind, meta: op.meta, got: label(answers[i]!) })).filter((x, i) => !plan[i]!.allowed.test(x.got));
    expect(unexpected).toEqual([]);

    // The counters, the invariants and the rows agree.
    const audit = await auditSeats(database(), seed.subscriptionId);
    expectSeatsConsistent(audit);
    const s = await seats();
    expectSeatFormulas(s);
    expect(s.used).toBe(audit.activeRows);
    expect(audit.stored.keys[D2.id]).toMatchObject({ retired: true, used: 0 });
    expect(audit.stored.keys[R2.id]).toMatchObject({ retired: true, used: 0 });
    expect(s.reservedTotal).toBe(audit.stored.keys[R1.id]!.maxSeats! + (audit.stored.keys[D1.id]!.type === 'reserved' ? audit.stored.keys[D1.id]!.maxSeats! : 0));

    // What was acknowledged is what the rows say.
    const rows = await database().db.selectFrom('activations').select(['id', 'key_id', 'status', 'end_reason', 'fingerprint']).where('subscription_id', '=', seed.subscriptionId).execute();
    const row = new Map(rows.map((r) => [r.id, r]));
    const keyIdOf: Record<string, string> = { P: P.id, R1: R1.id, R2: R2.id, D1: D1.id, D2: D2.id };
    plan.forEach((op, i) => {
      const a = answers[i]!;
      if (op.kind === 'activate' && a.status === 201) {
        const r = row.get(a.body.activation.id)!;
        if (op.meta!.key === 'D2' || op.meta!.key === 'R2') expect(r).toMatchObject({ status: 'deactivated', end_reason: 'key_deleted' });
        else expect(r).toMatchObject({ status: 'active', key_id: keyIdOf[op.meta!.key!] });
      }
      if ((op.kind === 'deactivate' || op.kind === 'client-deactivate') && a.status === 200) expect(row.get(op.meta!.id!)!.status).toBe('deactivated');
      if (op.kind === 'blacklist' && a.status === 201) expect(row.get(op.meta!.id!)!.status).toBe('blacklisted');
      if (op.kind === 'move') {
        const r = row.get(op.meta!.id!)!;
        if (a.status === 200) expect(r).toMatchObject({ status: 'active', key_id: keyIdOf[op.meta!.to!] });
        else if (op.meta!.from === 'D2') expect(r).toMatchObject({ status: 'deactivated', end_reason: 'key_deleted' });
        else expect(r).toMatchObject({ status: 'active', key_id: keyIdOf[op.meta!.from!] });
      }
    });
    for (const r of rows) if (r.key_id === D2.id || r.key_id === R2.id) expect(r.status).not.toBe('active');
    // A deleted key activates nothing.
    expect((await activateOver(D2.key, 'after-delete')).body.error.code).toBe('KEY_NOT_FOUND');
    console.log(`[${dialect}] storm (order ${order}) of ${plan.length} operations: ${Math.round(wallMs)} ms; ${JSON.stringify(tally(answers))}; used ${s.used}/${s.total}`);
  });
});

/**
 * `allot doctor`: every stored seat counter against a recount of the rows. The drift here is
 * real: counters edited in the database behind the server's back, as a bug or a hand-made
 * UPDATE would leave them. The server runs in-process on the same database meanwhile.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { cliEnv, jsonOf, runCli, show, type CliResult } from '../helpers/cli.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';

const expectExit = (r: CliResult, code: number) => expect(r.code, show(r)).toBe(code);

describe.each(dialects())('allot doctor on %s', { timeout: HEAVY_TEST_MS }, (dialect) => {
  const masterKey = randomBytes(32).toString('base64');
  let server: TestServer;
  let api: Api;
  let env: Record<string, string>;
  /** Two subscriptions with devices on every kind of key; `drifting` is the one the tests break. */
  let steady: Seeded;
  let drifting: Seeded & { reservedId: string; dynamicId: string; dynamicKey: string };

  const doctor = (...args: string[]) => runCli(['doctor', ...args], env);
  const db = () => server.runtime.database.db;

  beforeAll(async () => {
    server = await startTestServer(dialect, { masterKey });
    api = apiClient(server.app);
    env = cliEnv(server.db.url, masterKey);
    steady = await seedSubscription(api, 10);
    for (let i = 0; i < 3; i++) expect((await activate(api, steady.primaryKey, `steady-${i}`)).status).toBe(201);
    const seed = await seedSubscription(api, 20);
    const reserved = await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 5, name: 'Design' });
    const dynamic = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 4, name: 'Engineering' });
    drifting = { ...seed, reservedId: reserved.body.id, dynamicId: dynamic.body.id, dynamicKey: dynamic.body.key };
    for (const [key, n] of [
      [seed.primaryKey, 'p-1'],
      [seed.primaryKey, 'p-2'],
      [reserved.body.key, 'r-1'],
      [reserved.body.key, 'r-2'],
      [dynamic.body.key, 'd-1'],
    ] as const)
      expect((await activate(api, key, n)).status).toBe(201);
  });
  afterAll(() => server?.close());

  it('a consistent database: nothing to report, exit 0, also while devices activate', async () => {
    // Activations keep coming while the doctor checks: each subscription is checked under its lock, so none shows as drift.
    let stop = false;
    let activated = 0;
    const traffic = (async () => {
      for (let i = 0; !stop && i < 200; i++) {
        const res = await activate(api, steady.primaryKey, `busy-${i}`);
        if (res.status === 201) activated++;
        if (res.status === 409) {
          const deactivated = await api.as(steady.adminToken).get(`/v1/subscriptions/${steady.subscriptionId}/activations?limit=1`);
          await api.as(steady.adminToken).post(`/v1/activations/${deactivated.body.data[0].id}/deactivate`);
        }
      }
    })();
    const [text, json] = await Promise.all([doctor(), doctor('--json')]);
    stop = true;
    await traffic;
    expect(activated, 'devices activated while the doctor ran').toBeGreaterThan(0);

    expectExit(text, 0);
    expect(text.stdout).toMatch(/^checked 2 subscriptions and \d+ keys: every counter equals a recount of the rows\n$/);
    expectExit(json, 0);
    expect(jsonOf(json)).toEqual({ subscriptions: 2, keys: 4, drift: [], consistent: true });
  });

  it('drift made in the database is reported with the subscription and the key, exit 1, and nothing changes', async () => {
    // Two phantom seats on the dynamic key; one reserved seat forgotten on the subscription and its key.
    await db()
      .updateTable('subscriptions')
      .set({ used: sql`used + 1`, reserved_used: sql`reserved_used - 1` })
      .where('id', '=', drifting.subscriptionId)
      .execute();
    await db().updateTable('license_keys').set({ used: sql`used + 2` }).where('id', '=', drifting.dynamicId).execute();
    await db().updateTable('license_keys').set({ used: sql`used - 1` }).where('id', '=', drifting.reservedId).execute();
    const stored = await auditSeats(server.runtime.database, drifting.subscriptionId);
    expect(stored.stored.pool).toEqual({ total: 20, used: 6, reserved: 5, reservedUsed: 1 });
    expect(stored.recount.pool).toEqual({ total: 20, used: 5, reserved: 5, reservedUsed: 2 });

    const [text, json] = await Promise.all([doctor(), doctor('--json')]);
    expectExit(text, 1);
    expect(text.stdout).toContain(`subscription ${drifting.subscriptionId} (account ${drifting.accountId}):`);
    expect(text.stdout).toContain('subscription counters: used stored 6, recount 5; reservedUsed stored 1, recount 2');
    expect(text.stdout).toContain(`key ${drifting.dynamicId} "Engineering" (dynamic): used stored 3, recount 1`);
    expect(text.stdout).toContain(`key ${drifting.reservedId} "Design" (reserved): used stored 1, recount 2`);
    expect(text.stdout).toContain('not repaired (allot doctor --repair');
    expect(text.stdout).toMatch(/checked 2 subscriptions and 4 keys: drift in 1 subscription, 0 repaired\n$/);
    expect(text.stdout).not.toContain(steady.subscriptionId);

    expectExit(json, 1);
    expect(jsonOf(json)).toEqual({
      subscriptions: 2,
      keys: 4,
      consistent: false,
      drift: [
        {
          subscriptionId: drifting.subscriptionId,
          accountId: drifting.accountId,
          counters: { stored: { used: 6, reserved: 5, reservedUsed: 1 }, recount: { used: 5, reserved: 5, reservedUsed: 2 } },
          keys: expect.arrayContaining([
            { keyId: drifting.dynamicId, name: 'Engineering', type: 'dynamic', stored: 3, recount: 1 },
            { keyId: drifting.reservedId, name: 'Design', type: 'reserved', stored: 1, recount: 2 },
          ]),
          repaired: false,
          unrepairable: null,
        },
      ],
    });
    expect(jsonOf(json).drift[0].keys).toHaveLength(2);
    // Reporting changed nothing.
    expect((await auditSeats(server.runtime.database, drifting.subscriptionId)).stored).toEqual(stored.stored);
  });

  it('--repair sets the counters to the recount in the same transaction, records it, exits 0; the API agrees', async () => {
    const repair = await doctor('--repair', '--json');
    expectExit(repair, 0);
    const report = jsonOf(repair);
    expect(report).toMatchObject({ consistent: true, drift: [{ subscriptionId: drifting.subscriptionId, repaired: true, unrepairable: null }] });

    const audit = await auditSeats(server.runtime.database, drifting.subscriptionId);
    expectSeatsConsistent(audit);
    const box = await api.as(drifting.adminToken).get(`/v1/subscriptions/${drifting.subscriptionId}`);
    expect(box.body.seats).toMatchObject({ total: 20, used: 5, reservedTotal: 5, reservedUsed: 2 });
    expect(box.body.seats.used).toBe(audit.activeRows);
    expectSeatFormulas(box.body.seats);
    const keys = (await api.as(drifting.adminToken).get(`/v1/subscriptions/${drifting.subscriptionId}/keys`)).body.data as any[];
    expect(Object.fromEntries(keys.map((k) => [k.id, k.used]))).toEqual(audit.recount.keys);

    const events = await api.get(`/v1/events?subscriptionId=${drifting.subscriptionId}&action=subscription.counters_repaired`);
    expect(events.body.data).toHaveLength(1);
    expect(events.body.data[0]).toMatchObject({
      action: 'subscription.counters_repaired',
      target: { type: 'subscription', id: drifting.subscriptionId },
      before: { used: 6, reserved: 5, reservedUsed: 1, keys: { [drifting.dynamicId]: 3, [drifting.reservedId]: 1 } },
      after: { used: 5, reserved: 5, reservedUsed: 2, keys: { [drifting.dynamicId]: 1, [drifting.reservedId]: 2 } },
    });

    // The repaired counters work: the dynamic key (max 4, 1 used) takes exactly 3 more.
    const more = await Promise.all([1, 2, 3, 4].map((i) => activate(api, drifting.dynamicKey, `d-more-${i}`)));
    expect(more.map((r) => r.status).sort()).toEqual([201, 201, 201, 409]);
    expectSeatsConsistent(await auditSeats(server.runtime.database, drifting.subscriptionId));

    const again = await doctor();
    expectExit(again, 0);
    expect(again.stdout).toMatch(/every counter equals a recount of the rows\n$/);
  });

  it('rows that break the invariant themselves are reported as beyond repair, exit 1, and left alone', async () => {
    // The dynamic key is full (4 of 4); a deactivated device of it becomes active again behind the server's back.
    const gone = await activate(api, drifting.primaryKey, 'p-gone');
    expect((await api.as(drifting.adminToken).post(`/v1/activations/${gone.body.activation.id}/deactivate`)).status).toBe(200);
    await db().updateTable('activations').set({ key_id: drifting.dynamicId, status: 'active', ended_at: null, end_reason: null }).where('id', '=', gone.body.activation.id).execute();
    const before = await auditSeats(server.runtime.database, drifting.subscriptionId);

    const [repair, text] = await Promise.all([doctor('--repair', '--json'), doctor('--repair')]);
    expectExit(repair, 1);
    const drift = jsonOf(repair).drift;
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ subscriptionId: drifting.subscriptionId, repaired: false, keys: [{ keyId: drifting.dynamicId, stored: 4, recount: 5 }] });
    expect(drift[0].unrepairable).toEqual(['a dynamic key has used 5 > max 4']);
    expect((await auditSeats(server.runtime.database, drifting.subscriptionId)).stored).toEqual(before.stored);
    expectExit(text, 1);
    expect(text.stdout).toContain('cannot repair, the rows themselves break the seat invariant: a dynamic key has used 5 > max 4');

    // Put the row back as it was, so that the database is consistent again.
    await db().updateTable('activations').set({ status: 'deactivated', ended_at: Date.now(), end_reason: 'administrator' }).where('id', '=', gone.body.activation.id).execute();
    expectExit(await doctor(), 0);
  });
});

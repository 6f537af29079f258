import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.ts';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import type { Dialect } from '../helpers/env.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Makes the database refuse to store events of one action (a real failure, from a trigger),
 * to show that the change and its event commit or roll back together.
 */
async function failEventWrites(server: TestServer, dialect: Dialect, action: string): Promise<() => Promise<void>> {
  const db = server.runtime.database.db;
  const quoted = `'${action.replace(/'/g, "''")}'`;
  if (dialect === 'sqlite') {
    await sql
      .raw(`CREATE TRIGGER test_fail_event BEFORE INSERT ON events WHEN NEW.action = ${quoted} BEGIN SELECT RAISE(ABORT, 'injected event failure'); END`)
      .execute(db);
    return async () => void (await sql.raw('DROP TRIGGER test_fail_event').execute(db));
  }
  await sql
    .raw(
      `CREATE FUNCTION test_fail_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         IF NEW.action = ${quoted} THEN RAISE EXCEPTION 'injected event failure'; END IF;
         RETURN NEW;
       END $$`,
    )
    .execute(db);
  await sql.raw('CREATE TRIGGER test_fail_event BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION test_fail_event()').execute(db);
  return async () => {
    await sql.raw('DROP TRIGGER test_fail_event ON events').execute(db);
    await sql.raw('DROP FUNCTION test_fail_event()').execute(db);
  };
}

describe.each(dialects())('audit events on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let admin: Api;
  let seed: Seeded;
  let tokenId: string;
  let seen: Set<string>;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
    admin = api.as(seed.adminToken);
    tokenId = (await api.get(`/v1/accounts/${seed.accountId}/tokens`)).body.data[0].id;
    seen = new Set((await allEvents()).map((e) => e.id));
  });
  afterEach(() => server.close());

  /** Every event, newest first, as the operator sees it. */
  async function allEvents(query = ''): Promise<any[]> {
    const out: any[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const res = await api.get(`/v1/events?limit=500${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status, res.text).toBe(200);
      out.push(...res.body.data);
      cursor = res.body.nextCursor;
      if (!cursor) return out;
    }
    throw new Error('too many pages');
  }

  /** The events appended since the last call, oldest first. */
  async function newEvents(): Promise<any[]> {
    const fresh = (await allEvents()).filter((e) => !seen.has(e.id)).reverse();
    for (const e of fresh) seen.add(e.id);
    return fresh;
  }
  const newActions = async () => (await newEvents()).map((e) => e.action);

  const ok = (res: Answer, status = 200) => {
    expect(res.status, res.text).toBe(status);
    return res.body;
  };

  it('appends one event per state change, with actor, action, target, before and after, and none for reads', async () => {
    const asToken = { type: 'token', id: tokenId };
    const base = { accountId: seed.accountId, subscriptionId: seed.subscriptionId };

    // key.created, with the request id of the call that made it
    const created = await admin.post(`/v1/subscriptions/${seed.subscriptionId}/keys`, { name: 'Design', type: 'dynamic', maxSeats: 3 }, { 'x-request-id': 'req-create-key' });
    const key = ok(created, 201);
    let events = await newEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      ...base,
      action: 'key.created',
      actor: asToken,
      target: { type: 'key', id: key.id },
      before: null,
      after: { name: 'Design', type: 'dynamic', maxSeats: 3, blocked: false },
      requestId: 'req-create-key',
      at: iso(server.clock.t),
    });

    // reads change nothing, and record nothing
    ok(await admin.get(`/v1/subscriptions/${seed.subscriptionId}`));
    ok(await admin.get(`/v1/subscriptions/${seed.subscriptionId}/keys`));
    ok(await admin.get(`/v1/keys/${key.id}`));
    ok(await admin.get('/v1/events'));
    expect(await newEvents()).toEqual([]);

    const renamed = await admin.patch(`/v1/keys/${key.id}`, { name: 'Design team', maxSeats: 4 });
    ok(renamed);
    events = await newEvents();
    expect(events).toMatchObject([
      {
        ...base,
        action: 'key.updated',
        actor: asToken,
        target: { type: 'key', id: key.id },
        before: { name: 'Design', maxSeats: 3 },
        after: { name: 'Design team', maxSeats: 4 },
        requestId: renamed.headers['x-request-id'],
      },
    ]);

    ok(await admin.post(`/v1/keys/${key.id}/block`));
    expect(await newEvents()).toMatchObject([{ action: 'key.blocked', actor: asToken, target: { id: key.id }, before: { blocked: false }, after: { blocked: true } }]);
    ok(await admin.post(`/v1/keys/${key.id}/block`));
    expect(await newActions()).toEqual([]); // already blocked: no change, no event
    ok(await admin.post(`/v1/keys/${key.id}/unblock`));
    expect(await newEvents()).toMatchObject([{ action: 'key.unblocked', before: { blocked: true }, after: { blocked: false } }]);

    const regenerated = ok(await admin.post(`/v1/keys/${key.id}/regenerate`));
    expect(await newEvents()).toMatchObject([{ ...base, action: 'key.regenerated', actor: asToken, target: { type: 'key', id: key.id } }]);

    // devices: the device is the actor of its own activation
    const d1 = ok(await activate(api, regenerated.key, 1), 201);
    expect(await newEvents()).toMatchObject([
      {
        ...base,
        action: 'activation.created',
        actor: { type: 'device', id: 'fp-1' },
        target: { type: 'activation', id: d1.activation.id },
        before: null,
        after: { keyId: key.id, fingerprint: 'fp-1', status: 'active' },
      },
    ]);
    ok(await api.as(null).post('/v1/client/check-in', { activationId: d1.activation.id, fingerprint: 'fp-1' }));
    expect(await newActions()).toEqual([]); // check-ins are not events

    const d2 = ok(await activate(api, seed.primaryKey, 2), 201);
    expect(await newActions()).toEqual(['activation.created']);
    ok(await admin.post(`/v1/activations/${d2.activation.id}/move`, { keyId: key.id }));
    expect(await newEvents()).toMatchObject([
      {
        ...base,
        action: 'activation.moved',
        actor: asToken,
        target: { type: 'activation', id: d2.activation.id },
        before: { keyId: seed.primaryKeyId, status: 'active' },
        after: { keyId: key.id, status: 'active' },
      },
    ]);

    ok(await admin.post(`/v1/activations/${d1.activation.id}/deactivate`));
    expect(await newEvents()).toMatchObject([
      { ...base, action: 'activation.deactivated', actor: asToken, target: { id: d1.activation.id }, before: { status: 'active' }, after: { status: 'deactivated' } },
    ]);

    const d3 = ok(await activate(api, seed.primaryKey, 3), 201);
    await newEvents();
    const entry = ok(await admin.post(`/v1/activations/${d3.activation.id}/blacklist`, { reason: 'stolen' }), 201);
    expect(await newEvents()).toMatchObject([
      { ...base, action: 'activation.blacklisted', actor: asToken, target: { id: d3.activation.id }, before: { status: 'active' }, after: { status: 'blacklisted' } },
      { ...base, action: 'blacklist.added', actor: asToken, target: { type: 'blacklist', id: entry.id }, after: { fingerprint: 'fp-3', reason: 'stolen' } },
    ]);
    ok(await admin.del(`/v1/blacklist/${entry.id}`));
    expect(await newEvents()).toMatchObject([
      { ...base, action: 'blacklist.removed', actor: asToken, target: { type: 'blacklist', id: entry.id }, before: { fingerprint: 'fp-3' }, after: null },
    ]);

    // the device deactivates itself
    const d4 = ok(await activate(api, seed.primaryKey, 4), 201);
    await newEvents();
    ok(await api.as(null).post('/v1/client/deactivate', { activationId: d4.activation.id, fingerprint: 'fp-4' }));
    expect(await newEvents()).toMatchObject([{ action: 'activation.deactivated', actor: { type: 'device', id: 'fp-4' }, after: { status: 'deactivated' } }]);

    // deleting the key with its device (d2)
    ok(await admin.del(`/v1/keys/${key.id}?deactivateDevices=true`));
    const deleted = await newEvents();
    expect(deleted.map((e) => e.action)).toContain('key.deleted');
    expect(deleted.find((e) => e.action === 'key.deleted')).toMatchObject({
      ...base,
      actor: asToken,
      target: { type: 'key', id: key.id },
      before: { name: 'Design team', used: 1 },
      after: { deactivatedDevices: 1 },
    });

    // the operator
    ok(await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 12, autoRenew: true }));
    expect(await newEvents()).toMatchObject([
      {
        ...base,
        action: 'subscription.updated',
        actor: { type: 'operator', id: 'operator' },
        target: { type: 'subscription', id: seed.subscriptionId },
        before: { seats: { total: 10 }, autoRenew: false },
        after: { seats: { total: 12 }, autoRenew: true },
      },
    ]);
    const token = ok(await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'ci' }), 201);
    expect(await newEvents()).toMatchObject([{ accountId: seed.accountId, action: 'token.created', actor: { type: 'operator' }, target: { type: 'token', id: token.id } }]);
    ok(await admin.del(`/v1/tokens/${token.id}`));
    expect(await newEvents()).toMatchObject([{ accountId: seed.accountId, action: 'token.revoked', actor: asToken, target: { type: 'token', id: token.id } }]);
    ok(await api.post('/v1/signing-keys/rotate'), 201);
    expect(await newActions()).toEqual(['signing_key.rotated']);
  });

  it('records expiry done by the server itself as a system event', async () => {
    const key = ok(await createKey(admin, seed.subscriptionId, { type: 'reserved', maxSeats: 2, expiresAt: iso(server.clock.t + DAY_MS) }), 201);
    await newEvents();
    server.clock.advance(DAY_MS);
    ok(await admin.get(`/v1/subscriptions/${seed.subscriptionId}`));
    expect(await newEvents()).toMatchObject([{ action: 'key.expired', actor: { type: 'system' }, target: { type: 'key', id: key.id }, subscriptionId: seed.subscriptionId }]);
  });

  it('filters by subscription, account, action, action prefix, actor type, target and time', async () => {
    const t0 = server.clock.t;
    const sub = ok(await api.get(`/v1/subscriptions/${seed.subscriptionId}`));
    const other = ok(await api.post(`/v1/accounts/${seed.accountId}/subscriptions`, { product: sub.product.code, seats: 5, expiresAt: '2030-01-01T00:00:00Z' }), 201);
    const elsewhere = await seedSubscription(api, 4);
    const k1 = ok(await createKey(admin, seed.subscriptionId, { type: 'dynamic', maxSeats: 3, expiresAt: iso(t0 + 90 * 60_000) }), 201);
    const a1 = ok(await activate(api, k1.key, 1), 201);
    const a2 = ok(await activate(api, other.primaryKey.key, 2), 201);

    server.clock.advance(HOUR_MS);
    const t1 = server.clock.t;
    const k2 = ok(await createKey(admin, other.id, { type: 'reserved', maxSeats: 2 }), 201);
    ok(await admin.post(`/v1/keys/${k1.id}/block`));
    ok(await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 11 }));
    ok(await activate(api, elsewhere.primaryKey, 3), 201);

    server.clock.advance(HOUR_MS);
    const t2 = server.clock.t;
    ok(await admin.post(`/v1/keys/${k2.id}/regenerate`));
    ok(await admin.get(`/v1/subscriptions/${seed.subscriptionId}`)); // k1's own expiry takes effect: a system event
    ok(await admin.post(`/v1/activations/${a2.activation.id}/deactivate`));

    const all = await allEvents();
    const at = (e: any) => Date.parse(e.at);
    const cases: [string, (e: any) => boolean][] = [
      [`subscriptionId=${seed.subscriptionId}`, (e) => e.subscriptionId === seed.subscriptionId],
      [`subscriptionId=${other.id}`, (e) => e.subscriptionId === other.id],
      [`accountId=${elsewhere.accountId}`, (e) => e.accountId === elsewhere.accountId],
      ['action=key.created', (e) => e.action === 'key.created'],
      ['action=subscription.updated', (e) => e.action === 'subscription.updated'],
      ['action=key.*', (e) => e.action.startsWith('key.')],
      ['action=activation.*', (e) => e.action.startsWith('activation.')],
      ['action=subscription.*', (e) => e.action.startsWith('subscription.')],
      ['actorType=device', (e) => e.actor.type === 'device'],
      ['actorType=token', (e) => e.actor.type === 'token'],
      ['actorType=operator', (e) => e.actor.type === 'operator'],
      ['actorType=system', (e) => e.actor.type === 'system'],
      [`targetId=${k1.id}`, (e) => e.target.id === k1.id],
      [`targetId=${a1.activation.id}`, (e) => e.target.id === a1.activation.id],
      [`since=${iso(t1)}`, (e) => at(e) >= t1],
      [`until=${iso(t1)}`, (e) => at(e) < t1],
      [`since=${iso(t1)}&until=${iso(t2)}`, (e) => at(e) >= t1 && at(e) < t2],
      [`since=${iso(t2 + 1)}`, (e) => at(e) > t2],
      [`subscriptionId=${seed.subscriptionId}&action=key.*&actorType=token`, (e) => e.subscriptionId === seed.subscriptionId && e.action.startsWith('key.') && e.actor.type === 'token'],
      [`subscriptionId=${other.id}&since=${iso(t1)}`, (e) => e.subscriptionId === other.id && at(e) >= t1],
    ];
    for (const [query, keep] of cases) {
      const expected = all.filter(keep).map((e) => e.id);
      const got = (await allEvents(`&${query}`)).map((e) => e.id);
      expect(got, query).toEqual(expected);
    }
    // Each filter picked something, and left something out.
    for (const [query, keep] of cases.slice(0, 17)) {
      const n = all.filter(keep).length;
      expect(n, query).toBeGreaterThan(0);
      expect(n, query).toBeLessThan(all.length);
    }
    expect(all.some((e) => e.actor.type === 'system' && e.action === 'key.expired' && e.target.id === k1.id)).toBe(true);

    // The account's token sees its own events, filtered the same way.
    const own = (await admin.get(`/v1/events?limit=500&action=key.*`)).body.data.map((e: any) => e.id);
    expect(own).toEqual(all.filter((e) => e.accountId === seed.accountId && e.action.startsWith('key.')).map((e) => e.id));

    // Bad filters are refused, not ignored.
    for (const query of ['since=yesterday', 'until=2026-13-45T00:00:00Z', 'actorType=robot', 'limit=0', 'limit=100000', 'color=red']) {
      const res = await api.get(`/v1/events?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code, query).toBe('INVALID_REQUEST');
    }
  });

  it('matches an action prefix literally: no LIKE wildcards, and the same case rules as an exact action', async () => {
    ok(await createKey(admin, seed.subscriptionId, { type: 'dynamic', maxSeats: 1 }), 201);
    expect((await allEvents('&action=key.*')).length).toBeGreaterThan(0);
    expect(await allEvents('&action=KEY.CREATED')).toEqual([]);
    const prefixes = ['_ey.*', '%.*', 'k%.*', 'KEY.*'];
    const matched: Record<string, string[]> = {};
    for (const prefix of prefixes) matched[prefix] = [...new Set((await allEvents(`&action=${encodeURIComponent(prefix)}`)).map((e) => e.action))];
    expect(matched).toEqual(Object.fromEntries(prefixes.map((p) => [p, []])));
  });

  it('pages newest first with a cursor, with no duplicates and no gaps', async () => {
    // Some forty events over several instants.
    for (let i = 0; i < 6; i++) {
      const k = ok(await createKey(admin, seed.subscriptionId, { name: `group ${i}`, type: 'dynamic', maxSeats: 1 }), 201);
      ok(await admin.post(`/v1/keys/${k.id}/block`));
      ok(await admin.post(`/v1/keys/${k.id}/unblock`));
      ok(await activate(api, k.key, i), 201);
      ok(await admin.patch(`/v1/keys/${k.id}`, { name: `group ${i}!` }));
      server.clock.advance(60_000);
    }
    const all = await allEvents();
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (let i = 1; i < all.length; i++) {
      expect(all[i - 1].id > all[i].id, `ids descend at ${i}`).toBe(true);
      expect(Date.parse(all[i - 1].at)).toBeGreaterThanOrEqual(Date.parse(all[i].at));
    }

    for (const [limit, query] of [
      [7, ''],
      [1, ''],
      [5, '&action=key.*'],
      [3, `&subscriptionId=${seed.subscriptionId}&actorType=device`],
    ] as const) {
      const expected = (query ? await allEvents(query) : all).map((e) => e.id);
      const paged: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const res = ok(await api.get(`/v1/events?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`));
        expect(res.data.length, `page ${pages}`).toBeLessThanOrEqual(limit);
        if (res.nextCursor) expect(res.data).toHaveLength(limit);
        paged.push(...res.data.map((e: any) => e.id));
        cursor = res.nextCursor;
        pages++;
      } while (cursor && pages < 200);
      expect(paged, `limit ${limit}${query}`).toEqual(expected);
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
    }

    // A page that ends exactly at the last event says there is no more.
    const devices = all.filter((e) => e.actor.type === 'device');
    const exact = ok(await api.get(`/v1/events?limit=${devices.length}&actorType=device`));
    expect(exact.data).toHaveLength(devices.length);
    expect(exact.nextCursor).toBeUndefined();
    // New events do not shift a walk in progress.
    const first = ok(await api.get('/v1/events?limit=10'));
    ok(await createKey(admin, seed.subscriptionId, { type: 'dynamic', maxSeats: 1 }), 201);
    const second = ok(await api.get(`/v1/events?limit=10&cursor=${first.nextCursor}`));
    expect(second.data.map((e: any) => e.id)).toEqual(all.slice(10, 20).map((e) => e.id));
  });

  it('never records a key string', async () => {
    const keys = [seed.primaryKey];
    for (const type of ['dynamic', 'reserved'] as const) {
      const k = ok(await createKey(admin, seed.subscriptionId, { type, maxSeats: 2 }), 201);
      keys.push(k.key);
      ok(await activate(api, k.key, type), 201);
      ok(await admin.patch(`/v1/keys/${k.id}`, { name: `${type} renamed` }));
      keys.push(ok(await admin.post(`/v1/keys/${k.id}/regenerate`)).key);
    }
    keys.push(ok(await admin.post(`/v1/keys/${seed.primaryKeyId}/regenerate`)).key);
    const created = ok(await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'ci' }), 201);

    const text = JSON.stringify(await allEvents()).toUpperCase();
    expect(text.length).toBeGreaterThan(1000);
    for (const k of keys) {
      expect(text).not.toContain(k.toUpperCase());
      expect(text).not.toContain(k.replace(/-/g, '').toUpperCase());
    }
    expect(text).not.toContain(created.token.toUpperCase());
    expect(text).not.toContain(seed.adminToken.toUpperCase());
  });

  it('leaves no event behind a refused change, and rolls a change back with its event', async () => {
    const seats = async () => ok(await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).seats;
    const reserved = ok(await createKey(admin, seed.subscriptionId, { type: 'reserved', maxSeats: 6 }), 201);
    const dyn = ok(await createKey(admin, seed.subscriptionId, { type: 'dynamic', maxSeats: 1 }), 201);
    const d1 = ok(await activate(api, dyn.key, 1), 201);
    const d2 = ok(await activate(api, seed.primaryKey, 2), 201);
    await newEvents();
    const before = await seats();
    const keysBefore = ok(await api.get(`/v1/subscriptions/${seed.subscriptionId}/keys`)).data;

    const refusals: [string, () => Promise<Answer>, number, string][] = [
      ['reserved key larger than the pool', () => createKey(admin, seed.subscriptionId, { type: 'reserved', maxSeats: 5 }), 409, 'NOT_ENOUGH_SEATS'],
      ['raise a reserved key past the pool', () => admin.patch(`/v1/keys/${reserved.id}`, { maxSeats: 10 }), 409, 'NOT_ENOUGH_SEATS'],
      ['lower a key below its use', () => admin.patch(`/v1/keys/${dyn.id}`, { maxSeats: 0 }), 409, 'MAX_BELOW_USED'],
      ['move onto a full key', () => admin.post(`/v1/activations/${d2.activation.id}/move`, { keyId: dyn.id }), 409, 'NO_SEATS_KEY'],
      ['delete a key with devices', () => admin.del(`/v1/keys/${dyn.id}`), 409, 'KEY_HAS_ACTIVATIONS'],
      ['seats below committed', () => api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 7 }), 409, 'SEATS_BELOW_COMMITTED'],
      ['activate on a full key', () => activate(api, dyn.key, 3), 409, 'NO_SEATS_KEY'],
      ['deactivate a device that is no longer active', async () => {
        const e = ok(await admin.post(`/v1/activations/${d1.activation.id}/blacklist`), 201);
        expect(await newActions()).toEqual(['activation.blacklisted', 'blacklist.added']);
        ok(await admin.del(`/v1/blacklist/${e.id}`));
        await newEvents();
        return admin.post(`/v1/activations/${d1.activation.id}/deactivate`);
      }, 409, 'ACTIVATION_NOT_ACTIVE'],
    ];
    for (const [what, call, status, code] of refusals) {
      const res = await call();
      expect(res.status, `${what}: ${res.text}`).toBe(status);
      expect(res.body.error.code, what).toBe(code);
      expect(await newActions(), what).toEqual([]);
    }
    // d1 was blacklisted on the way (its seat came back); nothing else moved.
    expect(await seats()).toEqual({ ...before, used: before.used - 1, unused: before.unused + 1, availableDynamic: before.availableDynamic + 1 });

    // When the event cannot be written, the change does not happen either.
    const seatsNow = await seats();
    let restore = await failEventWrites(server, dialect, 'key.created');
    const failed = await createKey(admin, seed.subscriptionId, { name: 'ghost', type: 'reserved', maxSeats: 1 });
    expect(failed.status).toBe(500);
    expect(failed.body.error.code).toBe('INTERNAL_ERROR');
    await restore();
    expect(await seats()).toEqual(seatsNow);
    const keysNow = ok(await api.get(`/v1/subscriptions/${seed.subscriptionId}/keys`)).data;
    expect(keysNow.map((k: any) => k.name)).not.toContain('ghost');
    expect(keysNow.map((k: any) => k.id).sort()).toEqual(keysBefore.map((k: any) => k.id).sort());

    restore = await failEventWrites(server, dialect, 'activation.created');
    const refusedDevice = await activate(api, seed.primaryKey, 9);
    expect(refusedDevice.status).toBe(500);
    await restore();
    expect(await seats()).toEqual(seatsNow);
    const active = ok(await api.get(`/v1/subscriptions/${seed.subscriptionId}/activations?status=all&q=fp-9`));
    expect(active.total).toBe(0);
    expect(await newActions()).toEqual([]);
    // It activates afresh once events can be written again.
    expect((await activate(api, seed.primaryKey, 9)).status).toBe(201);
    expect(await newActions()).toEqual(['activation.created']);

    restore = await failEventWrites(server, dialect, 'activation.moved');
    expect((await admin.post(`/v1/activations/${d2.activation.id}/move`, { keyId: reserved.id })).status).toBe(500);
    await restore();
    expect(ok(await api.get(`/v1/activations/${d2.activation.id}`)).keyId).toBe(seed.primaryKeyId);
    expect(await newActions()).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/domain/time.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, FUTURE, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

describe.each(dialects())('keys, expiry and sweeps on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let seed: Seeded;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
  });
  afterEach(() => server.close());

  const iso = (ms: number) => new Date(ms).toISOString();
  const sub = async () => (await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body;
  const checkIn = (activationId: string, fp: string) => api.as(null).post('/v1/client/check-in', { activationId, fingerprint: fp });

  it('enforces the rules for creating and changing keys', async () => {
    expect((await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 11 })).body.error.code).toBe('MAX_ABOVE_TOTAL');
    expect((await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 10, expiresAt: '2031-01-01T00:00:00Z' })).body.error.code).toBe(
      'KEY_EXPIRY_AFTER_SUBSCRIPTION',
    );
    expect((await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 2, expiresAt: iso(server.clock.t - 1000) })).body.error.code).toBe(
      'INVALID_REQUEST',
    );
    const reserved = await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 8 });
    expect(reserved.status).toBe(201);
    const tooMuch = await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 3 });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error).toMatchObject({ code: 'NOT_ENOUGH_SEATS', details: { availableDynamic: 2, requested: 3 } });
    expect((await api.patch(`/v1/keys/${seed.primaryKeyId}`, { type: 'reserved' })).body.error.code).toBe('PRIMARY_KEY_IMMUTABLE');
    expect((await api.del(`/v1/keys/${seed.primaryKeyId}`)).body.error.code).toBe('PRIMARY_KEY_IMMUTABLE');
    const renamed = await api.as(seed.adminToken).patch(`/v1/keys/${reserved.body.id}`, { name: 'QA lab' });
    expect(renamed.body).toMatchObject({ name: 'QA lab', type: 'reserved', maxSeats: 8 });
    expect((await api.patch(`/v1/keys/${seed.primaryKeyId}`, { name: 'Main' })).body.name).toBe('Main');
  });

  it('gives an expired key\'s seats back by itself: reservation ends, devices fail their next check-in', async () => {
    const key = await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 4, expiresAt: iso(server.clock.t + 10 * DAY_MS) });
    const a = await activate(api, key.body.key, 1);
    await activate(api, key.body.key, 2);
    expect((await sub()).seats).toMatchObject({ used: 2, reservedTotal: 4, reservedUsed: 2, availableDynamic: 6 });
    server.clock.advance(10 * DAY_MS);
    // no sweep has run: reading settles what is due, so the answer is exact
    expect((await sub()).seats).toMatchObject({ used: 0, reservedTotal: 0, reservedUsed: 0, availableDynamic: 10, unused: 10 });
    const keys = (await api.get(`/v1/subscriptions/${seed.subscriptionId}/keys`)).body.data;
    expect(keys.find((k: any) => k.id === key.body.id)).toMatchObject({ status: 'expired', used: 0, available: 0 });
    expect((await checkIn(a.body.activation.id, 'fp-1')).body.error.code).toBe('KEY_EXPIRED');
    expect((await activate(api, key.body.key, 3)).body.error.code).toBe('KEY_EXPIRED');
    const device = (await api.get(`/v1/activations/${a.body.activation.id}`)).body;
    expect(device).toMatchObject({ status: 'released', endReason: 'key_expired' });
    const events = (await api.get(`/v1/events?targetId=${key.body.id}&action=key.expired`)).body.data;
    expect(events).toHaveLength(1);
    expect(events[0].actor.type).toBe('system');
    // moving the expiry on brings the key back, reserving its seats again
    const revived = await api.patch(`/v1/keys/${key.body.id}`, { expiresAt: iso(server.clock.t + 5 * DAY_MS) });
    expect(revived.body).toMatchObject({ status: 'active', used: 0, available: 4 });
    expect((await sub()).seats).toMatchObject({ reservedTotal: 4, availableDynamic: 6 });
  });

  it('the background sweep applies expiry without any read', async () => {
    const key = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 4, expiresAt: iso(server.clock.t + DAY_MS) });
    await activate(api, key.body.key, 1);
    server.clock.advance(DAY_MS);
    const report = await server.runtime.services.sweeps.run();
    expect(report.subscriptionsSettled).toBe(1);
    const counters = await server.runtime.services.deps.store.read((tx) => tx.subscriptions.byId(seed.subscriptionId));
    expect(counters).toMatchObject({ used: 0 });
    expect((await server.runtime.services.sweeps.run()).subscriptionsSettled).toBe(0);
  });

  it('walks a subscription through active, expiring, grace and expired, then renews it', async () => {
    const s = await seedSubscription(api, 5, { expiresAt: iso(server.clock.t + 40 * DAY_MS), gracePeriodDays: 10 });
    const a = await activate(api, s.primaryKey, 1);
    const status = async () => (await api.get(`/v1/subscriptions/${s.subscriptionId}`)).body.status;
    expect(await status()).toBe('active');
    server.clock.advance(15 * DAY_MS);
    expect(await status()).toBe('expiring');
    expect((await api.get('/v1/subscriptions?status=expiring')).body.data.map((x: any) => x.id)).toContain(s.subscriptionId);
    expect((await activate(api, s.primaryKey, 2)).body.warnings).toEqual(['SUBSCRIPTION_EXPIRING']);
    server.clock.advance(26 * DAY_MS);
    expect(await status()).toBe('grace');
    const inGrace = await activate(api, s.primaryKey, 3);
    expect(inGrace.status).toBe(201);
    expect(inGrace.body.warnings).toEqual(['SUBSCRIPTION_IN_GRACE']);
    expect((await checkIn(a.body.activation.id, 'fp-1')).body.warnings).toEqual(['SUBSCRIPTION_IN_GRACE']);
    server.clock.advance(10 * DAY_MS);
    expect(await status()).toBe('expired');
    expect((await api.get('/v1/subscriptions?status=expired')).body.data.map((x: any) => x.id)).toEqual([s.subscriptionId]);
    expect((await activate(api, s.primaryKey, 4)).body.error.code).toBe('SUBSCRIPTION_EXPIRED');
    expect((await checkIn(a.body.activation.id, 'fp-1')).body.error.code).toBe('SUBSCRIPTION_EXPIRED');
    expect((await api.get(`/v1/subscriptions/${s.subscriptionId}`)).body.seats).toMatchObject({ used: 0, unused: 5 });
    const renewed = await api.patch(`/v1/subscriptions/${s.subscriptionId}`, { expiresAt: iso(server.clock.t + 365 * DAY_MS), autoRenew: true });
    expect(renewed.body).toMatchObject({ status: 'active', autoRenew: true });
    expect((await activate(api, s.primaryKey, 1)).status).toBe(201);
  });

  it('auto-releases devices that have not checked in for N days', async () => {
    expect((await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { autoReleaseDays: 3 })).body.autoReleaseDays).toBe(3);
    const stale = await activate(api, seed.primaryKey, 1);
    const fresh = await activate(api, seed.primaryKey, 2);
    server.clock.advance(2 * DAY_MS);
    expect((await checkIn(fresh.body.activation.id, 'fp-2')).status).toBe(200);
    server.clock.advance(2 * DAY_MS);
    expect((await server.runtime.services.sweeps.run()).devicesAutoReleased).toBe(1);
    expect((await sub()).seats.used).toBe(1);
    expect((await checkIn(stale.body.activation.id, 'fp-1')).body.error.code).toBe('ACTIVATION_NOT_FOUND');
    expect((await api.get(`/v1/activations/${stale.body.activation.id}`)).body).toMatchObject({ status: 'released', endReason: 'inactive' });
  });

  it('runs the sweeps on one node at a time (a lease)', async () => {
    const sweeps = server.runtime.services.sweeps;
    expect(await sweeps.runIfLeader('node-a', 60_000)).not.toBeNull();
    expect(await sweeps.runIfLeader('node-b', 60_000)).toBeNull();
    expect(await sweeps.runIfLeader('node-a', 60_000)).not.toBeNull();
    server.clock.advance(61_000);
    expect(await sweeps.runIfLeader('node-b', 60_000)).not.toBeNull();
  });

  it('blacklists a device until it is taken off the list', async () => {
    const a = await activate(api, seed.primaryKey, 1);
    const entry = await api.as(seed.adminToken).post(`/v1/activations/${a.body.activation.id}/blacklist`);
    expect(entry.status).toBe(201);
    expect(entry.body).toMatchObject({ fingerprint: 'fp-1', deviceName: 'laptop-1' });
    expect((await api.post(`/v1/activations/${a.body.activation.id}/blacklist`)).body.error.code).toBe('ALREADY_BLACKLISTED');
    expect((await sub()).seats.used).toBe(0);
    expect((await api.get(`/v1/subscriptions/${seed.subscriptionId}/blacklist`)).body).toMatchObject({ total: 1 });
    expect((await activate(api, seed.primaryKey, 1)).body.error.code).toBe('DEVICE_BLACKLISTED');
    expect((await checkIn(a.body.activation.id, 'fp-1')).body.error.code).toBe('DEVICE_BLACKLISTED');
    expect((await api.del(`/v1/blacklist/${entry.body.id}`)).status).toBe(200);
    expect((await api.del(`/v1/blacklist/${entry.body.id}`)).body.error.code).toBe('BLACKLIST_ENTRY_NOT_FOUND');
    expect((await activate(api, seed.primaryKey, 1)).status).toBe(201);
  });

  it('moves a device within its subscription only, onto a usable key', async () => {
    const a = await activate(api, seed.primaryKey, 1);
    const id = a.body.activation.id;
    const other = await seedSubscription(api, 3);
    expect((await api.post(`/v1/activations/${id}/move`, { keyId: other.primaryKeyId })).body.error.code).toBe('KEY_NOT_FOUND');
    expect((await api.post(`/v1/activations/${id}/move`, { keyId: seed.primaryKeyId })).body.error.code).toBe('SAME_KEY');
    const blocked = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 2 });
    await api.post(`/v1/keys/${blocked.body.id}/block`);
    expect((await api.post(`/v1/activations/${id}/move`, { keyId: blocked.body.id })).body.error.code).toBe('KEY_BLOCKED');
    await api.post(`/v1/keys/${blocked.body.id}/unblock`);
    const moved = await api.post(`/v1/activations/${id}/move`, { keyId: blocked.body.id });
    expect(moved.body.keyId).toBe(blocked.body.id);
    const cert = await checkIn(id, 'fp-1');
    expect(cert.status).toBe(200);
    const payload = JSON.parse(Buffer.from(cert.body.certificate.split('.')[1], 'base64url').toString());
    expect(payload).toMatchObject({ keyId: blocked.body.id, keyType: 'dynamic' });
    await api.post(`/v1/activations/${id}/deactivate`);
    expect((await api.post(`/v1/activations/${id}/move`, { keyId: seed.primaryKeyId })).body.error.code).toBe('ACTIVATION_NOT_ACTIVE');
    expect((await api.post(`/v1/activations/${id}/deactivate`)).body.error.code).toBe('ACTIVATION_NOT_ACTIVE');
  });

  it('deletes a key with its devices only when asked', async () => {
    const key = await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 3 });
    const a = await activate(api, key.body.key, 1);
    const refused = await api.del(`/v1/keys/${key.body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'KEY_HAS_ACTIVATIONS', details: { activeDevices: 1 } });
    const deleted = await api.del(`/v1/keys/${key.body.id}?deactivateDevices=true`);
    expect(deleted.body).toEqual({ id: key.body.id, deactivatedDevices: 1 });
    expect((await sub()).seats).toMatchObject({ used: 0, reservedTotal: 0, availableDynamic: 10 });
    expect((await api.get(`/v1/keys/${key.body.id}`)).body.error.code).toBe('KEY_NOT_FOUND');
    expect((await activate(api, key.body.key, 2)).body.error.code).toBe('KEY_NOT_FOUND');
    expect((await checkIn(a.body.activation.id, 'fp-1')).body.error.code).toBe('ACTIVATION_NOT_FOUND');
    const keys = (await api.get(`/v1/subscriptions/${seed.subscriptionId}/keys`)).body.data;
    expect(keys.map((k: any) => k.id)).toEqual([seed.primaryKeyId]);
  });

  it('adds seats mid-term, never below what is committed', async () => {
    await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 4 });
    await activate(api, seed.primaryKey, 1);
    expect((await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 4 })).body.error).toMatchObject({
      code: 'SEATS_BELOW_COMMITTED',
      details: { committed: 5 },
    });
    expect((await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 5 })).body.seats).toMatchObject({ total: 5, availableDynamic: 0 });
    expect((await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 25, expiresAt: FUTURE })).body.seats.total).toBe(25);
    expect((await api.as(seed.adminToken).patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: 50 })).body.error.code).toBe('FORBIDDEN');
  });

  it('lists, searches, sorts and pages devices on the server', async () => {
    for (let i = 0; i < 7; i++) await activate(api, seed.primaryKey, i);
    const page = await api.get(`/v1/subscriptions/${seed.subscriptionId}/activations?limit=3&offset=3&sort=name&order=asc`);
    expect(page.body.total).toBe(7);
    expect(page.body.data.map((d: any) => d.device.name)).toEqual(['laptop-3', 'laptop-4', 'laptop-5']);
    const found = await api.get(`/v1/subscriptions/${seed.subscriptionId}/activations?q=LAPTOP-6`);
    expect(found.body.data.map((d: any) => d.fingerprint)).toEqual(['fp-6']);
    const wildcard = await api.get(`/v1/subscriptions/${seed.subscriptionId}/activations?q=%25`);
    expect(wildcard.body.total).toBe(0);
    const csv = await api.get(`/v1/subscriptions/${seed.subscriptionId}/activations.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toMatch(/^computer_name,serial,mac,ip,os,app_version,key,user,status,activated_at,last_check_in_at/);
    expect(lines).toHaveLength(8);
    expect((await api.get(`/v1/subscriptions/does-not-exist/activations.csv`)).status).toBe(404);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, device, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { DAY_MS } from '../../src/domain/time.ts';

describe.each(dialects())('activation on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let seed: Seeded;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    seed = await seedSubscription(api, 3);
  });
  afterEach(() => server.close());

  const seats = async () => (await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats;

  it('activates a device, then answers the same device with the same activation and no second seat', async () => {
    const first = await activate(api, seed.primaryKey, 1);
    expect(first.status).toBe(201);
    expect(first.body.activation).toMatchObject({ fingerprint: 'fp-1', status: 'active', activationType: 'LIC_KEY', keyId: seed.primaryKeyId });
    expect(first.body.certificate).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const again = await activate(api, seed.primaryKey, 1);
    expect(again.status).toBe(200);
    expect(again.body.activation.id).toBe(first.body.activation.id);
    expect(await seats()).toMatchObject({ used: 1, unused: 2 });
  });

  it('refuses the fourth device of three seats with NO_SEATS_POOL, and a full dynamic key with NO_SEATS_KEY', async () => {
    const dyn = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 1 });
    expect((await activate(api, dyn.body.key, 'd1')).status).toBe(201);
    const keyFull = await activate(api, dyn.body.key, 'd2');
    expect(keyFull.status).toBe(409);
    expect(keyFull.body.error.code).toBe('NO_SEATS_KEY');
    expect((await activate(api, seed.primaryKey, 1)).status).toBe(201);
    expect((await activate(api, seed.primaryKey, 2)).status).toBe(201);
    const poolEmpty = await activate(api, seed.primaryKey, 3);
    expect(poolEmpty.status).toBe(409);
    expect(poolEmpty.body.error).toMatchObject({ code: 'NO_SEATS_POOL' });
    expect(poolEmpty.body.error.requestId).toBeTruthy();
  });

  it('refuses a mistyped key, an unknown key and a replaced key with KEY_NOT_FOUND', async () => {
    const typo = seed.primaryKey.slice(0, -1) + (seed.primaryKey.endsWith('A') ? 'B' : 'A');
    expect((await activate(api, typo, 1)).body.error.code).toBe('KEY_NOT_FOUND');
    expect((await activate(api, 'not-a-key', 1)).body.error.code).toBe('KEY_NOT_FOUND');
    const regenerated = await api.post(`/v1/keys/${seed.primaryKeyId}/regenerate`);
    expect(regenerated.status).toBe(200);
    expect(regenerated.body.key).not.toBe(seed.primaryKey);
    const old = await activate(api, seed.primaryKey, 1);
    expect(old.status).toBe(404);
    expect(old.body.error.code).toBe('KEY_NOT_FOUND');
    expect((await activate(api, regenerated.body.key, 1)).status).toBe(201);
  });

  it('keeps activations made with a key after it is regenerated', async () => {
    const a = await activate(api, seed.primaryKey, 1);
    await api.post(`/v1/keys/${seed.primaryKeyId}/regenerate`);
    const checkIn = await api.as(null).post('/v1/client/check-in', { activationId: a.body.activation.id, fingerprint: 'fp-1' });
    expect(checkIn.status).toBe(200);
  });

  it('blocks and unblocks a key: no new activations, and check-ins fail until unblocked', async () => {
    const a = await activate(api, seed.primaryKey, 1);
    expect((await api.post(`/v1/keys/${seed.primaryKeyId}/block`)).body.status).toBe('blocked');
    expect((await activate(api, seed.primaryKey, 2)).body.error.code).toBe('KEY_BLOCKED');
    const checkIn = () => api.as(null).post('/v1/client/check-in', { activationId: a.body.activation.id, fingerprint: 'fp-1' });
    expect((await checkIn()).body.error.code).toBe('KEY_BLOCKED');
    expect(await seats()).toMatchObject({ used: 1 });
    expect((await api.post(`/v1/keys/${seed.primaryKeyId}/unblock`)).body.status).toBe('active');
    expect((await checkIn()).status).toBe(200);
  });

  it('checks refusals in order: blacklist before expiry before block', async () => {
    const a = await activate(api, seed.primaryKey, 1);
    await api.post(`/v1/keys/${seed.primaryKeyId}/block`);
    expect((await api.post(`/v1/activations/${a.body.activation.id}/blacklist`, { reason: 'stolen' })).status).toBe(201);
    expect((await activate(api, seed.primaryKey, 1)).body.error.code).toBe('DEVICE_BLACKLISTED');
    expect((await activate(api, seed.primaryKey, 2)).body.error.code).toBe('KEY_BLOCKED');
    server.clock.advance(5 * 365 * DAY_MS);
    expect((await activate(api, seed.primaryKey, 1)).body.error.code).toBe('DEVICE_BLACKLISTED');
    expect((await activate(api, seed.primaryKey, 2)).body.error.code).toBe('SUBSCRIPTION_EXPIRED');
  });

  it('lets a device deactivate itself with its fingerprint, and refuses a wrong fingerprint', async () => {
    const a = await activate(api, seed.primaryKey, 1);
    const id = a.body.activation.id;
    const wrong = await api.as(null).post('/v1/client/deactivate', { activationId: id, fingerprint: 'fp-2' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('FINGERPRINT_MISMATCH');
    const ok = await api.as(null).post('/v1/client/deactivate', { activationId: id, fingerprint: 'fp-1' });
    expect(ok.status).toBe(200);
    expect(ok.body.activation.status).toBe('deactivated');
    expect(await seats()).toMatchObject({ used: 0 });
    const twice = await api.as(null).post('/v1/client/deactivate', { activationId: id, fingerprint: 'fp-1' });
    expect(twice.body.error.code).toBe('ACTIVATION_NOT_FOUND');
    const checkIn = await api.as(null).post('/v1/client/check-in', { activationId: id, fingerprint: 'fp-1' });
    expect(checkIn.body.error.code).toBe('ACTIVATION_NOT_FOUND');
  });

  it('records the device details and lists them', async () => {
    await activate(api, seed.primaryKey, 7);
    const list = await api.as(seed.adminToken).get(`/v1/subscriptions/${seed.subscriptionId}/activations`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.data[0]).toMatchObject({
      fingerprint: 'fp-7',
      keyName: 'Primary key',
      device: { ...device(7).device, ip: '127.0.0.1' },
    });
  });
});

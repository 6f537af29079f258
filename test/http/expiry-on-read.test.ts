/**
 * Expiry takes effect before any read of its subscription (docs/architecture.md): each read
 * below, alone, settles a key whose own expiry has passed, with no sweep run. The audit log
 * read without a subscription filter settles nothing, so it shows what the read did.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/domain/time.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

interface Setup {
  seed: Seeded;
  expiring: string;
  other: string;
  invitationId: string;
  activationId: string;
}

describe.each(dialects())('reads settle due expiry on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let s: Setup;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);
    const iso = (ms: number) => new Date(ms).toISOString();
    const expiring = await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 4, expiresAt: iso(server.clock.t + DAY_MS) });
    const other = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 4 });
    const device = await activate(api, expiring.body.key, 1);
    expect(device.status).toBe(201);
    const invited = await api.post(`/v1/keys/${other.body.id}/invitations`, { emails: ['ana@example.com'] });
    expect(invited.status, invited.text).toBe(201);
    s = { seed, expiring: expiring.body.id, other: other.body.id, invitationId: invited.body.data[0].id, activationId: device.body.activation.id };
    server.clock.advance(DAY_MS);
  });
  afterEach(() => server.close());

  const expiredEvents = async () => (await api.get(`/v1/events?targetId=${s.expiring}&action=key.expired`)).body.data;

  it.each<[string, (s: Setup) => [method: 'get' | 'post', path: string, body?: unknown]]>([
    ['the usage chart', (s) => ['get', `/v1/subscriptions/${s.seed.subscriptionId}/usage?days=7`]],
    ['the invitations of the subscription', (s) => ['get', `/v1/subscriptions/${s.seed.subscriptionId}/invitations`]],
    ['the invitations of another key', (s) => ['get', `/v1/keys/${s.other}/invitations`]],
    ['an invitation', (s) => ['get', `/v1/invitations/${s.invitationId}`]],
    ['inviting with another key', (s) => ['post', `/v1/keys/${s.other}/invitations`, { emails: ['dee@example.com'] }]],
    ['the blacklist', (s) => ['get', `/v1/subscriptions/${s.seed.subscriptionId}/blacklist`]],
    ['the events of the subscription', (s) => ['get', `/v1/events?subscriptionId=${s.seed.subscriptionId}`]],
    ['the keys of the account', (s) => ['get', `/v1/accounts/${s.seed.accountId}/keys`]],
    ['a device', (s) => ['get', `/v1/activations/${s.activationId}`]],
    ['the subscription', (s) => ['get', `/v1/subscriptions/${s.seed.subscriptionId}`]],
  ])('%s', async (_, request) => {
    expect(await expiredEvents()).toHaveLength(0);
    const [method, path, body] = request(s);
    const res = method === 'get' ? await api.get(path) : await api.post(path, body);
    expect(res.status, res.text).toBeLessThan(300);
    const events = await expiredEvents();
    expect(events).toHaveLength(1);
    expect(events[0].actor.type).toBe('system');
    // once: the next read finds nothing due
    expect((await api.get(`/v1/subscriptions/${s.seed.subscriptionId}/keys`)).status).toBe(200);
    expect(await expiredEvents()).toHaveLength(1);
    const seats = (await api.get(`/v1/subscriptions/${s.seed.subscriptionId}`)).body.seats;
    expect(seats).toMatchObject({ used: 0, reservedTotal: 0, reservedUsed: 0 });
  });

  it('answers another tenant "not found" without settling anything of this one', async () => {
    const stranger = await seedSubscription(api, 1);
    const res = await api.as(stranger.adminToken).get(`/v1/subscriptions/${s.seed.subscriptionId}/usage?days=7`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('SUBSCRIPTION_NOT_FOUND');
    expect(await expiredEvents()).toHaveLength(0);
  });
});

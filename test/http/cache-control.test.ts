/**
 * Every answer of the API under /v1 says `Cache-Control: no-store`, so no browser, proxy or CDN
 * keeps a key, an invitation code, a token, a certificate or a session: success or error. What
 * sets its own caching keeps it: the JWKS (public keys) and the console.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { createKey, device, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

const PASSWORD = 'a long enough password';

describe.each(dialects())('Cache-Control on %s', (dialect) => {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  function expectNoStore(res: Answer, status: number, what: string): void {
    expect(res.status, `${what}: ${res.text}`).toBe(status);
    expect(res.headers['cache-control'], what).toBe('no-store');
  }

  it('answers no-store wherever a key, code, token, certificate or session is in the answer, and on every other /v1 answer', async () => {
    server = await startTestServer(dialect);
    const api: Api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);

    const account = await api.post('/v1/accounts', { name: 'Cached Corp' });
    expectNoStore(account, 201, 'account creation');
    const products = await api.get('/v1/products');
    const subscription = await api.post(`/v1/accounts/${account.body.id}/subscriptions`, { product: products.body.data[0].code, seats: 3, expiresAt: '2030-01-01T00:00:00.000Z' });
    expectNoStore(subscription, 201, 'subscription creation (its primary key)');
    expect(subscription.body.primaryKey.key).toEqual(expect.any(String));
    const token = await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'ci' });
    expectNoStore(token, 201, 'token creation');
    expect(token.body.token).toEqual(expect.any(String));

    const key = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 5 });
    expectNoStore(key, 201, 'key creation');
    expectNoStore(await api.get(`/v1/keys/${key.body.id}`), 200, 'reading a key');
    expectNoStore(await api.get(`/v1/subscriptions/${seed.subscriptionId}/keys`), 200, 'the keys of a subscription');
    const regenerated = await api.post(`/v1/keys/${key.body.id}/regenerate`);
    expectNoStore(regenerated, 200, 'regenerating a key');

    const activated = await api.as(null).post('/v1/client/activate', { key: regenerated.body.key, ...device(1) });
    expectNoStore(activated, 201, 'activation (its certificate)');
    expectNoStore(await api.as(null).post('/v1/client/check-in', { activationId: activated.body.activation.id, fingerprint: 'fp-1' }), 200, 'check-in');
    expectNoStore(await api.as(null).post('/v1/client/activate', { key: seed.primaryKey.replace(/^./, (c) => (c === '7' ? '8' : '7')), ...device(2) }), 404, 'a refused activation');

    const invited = await api.post(`/v1/keys/${key.body.id}/invitations`, { emails: ['ada@example.com'] });
    expectNoStore(invited, 201, 'invitation creation (the codes)');
    expect(invited.body.data[0].code).toEqual(expect.any(String));
    expectNoStore(await api.get(`/v1/invitations/${invited.body.data[0].id}`), 200, 'reading an invitation');
    expectNoStore(await api.post(`/v1/invitations/${invited.body.data[0].id}/resend`), 200, 'resending an invitation (a new code)');
    const exported = await api.get(`/v1/keys/${key.body.id}/invitations.csv`);
    expectNoStore(exported, 200, 'exporting invitations (CSV with codes)');
    expectNoStore(await api.get(`/v1/subscriptions/${seed.subscriptionId}/activations.csv`), 200, 'exporting devices');

    expect((await api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'mo@example.com', name: 'Mo', role: 'account_admin', password: PASSWORD })).status).toBe(201);
    const session = await api.as(null).post('/v1/session', { email: 'mo@example.com', password: PASSWORD });
    expectNoStore(session, 200, 'sign-in (session and CSRF token)');
    expect(session.headers['set-cookie']).toBeDefined();

    // Errors and misses under /v1 too.
    expectNoStore(await api.as(null).get('/v1/subscriptions'), 401, 'unauthorized');
    expectNoStore(await api.get('/v1/nothing-here'), 404, 'an unknown /v1 path');
    expectNoStore(await api.get('/v1/system'), 200, 'system');
  });

  it('keeps the caching of what sets its own: the JWKS and the console', async () => {
    server = await startTestServer(dialect);
    const jwks = await server.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(jwks.statusCode).toBe(200);
    expect(jwks.headers['cache-control']).toBe('public, max-age=300');
    const index = await server.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(index.headers['cache-control']).toBe('no-cache');
  });
});

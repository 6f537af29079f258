import { afterEach, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

describe.each(dialects())('system routes on %s', (dialect) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close().catch(() => undefined);
    server = undefined;
  });

  it('publishes an OpenAPI 3.1 document and a rendered reference', async () => {
    server = await startTestServer(dialect);
    const api = apiClient(server.app, null);
    const doc = await api.get('/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/v1/client/activate', '/v1/subscriptions/{id}/keys', '/.well-known/jwks.json']));
    const docs = await api.get('/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
  });

  it('echoes a sane x-request-id and makes one up otherwise', async () => {
    server = await startTestServer(dialect);
    const api = apiClient(server.app, null);
    expect((await api.get('/healthz', { 'x-request-id': 'abc-123' })).headers['x-request-id']).toBe('abc-123');
    const made = await api.get('/nope', { 'x-request-id': 'bad id with spaces' });
    expect(made.headers['x-request-id']).not.toBe('bad id with spaces');
    expect(made.body.error).toMatchObject({ code: 'ROUTE_NOT_FOUND', requestId: made.headers['x-request-id'] });
  });

  it('answers /healthz 200 when the database answers, 503 when it does not', async () => {
    server = await startTestServer(dialect);
    const api = apiClient(server.app, null);
    expect((await api.get('/healthz')).status).toBe(200);
    await server.runtime.database.close();
    const down = await api.get('/healthz');
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('says whether the server can send email (GET /v1/system, public)', async () => {
    server = await startTestServer(dialect);
    const api = apiClient(server.app, null);
    const without = await api.get('/v1/system');
    expect({ status: without.status, body: without.body }).toEqual({ status: 200, body: { mail: { configured: false }, setupNeeded: true } });
    await server.close();
    server = await startTestServer(dialect, { env: { ALLOT_SMTP_URL: 'smtp://127.0.0.1:9' } });
    const withMail = await apiClient(server.app, null).get('/v1/system');
    expect(withMail.body).toEqual({ mail: { configured: true }, setupNeeded: true });
  });

  it('says whether anyone can sign in yet: setupNeeded until an account has an active Account Administrator', async () => {
    server = await startTestServer(dialect);
    const op = apiClient(server.app);
    const anonymous = apiClient(server.app, null);
    expect((await anonymous.get('/v1/system')).body.setupNeeded).toBe(true);
    const account = await op.post('/v1/accounts', { name: 'Acme' });
    const invited = await op.post(`/v1/accounts/${account.body.id}/members`, { email: 'bo@example.com', name: 'Bo', role: 'account_admin' });
    expect(invited.status, invited.text).toBe(201);
    expect((await anonymous.get('/v1/system')).body.setupNeeded, 'an invited administrator cannot sign in yet').toBe(true);
    const member = await op.post(`/v1/accounts/${account.body.id}/members`, { email: 'ana@example.com', name: 'Ana', role: 'account_admin', password: 'correct horse battery' });
    expect(member.status, member.text).toBe(201);
    expect((await anonymous.get('/v1/system')).body.setupNeeded).toBe(false);
  });
});

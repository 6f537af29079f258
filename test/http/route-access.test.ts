/**
 * Every route says who may call it (http/auth.ts): a route registered without an access rule
 * stops the server from starting, and the OpenAPI `security` of each route is derived from its
 * rule, never written apart from it.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/app/services.ts';
import { declarePublicScope, registerAuth, SECURITY } from '../../src/http/auth.ts';
import type { App } from '../../src/http/types.ts';
import { dialects } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { routeTable } from '../helpers/route-table.ts';

/** An app with the server's access rule and no services (no request is sent to it). */
function bareApp(): App {
  const app = Fastify({ logger: false }).withTypeProvider<TypeBoxTypeProvider>();
  registerAuth(app, {} as Services);
  return app;
}

describe('a route without an access rule', () => {
  it('fails at registration, naming its method and URL', async () => {
    const app = bareApp();
    expect(() => app.get('/v1/forgotten', async () => ({}))).toThrow(/GET \/v1\/forgotten declares no access rule/);
    await app.close();
  });

  it('makes startup fail when a plugin registers it', async () => {
    const app = bareApp();
    app.get('/v1/fine', { config: { access: 'admin' } }, async () => ({}));
    app.register(async (scope) => {
      scope.post('/v1/things/:id/forgotten', async () => ({}));
    });
    await expect(app.ready()).rejects.toThrow(/POST \/v1\/things\/:id\/forgotten declares no access rule/);
  });

  it('is refused with an access rule that is not one of the three', async () => {
    const app = bareApp();
    expect(() => app.get('/v1/odd', { config: { access: 'anyone' as never } }, async () => ({}))).toThrow(/GET \/v1\/odd declares no access rule/);
    await app.close();
  });

  it('is refused when it writes its own OpenAPI security', async () => {
    const app = bareApp();
    expect(() => app.get('/v1/both', { config: { access: 'admin' }, schema: { security: [{ bearer: [] }] } }, async () => ({}))).toThrow(
      /GET \/v1\/both writes its own OpenAPI security/,
    );
    await app.close();
  });

  it('is public inside a scope declared public (plugins that register routes of their own), and only there', async () => {
    const app = bareApp();
    await app.register(async (scope) => {
      declarePublicScope(scope);
      scope.get('/files/*', async () => 'file');
    });
    await app.ready();
    expect(app.routeRules).toEqual(expect.arrayContaining([{ method: 'GET', url: '/files/*', access: 'public' }]));
    await app.close();
  });
});

describe.each(dialects().slice(0, 1))('the OpenAPI security of every route (%s)', (dialect) => {
  let server: TestServer;
  let doc: any;
  beforeAll(async () => {
    // With a metrics token, so that GET /metrics (access 'metrics') is among the routes.
    server = await startTestServer(dialect, { env: { ALLOT_METRICS_TOKEN: 'route-access-metrics-token-0123' } });
    doc = JSON.parse((await server.app.inject({ method: 'GET', url: '/openapi.json' })).body);
  });
  afterAll(() => server?.close());

  /** Served but not in the document: the console (index.html, its files), the document itself, and its rendered reference. */
  const undocumented = (path: string): boolean => path === '/' || path === '/openapi.json' || path === '/assets/*' || path === '/docs' || path.startsWith('/docs/');

  it('is derived from its access rule: none for public routes, a token or a session for an account, a token or an operator member session for the operator, a SCIM token for SCIM, the metrics token for /metrics', () => {
    expect(SECURITY).toEqual({
      public: undefined,
      admin: [{ bearer: [] }, { session: [] }],
      operator: [{ bearer: [] }, { session: [] }],
      scim: [{ scim: [] }],
      metrics: [{ metrics: [] }],
    });
    const table = routeTable(server.app);
    const wrong: string[] = [];
    const documented = new Set<string>();
    for (const route of table) {
      const op = doc.paths[route.path]?.[route.method.toLowerCase()];
      if (!op) {
        if (!undocumented(route.path)) wrong.push(`${route.key} (${route.access}) is not in the OpenAPI document`);
        continue;
      }
      documented.add(route.key);
      if (JSON.stringify(op.security) !== JSON.stringify(SECURITY[route.access]))
        wrong.push(`${route.key} (${route.access}): security ${JSON.stringify(op.security)}, expected ${JSON.stringify(SECURITY[route.access])}`);
    }
    expect(wrong).toEqual([]);
    const operations = Object.entries<any>(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual([...documented].sort());
    // Each kind of rule is in use, and the routes that must be public are.
    const access = new Map(table.map((r) => [r.key, r.access]));
    for (const key of ['GET /v1/system', 'GET /healthz', 'GET /.well-known/jwks.json', 'POST /v1/client/activate', 'POST /v1/session', 'GET /openapi.json', 'GET /', 'GET /assets/*', 'GET /docs', 'GET /docs/static/*'])
      expect(access.get(key), key).toBe('public');
    expect(access.get('POST /v1/signing-keys/rotate')).toBe('operator');
    expect(access.get('GET /metrics')).toBe('metrics');
    expect(access.get('GET /v1/subscriptions/{id}')).toBe('admin');
  });
});

/**
 * Serving the console: index.html at / and at deep links (browser navigations only), hashed
 * assets with long cache headers, the security headers, the page shown when it is not built,
 * and the API's own 404/405 answers unchanged around it.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerConsole } from '../../src/http/console.ts';
import { registerErrorHandling } from '../../src/http/errors.ts';
import { registerRouteDefaults } from '../../src/http/route-defaults.ts';
import type { App } from '../../src/http/types.ts';
import { apiClient } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';

/** A console build of two files, served by an app with the API's route defaults and one API route. */
async function consoleApp(distDir: string): Promise<App> {
  const app = Fastify({ logger: false }).withTypeProvider<TypeBoxTypeProvider>();
  registerErrorHandling(app);
  registerRouteDefaults(app);
  app.get('/v1/things', async () => ({ data: [] }));
  registerConsole(app, { distDir });
  await app.ready();
  return app;
}

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  const csp = String(headers['content-security-policy']);
  for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "connect-src 'self'", "form-action 'self'"])
    expect(csp).toContain(directive);
  expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
}

describe('the console, built', () => {
  let dir: string;
  let app: App;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'allot-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("console");');
    writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log("console");'));
    app = await consoleApp(dir);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / (whatever the Accept header), never cached, with the security headers', async () => {
    const api = apiClient(app, null);
    for (const headers of [HTML, {}]) {
      const res = await api.get('/', headers);
      expect(res.status).toBe(200);
      expect(res.text).toBe(INDEX);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expectSecurityHeaders(res.headers);
    }
    expect((await api.get('/?from=email', HTML)).status).toBe(200);
  });

  it('answers a browser navigation to a deep link with index.html', async () => {
    const api = apiClient(app, null);
    for (const path of ['/subscriptions/0193-abc/devices', '/set-password?token=abc', '/members', '/index.html']) {
      const res = await api.get(path, HTML);
      expect(res.status, path).toBe(200);
      expect(res.text).toBe(INDEX);
      expectSecurityHeaders(res.headers);
    }
  });

  it('serves hashed assets with a year of immutable cache and the security headers', async () => {
    const res = await apiClient(app, null).get('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.text).toBe('console.log("console");');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(res.headers);
  });

  it('serves the brotli file the build wrote to a client that accepts it', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the API its JSON 404 and 405, even for a browser', async () => {
    const api = apiClient(app, null);
    const cases: [method: 'GET' | 'POST' | 'DELETE', path: string, headers: Record<string, string>, code: string][] = [
      ['GET', '/v1/nope', HTML, 'ROUTE_NOT_FOUND'],
      ['GET', '/v1', HTML, 'ROUTE_NOT_FOUND'],
      ['GET', '/assets/missing.js', HTML, 'ROUTE_NOT_FOUND'],
      ['GET', '/.well-known/nope', HTML, 'ROUTE_NOT_FOUND'],
      ['GET', '/subscriptions/1', {}, 'ROUTE_NOT_FOUND'], // not a navigation: an API client's miss
      ['POST', '/subscriptions/1', HTML, 'ROUTE_NOT_FOUND'],
      ['POST', '/v1/nope', {}, 'ROUTE_NOT_FOUND'],
      ['POST', '/v1/things', {}, 'METHOD_NOT_ALLOWED'],
      ['DELETE', '/', {}, 'METHOD_NOT_ALLOWED'],
    ];
    for (const [method, path, headers, code] of cases) {
      const res = await app.inject({ method, url: path, headers });
      expect(res.headers['content-type'], `${method} ${path}`).toMatch(/^application\/json/);
      expect(res.json().error.code, `${method} ${path}`).toBe(code);
    }
    expect((await api.get('/v1/things', HTML)).body).toEqual({ data: [] });
  });
});

describe('the console, not built', () => {
  it('says how to build it, at / and at deep links, and the API still answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'allot-console-'));
    const app = await consoleApp(join(dir, 'missing'));
    try {
      const api = apiClient(app, null);
      for (const path of ['/', '/subscriptions/1']) {
        const res = await api.get(path, HTML);
        expect(res.status).toBe(503);
        expect(res.text).toContain('npm run build:web');
        expectSecurityHeaders(res.headers);
      }
      expect((await api.get('/assets/index.js', HTML)).body.error.code).toBe('ROUTE_NOT_FOUND');
      expect((await api.get('/v1/things')).status).toBe(200);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the console in the server', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers / with HTML and keeps its routes out of the OpenAPI document', async () => {
    server = await startTestServer('sqlite');
    const api = apiClient(server.app, null);
    const home = await api.get('/', HTML);
    expect([200, 503]).toContain(home.status); // 503 until `npm run build:web` has run
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expectSecurityHeaders(home.headers);
    const doc = await api.get('/openapi.json');
    // The API, the JWKS, health and the browser's side of SSO (apps open /sso/activate) are documented; the console's files are not.
    expect(Object.keys(doc.body.paths).filter((p) => !p.startsWith('/v1/') && !p.startsWith('/.well-known/') && !p.startsWith('/sso/') && !p.startsWith('/scim/v2/') && p !== '/healthz')).toEqual([]);
    const miss = await api.get('/v1/nope', HTML);
    expect(miss.status).toBe(404);
    expect(miss.body.error.code).toBe('ROUTE_NOT_FOUND');
    expect((await api.get('/docs/', HTML)).text).toContain('swagger');
  });
});

/**
 * The console: the single-page app that `npm run build:web` builds into web/dist, served at `/`.
 * Hashed files under /assets/ are cached for a year; index.html is never cached, and a browser
 * navigation to any path outside the API (a deep link such as /subscriptions/…) gets it too.
 * Everything else keeps the API's own answers (ROUTE_NOT_FOUND, METHOD_NOT_ALLOWED).
 */
import fastifyStatic from '@fastify/static';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { declarePublicScope } from './auth.ts';
import { sendError } from './errors.ts';
import type { App } from './types.ts';

export const CONSOLE_DIST_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Mantine sets inline styles, hence 'unsafe-inline' for styles (never for scripts). */
export const CONSOLE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Allot</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>The console is not built</h1>
<p>The API is up. To serve the console here, build it once and restart: <code>npm run build:web</code>
(<code>npm ci</code> and <code>npm start</code> build it too).</p>
<p>The API reference is at <a href="/docs">/docs</a>.</p>
</body></html>
`;

/** Paths the API (and its reference) own: a miss there is the API's 404, never the console. */
const isApiPath = (path: string): boolean =>
  path === '/v1' ||
  path.startsWith('/v1/') ||
  path.startsWith('/docs') ||
  path === '/openapi.json' ||
  path.startsWith('/.well-known/') ||
  path === '/healthz' ||
  path.startsWith('/assets/') ||
  path.startsWith('/sso/');

const acceptsHtml = (request: FastifyRequest): boolean => (request.headers.accept ?? '').includes('text/html');

async function sendIndex(reply: FastifyReply, distDir: string): Promise<FastifyReply> {
  let html: string | null = null;
  try {
    html = await readFile(join(distDir, 'index.html'), 'utf8');
  } catch {
    // not built (or being rebuilt): say so rather than a blank page
  }
  return reply
    .code(html === null ? 503 : 200)
    .headers(CONSOLE_HEADERS)
    .header('cache-control', 'no-cache')
    .type('text/html; charset=utf-8')
    .send(html ?? NOT_BUILT);
}

export interface ConsoleOptions {
  /** Where the built console is (web/dist by default). */
  distDir?: string;
}

export function registerConsole(app: App, options: ConsoleOptions = {}): void {
  const distDir = options.distDir ?? CONSOLE_DIST_DIR;
  // A missing file is the API's usual 404 (not a 405 because GET /assets/* exists). Built
  // later than the server started, the files are still found: they are read per request.
  app.register(
    async (assets) => {
      declarePublicScope(assets);
      assets.setNotFoundHandler((request, reply) => sendError(reply, 'ROUTE_NOT_FOUND', `No file ${request.url.split('?')[0]!.slice(0, 200)}.`));
      await assets.register(fastifyStatic, {
        root: join(distDir, 'assets'),
        decorateReply: false,
        index: false,
        immutable: true,
        maxAge: '365d',
        preCompressed: true,
        setHeaders: (res) => {
          for (const [name, value] of Object.entries(CONSOLE_HEADERS)) res.setHeader(name, value);
        },
      });
    },
    { prefix: '/assets', logLevel: 'error' },
  );

  app.get('/', { config: { access: 'public' }, schema: { hide: true, querystring: { type: 'object' } } }, async (_request, reply) => sendIndex(reply, distDir));

  // Deep links: no route matched, so this runs in the not-found context, before its handler.
  // Synchronous, as it runs before every request: only a deep link costs a promise.
  app.addHook('onRequest', (request, reply, done) => {
    if (!request.is404 || (request.method !== 'GET' && request.method !== 'HEAD')) return done();
    if (isApiPath(request.url.split('?')[0]!) || !acceptsHtml(request)) return done();
    // Answered here: the chain stops (done is only for a failure).
    sendIndex(reply, distDir).catch(done);
  });
}

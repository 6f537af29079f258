/**
 * The server's own route table (every route registered, with its access rule, as http/auth.ts
 * records it), for the sweeps that must cover every route: a route added later is in it at once.
 */
import type { Access } from '../../src/http/auth.ts';
import type { App } from '../../src/http/types.ts';

export interface TableRoute {
  method: string;
  /** As registered, e.g. /v1/keys/:id. */
  url: string;
  /** As the OpenAPI document writes it, e.g. /v1/keys/{id}. */
  path: string;
  /** `${method} ${path}`, the key the sweeps and the OpenAPI operations share. */
  key: string;
  access: Access;
}

export const openApiPath = (url: string): string => url.replace(/:(\w+)/g, '{$1}');

/** Every route but the HEAD twins Fastify adds to GET routes (the same handler answers both; /docs/ is /docs's). */
export function routeTable(app: App): TableRoute[] {
  const rules = app.routeRules;
  const has = new Set(rules.map((r) => `${r.method} ${r.url}`));
  return rules
    .filter((r) => !(r.method === 'HEAD' && (has.has(`GET ${r.url}`) || has.has(`GET ${r.url.replace(/\/$/, '')}`))))
    .map((r) => ({ method: r.method, url: r.url, path: openApiPath(r.url), key: `${r.method} ${openApiPath(r.url)}`, access: r.access }));
}

/** The routes @fastify/swagger-ui registers for the rendered reference at /docs: its own, public, serving files. */
export const REFERENCE_ROUTES = [
  'GET /docs',
  'GET /docs/static/index.html',
  'GET /docs/static/swagger-initializer.js',
  'GET /docs/json',
  'GET /docs/yaml',
  'GET /docs/static/*',
] as const;

/**
 * An identity provider's side of SCIM, over the whole HTTP stack (inject): requests to
 * /scim/v2 with a SCIM token, as application/scim+json, and an optional query string added to
 * every URL (Entra's ?aadOptscim062020). Also a raw dump of every stored row.
 */
import { sql } from 'kysely';
import type { App } from '../../src/http/types.ts';
import { apiClient, type Answer, type Api } from './api.ts';
import type { TestServer } from './harness.ts';
import { noteSecret } from './run-log.ts';

export const SCIM_TYPE = 'application/scim+json';
export const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

export interface ScimClient {
  get(path: string): Promise<Answer>;
  post(path: string, body: unknown): Promise<Answer>;
  put(path: string, body: unknown): Promise<Answer>;
  patch(path: string, body: unknown): Promise<Answer>;
  del(path: string): Promise<Answer>;
  /** Any request, as raw as needed (the base path is added; headers replace the defaults). */
  raw(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, payload?: string | Buffer, headers?: Record<string, string>): Promise<Answer>;
}

/** `path` is under /scim/v2 (`/Users?filter=…`); `suffix` (`aadOptscim062020`) is added to every query string. */
export function scimClient(app: App, token: string | null, suffix = ''): ScimClient {
  if (token) noteSecret(token);
  const url = (path: string) => {
    const full = `/scim/v2${path}`;
    return suffix ? `${full}${full.includes('?') ? '&' : '?'}${suffix}` : full;
  };
  const raw: ScimClient['raw'] = async (method, path, payload, headers) => {
    const res = await app.inject({
      method,
      url: url(path),
      headers: { ...(token && { authorization: `Bearer ${token}` }), ...(payload !== undefined && { 'content-type': SCIM_TYPE }), ...headers },
      ...(payload !== undefined && { payload }),
    });
    let body: unknown;
    try {
      body = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.statusCode, body: body as any, headers: res.headers, text: res.body };
  };
  const json = (method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown) => raw(method, path, JSON.stringify(body));
  return {
    get: (path) => raw('GET', path),
    post: (path, body) => json('POST', path, body),
    put: (path, body) => json('PUT', path, body),
    patch: (path, body) => json('PATCH', path, body),
    del: (path) => raw('DELETE', path),
    raw,
  };
}

/** An account with a SCIM token, made by the operator. */
export async function scimAccount(api: Api, name = 'Acme'): Promise<{ accountId: string; token: string; tokenId: string }> {
  const account = await api.post('/v1/accounts', { name });
  if (account.status !== 201) throw new Error(`account: ${account.status} ${account.text}`);
  const token = await api.post(`/v1/accounts/${account.body.id}/scim-tokens`, { name: `${name} IdP` });
  if (token.status !== 201) throw new Error(`SCIM token: ${token.status} ${token.text}`);
  return { accountId: account.body.id, token: token.body.token, tokenId: token.body.id };
}

export const operatorApi = (server: TestServer): Api => apiClient(server.app);

/** Every row of every table, as text, sorted (what a refused request must leave as it was). */
export async function dumpRows(server: TestServer, except: (table: string, row: Record<string, unknown>) => Record<string, unknown> = (_t, r) => r): Promise<Record<string, string[]>> {
  const db = server.runtime.database.db;
  const tables = (await db.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name).sort();
  const out: Record<string, string[]> = {};
  for (const name of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    out[name] = rows.rows.map((r) => JSON.stringify(except(name, r))).sort();
  }
  return out;
}

/** Every page of a listing, `count` at a time, as the Entra validator walks it. */
export async function allPages(client: ScimClient, path: string, count: number): Promise<{ pages: any[]; ids: string[] }> {
  const pages: any[] = [];
  const ids: string[] = [];
  for (let startIndex = 1; ; startIndex += count) {
    const res = await client.get(`${path}${path.includes('?') ? '&' : '?'}startIndex=${startIndex}&count=${count}`);
    if (res.status !== 200) throw new Error(`page at ${startIndex}: ${res.status} ${res.text}`);
    pages.push(res.body);
    ids.push(...res.body.Resources.map((r: { id: string }) => r.id));
    if (res.body.Resources.length < count || startIndex + count > res.body.totalResults) break;
    if (pages.length > 100) throw new Error('more than 100 pages');
  }
  return { pages, ids };
}

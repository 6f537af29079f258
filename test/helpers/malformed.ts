/**
 * Tools for the malformed-input sweep (test/http/malformed.test.ts): every route of the server's
 * route table with its access rule, as an operation of the published OpenAPI document, valid and
 * invalid inputs derived from their schemas, a seeded
 * two-tenant world, a raw snapshot of the database, and the check every error answer must pass.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { sql } from 'kysely';
import { ERROR_CODES, type ErrorCode } from '../../src/domain/errors.ts';
import { statusOf } from '../../src/http/errors.ts';
import type { Access } from '../../src/http/auth.ts';
import type { App } from '../../src/http/types.ts';
import type { Api } from './api.ts';
import type { DnsServer } from './dns-server.ts';
import { FUTURE } from './fixtures.ts';
import type { TestServer } from './harness.ts';
import { routeTable, type TableRoute } from './route-table.ts';
import { connectIdp, deviceSignIn, verifyDomain } from './sso.ts';

export type JsonSchema = Record<string, any>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Operation {
  method: Method;
  /** The OpenAPI path, e.g. /v1/keys/{id}. */
  path: string;
  key: string;
  pathParams: string[];
  query: Record<string, JsonSchema>;
  body: JsonSchema | null;
  /** The HTML form it takes instead of JSON (application/x-www-form-urlencoded: the SAML ACS). */
  form: JsonSchema | null;
  /** Who may call it (the route's own rule). */
  access: Access;
  /** Whether it asks for credentials (any rule but public). */
  secured: boolean;
  /** The route's own body limit (`x-body-limit`), when it differs from the server's. */
  bodyLimit: number | null;
}

/**
 * Every route of the running app's route table, public ones included, each with the schemas its
 * OpenAPI operation publishes; `unswept` holds the routes the document does not describe (or of
 * another method than the five), for the caller to account for; `scim` the SCIM protocol's routes
 * (/scim/v2, access 'scim'), whose answers are SCIM's and not this shape: test/scim/proto-malformed.test.ts
 * sweeps them. Every operation of the document must be a route of the table.
 */
export async function loadOperations(app: App): Promise<{ doc: any; operations: Operation[]; unswept: TableRoute[]; scim: TableRoute[] }> {
  const res = await app.inject({ method: 'GET', url: '/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`GET /openapi.json answered ${res.statusCode}`);
  const doc = JSON.parse(res.body);
  const operations: Operation[] = [];
  const unswept: TableRoute[] = [];
  const scim: TableRoute[] = [];
  const table = routeTable(app);
  for (const route of table) {
    const method = route.method as Method;
    if (route.access === 'scim') {
      scim.push(route);
      continue;
    }
    const op = doc.paths?.[route.path]?.[method.toLowerCase()];
    if (!op || !['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
      unswept.push(route);
      continue;
    }
    const params: any[] = op.parameters ?? [];
    operations.push({
      method,
      path: route.path,
      key: route.key,
      pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
      query: Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
      body: op.requestBody?.content?.['application/json']?.schema ?? null,
      form: op.requestBody?.content?.['application/x-www-form-urlencoded']?.schema ?? null,
      access: route.access,
      secured: route.access !== 'public',
      bodyLimit: typeof op['x-body-limit'] === 'number' ? op['x-body-limit'] : null,
    });
  }
  const keys = new Set(table.map((r) => r.key));
  for (const [path, item] of Object.entries<any>(doc.paths ?? {}))
    for (const m of Object.keys(item)) if (!keys.has(`${m.toUpperCase()} ${path}`)) throw new Error(`${m.toUpperCase()} ${path} is documented but not a route`);
  return { doc, operations, unswept, scim };
}

export const takesBody = (op: Operation): boolean => op.method !== 'GET';

/** A body the route cannot do without (required fields, or at least one property). */
export const bodyRequired = (op: Operation): boolean =>
  op.body !== null && ((op.body.required?.length ?? 0) > 0 || (op.body.minProperties ?? 0) > 0);

// ---------------------------------------------------------------- schemas

const strictAjv = new Ajv.default({ strict: false, allErrors: true });
addFormats.default(strictAjv, ['date-time', 'email', 'uri']);
const coercingAjv = new Ajv.default({ strict: false, allErrors: true, coerceTypes: true });
addFormats.default(coercingAjv, ['date-time', 'email', 'uri']);
const compiled = new WeakMap<object, ValidateFunction>();
const coercedCompiled = new WeakMap<object, ValidateFunction>();

/** Whether a body is valid for the published schema, exactly as sent (no coercion). */
export function bodyValid(schema: JsonSchema, value: unknown): boolean {
  let v = compiled.get(schema);
  if (!v) compiled.set(schema, (v = strictAjv.compile(schema)));
  return v(structuredClone(value)) as boolean;
}

/** Whether a query string (parsed: a value or an array of values per name) is valid, with coercion as the server does. */
export function queryValid(params: Record<string, JsonSchema>, query: Record<string, unknown>): boolean {
  const schema = { type: 'object', properties: params, additionalProperties: false };
  let v = coercedCompiled.get(params);
  if (!v) coercedCompiled.set(params, (v = coercingAjv.compile(schema)));
  return v(structuredClone(query)) as boolean;
}

const branches = (s: JsonSchema): JsonSchema[] => (Array.isArray(s.anyOf) ? s.anyOf.flatMap(branches) : Array.isArray(s.oneOf) ? s.oneOf.flatMap(branches) : [s]);
const typesOf = (s: JsonSchema): Set<string> =>
  new Set(branches(s).flatMap((b) => (Array.isArray(b.type) ? b.type : b.type ? [b.type] : b.enum ? ['string'] : [])));

/** A valid value for a schema; `overrides` fix properties by name (ids and keys that must be real, or must not be). */
export function exampleFor(schema: JsonSchema, overrides: Record<string, unknown> = {}, name?: string): unknown {
  if (name !== undefined && name in overrides) return overrides[name];
  const s = branches(schema).find((b) => b.type !== 'null') ?? schema;
  if (s.enum) return s.enum[0];
  switch (s.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const props: Record<string, JsonSchema> = s.properties ?? {};
      for (const p of s.required ?? []) out[p] = exampleFor(props[p]!, overrides, p);
      for (const p of Object.keys(props)) {
        if (Object.keys(out).length >= (s.minProperties ?? 0)) break;
        if (!(p in out)) out[p] = exampleFor(props[p]!, overrides, p);
      }
      return out;
    }
    case 'string':
      if (s.format === 'date-time') return '2029-01-01T00:00:00Z';
      if (s.format === 'uri') return 'https://example.com/download';
      if (s.format === 'email') return 'nobody@example.com';
      return 'x1'.padEnd(s.minLength ?? 0, 'x');
    case 'integer':
    case 'number':
      return s.minimum ?? 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    default:
      return null;
  }
}

export interface Variant {
  label: string;
  body: unknown;
  /** The `details[].field` the answer must name. */
  field: string;
  /** A word the problem must contain (the missing property). */
  mention?: string;
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 24 ? `${s.slice(0, 12)}…(${s.length} chars)` : s;
};

/** Values that break one property's schema: other JSON types, and every constraint just past its edge. */
export function wrongValues(schema: JsonSchema): unknown[] {
  const types = typesOf(schema);
  const numeric = types.has('integer') || types.has('number');
  const out: unknown[] = [];
  if (!types.has('string')) out.push('text', numeric ? '5' : 'true');
  if (!numeric) out.push(12345, -1);
  if (types.has('integer')) out.push(1.5);
  if (!types.has('boolean')) out.push(true, false);
  if (!types.has('object')) out.push({}, { nested: 1 });
  if (!types.has('array')) out.push([], ['x']);
  if (!types.has('null')) out.push(null);
  for (const b of branches(schema)) {
    if (b.enum) out.push('bogus', '', String(b.enum[0]).toUpperCase());
    if (b.type === 'string') {
      if (b.maxLength !== undefined) out.push('a'.repeat(b.maxLength + 1));
      if ((b.minLength ?? 0) > 0) out.push('');
      if (b.pattern) out.push('has space!', '../../etc', 'ключ✓');
      if (b.format === 'date-time') out.push('tomorrow', '2027-02-30T00:00:00Z', '2027-01-31', '1700000000000');
      if (b.format === 'uri') out.push('not a url', 'example.com/no-scheme');
      if (b.format === 'email') out.push('not an address', '@example.com', 'a@');
    }
    if (b.type === 'integer' || b.type === 'number') {
      if (b.minimum !== undefined) out.push(b.minimum - 1);
      if (b.maximum !== undefined) out.push(b.maximum + 1);
      out.push(1e300, -1e300, 2 ** 53 + 2);
    }
  }
  return out;
}

/** Every single-fault variant of a valid body, each checked to be invalid for the published schema. */
export function invalidVariants(schema: JsonSchema, base: Record<string, unknown>): Variant[] {
  const out: Variant[] = [];
  const root = structuredClone(base);
  const walk = (s: JsonSchema, path: string[], set: (mutate: (obj: Record<string, unknown>) => void) => unknown) => {
    const field = ['body', ...path].join('.');
    out.push({ label: `unknown field ${[...path, 'bogus'].join('.')}`, body: set((o) => (o.bogus = 1)), field: `${field}.bogus` });
    out.push({ label: `unknown field ${[...path, 'constructor'].join('.')}`, body: set((o) => Object.assign(o, { constructor: 'x' })), field: `${field}.constructor` });
    for (const p of s.required ?? [])
      out.push({ label: `missing ${[...path, p].join('.')}`, body: set((o) => delete o[p]), field, mention: p });
    if ((s.minProperties ?? 0) > 0 && path.length === 0) out.push({ label: 'empty object', body: {}, field });
    for (const [p, ps] of Object.entries<JsonSchema>(s.properties ?? {})) {
      for (const wrong of wrongValues(ps))
        out.push({ label: `${[...path, p].join('.')}=${show(wrong)}`, body: set((o) => (o[p] = structuredClone(wrong))), field: `${field}.${p}` });
      const objectBranch = branches(ps).find((b) => b.type === 'object');
      if (objectBranch)
        walk(objectBranch, [...path, p], (mutate) =>
          set((o) => {
            const inner = (o[p] && typeof o[p] === 'object' ? o[p] : exampleFor(objectBranch)) as Record<string, unknown>;
            mutate(inner);
            o[p] = inner;
          }),
        );
    }
  };
  walk(schema, [], (mutate) => {
    const copy = structuredClone(root);
    mutate(copy);
    return copy;
  });
  return out.filter((v) => !bodyValid(schema, v.body));
}

/** Query values that break one declared parameter (as the text a client would send). */
export function wrongQueryValues(schema: JsonSchema): string[] {
  const out = ['', 'ключ✓'];
  for (const b of branches(schema)) {
    if (b.enum) out.push('bogus', String(b.enum[0]).toUpperCase());
    if (b.type === 'integer' || b.type === 'number') {
      out.push('abc', '1.5', '-1', '100000', '1e400', 'NaN', '[1]');
      if (b.minimum !== undefined) out.push(String(b.minimum - 1));
      if (b.maximum !== undefined) out.push(String(b.maximum + 1));
    }
    if (b.type === 'boolean') out.push('maybe', '2', 'yes', 'TRUE1');
    if (b.type === 'string') {
      if (b.maxLength !== undefined) out.push('a'.repeat(b.maxLength + 1));
      if (b.pattern) out.push('../../etc', 'a b', "1' OR '1'='1");
      if (b.format === 'date-time') out.push('yesterday', '2026-13-45T00:00:00Z', '2027-02-30T00:00:00Z', '1700000000000');
    }
  }
  return [...new Set(out)];
}

// ---------------------------------------------------------------- requests

export interface Answer {
  status: number;
  text: string;
  body: any;
  headers: Record<string, unknown>;
}

export interface Request {
  method: Method;
  url: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
  /** The client's address (default: inject's 127.0.0.1). */
  remoteAddress?: string;
}

export async function send(app: App, r: Request): Promise<Answer> {
  const res = await app.inject({
    method: r.method,
    url: r.url,
    headers: r.headers ?? {},
    ...(r.remoteAddress !== undefined && { remoteAddress: r.remoteAddress }),
    ...(r.payload !== undefined && { payload: r.payload }),
  });
  let body: unknown;
  try {
    body = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.statusCode, text: res.body, body, headers: res.headers };
}

/** Runs `work` over `items`, `width` at a time. */
export async function pool<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return out;
}

// ---------------------------------------------------------------- expectations

export type Expectation =
  /** A 4xx error whose code is one of these. */
  | { codes: readonly ErrorCode[]; field?: string; mention?: string; reason?: string }
  /** Schema-valid oddities: any answer but a 5xx; an error must still be well formed; a success must not show these strings. */
  | { below500: true; noLeak?: string[] }
  /** Exactly this success status (what the same request answered without the fault). */
  | { status: number };

/** What is wrong with an answer, or null. */
export function judge(ans: Answer, exp: Expectation): string | null {
  if (ans.status >= 500) return `server error ${ans.status}`;
  if ('status' in exp) return ans.status === exp.status ? null : `expected ${exp.status}, got ${ans.status}`;
  if ('below500' in exp) {
    if (ans.status < 400) {
      const leaked = (exp.noLeak ?? []).filter((s) => ans.text.includes(s));
      return leaked.length ? `leaked another tenant's ids: ${leaked.join(', ')}` : null;
    }
  } else if (ans.status < 400) return `expected a 4xx (${exp.codes.join('|')}), got ${ans.status}`;
  const b = ans.body;
  if (!b || typeof b !== 'object' || Array.isArray(b) || Object.keys(b).join() !== 'error' || typeof b.error !== 'object' || b.error === null)
    return 'body is not { error: { code, message, requestId } }';
  const { code, message, requestId } = b.error;
  if (!(ERROR_CODES as readonly string[]).includes(code)) return `code ${JSON.stringify(code)} is not one of ERROR_CODES`;
  if (typeof message !== 'string' || message === '') return 'no message';
  if (typeof requestId !== 'string' || requestId === '' || requestId !== ans.headers['x-request-id']) return 'requestId missing or not the x-request-id header';
  // INVALID_REQUEST may keep the 4xx status Fastify gave a request it refused (http/errors.ts); every other code has one status.
  if (code !== 'INVALID_REQUEST' && ans.status !== statusOf(code)) return `status ${ans.status} is not the documented status ${statusOf(code)} of ${code}`;
  if ('codes' in exp) {
    if (!exp.codes.includes(code)) return `expected ${exp.codes.join('|')}, got ${code}`;
    if (exp.field !== undefined && code === 'INVALID_REQUEST') {
      const details = b.error.details;
      const named =
        Array.isArray(details) &&
        details.some((d: any) => d && d.field === exp.field && typeof d.problem === 'string' && (exp.mention === undefined || d.problem.includes(exp.mention)));
      if (!named) return `details do not name ${exp.field}${exp.mention ? ` (${exp.mention})` : ''}: ${JSON.stringify(details)?.slice(0, 200)}`;
    }
    if (exp.reason !== undefined && b.error.details?.reason !== exp.reason) return `details.reason is not ${exp.reason}: ${JSON.stringify(b.error.details)}`;
  }
  return null;
}

/** An error page (http/sso-pages.ts), which the browser routes under /sso/ answer a client that asks for HTML. */
export const isErrorPage = (ans: Answer): boolean => ans.status >= 400 && String(ans.headers['content-type'] ?? '').startsWith('text/html');

/** What is wrong with an error page, or null: like a JSON error, it names a known code, its documented status, and the request. */
export function judgePage(ans: Answer): string | null {
  if (ans.status >= 500) return `server error ${ans.status}`;
  const named = /Error <code>([A-Z_]+)<\/code> \(HTTP (\d{3})\) · request <code>([^<]*)<\/code>/.exec(ans.text);
  if (!named) return 'the page does not name its code, status and request';
  const [, code, status, requestId] = named;
  if (!(ERROR_CODES as readonly string[]).includes(code!)) return `code ${code} is not one of ERROR_CODES`;
  if (Number(status) !== ans.status || ans.status !== statusOf(code as ErrorCode)) return `status ${ans.status} (the page says ${status}) is not the documented status ${statusOf(code as ErrorCode)} of ${code}`;
  if (requestId !== ans.headers['x-request-id']) return 'the request named is not the x-request-id header';
  return null;
}

// ---------------------------------------------------------------- the world

export const NONEXISTENT_ID = '01900000-0000-7000-8000-000000000000';

export interface Tenant {
  accountId: string;
  productId: string;
  productCode: string;
  subscriptionId: string;
  primaryKeyId: string;
  primaryKey: string;
  dynamicKeyId: string;
  dynamicKey: string;
  /** An active device on the primary key. */
  activationId: string;
  fingerprint: string;
  /** An active device on the dynamic key. */
  dynamicActivationId: string;
  blacklistEntryId: string;
  adminToken: string;
  adminTokenId: string;
  /** A token no request uses: the target of DELETE /v1/tokens/{id}. */
  spareTokenId: string;
  /** A pending invitation on the dynamic key, and its code. */
  invitationId: string;
  invitationCode: string;
  /** An active Account Administrator (signs in with a password). */
  memberId: string;
  /** A pending domain (`{tag}-corp.example`). */
  domainId: string;
  /** A person who signed in through the account's SAML provider (domain `{tag}-sso.example`, verified). */
  ssoUserId: string;
  ssoEmail: string;
  /** A SCIM token no request uses (the target of DELETE /v1/scim-tokens/{id}), and its secret. */
  scimTokenId: string;
  scimToken: string;
  /** A golden image the dynamic key uses (the dynamic key also has a policy of its own). */
  goldenImageId: string;
  /** An operator member (the vendor's, not the account's: one per tenant for the sweeps' real ids). */
  operatorMemberId: string;
  /** A webhook endpoint (disabled, so that nothing is sent during the sweeps) and a delivery of its test event. */
  webhookEndpointId: string;
  webhookDeliveryId: string;
}

export interface World {
  a: Tenant;
  b: Tenant;
  revokedToken: string;
}

async function ok(p: Promise<{ status: number; body: any }>, what: string): Promise<any> {
  const r = await p;
  if (r.status >= 300) throw new Error(`seeding ${what} answered ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** What seeding an SSO user the honest way takes: the server (its browser routes) and the DNS server it asks. */
export interface SsoSeeding {
  server: TestServer;
  dns: DnsServer;
}

async function seedTenant(api: Api, tag: string, sso: SsoSeeding): Promise<Tenant> {
  const product = await ok(api.post('/v1/products', { code: `prod-${tag}`, name: `Product ${tag}` }), 'product');
  const account = await ok(api.post('/v1/accounts', { name: `Account ${tag}` }), 'account');
  const sub = await ok(api.post(`/v1/accounts/${account.id}/subscriptions`, { product: product.code, seats: 10, expiresAt: FUTURE }), 'subscription');
  const admin = await ok(api.post(`/v1/accounts/${account.id}/tokens`, { name: 'admin' }), 'token');
  const spare = await ok(api.post(`/v1/accounts/${account.id}/tokens`, { name: 'spare' }), 'token');
  const dyn = await ok(api.post(`/v1/subscriptions/${sub.id}/keys`, { name: 'dynamic', type: 'dynamic', maxSeats: 3 }), 'key');
  const client = api.as(null);
  const device = (n: number) => ({ fingerprint: `fp-${tag}-${n}`, device: { name: `pc-${tag}-${n}`, os: 'Windows 11' } });
  const act = await ok(client.post('/v1/client/activate', { key: sub.primaryKey.key, ...device(1) }), 'activation');
  const dynAct = await ok(client.post('/v1/client/activate', { key: dyn.key, ...device(2) }), 'activation');
  const doomed = await ok(client.post('/v1/client/activate', { key: sub.primaryKey.key, ...device(3) }), 'activation');
  const entry = await ok(api.post(`/v1/activations/${doomed.activation.id}/blacklist`, { reason: 'stolen' }), 'blacklist');
  const invited = await ok(api.post(`/v1/keys/${dyn.id}/invitations`, { emails: [`invitee-${tag}@example.com`] }), 'invitation');
  const member = await ok(api.post(`/v1/accounts/${account.id}/members`, { email: `admin-${tag}@example.com`, name: `Admin ${tag}`, role: 'account_admin', password: 'a long enough password' }), 'member');
  const domain = await ok(api.post(`/v1/accounts/${account.id}/domains`, { domain: `${tag}-corp.example` }), 'domain');
  // An SSO user as a person makes one: a verified domain, a SAML provider, a device sign-in (its code left unused).
  await verifyDomain(api, sso.dns, account.id, `${tag}-sso.example`);
  const idp = await connectIdp(sso.server, api, account.id, 'saml');
  const ssoEmail = `person-${tag}@${tag}-sso.example`;
  await deviceSignIn(sso.server, idp, product.code, { email: ssoEmail, name: `Person ${tag}`, groups: [`staff-${tag}`] });
  await idp.close();
  const ssoUsers = await ok(api.get(`/v1/accounts/${account.id}/sso-users`), 'SSO users');
  const scim = await ok(api.post(`/v1/accounts/${account.id}/scim-tokens`, { name: `scim ${tag}` }), 'SCIM token');
  const operatorMember = await ok(api.post('/v1/operator/members', { email: `operator-${tag}@vendor.example`, name: `Operator ${tag}`, password: 'a long enough password' }), 'operator member');
  const image = await ok(
    api.post(`/v1/accounts/${account.id}/golden-images`, { name: `VM ${tag}`, images: { intel: { url: `https://images.example.com/${tag}.pvmp`, sha256: 'a'.repeat(64) } } }),
    'golden image',
  );
  await ok(api.patch(`/v1/keys/${dyn.id}`, { goldenImageId: image.id }), 'golden image on the key');
  const policy = { corporateVmsOnly: true, oneCorporateVmPerUser: false, preventVmRemoval: true, blockMajorUpgrades: false, lockVmConfiguration: false, showDeveloperTools: true, disableToolsAutoUpdate: false, vmStartup: 'manual', network: 'shared' };
  await ok(api.put(`/v1/keys/${dyn.id}/policy`, policy), 'policy');
  // A webhook endpoint at a public address, with one delivery, disabled at once: its message is stopped, nothing is ever sent.
  const hook = await ok(api.post('/v1/webhook-endpoints', { url: `https://93.184.215.14/hooks/${tag}`, events: ['subscription.in_grace'], accountId: account.id }), 'webhook endpoint');
  const hookTest = await ok(api.post(`/v1/webhook-endpoints/${hook.endpoint.id}/test`), 'webhook test');
  await ok(api.patch(`/v1/webhook-endpoints/${hook.endpoint.id}`, { enabled: false }), 'webhook endpoint disabled');
  // Touch the admin token now, so that its last-used time does not move during a sweep.
  await ok(api.as(admin.token).get('/v1/accounts'), 'warm-up');
  return {
    accountId: account.id,
    productId: product.id,
    productCode: product.code,
    subscriptionId: sub.id,
    primaryKeyId: sub.primaryKey.id,
    primaryKey: sub.primaryKey.key,
    dynamicKeyId: dyn.id,
    dynamicKey: dyn.key,
    activationId: act.activation.id,
    fingerprint: `fp-${tag}-1`,
    dynamicActivationId: dynAct.activation.id,
    blacklistEntryId: entry.id,
    adminToken: admin.token,
    adminTokenId: admin.id,
    spareTokenId: spare.id,
    invitationId: invited.data[0].id,
    invitationCode: invited.data[0].code,
    memberId: member.id,
    domainId: domain.id,
    ssoUserId: ssoUsers.data[0].id,
    ssoEmail,
    scimTokenId: scim.id,
    scimToken: scim.token,
    goldenImageId: image.id,
    operatorMemberId: operatorMember.id,
    webhookEndpointId: hook.endpoint.id,
    webhookDeliveryId: hookTest.id,
  };
}

/** Two accounts, each with a subscription, a dynamic key, devices, a blacklist entry, tokens and an SSO user; and a revoked token. */
export async function seedWorld(api: Api, sso: SsoSeeding): Promise<World> {
  const a = await seedTenant(api, 'a', sso);
  const b = await seedTenant(api, 'b', sso);
  const revoked = await ok(api.post(`/v1/accounts/${a.accountId}/tokens`, { name: 'revoked' }), 'token');
  await ok(api.del(`/v1/tokens/${revoked.id}`), 'revoke');
  return { a, b, revokedToken: revoked.token };
}

/** The id a path parameter takes in a tenant, from the collection it follows (/v1/keys/{id} → a key). */
export function resourceOf(op: Operation, param: string): keyof typeof NOT_FOUND {
  // An account id is one wherever it is (/sso/saml/{accountId}/acs too).
  if (param === 'accountId') return 'accounts';
  if (op.path.startsWith('/v1/operator/members/')) return 'operator-members';
  const segments = op.path.split('/');
  const collection = segments[segments.indexOf(`{${param}}`) - 1];
  if (!collection || !(collection in NOT_FOUND)) throw new Error(`${op.key}: no known resource for {${param}} (after "${collection}"); teach resourceOf`);
  return collection as keyof typeof NOT_FOUND;
}

export const NOT_FOUND = {
  products: 'PRODUCT_NOT_FOUND',
  accounts: 'ACCOUNT_NOT_FOUND',
  subscriptions: 'SUBSCRIPTION_NOT_FOUND',
  keys: 'KEY_NOT_FOUND',
  activations: 'ACTIVATION_NOT_FOUND',
  blacklist: 'BLACKLIST_ENTRY_NOT_FOUND',
  tokens: 'TOKEN_NOT_FOUND',
  invitations: 'INVITATION_NOT_FOUND',
  members: 'MEMBER_NOT_FOUND',
  domains: 'DOMAIN_NOT_FOUND',
  'sso-users': 'SSO_USER_NOT_FOUND',
  'scim-tokens': 'SCIM_TOKEN_NOT_FOUND',
  'golden-images': 'GOLDEN_IMAGE_NOT_FOUND',
  'operator-members': 'OPERATOR_NOT_FOUND',
  'webhook-endpoints': 'WEBHOOK_ENDPOINT_NOT_FOUND',
  deliveries: 'WEBHOOK_DELIVERY_NOT_FOUND',
} as const satisfies Record<string, ErrorCode>;

export function realId(t: Tenant, resource: keyof typeof NOT_FOUND): string {
  return {
    products: t.productId,
    accounts: t.accountId,
    subscriptions: t.subscriptionId,
    keys: t.dynamicKeyId,
    activations: t.activationId,
    blacklist: t.blacklistEntryId,
    tokens: t.spareTokenId,
    invitations: t.invitationId,
    members: t.memberId,
    domains: t.domainId,
    'sso-users': t.ssoUserId,
    'scim-tokens': t.scimTokenId,
    'golden-images': t.goldenImageId,
    'operator-members': t.operatorMemberId,
    'webhook-endpoints': t.webhookEndpointId,
    deliveries: t.webhookDeliveryId,
  }[resource];
}

/** Every id and secret of a tenant: none may appear in an answer to the other tenant. */
export const tenantSecrets = (t: Tenant): string[] => [
  t.accountId,
  t.subscriptionId,
  t.primaryKeyId,
  t.primaryKey,
  t.dynamicKeyId,
  t.dynamicKey,
  t.activationId,
  t.dynamicActivationId,
  t.blacklistEntryId,
  t.adminTokenId,
  t.spareTokenId,
  t.fingerprint,
  t.invitationId,
  t.invitationCode,
  t.memberId,
  t.domainId,
  t.ssoUserId,
  t.ssoEmail,
  t.scimTokenId,
  t.scimToken,
  t.goldenImageId,
  t.webhookEndpointId,
  t.webhookDeliveryId,
];

// ---------------------------------------------------------------- state

/**
 * Everything stored, read raw (every row of every table, the migration bookkeeping included),
 * plus (given the operator's client) the seats of every subscription and every key as the API reports them.
 */
export async function snapshotState(server: TestServer, api: Api | null): Promise<Record<string, unknown>> {
  const db = server.runtime.database.db;
  const tables = (await db.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name).sort();
  const out: Record<string, unknown> = {};
  for (const name of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    out[`table ${name}`] = rows.rows.map((r) => JSON.stringify(r)).sort();
  }
  if (!api) return out;
  const subs = (await sql<{ id: string }>`select id from subscriptions`.execute(db)).rows.map((r) => r.id).sort();
  for (const id of subs) {
    const sub = await api.get(`/v1/subscriptions/${id}`);
    const keys = await api.get(`/v1/subscriptions/${id}/keys`);
    out[`seats ${id}`] = sub.body?.seats;
    out[`keys ${id}`] = (keys.body?.data ?? []).map((k: any) => ({ id: k.id, used: k.used, available: k.available, maxSeats: k.maxSeats, status: k.status, key: k.key }));
  }
  return out;
}

/**
 * Bad input gets a clear error and changes nothing. Every route of the server's route table,
 * public ones included, is sent malformed input (ids, bodies, content types, sizes, query
 * strings, tokens, methods), as its OpenAPI operation describes it, with the operator's token and
 * with an account's (or with none, on a public route); every answer must be a 4xx with
 * a well-formed error of a known code (the expected one where it is clear), and the stored
 * state, read raw, must be the same after each sweep as before it.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKey } from '../../src/domain/key-format.ts';
import type { ErrorCode } from '../../src/domain/errors.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { dnsEnv, startDnsServer, type DnsServer } from '../helpers/dns-server.ts';
import type { Dialect } from '../helpers/env.ts';
import { OPERATOR_TOKEN, startTestServer, type TestServer } from '../helpers/harness.ts';
import {
  NONEXISTENT_ID,
  NOT_FOUND,
  bodyRequired,
  exampleFor,
  invalidVariants,
  judge,
  loadOperations,
  pool,
  queryValid,
  realId,
  resourceOf,
  seedWorld,
  send,
  snapshotState,
  takesBody,
  tenantSecrets,
  wrongQueryValues,
  type Answer,
  type Expectation,
  type JsonSchema,
  type Method,
  type Operation,
  type Request,
  type World,
} from '../helpers/malformed.ts';
import { REFERENCE_ROUTES } from '../helpers/route-table.ts';

/**
 * The routes this sweep leaves out, each for its reason; the test asserts these are exactly the
 * routes it does not sweep, so that a new route is swept or fails here until it is listed.
 */
const NOT_SWEPT = new Set([
  // The console's files and its index.html (http/console.ts): hidden from the document, they take
  // any query and answer any path under /assets/ with a file or the API's 404 (test/http/console.test.ts).
  'GET /',
  'GET /assets/*',
  // The document itself (hidden from itself), and the reference rendered from it by
  // @fastify/swagger-ui, whose routes are the plugin's own (test/http/system.test.ts).
  'GET /openapi.json',
  ...REFERENCE_ROUTES,
]);
/** Why a route takes no part in one sweep (the SAML ACS is posted an HTML form by the identity provider). */
const FORM_ONLY = 'takes an HTML form (application/x-www-form-urlencoded), never JSON: test/sso/malformed-browser-routes.test.ts';
/** Routes left out of one sweep each, with the reason; the sweeps check that each still names a route of its kind. */
const NOT_SWEPT_BY: Record<string, Record<string, string>> = {
  'body JSON': { 'POST /sso/saml/{accountId}/acs': FORM_ONLY },
  'body properties': { 'POST /sso/saml/{accountId}/acs': FORM_ONLY },
  'content types and sizes': { 'POST /sso/saml/{accountId}/acs': FORM_ONLY },
  'unknown query parameters': {
    'GET /sso/oidc/{accountId}/callback': 'identity providers add parameters of their own (iss, session_state): the callback takes any; test/sso/malformed-browser-routes.test.ts',
  },
};
const swept = (sweep: string) => (op: Operation): boolean => !(op.key in (NOT_SWEPT_BY[sweep] ?? {}));
const MIN_OPERATIONS = 25;
const MIB = 1024 * 1024;

interface Caller {
  name: 'operator' | 'account A' | 'anonymous';
  token: string | null;
}
interface Case {
  label: string;
  req: Request;
  exp: Expectation;
}

/** Status and code of every labelled answer, per dialect: the two must agree. */
const answersByDialect = new Map<Dialect, Map<string, string>>();
const counts: string[] = [];

/** The same valid value twice, which a query string parses as an array. */
const repeatedValid = (schema: JsonSchema): string[] => [String(exampleFor(schema)), String(exampleFor(schema))];

/** The key with its first character changed: the checksum catches every single-character error. */
const badChecksum = (key: string): string => (key[0] === '7' ? '8' : '7') + key.slice(1);
/** The key with two neighbouring, different characters swapped: the checksum catches that too. */
function swapTwo(key: string): string {
  for (let i = 0; i + 1 < key.length; i++) {
    const [x, y] = [key[i]!, key[i + 1]!];
    if (x !== y && x !== '-' && y !== '-') return key.slice(0, i) + y + x + key.slice(i + 2);
  }
  throw new Error(`no two different neighbours in ${key}`);
}

describe.each(dialects())('malformed input on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let world: World;
  let operations: Operation[];
  let unswept: string[];
  /** The SCIM protocol's routes: SCIM-shaped answers, swept by test/scim/proto-malformed.test.ts. */
  let scimRoutes: string[];
  const answers = new Map<string, string>();
  answersByDialect.set(dialect, answers);

  // The seeding verifies each tenant's SSO domain through a DNS server on loopback (no sweep asks DNS).
  let dns: DnsServer;
  beforeAll(async () => {
    dns = await startDnsServer();
    server = await startTestServer(dialect, { env: dnsEnv(dns) });
    api = apiClient(server.app);
    world = await seedWorld(api, { server, dns });
    const loaded = await loadOperations(server.app);
    operations = loaded.operations;
    unswept = loaded.unswept.map((r) => r.key);
    scimRoutes = loaded.scim.map((r) => r.key);
  });
  afterAll(async () => {
    await server?.close();
    await dns?.close();
  });

  // ------------------------------------------------------------ building requests

  const callers = (op: Operation): Caller[] =>
    op.secured
      ? [
          { name: 'operator', token: OPERATOR_TOKEN },
          { name: 'account A', token: world.a.adminToken },
        ]
      : [{ name: 'anonymous', token: null }];

  /** What an account token gets on an operator route, whatever else is wrong (auth runs first). */
  const gate = (op: Operation, caller: Caller): ErrorCode | null => (caller.name === 'account A' && op.access === 'operator' ? 'FORBIDDEN' : null);
  const expectCode = (op: Operation, caller: Caller, code: ErrorCode, more: { field?: string; mention?: string } = {}): Expectation => {
    const g = gate(op, caller);
    return g ? { codes: [g] } : { codes: [code], ...more };
  };

  const auth = (caller: Caller): Record<string, string> => (caller.token ? { authorization: `Bearer ${caller.token}` } : {});
  const url = (op: Operation, ids: Record<string, string>, query = ''): string =>
    op.path.replace(/\{(\w+)\}/g, (_, p: string) => ids[p] ?? '') + (query ? `?${query}` : '');
  /** Account A's real ids for the path (the operator uses them too). */
  const realIds = (op: Operation, tenant = world.a): Record<string, string> =>
    Object.fromEntries(op.pathParams.map((p) => [p, realId(tenant, resourceOf(op, p))]));
  const idsAll = (op: Operation, id: string): Record<string, string> => Object.fromEntries(op.pathParams.map((p) => [p, id]));

  /**
   * A body the schema accepts but the handler refuses without changing anything (an unknown
   * license key, an unknown activation, an existing product code), so that it is safe to send
   * wherever the only fault is meant to be elsewhere. (POST /v1/accounts and the key rotation
   * have no such body: theirs succeeds if nothing else stops it.)
   */
  const example = (op: Operation): unknown =>
    op.body
      ? exampleFor(op.body, {
          key: badChecksum(world.a.primaryKey),
          activationId: NONEXISTENT_ID,
          fingerprint: world.a.fingerprint,
          code: world.a.productCode,
          product: world.a.productCode,
          keyId: world.a.dynamicKeyId,
        })
      : undefined;

  const jsonRequest = (op: Operation, caller: Caller, path: string, body: unknown): Request => ({
    method: op.method,
    url: path,
    headers: { ...auth(caller), ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { payload: JSON.stringify(body) }),
  });
  /** The example body as the route takes it: JSON, or the form a route of forms takes. */
  const exampleRequest = (op: Operation, caller: Caller, path: string): Request =>
    op.form
      ? rawRequest(op, caller, path, new URLSearchParams(exampleFor(op.form) as Record<string, string>).toString(), 'application/x-www-form-urlencoded')
      : jsonRequest(op, caller, path, example(op));
  const rawRequest = (op: Operation, caller: Caller, path: string, payload: string | Buffer | undefined, contentType?: string): Request => ({
    method: op.method,
    url: path,
    headers: { ...auth(caller), ...(contentType !== undefined && { 'content-type': contentType }) },
    ...(payload !== undefined && { payload }),
  });
  const label = (op: Operation, caller: Caller, what: string): string => `${caller.name} ${op.method} ${op.path} :: ${what}`;

  /** Sends every case, judges every answer, and checks the stored state did not move. */
  async function sweep(category: string, cases: Case[]): Promise<void> {
    expect(cases.length, `${category}: no cases`).toBeGreaterThan(0);
    const before = await snapshotState(server, api);
    // Each request from an address of its own: a per-address budget (SSO sign-in starts, 60 a minute) would
    // otherwise answer RATE_LIMITED depending on how fast the sweep runs (limits are not what this sweep is about).
    const requests = cases.map((c, i) => ({ ...c.req, remoteAddress: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }));
    const got: Answer[] = await pool(requests, 16, (r) => send(server.app, r));
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const a = got[i]!;
      answers.set(`${category} | ${c.label}`, `${a.status} ${a.body?.error?.code ?? ''}`);
      const problem = judge(a, c.exp);
      if (problem) failures.push(`${c.label}\n      ${problem}\n      → ${a.status} ${a.text.slice(0, 300)}`);
    });
    counts.push(`${dialect} ${category}: ${cases.length} requests`);
    expect.soft(failures, `${category}: ${failures.length} of ${cases.length} answers are wrong`).toEqual([]);
    expect.soft(await snapshotState(server, api), `${category}: the stored state changed`).toEqual(before);
  }

  // ------------------------------------------------------------ the sweeps

  it('sweeps every route of the route table but those listed as not swept, and knows the ids each path takes', () => {
    expect(operations.length).toBeGreaterThanOrEqual(MIN_OPERATIONS);
    expect(unswept.sort(), 'routes neither swept nor listed in NOT_SWEPT (or listed but swept)').toEqual([...NOT_SWEPT].sort());
    expect(scimRoutes.length, 'the SCIM routes (swept by test/scim/proto-malformed.test.ts)').toBeGreaterThan(0);
    expect(scimRoutes.filter((k) => !k.split(' ')[1]!.startsWith('/scim/v2/')), "routes of access 'scim' outside /scim/v2").toEqual([]);
    for (const access of ['public', 'admin', 'operator']) expect(operations.some((o) => o.access === access), `no ${access} route swept`).toBe(true);
    for (const op of operations) for (const p of op.pathParams) expect(() => resourceOf(op, p)).not.toThrow();
    const keys = new Set(operations.map((o) => o.key));
    for (const [sweep, routes] of Object.entries(NOT_SWEPT_BY)) for (const key of Object.keys(routes)) expect(keys.has(key), `NOT_SWEPT_BY['${sweep}'] names ${key}, not a route`).toBe(true);
    expect(operations.filter((o) => o.form).map((o) => o.key), 'the routes that take a form').toEqual(['POST /sso/saml/{accountId}/acs']);
    expect(server.config.bodyLimitBytes).toBe(64 * 1024);
  });

  it('answers nonexistent, foreign and junk path ids with a 4xx and the right code', async () => {
    const cases: Case[] = [];
    for (const op of operations.filter((o) => o.pathParams.length > 0)) {
      for (const caller of callers(op)) {
        const at = (what: string, id: string, exp: Expectation) => cases.push({ label: label(op, caller, what), req: exampleRequest(op, caller, url(op, idsAll(op, id))), exp });
        const notFound = NOT_FOUND[resourceOf(op, op.pathParams[0]!)];
        const invalid = expectCode(op, caller, 'INVALID_REQUEST', { field: `params.${op.pathParams[0]}` });
        at('nonexistent id', NONEXISTENT_ID, expectCode(op, caller, notFound));
        at('id "0"', '0', expectCode(op, caller, notFound));
        at('id "-1"', '-1', expectCode(op, caller, notFound));
        at('id "null"', 'null', expectCode(op, caller, notFound));
        const otherKind = resourceOf(op, op.pathParams[0]!) === 'keys' ? world.a.subscriptionId : world.a.primaryKeyId;
        at("an id of another kind (account A's)", otherKind, expectCode(op, caller, notFound));
        if (caller.name === 'account A') {
          at("account B's id", realId(world.b, resourceOf(op, op.pathParams[0]!)), expectCode(op, caller, notFound));
          if (resourceOf(op, op.pathParams[0]!) === 'tokens') at("account B's admin token id", world.b.adminTokenId, expectCode(op, caller, notFound));
        }
        at('..%2F..%2Fetc', encodeURIComponent('../../etc'), invalid);
        at('65 characters', 'a'.repeat(65), invalid);
        at('unicode', encodeURIComponent('ключ✓😀'), invalid);
        at('%00', '%00', invalid);
        at('a%00b', 'a%00b', invalid);
        at('SQL', encodeURIComponent("1' OR '1'='1"), invalid);
        at('space', 'a%20b', invalid);
        at('empty', '', invalid);
        // These never reach a route: the router itself refuses them, whoever calls.
        at('raw ../../etc', '../../etc', { codes: ['ROUTE_NOT_FOUND'] });
        at('1000 characters', 'a'.repeat(1000), { codes: ['INVALID_REQUEST', 'ROUTE_NOT_FOUND'] });
        at('bad percent-encoding %E0%A4%A', '%E0%A4%A', { codes: ['INVALID_REQUEST', 'ROUTE_NOT_FOUND'] });
        at('lone %', '%', { codes: ['INVALID_REQUEST', 'ROUTE_NOT_FOUND'] });
      }
    }
    await sweep('path ids', cases);
  });

  it('answers bodies that are not JSON, or JSON of the wrong top-level type, with INVALID_JSON or INVALID_REQUEST', async () => {
    const notJson: [string, string | Buffer][] = [
      ['{', '{'],
      ['nul', 'nul'],
      ['unterminated object', '{"name":"x"'],
      ['trailing brace', '{"name":"x"}}'],
      ['single quotes', "{'name':'x'}"],
      ['trailing comma', '{"name":"x",}'],
      ['array with a hole', '[1,]'],
      ['NaN', 'NaN'],
      ['undefined', 'undefined'],
      ['a NUL byte', '\u0000'],
      ['two documents', '{} {}'],
      ['random bytes', Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x7b]), randomBytes(60)])],
      ['__proto__ poisoning', '{"__proto__":{"isAdmin":true}}'],
      ['constructor.prototype poisoning', '{"constructor":{"prototype":{"isAdmin":true}}}'],
    ];
    const wrongTop = ['[]', '[{}]', '[null]', '"text"', '""', '42', '-1', '0', '1e400', 'true', 'false'];
    const cases: Case[] = [];
    for (const op of operations.filter(takesBody).filter(swept('body JSON'))) {
      for (const caller of callers(op)) {
        const path = url(op, realIds(op));
        for (const [what, payload] of notJson)
          cases.push({ label: label(op, caller, `not JSON: ${what}`), req: rawRequest(op, caller, path, payload, 'application/json'), exp: expectCode(op, caller, 'INVALID_JSON') });
        for (const payload of wrongTop)
          cases.push({ label: label(op, caller, `top-level ${payload}`), req: rawRequest(op, caller, path, payload, 'application/json'), exp: expectCode(op, caller, 'INVALID_REQUEST', { field: 'body' }) });
        // A route that takes no body (or an optional one) reads null, {} and nothing as "no body", by design.
        if (bodyRequired(op)) {
          for (const payload of ['null', '', '   ', '{}'])
            cases.push({ label: label(op, caller, `body ${JSON.stringify(payload)}`), req: rawRequest(op, caller, path, payload, 'application/json'), exp: expectCode(op, caller, 'INVALID_REQUEST', { field: 'body' }) });
          cases.push({ label: label(op, caller, 'no body at all'), req: rawRequest(op, caller, path, undefined), exp: expectCode(op, caller, 'INVALID_REQUEST', { field: 'body' }) });
        }
      }
    }
    await sweep('body JSON', cases);
  });

  it('answers every declared body property of a wrong type, too long or out of range, and unknown or missing fields, with INVALID_REQUEST naming the field', async () => {
    const cases: Case[] = [];
    for (const op of operations.filter(takesBody).filter(swept('body properties'))) {
      for (const caller of callers(op)) {
        const path = url(op, realIds(op));
        if (op.body) {
          const base = example(op) as Record<string, unknown>;
          for (const v of invalidVariants(op.body, base))
            cases.push({ label: label(op, caller, v.label), req: jsonRequest(op, caller, path, v.body), exp: expectCode(op, caller, 'INVALID_REQUEST', { field: v.field, mention: v.mention }) });
        } else {
          // A route that takes no body refuses any it is sent rather than ignore it.
          for (const body of [{ bogus: 1 }, { '': null }, { a: { b: {} } }, { constructor: 'x' }, { deactivateDevices: true }])
            cases.push({ label: label(op, caller, `unexpected body ${JSON.stringify(body)}`), req: jsonRequest(op, caller, path, body), exp: expectCode(op, caller, 'INVALID_REQUEST', { field: 'body' }) });
        }
      }
    }
    await sweep('body properties', cases);
  });

  it('answers other content types with 415, and bodies over the limit with 413', async () => {
    const cases: Case[] = [];
    for (const op of operations.filter(takesBody).filter(swept('content types and sizes'))) {
      const limit = op.bodyLimit ?? server.config.bodyLimitBytes;
      for (const caller of callers(op)) {
        const path = url(op, realIds(op));
        const asJson = JSON.stringify(example(op) ?? {});
        const add = (what: string, payload: string | Buffer | undefined, type: string | undefined, exp: Expectation) =>
          cases.push({ label: label(op, caller, what), req: rawRequest(op, caller, path, payload, type), exp });
        const unsupported = expectCode(op, caller, 'UNSUPPORTED_MEDIA_TYPE');
        add('text/plain', 'hello', 'text/plain', unsupported);
        add('text/plain carrying JSON', asJson, 'text/plain; charset=utf-8', unsupported);
        add('application/xml', '<name>x</name>', 'application/xml', unsupported);
        add('form-urlencoded', 'name=x', 'application/x-www-form-urlencoded', unsupported);
        add('multipart', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--x--', 'multipart/form-data; boundary=x', unsupported);
        add('application/vnd.api+json', asJson, 'application/vnd.api+json', unsupported);
        add('a content type that does not parse', asJson, ';;;', unsupported);
        add('a body without a content type', asJson, undefined, unsupported);
        const tooLarge = expectCode(op, caller, 'PAYLOAD_TOO_LARGE');
        add('limit + 1 MiB of JSON', JSON.stringify({ name: 'x'.repeat(limit + MIB) }), 'application/json', tooLarge);
        add('limit + 1 MiB of junk', 'x'.repeat(limit + MIB), 'application/json', tooLarge);
        add('the limit plus one byte', JSON.stringify({ name: 'x'.repeat(limit - 11 + 1) }), 'application/json', tooLarge);
        add('limit + 1 MiB of text/plain', 'x'.repeat(limit + MIB), 'text/plain', { codes: gate(op, caller) ? ['FORBIDDEN'] : ['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'] });
        add('just under the limit', JSON.stringify({ bogus: 'x'.repeat(limit - 200) }), 'application/json', expectCode(op, caller, 'INVALID_REQUEST'));
        add('5000 nested objects', '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), 'application/json', expectCode(op, caller, 'INVALID_REQUEST'));
        add('20000 nested arrays', '['.repeat(20000) + ']'.repeat(20000), 'application/json', expectCode(op, caller, 'INVALID_REQUEST'));
      }
    }
    await sweep('content types and sizes', cases);
  });

  it('answers unknown, mistyped, out-of-range and repeated query parameters with INVALID_REQUEST', async () => {
    const cases: Case[] = [];
    for (const op of operations) {
      for (const caller of callers(op)) {
        // Unknown parameters. Sent where they are the only fault the server could see: with real
        // ids on reads; on writes, with a body the handler would refuse (a nonexistent id, an
        // unknown key), so that a route which ignores the parameter answers another code.
        const probeIds = op.method === 'GET' ? realIds(op) : idsAll(op, NONEXISTENT_ID);
        if (swept('unknown query parameters')(op))
          for (const q of ['bogus=1', 'limit=10&bogus=', '__proto__=x', 'constructor=x', 'a[b]=1', 'bogus'])
            cases.push({ label: label(op, caller, `unknown query ${q}`), req: exampleRequest(op, caller, url(op, probeIds, q)), exp: expectCode(op, caller, 'INVALID_REQUEST') });
        // Declared parameters with values their schema refuses; real ids (and a body the schema takes), so the value is the only fault.
        for (const [name, schema] of Object.entries(op.query)) {
          const values: (string | string[])[] = [...wrongQueryValues(schema), repeatedValid(schema)];
          for (const value of values) {
            if (queryValid(op.query, { [name]: value })) continue;
            const qs = (Array.isArray(value) ? value : [value]).map((v) => `${name}=${encodeURIComponent(v)}`).join('&');
            cases.push({
              label: label(op, caller, `query ${qs.length > 40 ? `${qs.slice(0, 30)}…(${qs.length})` : qs}`),
              req: jsonRequest(op, caller, url(op, realIds(op), qs), takesBody(op) ? example(op) : undefined),
              exp: expectCode(op, caller, 'INVALID_REQUEST', { field: `querystring.${name}` }),
            });
          }
        }
      }
    }
    await sweep('query strings', cases);
  });

  it('answers odd but well-typed query values, and other tenants ids in queries, without a 5xx or a leak', async () => {
    const cases: Case[] = [];
    const odd = ['\u0000', 'a\u0000b', "'; DROP TABLE accounts; --", '%_\\', 'ключ✓😀', '\uffff', '*', 'key.*'];
    const dates = ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-06-01T00:00:00+14:00', '2026-06-01T00:00:00.123456789Z'];
    const foreign: Record<string, string> = {
      accountId: world.b.accountId,
      subscriptionId: world.b.subscriptionId,
      keyId: world.b.dynamicKeyId,
      targetId: world.b.activationId,
    };
    for (const op of operations.filter((o) => o.method === 'GET')) {
      for (const caller of callers(op)) {
        const add = (what: string, qs: string, exp: Expectation) => cases.push({ label: label(op, caller, what), req: jsonRequest(op, caller, url(op, realIds(op), qs), undefined), exp });
        for (const [name, schema] of Object.entries<JsonSchema>(op.query)) {
          const s: JsonSchema = schema;
          const freeText = s.type === 'string' && !s.enum && !s.pattern && !s.format;
          if (freeText) for (const v of odd) add(`query ${name}=${JSON.stringify(v)}`, `${name}=${encodeURIComponent(v)}`, { below500: true });
          if (s.format === 'date-time') for (const v of dates) add(`query ${name}=${v}`, `${name}=${encodeURIComponent(v)}`, { below500: true });
          if (s.type === 'integer' && s.maximum !== undefined) add(`query ${name}=${s.maximum}`, `${name}=${s.maximum}`, { below500: true });
          if (caller.name === 'account A' && s.pattern && name in foreign)
            add(`query ${name}=<account B's>`, `${name}=${foreign[name]}`, { below500: true, noLeak: tenantSecrets(world.b) });
        }
      }
    }
    await sweep('odd query values', cases);
  });

  it('answers missing, malformed, unknown and revoked tokens with UNAUTHORIZED, and on a public route as it does without one', async () => {
    const headers: [string, string | undefined][] = [
      ['no Authorization', undefined],
      ['"Bearer"', 'Bearer'],
      ['"Bearer "', 'Bearer '],
      ['Basic', 'Basic dXNlcjpwYXNz'],
      ['unknown token', 'Bearer not-a-token'],
      ['600-character token', `Bearer ${'x'.repeat(600)}`],
      ['operator token without a scheme', OPERATOR_TOKEN],
      ['operator token as "Token"', `Token ${OPERATOR_TOKEN}`],
      ['operator token plus a character', `Bearer ${OPERATOR_TOKEN}x`],
      ['operator token less a character', `Bearer ${OPERATOR_TOKEN.slice(0, -1)}`],
      ['two tokens', `Bearer ${OPERATOR_TOKEN} ${OPERATOR_TOKEN}`],
      ['account token changed', `Bearer ${world.a.adminToken.slice(0, -1)}${world.a.adminToken.endsWith('x') ? 'y' : 'x'}`],
      ['revoked token', `Bearer ${world.revokedToken}`],
    ];
    const request = (op: Operation, header: string | undefined): Request => {
      // A public write gets a body its schema refuses (one unknown field), so that it writes nothing (a sign-in counts failures).
      const body = op.secured || !takesBody(op) ? example(op) : { ...(example(op) as object), bogus: 1 };
      return {
        method: op.method,
        url: url(op, realIds(op)),
        headers: { ...(header !== undefined && { authorization: header }), ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { payload: JSON.stringify(body) }),
      };
    };
    // A public route ignores credentials: whatever is sent, it answers as it does to none (authentication runs first).
    const before = await snapshotState(server, api);
    const baseline = new Map<string, Expectation>();
    for (const op of operations.filter((o) => !o.secured)) {
      const a = await send(server.app, request(op, undefined));
      expect(a.status, `${op.key} without credentials`).toBeLessThan(500);
      baseline.set(op.key, a.status < 400 ? { status: a.status } : { codes: [a.body?.error?.code] });
    }
    expect(await snapshotState(server, api), 'the public routes changed the stored state').toEqual(before);
    const cases: Case[] = [];
    for (const op of operations)
      for (const [what, header] of headers)
        cases.push({ label: `${op.method} ${op.path} :: ${what}`, req: request(op, header), exp: op.secured ? { codes: ['UNAUTHORIZED'] } : baseline.get(op.key)! });
    expect(cases.filter((c) => !('codes' in c.exp && c.exp.codes.includes('UNAUTHORIZED'))).length, 'no public route swept').toBeGreaterThan(0);
    await sweep('authorization', cases);
  });

  it('answers a method a path does not have with METHOD_NOT_ALLOWED', async () => {
    const byPath = new Map<string, Operation[]>();
    for (const op of operations) byPath.set(op.path, [...(byPath.get(op.path) ?? []), op]);
    const cases: Case[] = [];
    for (const [path, ops] of byPath) {
      const op = ops[0]!;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as Method[]) {
        if (ops.some((o) => o.method === method)) continue;
        const req: Request = { method, url: url(op, realIds(op)), headers: { authorization: `Bearer ${OPERATOR_TOKEN}`, ...(method !== 'GET' && { 'content-type': 'application/json' }) }, ...(method !== 'GET' && { payload: '{}' }) };
        cases.push({ label: `operator ${method} ${path}`, req, exp: { codes: ['METHOD_NOT_ALLOWED'] } });
      }
    }
    await sweep('methods', cases);
  });

  it('refuses malformed keys, fingerprints and devices on the client routes, and changes nothing', async () => {
    const a = world.a;
    const device = { name: 'pc-new', os: 'Linux' };
    const activate = { key: a.primaryKey, fingerprint: 'fp-new-device', device };
    const cases: Case[] = [];
    const post = (route: string, what: string, body: unknown, exp: Expectation) =>
      cases.push({ label: `anonymous POST ${route} :: ${what}`, req: { method: 'POST', url: route, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) }, exp });
    const invalid = (field: string, mention?: string): Expectation => ({ codes: ['INVALID_REQUEST'], field, mention });
    const A = '/v1/client/activate';
    const groups = a.primaryKey.split('-');
    for (const [what, key] of [
      ['not a key', 'not-a-key'],
      ['a UUID', NONEXISTENT_ID],
      ['four groups', groups.slice(0, 4).join('-')],
      ['six groups', [...groups, groups[0]].join('-')],
      ['the Keygen format', 'ABCD-EFGH-JKMN-PQRS'],
      ['a Greek omicron', a.primaryKey.replace(/^./, 'Ο')],
      ['emoji', '😀😀😀😀😀-😀😀😀😀😀'],
    ] as const)
      post(A, `key of another format: ${what}`, { ...activate, key }, { codes: ['KEY_NOT_FOUND'], reason: 'format' });
    // Text a database cannot store alike (a NUL, half a surrogate pair) is refused before any check, in every field.
    post(A, 'key with a NUL byte', { ...activate, key: `${a.primaryKey.slice(0, -1)}\u0000` }, invalid('body.key'));
    post(A, 'key with a lone surrogate', { ...activate, key: `${a.primaryKey.slice(0, -1)}\ud800` }, invalid('body.key'));
    post(A, 'key with a bad checksum', { ...activate, key: badChecksum(a.primaryKey) }, { codes: ['KEY_NOT_FOUND'], reason: 'checksum' });
    post(A, 'key with two characters swapped', { ...activate, key: swapTwo(a.primaryKey) }, { codes: ['KEY_NOT_FOUND'], reason: 'checksum' });
    post(A, 'a well-formed key nobody issued', { ...activate, key: generateKey(randomBytes(32)) }, { codes: ['KEY_NOT_FOUND'] });
    post(A, 'empty key', { ...activate, key: '' }, invalid('body.key'));
    post(A, '65-character key', { ...activate, key: 'A'.repeat(65) }, invalid('body.key'));
    for (const key of [123, null, [], {}, true]) post(A, `key ${JSON.stringify(key)}`, { ...activate, key }, invalid('body.key'));
    post(A, 'no key', { fingerprint: 'fp-x', device }, invalid('body', 'key'));
    for (const fingerprint of ['', 'f'.repeat(257), 123, null, [], {}, true, ['fp-1']])
      post(A, `fingerprint ${JSON.stringify(fingerprint).slice(0, 20)}`, { ...activate, fingerprint }, invalid('body.fingerprint'));
    post(A, 'no fingerprint', { key: a.primaryKey, device }, invalid('body', 'fingerprint'));
    post(A, 'no device', { key: a.primaryKey, fingerprint: 'fp-x' }, invalid('body', 'device'));
    for (const d of [null, 'pc', [], 42, true]) post(A, `device ${JSON.stringify(d)}`, { ...activate, device: d }, invalid('body.device'));
    post(A, 'device {}', { ...activate, device: {} }, invalid('body.device', 'name'));
    post(A, 'device without a name', { ...activate, device: { os: 'Linux' } }, invalid('body.device', 'name'));
    post(A, 'device without an os', { ...activate, device: { name: 'pc' } }, invalid('body.device', 'os'));
    post(A, 'device name empty', { ...activate, device: { ...device, name: '' } }, invalid('body.device.name'));
    post(A, 'device os empty', { ...activate, device: { ...device, os: '' } }, invalid('body.device.os'));
    post(A, 'device name 201 characters', { ...activate, device: { ...device, name: 'n'.repeat(201) } }, invalid('body.device.name'));
    post(A, 'device name an object', { ...activate, device: { ...device, name: { first: 'pc' } } }, invalid('body.device.name'));
    post(A, 'device serial a number', { ...activate, device: { ...device, serial: 5 } }, invalid('body.device.serial'));
    post(A, 'device mac 65 characters', { ...activate, device: { ...device, mac: 'm'.repeat(65) } }, invalid('body.device.mac'));
    post(A, 'device appVersion 51 characters', { ...activate, device: { ...device, appVersion: 'v'.repeat(51) } }, invalid('body.device.appVersion'));
    post(A, 'nested unknown field in device', { ...activate, device: { ...device, bogus: 1 } }, invalid('body.device.bogus'));
    post(A, 'device ip (set by the server, not the client)', { ...activate, device: { ...device, ip: '10.0.0.1' } }, invalid('body.device.ip'));
    post(A, 'deeply nested unknown field in device', { ...activate, device: { ...device, extra: { deep: { x: 1 } } } }, invalid('body.device.extra'));
    post(A, 'unknown top-level ip', { ...activate, ip: '10.0.0.1' }, invalid('body.ip'));
    post(A, "unknown top-level subscriptionId (account B's)", { ...activate, subscriptionId: world.b.subscriptionId }, invalid('body.subscriptionId'));

    const C = '/v1/client/check-in';
    const checkIn = { activationId: a.activationId, fingerprint: a.fingerprint };
    post(C, 'nonexistent activation', { ...checkIn, activationId: NONEXISTENT_ID }, { codes: ['ACTIVATION_NOT_FOUND'] });
    post(C, "account B's activation with A's fingerprint", { ...checkIn, activationId: world.b.activationId }, { codes: ['ACTIVATION_NOT_FOUND', 'FINGERPRINT_MISMATCH'] });
    post(C, 'another fingerprint', { ...checkIn, fingerprint: world.b.fingerprint }, { codes: ['FINGERPRINT_MISMATCH'] });
    for (const activationId of ['', '../../etc', 'a'.repeat(65), 5, null]) post(C, `activationId ${JSON.stringify(activationId)}`, { ...checkIn, activationId }, invalid('body.activationId'));
    post(C, 'fingerprint 257 characters', { ...checkIn, fingerprint: 'f'.repeat(257) }, invalid('body.fingerprint'));
    post(C, 'device name empty', { ...checkIn, device: { name: '' } }, invalid('body.device.name'));
    post(C, 'device name a number', { ...checkIn, device: { name: 5 } }, invalid('body.device.name'));
    post(C, 'nested unknown field in device', { ...checkIn, device: { bogus: 1 } }, invalid('body.device.bogus'));
    post(C, 'key instead of activationId', { key: a.primaryKey, fingerprint: a.fingerprint }, invalid('body.key'));

    const D = '/v1/client/deactivate';
    post(D, 'nonexistent activation', { ...checkIn, activationId: NONEXISTENT_ID }, { codes: ['ACTIVATION_NOT_FOUND'] });
    post(D, 'another fingerprint', { ...checkIn, fingerprint: world.b.fingerprint }, { codes: ['FINGERPRINT_MISMATCH'] });
    post(D, "account B's activation with A's fingerprint", { ...checkIn, activationId: world.b.activationId }, { codes: ['ACTIVATION_NOT_FOUND', 'FINGERPRINT_MISMATCH'] });
    post(D, 'empty fingerprint', { ...checkIn, fingerprint: '' }, invalid('body.fingerprint'));
    post(D, 'a device (not taken here)', { ...checkIn, device }, invalid('body.device'));

    // Ids of another tenant inside a body.
    const move = (who: Caller, keyId: string, exp: Expectation) =>
      cases.push({ label: `${who.name} POST /v1/activations/{id}/move :: keyId of account B`, req: { method: 'POST', url: `/v1/activations/${a.activationId}/move`, headers: { ...auth(who), 'content-type': 'application/json' }, payload: JSON.stringify({ keyId }) }, exp });
    move({ name: 'account A', token: a.adminToken }, world.b.dynamicKeyId, { codes: ['KEY_NOT_FOUND'] });
    move({ name: 'operator', token: OPERATOR_TOKEN }, world.b.dynamicKeyId, { codes: ['KEY_NOT_FOUND'] });
    await sweep('client routes', cases);
  });

  it('never answers a NUL byte or a lone surrogate in a string with a 5xx, and writes nothing when it refuses', async () => {
    // A server of its own: on SQLite these strings are stored, so the state may change.
    const own = await startTestServer(dialect, { env: dnsEnv(dns) });
    try {
      const ownApi = apiClient(own.app);
      const w = await seedWorld(ownApi, { server: own, dns });
      const failures: string[] = [];
      let sent = 0;
      const nulOps = [...operations].filter((o) => o.body).sort((x, y) => Number(y.path.startsWith('/v1/client')) - Number(x.path.startsWith('/v1/client')));
      for (const op of nulOps) {
        const base = exampleFor(op.body!, { key: w.a.primaryKey, activationId: w.a.activationId, fingerprint: w.a.fingerprint, product: w.a.productCode, keyId: w.a.dynamicKeyId, maxSeats: 0 }) as Record<string, any>;
        const strings: string[][] = [];
        const collect = (s: JsonSchema, path: string[]) => {
          for (const [p, ps] of Object.entries<JsonSchema>(s.properties ?? {})) {
            const b: JsonSchema[] = ps.anyOf ?? [ps];
            if (b.some((x) => x.type === 'string' && !x.pattern && !x.format && !x.enum)) strings.push([...path, p]);
            const obj = b.find((x) => x.type === 'object');
            if (obj) collect(obj, [...path, p]);
          }
        };
        collect(op.body!, []);
        for (const path of strings) {
          for (const [what, text] of [
            ['NUL', 'x\u0000y'],
            ['lone surrogate', 'x\ud800y'],
          ] as const) {
            const body = structuredClone(base);
            let at: Record<string, any> = body;
            for (const p of path.slice(0, -1)) at = at[p] ??= { name: 'pc', os: 'Linux' };
            at[path.at(-1)!] = text;
            if (op.key === 'POST /v1/products' && path.join() !== 'code') body.code = `nul-product-${sent}`;
            const before = await snapshotState(own, null);
            const ans = await send(own.app, { method: op.method, url: url(op, realIds(op, w.a)), headers: { authorization: `Bearer ${OPERATOR_TOKEN}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
            sent++;
            const problem = judge(ans, { below500: true });
            const lbl = `operator ${op.method} ${op.path} :: ${what} in ${path.join('.')}`;
            if (problem) failures.push(`${lbl}\n      ${problem}\n      → ${ans.status} ${ans.text.slice(0, 300)}`);
            if (ans.status >= 400) {
              const after = await snapshotState(own, null);
              if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${lbl}\n      answered ${ans.status} but the stored state changed`);
            }
          }
        }
      }
      counts.push(`${dialect} NUL and surrogates: ${sent} requests`);
      expect(sent).toBeGreaterThan(10);
      expect(failures, `${failures.length} of ${sent} answers are wrong`).toEqual([]);
    } finally {
      await own.close();
    }
  });

});

describe('malformed input answers', () => {
  it('are the same on every dialect', () => {
    const [first, second] = [...answersByDialect.entries()];
    if (counts.length) console.log(counts.join('\n'));
    if (!first || !second) return;
    const diffs: string[] = [];
    for (const [label, answer] of first[1]) {
      const other = second[1].get(label);
      if (other !== undefined && other !== answer) diffs.push(`${label}: ${first[0]} ${answer}, ${second[0]} ${other}`);
    }
    expect(first[1].size).toBe(second[1].size);
    expect(diffs).toEqual([]);
  });
});

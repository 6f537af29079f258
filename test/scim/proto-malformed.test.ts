/**
 * Bad SCIM input gets a SCIM error with a 4xx, never a 5xx, and changes nothing. Every /scim/v2
 * route of the route table is sent wrong credentials (none, revoked, an API token, the
 * operator's, a console session), junk and other accounts' ids; the writes are sent bodies that
 * are not JSON or not SCIM (unknown attributes, wrong types, bad PATCH operations), other
 * content types and bodies over the limit; the listings bad filters and paging. Every answer
 * must be in SCIM's error format with the status (and scimType) expected, and a raw dump of
 * every row must be the same after as before.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type Answer } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { OPERATOR_TOKEN, startTestServer, type TestServer } from '../helpers/harness.ts';
import { routeTable } from '../helpers/route-table.ts';
import { dumpRows, SCIM_ERROR, scimAccount, scimClient, type ScimClient } from '../helpers/scim-http.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Case {
  label: string;
  method: Method;
  /** Under /scim/v2. */
  path: string;
  payload?: string | Buffer;
  headers?: Record<string, string>;
  /** No Authorization header of the test's own (the case's headers say what is sent). */
  noToken?: boolean;
  status: number;
  scimType?: string;
}

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const json = (v: unknown) => JSON.stringify(v);
const patch = (...Operations: unknown[]) => json({ schemas: [PATCH_OP], Operations });

describe.each(dialects())('malformed SCIM on %s', (dialect) => {
  let server: TestServer;
  let scim: ScimClient;
  let token: string;
  let revoked: string;
  let apiToken: string;
  let cookie: string;
  const a = { user: '', other: '', group: '' };
  const b = { user: '', group: '' };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const operator = apiClient(server.app);
    const acme = await scimAccount(operator, 'Acme');
    const globex = await scimAccount(operator, 'Globex');
    token = acme.token;
    scim = scimClient(server.app, token);
    const scimB = scimClient(server.app, globex.token);
    const made = async (client: ScimClient, path: string, body: unknown) => {
      const res = await client.post(path, body);
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${res.text}`);
      return res.body.id as string;
    };
    a.user = await made(scim, '/Users', { userName: 'ann@acme.example', emails: [{ value: 'ann@acme.example', primary: true }] });
    a.other = await made(scim, '/Users', { userName: 'bob@acme.example' });
    a.group = await made(scim, '/Groups', { displayName: 'Engineering', members: [{ value: a.user }] });
    b.user = await made(scimB, '/Users', { userName: 'eve@globex.example' });
    b.group = await made(scimB, '/Groups', { displayName: 'Globex staff', members: [{ value: b.user }] });
    const spare = await operator.post(`/v1/accounts/${acme.accountId}/scim-tokens`, { name: 'old' });
    revoked = spare.body.token;
    expect((await operator.del(`/v1/scim-tokens/${spare.body.id}`)).status).toBe(200);
    apiToken = (await operator.post(`/v1/accounts/${acme.accountId}/tokens`, { name: 'api' })).body.token;
    const member = await operator.post(`/v1/accounts/${acme.accountId}/members`, { email: 'admin@acme.example', name: 'Admin', role: 'account_admin', password: 'a long enough password' });
    expect(member.status, member.text).toBe(201);
    const session = await operator.as(null).post('/v1/session', { email: 'admin@acme.example', password: 'a long enough password' });
    cookie = String(session.headers['set-cookie']).split(';')[0]!;
    expect(cookie).toMatch(/^allot_session=/);
  });
  afterAll(() => server?.close());

  /** Every route's path with A's ids. */
  const routes = () =>
    routeTable(server.app)
      .filter((r) => r.access === 'scim')
      .map((r) => ({
        method: r.method as Method,
        path: r.path
          .replace('/scim/v2', '')
          .replace(/^\/Users\/\{id\}$/, `/Users/${a.user}`)
          .replace(/^\/Groups\/\{id\}$/, `/Groups/${a.group}`)
          .replace(/^\/ResourceTypes\/\{id\}$/, '/ResourceTypes/User')
          .replace(/^\/Schemas\/\{id\}$/, `/Schemas/${USER}`),
        write: ['POST', 'PUT', 'PATCH'].includes(r.method),
      }));
  /** A body each write takes (so that the credentials are the only fault). */
  const goodBody = (method: Method, path: string): string | undefined =>
    method === 'PATCH' ? patch({ op: 'replace', path: 'displayName', value: 'x' }) : method === 'POST' || method === 'PUT' ? json(path.startsWith('/Groups') ? { displayName: 'New group' } : { userName: 'new@acme.example' }) : undefined;

  /** Sends every case, checks every answer, and that no row moved. */
  async function sweep(cases: Case[]): Promise<void> {
    // When a token was last used may move (a refused body comes after authentication): not state a refusal must keep.
    const rows = () => dumpRows(server, (table, row) => (table === 'scim_tokens' || table === 'api_tokens' || table === 'sessions' ? { ...row, last_used_at: null } : row));
    const before = await rows();
    const failures: string[] = [];
    for (const c of cases) {
      const res: Answer = await scim.raw(c.method, c.path, c.payload, { ...(c.noToken && { authorization: '' }), ...c.headers });
      const problem = judge(res, c);
      if (problem) failures.push(`${c.label}: ${problem} → ${res.status} ${res.text.slice(0, 240)}`);
    }
    expect.soft(failures, `${failures.length} of ${cases.length} answers are wrong`).toEqual([]);
    expect(await rows(), 'the stored rows changed').toEqual(before);
  }

  function judge(res: Answer, c: Case): string | null {
    if (res.status >= 500) return 'server error';
    if (res.status !== c.status) return `expected ${c.status}`;
    if (!String(res.headers['content-type']).startsWith('application/scim+json')) return `content type ${res.headers['content-type']}`;
    const body = res.body;
    if (!body || JSON.stringify(body.schemas) !== JSON.stringify([SCIM_ERROR])) return 'not a SCIM error';
    if (body.status !== String(res.status)) return `status ${JSON.stringify(body.status)} is not the HTTP status as a string`;
    if (typeof body.detail !== 'string' || body.detail === '') return 'no detail';
    if (c.scimType !== undefined && body.scimType !== c.scimType) return `scimType ${body.scimType}, expected ${c.scimType}`;
    if (typeof res.headers['x-request-id'] !== 'string') return 'no x-request-id';
    for (const secret of [token, revoked, apiToken, OPERATOR_TOKEN]) if (res.text.includes(secret)) return 'a token in the answer';
    return null;
  }

  it('covers every SCIM route of the route table', () => {
    const keys = routes().map((r) => `${r.method} ${r.path.split('/')[1]}`);
    expect(keys.length).toBeGreaterThanOrEqual(15);
    expect(routeTable(server.app).filter((r) => r.url.startsWith('/scim/')).every((r) => r.access === 'scim')).toBe(true);
  });

  it('answers missing, malformed, revoked and foreign credentials with 401 on every route', async () => {
    const credentials: [string, Record<string, string>][] = [
      ['no Authorization', {}],
      ['"Bearer"', { authorization: 'Bearer' }],
      ['Basic', { authorization: 'Basic dXNlcjpwYXNz' }],
      ['a revoked SCIM token', { authorization: `Bearer ${revoked}` }],
      ['the SCIM token plus a character', { authorization: `Bearer ${token}x` }],
      ['the SCIM token without a scheme', { authorization: token }],
      ["an account's API token", { authorization: `Bearer ${apiToken}` }],
      ["the operator's token", { authorization: `Bearer ${OPERATOR_TOKEN}` }],
      ['a console session cookie', { cookie }],
      ['a console session cookie and a CSRF header', { cookie, 'x-csrf-token': 'x' }],
    ];
    const cases: Case[] = [];
    for (const r of routes())
      for (const [what, headers] of credentials) {
        const payload = goodBody(r.method, r.path);
        cases.push({ label: `${r.method} ${r.path} with ${what}`, method: r.method, path: r.path, payload, headers: { authorization: '', ...headers }, status: 401 });
      }
    await sweep(cases);
    const res = await scimClient(server.app, revoked).get('/Users');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it("answers other accounts' ids, unknown and junk ids with 404", async () => {
    const cases: Case[] = [];
    const ids: [string, string][] = [
      ["account B's", ''],
      ['nonexistent', '0190f5c2-0000-7000-8000-000000000000'],
      ['"0"', '0'],
      ['"null"', 'null'],
      ['SQL', encodeURIComponent("1' OR '1'='1")],
      ['unicode', encodeURIComponent('ключ✓😀')],
      ['..%2F..', encodeURIComponent('../..')],
      ['%00', '%00'],
      ['129 characters', 'a'.repeat(129)],
    ];
    for (const kind of ['Users', 'Groups'] as const)
      for (const [what, raw] of ids) {
        const id = raw || (kind === 'Users' ? b.user : b.group);
        const status = 404;
        const body = kind === 'Users' ? json({ userName: 'taken@acme.example' }) : json({ displayName: 'taken' });
        cases.push(
          { label: `GET ${kind} ${what}`, method: 'GET', path: `/${kind}/${id}`, status },
          { label: `PUT ${kind} ${what}`, method: 'PUT', path: `/${kind}/${id}`, payload: body, status },
          { label: `PATCH ${kind} ${what}`, method: 'PATCH', path: `/${kind}/${id}`, payload: patch({ op: 'replace', value: kind === 'Users' ? { active: false } : { displayName: 'x' } }), status },
          { label: `DELETE ${kind} ${what}`, method: 'DELETE', path: `/${kind}/${id}`, status },
        );
      }
    cases.push(
      { label: "B's user as a member of a new group", method: 'POST', path: '/Groups', payload: json({ displayName: 'Raid', members: [{ value: b.user }] }), status: 400, scimType: 'invalidValue' },
      { label: "B's user added to A's group", method: 'PATCH', path: `/Groups/${a.group}`, payload: patch({ op: 'add', path: 'members', value: [{ value: b.user }] }), status: 400, scimType: 'invalidValue' },
      { label: "B's user and A's in one add", method: 'PATCH', path: `/Groups/${a.group}`, payload: patch({ op: 'add', path: 'members', value: [{ value: a.other }, { value: b.user }] }), status: 400, scimType: 'invalidValue' },
      { label: "A's group replaced with B's user", method: 'PUT', path: `/Groups/${a.group}`, payload: json({ displayName: 'Engineering', members: [{ value: b.user }] }), status: 400, scimType: 'invalidValue' },
      { label: 'a nonexistent member', method: 'POST', path: '/Groups', payload: json({ displayName: 'Ghosts', members: [{ value: '0190f5c2-0000-7000-8000-000000000000' }] }), status: 400, scimType: 'invalidValue' },
      { label: 'a group id as a member', method: 'PATCH', path: `/Groups/${a.group}`, payload: patch({ op: 'add', path: 'members', value: [{ value: a.group }] }), status: 400, scimType: 'invalidValue' },
      { label: 'an unknown resource type', method: 'GET', path: '/ResourceTypes/Device', status: 404 },
      { label: 'an unknown schema', method: 'GET', path: '/Schemas/urn:bogus', status: 404 },
      { label: 'an unknown endpoint', method: 'GET', path: '/Bulk', status: 404 },
      { label: 'POST to a user', method: 'POST', path: `/Users/${a.user}`, payload: json({ userName: 'x' }), status: 405 },
      { label: 'PATCH the collection', method: 'PATCH', path: '/Users', payload: patch({ op: 'replace', value: { active: false } }), status: 405 },
      { label: 'DELETE the configuration', method: 'DELETE', path: '/ServiceProviderConfig', status: 405 },
    );
    await sweep(cases);
  });

  it('answers bodies that are not JSON, not objects, or not SCIM with 400, and the wrong content type with 415', async () => {
    const cases: Case[] = [];
    const writes = routes().filter((r) => r.write);
    const notJson: [string, string | Buffer][] = [
      ['{', '{'],
      ['nul', 'nul'],
      ['trailing brace', '{"userName":"x"}}'],
      ['single quotes', "{'userName':'x'}"],
      ['random bytes', Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x7b]), randomBytes(40)])],
      ['two documents', '{} {}'],
    ];
    for (const r of writes) {
      for (const [what, payload] of notJson) cases.push({ label: `${r.method} ${r.path}: ${what}`, method: r.method, path: r.path, payload, status: 400, scimType: 'invalidSyntax' });
      for (const payload of ['[]', '[{}]', '"text"', '42', 'true', 'null'])
        cases.push({ label: `${r.method} ${r.path}: top-level ${payload}`, method: r.method, path: r.path, payload, status: 400 });
      cases.push({ label: `${r.method} ${r.path}: empty object`, method: r.method, path: r.path, payload: '{}', status: 400 });
      cases.push({ label: `${r.method} ${r.path}: no body`, method: r.method, path: r.path, status: 400 });
      const good = goodBody(r.method, r.path)!;
      for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/vnd.api+json'])
        cases.push({ label: `${r.method} ${r.path}: as ${type}`, method: r.method, path: r.path, payload: good, headers: { 'content-type': type }, status: 415 });
      cases.push({ label: `${r.method} ${r.path}: over the limit`, method: r.method, path: r.path, payload: json({ userName: 'x'.repeat(server.config.bodyLimitBytes + 1024) }), status: 413 });
      cases.push({ label: `${r.method} ${r.path}: 1 MiB of junk`, method: r.method, path: r.path, payload: 'x'.repeat(1024 * 1024), status: 413 });
      cases.push({ label: `${r.method} ${r.path}: 5000 nested objects`, method: r.method, path: r.path, payload: '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), status: 400 });
      cases.push({ label: `${r.method} ${r.path}: 20000 nested arrays`, method: r.method, path: r.path, payload: '['.repeat(20000) + ']'.repeat(20000), status: 400 });
      cases.push({ label: `${r.method} ${r.path}: a NUL in a string`, method: r.method, path: r.path, payload: '{"userName":"a\\u0000b","displayName":"a\\u0000b"}', status: 400 });
      cases.push({ label: `${r.method} ${r.path}: a lone surrogate`, method: r.method, path: r.path, payload: '{"userName":"a\\ud800b","displayName":"a\\ud800b"}', status: 400 });
    }
    // A body on a route that takes none.
    cases.push({ label: 'DELETE with a body', method: 'DELETE', path: `/Users/${a.user}`, payload: json({ bogus: 1 }), status: 400 });
    await sweep(cases);
  });

  it('answers unknown attributes and wrong types in Users and Groups with 400 invalidValue (uniqueness with 409)', async () => {
    const users: [string, unknown][] = [
      ['an unknown attribute', { userName: 'new@acme.example', bogus: 1 }],
      ['an unknown sub-attribute', { userName: 'new@acme.example', name: { bogus: 'x' } }],
      ['an unknown extension', { userName: 'new@acme.example', 'urn:example:custom:2.0:User': { x: 1 } }],
      ['an unknown enterprise attribute', { userName: 'new@acme.example', [ENTERPRISE]: { bogus: 1 } }],
      ['userName a number', { userName: 42 }],
      ['userName empty', { userName: '' }],
      ['no userName', { displayName: 'x' }],
      ['active a word', { userName: 'new@acme.example', active: 'maybe' }],
      ['active a number', { userName: 'new@acme.example', active: 1 }],
      ['emails an object', { userName: 'new@acme.example', emails: { value: 'a@x' } }],
      ['emails of strings', { userName: 'new@acme.example', emails: ['a@x'] }],
      ['an email value a number', { userName: 'new@acme.example', emails: [{ value: 5 }] }],
      ['two primary emails', { userName: 'new@acme.example', emails: [{ value: 'a@acme.example', primary: true }, { value: 'b@acme.example', primary: true }] }],
      ['name a string', { userName: 'new@acme.example', name: 'New' }],
      ['the manager a string', { userName: 'new@acme.example', [ENTERPRISE]: { manager: 'm' } }],
      ['schemas a string', { schemas: USER, userName: 'new@acme.example' }],
      ['userName too long', { userName: `${'x'.repeat(3000)}@acme.example` }],
      ['userName twice (case)', { userName: 'a@acme.example', USERNAME: 'b@acme.example' }],
      ['no address at all', { userName: 'not-an-address' }],
    ];
    const groups: [string, unknown][] = [
      ['an unknown attribute', { displayName: 'g', bogus: 1 }],
      ['no displayName', { members: [] }],
      ['displayName a number', { displayName: 5 }],
      ['members an object', { displayName: 'g', members: { value: 'x' } }],
      ['a member without a value', { displayName: 'g', members: [{ display: 'x' }] }],
      ['a member value a number', { displayName: 'g', members: [{ value: 5 }] }],
    ];
    const cases: Case[] = [];
    for (const [what, body] of users) {
      cases.push({ label: `POST /Users: ${what}`, method: 'POST', path: '/Users', payload: json(body), status: 400, scimType: 'invalidValue' });
      cases.push({ label: `PUT /Users: ${what}`, method: 'PUT', path: `/Users/${a.user}`, payload: json(body), status: 400, scimType: 'invalidValue' });
    }
    for (const [what, body] of groups) {
      cases.push({ label: `POST /Groups: ${what}`, method: 'POST', path: '/Groups', payload: json(body), status: 400, scimType: 'invalidValue' });
      cases.push({ label: `PUT /Groups: ${what}`, method: 'PUT', path: `/Groups/${a.group}`, payload: json(body), status: 400, scimType: 'invalidValue' });
    }
    cases.push(
      { label: 'POST a userName taken', method: 'POST', path: '/Users', payload: json({ userName: 'ANN@acme.example' }), status: 409, scimType: 'uniqueness' },
      { label: 'PUT onto a userName taken', method: 'PUT', path: `/Users/${a.other}`, payload: json({ userName: 'ann@acme.example' }), status: 409, scimType: 'uniqueness' },
      { label: 'PATCH onto a userName taken', method: 'PATCH', path: `/Users/${a.other}`, payload: patch({ op: 'replace', path: 'userName', value: 'Ann@Acme.example' }), status: 409, scimType: 'uniqueness' },
      { label: 'POST a displayName taken', method: 'POST', path: '/Groups', payload: json({ displayName: 'engineering' }), status: 409, scimType: 'uniqueness' },
    );
    await sweep(cases);
  });

  it('answers bad PATCH operations with the scimType the RFC gives, and applies none of a PATCH that has one', async () => {
    const bad: [string, string, string, string][] = [
      // [what, path, body, scimType]
      ['an unknown op', `/Users/${a.user}`, patch({ op: 'merge', path: 'displayName', value: 'x' }), 'invalidSyntax'],
      ['no op', `/Users/${a.user}`, patch({ path: 'displayName', value: 'x' }), 'invalidSyntax'],
      ['no Operations', `/Users/${a.user}`, json({ schemas: [PATCH_OP] }), 'invalidSyntax'],
      ['Operations empty', `/Users/${a.user}`, json({ schemas: [PATCH_OP], Operations: [] }), 'invalidSyntax'],
      ['Operations an object', `/Users/${a.user}`, json({ schemas: [PATCH_OP], Operations: { op: 'add' } }), 'invalidSyntax'],
      ['another schema', `/Users/${a.user}`, json({ schemas: [USER], Operations: [{ op: 'replace', path: 'displayName', value: 'x' }] }), 'invalidSyntax'],
      ['an unknown attribute', `/Users/${a.user}`, patch({ op: 'replace', path: 'bogus', value: 'x' }), 'invalidPath'],
      ['an unknown path-less attribute', `/Users/${a.user}`, patch({ op: 'replace', value: { bogus: 'x' } }), 'invalidPath'],
      ['a path that does not parse', `/Users/${a.user}`, patch({ op: 'replace', path: 'emails[type eq', value: 'x' }), 'invalidPath'],
      ['a filter on a single value', `/Users/${a.user}`, patch({ op: 'replace', path: 'displayName[value eq "x"]', value: 'x' }), 'invalidPath'],
      ['an unknown schema in the path', `/Users/${a.user}`, patch({ op: 'replace', path: 'urn:bogus:2.0:User:department', value: 'x' }), 'invalidPath'],
      ['remove without a path', `/Users/${a.user}`, patch({ op: 'remove' }), 'noTarget'],
      ['changing id', `/Users/${a.user}`, patch({ op: 'replace', path: 'id', value: 'x' }), 'mutability'],
      ['changing id without a path', `/Users/${a.user}`, patch({ op: 'replace', value: { id: 'x' } }), 'mutability'],
      ['changing meta', `/Users/${a.user}`, patch({ op: 'replace', path: 'meta.created', value: '2020-01-01T00:00:00Z' }), 'mutability'],
      ["changing a user's groups", `/Users/${a.user}`, patch({ op: 'add', path: 'groups', value: [{ value: a.group }] }), 'mutability'],
      ['a wrong type', `/Users/${a.user}`, patch({ op: 'replace', path: 'active', value: 'perhaps' }), 'invalidValue'],
      ['a path-less string', `/Users/${a.user}`, patch({ op: 'replace', value: 'x' }), 'invalidValue'],
      ['clearing userName', `/Users/${a.user}`, patch({ op: 'remove', path: 'userName' }), 'invalidValue'],
      ['a good op, then a bad one', `/Users/${a.user}`, patch({ op: 'replace', path: 'displayName', value: 'Changed' }, { op: 'replace', path: 'bogus', value: 'x' }), 'invalidPath'],
      ['a good op, then a wrong type', `/Users/${a.user}`, patch({ op: 'replace', path: 'active', value: false }, { op: 'replace', path: 'nickName', value: 5 }), 'invalidValue'],
      ['a group: changing id', `/Groups/${a.group}`, patch({ op: 'replace', value: { id: a.other, displayName: 'x' } }), 'mutability'],
      ['a group: an unknown attribute', `/Groups/${a.group}`, patch({ op: 'replace', path: 'owner', value: 'x' }), 'invalidPath'],
      ['a group: removing members by a number', `/Groups/${a.group}`, patch({ op: 'remove', path: 'members', value: [{ value: 5 }] }), 'invalidValue'],
      ['a group: clearing displayName', `/Groups/${a.group}`, patch({ op: 'replace', path: 'displayName', value: '' }), 'invalidValue'],
      ['a group: a member filter that does not parse', `/Groups/${a.group}`, patch({ op: 'remove', path: 'members[value eq ]' }), 'invalidPath'],
    ];
    await sweep(bad.map(([what, path, payload, scimType]) => ({ label: `PATCH ${path.split('/')[1]}: ${what}`, method: 'PATCH', path, payload, status: 400, scimType })));
  });

  it('answers bad filters and paging with 400 (invalidFilter, invalidValue)', async () => {
    const filters = ['', 'userName', 'userName eq', 'userName eq ann', 'userName zz "a"', '(userName eq "a"', 'bogus eq "a"', 'password eq "x"', 'name.bogus pr', `${ENTERPRISE}:bogus eq "x"`, 'urn:bogus:User:x eq "y"', 'active gt true', 'emails[bogus eq "x"]', 'x'.repeat(2100)];
    const cases: Case[] = [];
    for (const kind of ['Users', 'Groups']) {
      for (const f of filters) cases.push({ label: `${kind} filter=${f.slice(0, 40)}`, method: 'GET', path: `/${kind}?filter=${encodeURIComponent(f)}`, status: 400, scimType: f.length > 2048 ? 'invalidValue' : 'invalidFilter' });
      for (const q of ['startIndex=abc', 'count=abc', 'startIndex=1.5', 'count=1e3', 'count=99999999999999999999', 'filter=a&filter=b', 'startIndex=1&startIndex=2'])
        cases.push({ label: `${kind} ${q}`, method: 'GET', path: `/${kind}?${q}`, status: 400 });
      cases.push({ label: `${kind} a NUL in the filter`, method: 'GET', path: `/${kind}?filter=${encodeURIComponent('userName eq "a\u0000"')}`, status: 400 });
    }
    cases.push({ label: 'Groups filtered by userName', method: 'GET', path: `/Groups?filter=${encodeURIComponent('userName eq "a"')}`, status: 400, scimType: 'invalidFilter' });
    await sweep(cases);
  });

  it("answers every other path under /scim/ in SCIM's format (unknown, overlong, badly encoded)", async () => {
    const failures: string[] = [];
    const paths: [string, number][] = [
      ['/scim', 404],
      ['/scim/', 404],
      ['/scim/v1/Users', 404],
      ['/scim/v2', 404],
      ['/scim/v2/', 404],
      ['/scim/v2/users/x/y', 404],
      [`/scim/v2/Users/${'a'.repeat(1000)}`, 414],
      ['/scim/v2/Users/%E0%A4%A', 400],
    ];
    for (const [path, status] of paths) {
      const res = await server.app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });
      const answer: Answer = { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, headers: res.headers, text: res.body };
      const problem = judge(answer, { label: path, method: 'GET', path, status });
      if (problem) failures.push(`${path}: ${problem} → ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });

  it('takes what Entra and Okta add to the query, and odd but valid filters, without an error', async () => {
    for (const q of ['aadOptscim062020', 'aadOptscim062020=true', 'bogus=1', 'attributes=userName', 'excludedAttributes=emails', 'sortBy=userName', 'count=-5', 'startIndex=-3'])
      expect((await scim.get(`/Users?${q}`)).status, q).toBe(200);
    for (const f of ["userName eq \"'; DROP TABLE sso_users; --\"", 'userName co "%_"', 'userName eq "ключ✓😀"', 'not (userName pr)', 'meta.lastModified gt "9999-12-31T23:59:59Z"']) {
      const res = await scim.get(`/Users?filter=${encodeURIComponent(f)}`);
      expect(res.status, `${f}: ${res.text}`).toBe(200);
      expect(res.body.totalResults, f).toBe(0);
    }
  });
});

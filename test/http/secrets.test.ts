import { createPrivateKey, randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import type { Dialect } from '../helpers/env.ts';
import { activate, createKey, device, seedSubscription } from '../helpers/fixtures.ts';
import { OPERATOR_TOKEN, startTestServer, type TestServer } from '../helpers/harness.ts';

/** Every row of every table, as text. */
async function dumpDatabase(server: TestServer, dialect: Dialect): Promise<{ tables: string[]; text: string }> {
  const db = server.runtime.database.db;
  const listing =
    dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`
      : sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema() order by tablename`;
  const tables = (await listing.execute(db)).rows.map((r) => r.name);
  const parts: string[] = [];
  for (const t of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(db)).rows;
    parts.push(`== ${t}\n${JSON.stringify(rows)}`);
  }
  return { tables, text: parts.join('\n') };
}

/** A license key and the ways it could be written down: formatted, canonical, any three groups. */
function keyForms(key: string): string[] {
  const canonical = key.replace(/-/g, '');
  expect(canonical).toHaveLength(30);
  const groups = key.split('-');
  const forms = [key, canonical];
  for (let i = 0; i + 3 <= groups.length; i++) forms.push(groups.slice(i, i + 3).join('-'), groups.slice(i, i + 3).join(''));
  return forms;
}

/** An API token: whole, its random part, and any 16 characters of it past the stored prefix. */
function tokenForms(token: string): string[] {
  expect(token.startsWith('allot_')).toBe(true);
  const random = token.slice('allot_'.length);
  const forms = [token, random];
  for (let i = 1; i + 16 <= random.length; i++) forms.push(random.slice(i, i + 16));
  return forms;
}

/** A private signing key: the PEM, its base64 body, and the JWK private scalar. */
function privateKeyForms(pem: string): string[] {
  const body = pem
    .split('\n')
    .filter((l) => l && !l.startsWith('-----'))
    .join('');
  const d = createPrivateKey(pem).export({ format: 'jwk' }).d!;
  return [pem, body, d, Buffer.from(d, 'base64url').toString('hex'), Buffer.from(d, 'base64url').toString('base64')];
}

const found = (haystack: string, needles: string[]) => {
  const lower = haystack.toLowerCase();
  return needles.filter((n) => lower.includes(n.toLowerCase()));
};

interface Secrets {
  keys: string[];
  tokens: string[];
  privatePems: string[];
}

/** Keys (primary, dynamic, reserved, regenerated: old and new), tokens, devices and a rotation. */
async function exercise(server: TestServer, api: Api): Promise<Secrets & { subscriptionId: string; adminToken: string }> {
  const seed = await seedSubscription(api, 10);
  const admin = api.as(seed.adminToken);
  const privatePems = [(await server.runtime.services.keyring.current()).privatePem];
  const keys = [seed.primaryKey];
  const tokens = [seed.adminToken];

  const dyn = await createKey(admin, seed.subscriptionId, { type: 'dynamic', maxSeats: 3 });
  const res = await createKey(admin, seed.subscriptionId, { type: 'reserved', maxSeats: 2 });
  expect(dyn.status).toBe(201);
  expect(res.status).toBe(201);
  keys.push(dyn.body.key, res.body.key);

  const a1 = await activate(api, dyn.body.key, 1);
  const a2 = await activate(api, res.body.key, 2);
  const a3 = await activate(api, seed.primaryKey, 3);
  for (const a of [a1, a2, a3]) expect(a.status).toBe(201);
  // the device sends its key with odd spacing and case too
  expect((await api.as(null).post('/v1/client/activate', { key: ` ${dyn.body.key.toLowerCase()} `, ...device(4) })).status).toBeLessThan(300);
  expect((await api.as(null).post('/v1/client/check-in', { activationId: a1.body.activation.id, fingerprint: 'fp-1' })).status).toBe(200);

  const regenerated = await admin.post(`/v1/keys/${dyn.body.id}/regenerate`);
  const regeneratedPrimary = await admin.post(`/v1/keys/${seed.primaryKeyId}/regenerate`);
  expect(regenerated.status).toBe(200);
  expect(regeneratedPrimary.status).toBe(200);
  keys.push(regenerated.body.key, regeneratedPrimary.body.key);
  expect((await activate(api, regenerated.body.key, 5)).status).toBe(201);
  expect((await api.patch(`/v1/keys/${res.body.id}`, { name: 'QA lab', maxSeats: 3 })).status).toBe(200);
  expect((await admin.post(`/v1/keys/${res.body.id}/block`)).status).toBe(200);
  expect((await admin.post(`/v1/activations/${a3.body.activation.id}/blacklist`, { reason: 'stolen' })).status).toBe(201);

  const second = await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'ci' });
  expect(second.status).toBe(201);
  tokens.push(second.body.token);
  expect((await api.as(second.body.token).get(`/v1/subscriptions/${seed.subscriptionId}/keys`)).status).toBe(200);
  const third = await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'revoked' });
  tokens.push(third.body.token);
  expect((await admin.del(`/v1/tokens/${third.body.id}`)).status).toBe(200);

  expect((await api.post('/v1/signing-keys/rotate')).status).toBe(201);
  privatePems.push((await server.runtime.services.keyring.current()).privatePem);
  expect(privatePems[0]).not.toBe(privatePems[1]);
  expect((await activate(api, regeneratedPrimary.body.key, 6)).status).toBe(201);

  return { keys, tokens, privatePems, subscriptionId: seed.subscriptionId, adminToken: seed.adminToken };
}

describe.each(dialects())('secrets on %s', (dialect) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('stores no license key, API token, signing private key or master key in any table', async () => {
    const masterKey = randomBytes(32).toString('base64');
    server = await startTestServer(dialect, { masterKey });
    const api = apiClient(server.app);
    const secrets = await exercise(server, api);

    const { tables, text } = await dumpDatabase(server, dialect);
    for (const t of ['license_keys', 'api_tokens', 'signing_keys', 'events', 'activations', 'settings']) expect(tables).toContain(t);
    expect(text.length).toBeGreaterThan(1000);

    expect(found(text, secrets.keys.flatMap(keyForms))).toEqual([]);
    expect(found(text, secrets.tokens.flatMap(tokenForms))).toEqual([]);
    expect(found(text, [OPERATOR_TOKEN])).toEqual([]);
    expect(found(text, secrets.privatePems.flatMap(privateKeyForms))).toEqual([]);
    expect(found(text, ['PRIVATE KEY', masterKey, Buffer.from(masterKey, 'base64').toString('hex')])).toEqual([]);
    // What is stored in their place is there (the dump did read the rows).
    expect(text).toContain('allot_');
    expect(text).toContain('fp-1');

    // The administrator still reads the current key strings through the API.
    const listed = await api.as(secrets.adminToken).get(`/v1/subscriptions/${secrets.subscriptionId}/keys`);
    expect(listed.status).toBe(200);
    const shown = listed.body.data.map((k: any) => k.key).sort();
    const [, dynOld, , dynNew, primaryNew] = secrets.keys;
    expect(shown).toEqual([secrets.keys[2], dynNew, primaryNew].sort());
    expect(shown).not.toContain(dynOld);
    expect(shown).not.toContain(secrets.keys[0]);
  });

  it('writes none of the key strings, API tokens or the operator token to the logs, even at debug level', async () => {
    const chunks: string[] = [];
    const logStream = new PassThrough();
    logStream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    server = await startTestServer(dialect, { env: { ALLOT_LOG_LEVEL: 'debug' }, logStream });
    const api = apiClient(server.app);
    const secrets = await exercise(server, api);

    // Secrets sent where they do not belong, and requests that fail with secrets in them.
    const [token] = secrets.tokens;
    const key = secrets.keys[4]!;
    const extra = { 'x-api-key': token!, cookie: `session=${token}; key=${key}` };
    expect((await api.as(token!).get(`/v1/subscriptions/${secrets.subscriptionId}/keys`, extra)).status).toBe(200);
    expect((await api.as(null).post('/v1/client/activate', { key, ...device(7) }, extra)).status).toBe(201);
    expect((await api.as(null).post('/v1/client/activate', { key, ...device(8), extra: key })).status).toBe(400);
    expect((await api.as(null).post('/v1/client/activate', `{"key":"${key}",`)).status).toBe(400);
    expect((await api.as(null).post('/v1/client/activate', { key: key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'), ...device(9) })).status).toBe(404);
    expect((await api.as(`${token}x`).get('/v1/subscriptions')).status).toBe(401);
    expect((await api.as(token!).post('/v1/products', { code: 'x', name: key })).status).toBe(403);
    expect((await api.as(null).post('/v1/client/check-in', { activationId: 'nope', fingerprint: key })).status).toBe(404);

    await new Promise((r) => setImmediate(r));
    const logs = chunks.join('');
    // The logs did capture the traffic, at debug level.
    expect(logs).toContain('/v1/client/activate');
    expect(logs).toContain('/v1/client/check-in');
    expect(logs).toContain('/regenerate');
    expect(logs).toContain('/tokens');
    expect(logs.split('\n').filter(Boolean).length).toBeGreaterThan(40);

    expect(found(logs, secrets.keys.flatMap(keyForms))).toEqual([]);
    expect(found(logs, secrets.tokens.flatMap(tokenForms))).toEqual([]);
    expect(found(logs, [OPERATOR_TOKEN])).toEqual([]);
    expect(found(logs, secrets.privatePems.flatMap(privateKeyForms))).toEqual([]);
    expect(found(logs, ['PRIVATE KEY'])).toEqual([]);
  });
});

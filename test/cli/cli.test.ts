/**
 * The `allot` command, run for real: `node bin/allot.mjs …` as child processes on a database
 * of their own, next to an in-process server (startTestServer) on the same database and master
 * key, which checks that what the CLI made works through the API, and makes devices for the
 * CLI to list and export. Every CLI run costs a second or two (tsx), so runs that do not
 * depend on each other go in parallel and each test groups several assertions.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_CSV_COLUMNS } from '../../src/format/csv.ts';
import { openDatabase } from '../../src/storage/dialect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { apiClient } from '../helpers/api.ts';
import { cliEnv, emptyDatabase, jsonOf, newMasterKey, parseCsv, readTable, runCli, show, startServe, type CliResult } from '../helpers/cli.ts';
import { dialects, freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { startTestServer, TestClock, type TestServer } from '../helpers/harness.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';

const EXPIRES = '2030-01-01T00:00:00.000Z';
const KEY_COLUMNS = ['NAME', 'TYPE', 'MAX', 'USED', 'AVAILABLE', 'STATUS', 'EXPIRES', 'KEY'] as const;
const DEVICE_COLUMNS = ['COMPUTER', 'OS', 'VERSION', 'KEY', 'ACTIVATED', 'LAST CHECK-IN', 'ID'] as const;
/** A line of a Node stack trace ("    at fn (file:1:2)"). */
const STACK_LINE = /^\s+at .+/m;

const expectExit = (r: CliResult, code: number) => expect(r.code, show(r)).toBe(code);

/** Failures whose output should be one clear line; checked for stack traces in a test of their own. */
interface Failure {
  what: string;
  run: CliResult;
}

describe('allot CLI: arguments and help (no database needed)', { timeout: HEAVY_TEST_MS }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'allot-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--help lists the commands; bad arguments exit non-zero with a helpful message before touching the database', async () => {
    const dbFile = join(dir, 'never.db');
    const env = cliEnv(`sqlite:${dbFile}`, newMasterKey());
    const [help, version, missing, badSeats, both, neither] = await Promise.all([
      runCli(['--help'], env),
      runCli(['--version'], env),
      runCli(['product', 'create', '--name', 'Desktop Pro'], env),
      runCli(['subscription', 'create', '--account', randomUUID(), '--product', 'p', '--seats', '0', '--expires', EXPIRES], env),
      runCli(['token', 'create', '--name', 'ci', '--operator', '--account', randomUUID()], env),
      runCli(['token', 'create', '--name', 'ci'], env),
    ]);

    expectExit(help, 0);
    for (const command of ['serve', 'migrate', 'product', 'account', 'subscription', 'token', 'keys', 'devices'])
      expect(help.stdout, `--help lists ${command}`).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    expectExit(version, 0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);

    // commander: exit 1, names the option, shows the usage of the subcommand.
    expect(missing.code, show(missing)).not.toBe(0);
    expect(missing.stderr).toContain("required option '--code <code>' not specified");
    expect(missing.stderr).toContain('Usage: allot product create');
    expect(missing.stdout).toBe('');

    expect(badSeats.code, show(badSeats)).not.toBe(0);
    expect(badSeats.stderr).toContain('--seats');
    expect(badSeats.stderr).toContain('must be a whole number above 0');

    for (const r of [both, neither]) {
      expectExit(r, 2);
      expect(r.stderr).toContain('give exactly one of --account <id> or --operator');
      expect(r.stdout).toBe('');
    }
    expect(existsSync(dbFile), 'argument errors must not create the database').toBe(false);
  });

  it('an ALLOT_DATABASE_URL of an unknown kind exits non-zero naming the variable (and prints no stack trace)', async () => {
    const r = await runCli(['migrate', '--json'], cliEnv('mysql://root@127.0.0.1/allot', newMasterKey()));
    expect(r.code, show(r)).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ALLOT_DATABASE_URL must start with sqlite: or postgres://');
    expect(r.stderr, `a configuration mistake should print one line, not a stack trace:\n${show(r)}`).not.toMatch(STACK_LINE);
  });
});

describe.each(dialects())('allot CLI on %s', { timeout: HEAVY_TEST_MS }, (dialect) => {
  const masterKey = newMasterKey();
  let db: FreshDatabase;
  let env: Record<string, string>;
  let server: TestServer | undefined;
  let dir: string;
  /** What the earlier tests made, for the later ones (tests of a describe run in order). */
  const made = {} as {
    accountId: string;
    subscriptionId: string;
    primaryKeyId: string;
    primaryKey: string;
    accountToken: string;
    operatorToken: string;
    dynamicKeyId: string;
    dynamicKeyName: string;
    reservedKeyId: string;
    activations: { id: string; fingerprint: string; keyId: string; view: any }[];
  };
  const failures: Failure[] = [];

  beforeAll(async () => {
    db = await freshDatabase(dialect);
    env = cliEnv(db.url, masterKey);
    dir = mkdtempSync(join(tmpdir(), 'allot-cli-'));
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const needState = () => {
    if (!made.subscriptionId || !server) throw new Error('the operator-commands test did not complete; nothing to list');
  };

  it('migrate --json builds the schema of an empty database and is idempotent', async () => {
    const empty = await emptyDatabase(dialect);
    try {
      const e = cliEnv(empty.url, masterKey);
      const first = await runCli(['migrate', '--json'], e);
      expectExit(first, 0);
      const again = await runCli(['migrate', '--json'], e);
      expectExit(again, 0);
      for (const r of [first, again]) {
        const out = jsonOf(r);
        expect(out.migrated).toBe(true);
        expect(out.database).toMatch(dialect === 'sqlite' ? /^sqlite:\// : /^postgres/);
        expect(r.stderr, show(r)).toBe('');
      }
      const opened = openDatabase(empty.url);
      try {
        const tables = (await opened.db.introspection.getTables()).map((t) => t.name);
        expect(tables).toEqual(expect.arrayContaining(['products', 'accounts', 'subscriptions', 'license_keys', 'activations']));
      } finally {
        await opened.close();
      }
    } finally {
      await empty.drop();
    }
  });

  it('two migrations at once on one new database both succeed (what two `allot` processes starting together do; deterministic, in-process)', async () => {
    const empty = await emptyDatabase(dialect);
    const handles = [openDatabase(empty.url), openDatabase(empty.url)];
    try {
      const results = await Promise.allSettled(handles.map((h) => migrateToLatest(h.db)));
      expect(results.map((r) => (r.status === 'fulfilled' ? 'ok' : String(r.reason)))).toEqual(['ok', 'ok']);
    } finally {
      for (const h of handles) await h.close();
      await empty.drop();
    }
  });

  it('product, account, subscription and token create print JSON with --json, and the tokens work against a server on the same database', async () => {
    const code = `desktop-pro-${dialect}`;
    // The first command alone: it migrates the database, and two at once race on SQLite (see the test above).
    const product = await runCli(['product', 'create', '--code', code, '--name', 'Desktop Pro', '--download-url', 'https://example.com/dl', '--json'], env);
    expectExit(product, 0);
    const [account, operatorToken, plainToken] = await Promise.all([
      runCli(['account', 'create', '--name', 'Acme Corp', '--json'], env),
      runCli(['token', 'create', '--operator', '--name', 'ops', '--json'], env),
      runCli(['token', 'create', '--operator', '--name', 'ops plain'], env),
    ]);
    expectExit(account, 0);
    const p = jsonOf(product);
    expect(p).toMatchObject({ code, name: 'Desktop Pro', downloadUrl: 'https://example.com/dl' });
    expect(p.id).toEqual(expect.any(String));
    const a = jsonOf(account);
    expect(a).toMatchObject({ name: 'Acme Corp' });
    expect(a.id).toEqual(expect.any(String));

    const [sub, accountToken] = await Promise.all([
      runCli(['subscription', 'create', '--account', a.id, '--product', code, '--seats', '10', '--expires', EXPIRES, '--json'], env),
      runCli(['token', 'create', '--account', a.id, '--name', 'billing sync', '--json'], env),
    ]);
    for (const r of [sub, accountToken, operatorToken, plainToken]) expectExit(r, 0);
    const s = jsonOf(sub);
    expect(s).toMatchObject({
      accountId: a.id,
      product: { id: p.id, code, name: 'Desktop Pro' },
      status: 'active',
      expiresAt: EXPIRES,
      gracePeriodDays: 30,
      autoRenew: false,
      seats: { total: 10, used: 0, unused: 10 },
    });
    expect(s.primaryKey?.id, show(sub)).toEqual(expect.any(String));
    expect(s.primaryKey?.key, show(sub)).toEqual(expect.any(String));
    const at = jsonOf(accountToken);
    expect(at).toMatchObject({ accountId: a.id, name: 'billing sync', role: 'account_admin' });
    expect(at.token).toMatch(/^allot_/);
    const ot = jsonOf(operatorToken);
    expect(ot).toMatchObject({ accountId: null, name: 'ops', role: 'operator' });
    expect(ot.token).toMatch(/^allot_/);
    // Without --json: the token alone on the first line, then the warning.
    const plainLines = plainToken.stdout.split('\n');
    expect(plainLines[0]).toMatch(/^allot_\S+$/);
    expect(plainLines[1]).toContain('shown once');

    server = await startTestServer(dialect, { db, masterKey, clock: new TestClock(Date.now()) });
    const asAccount = apiClient(server.app, at.token);
    const asOperator = apiClient(server.app, ot.token);
    const asPlainOperator = apiClient(server.app, plainLines[0]!);
    const mine = await asAccount.get(`/v1/subscriptions/${s.id}`);
    expect(mine.status, mine.text).toBe(200);
    expect(mine.body).toMatchObject({ id: s.id, accountId: a.id, seats: { total: 10 } });
    const keys = await asAccount.get(`/v1/subscriptions/${s.id}/keys`);
    expect(keys.status, keys.text).toBe(200);
    expect(keys.body.data.map((k: any) => k.key)).toEqual([s.primaryKey.key]);
    // An account token is not an operator's: it may not create accounts.
    expect((await asAccount.post('/v1/accounts', { name: 'Other' })).status).toBe(403);
    for (const op of [asOperator, asPlainOperator]) {
      const accounts = await op.get('/v1/accounts');
      expect(accounts.status, accounts.text).toBe(200);
      expect(JSON.stringify(accounts.body)).toContain(a.id);
    }
    expect((await apiClient(server.app, `${at.token}x`).get(`/v1/subscriptions/${s.id}`)).status).toBe(401);

    Object.assign(made, {
      accountId: a.id,
      subscriptionId: s.id,
      primaryKeyId: s.primaryKey.id,
      primaryKey: s.primaryKey.key,
      accountToken: at.token,
      operatorToken: ot.token,
      activations: [],
    });
  });

  /** Activates a device through the device API of the in-process server, one second after the last. */
  async function activate(key: string, n: string, device: Record<string, string | null> = {}) {
    server!.clock.advance(1000);
    const fingerprint = `fp-${dialect}-${n}`;
    const res = await apiClient(server!.app, null).post('/v1/client/activate', {
      key,
      fingerprint,
      device: { name: `laptop-${n}`, os: 'macOS 15.1', serial: `SN-${n}`, mac: '00:11:22:33:44:55', appVersion: '20.1.0', ...device },
    });
    expect(res.status, res.text).toBe(201);
    const entry = { id: res.body.activation.id as string, fingerprint, keyId: res.body.activation.keyId as string, view: res.body.activation };
    made.activations.push(entry);
    return entry;
  }

  it('keys list shows the primary key and the sublicense keys made through the API, with their seats (JSON and an aligned table)', async () => {
    needState();
    const api = apiClient(server!.app, made.accountToken);
    const dyn = await api.post(`/v1/subscriptions/${made.subscriptionId}/keys`, { name: 'Design team', type: 'dynamic', maxSeats: 3 });
    expect(dyn.status, dyn.text).toBe(201);
    const res = await api.post(`/v1/subscriptions/${made.subscriptionId}/keys`, { name: 'Build servers', type: 'reserved', maxSeats: 2 });
    expect(res.status, res.text).toBe(201);
    Object.assign(made, { dynamicKeyId: dyn.body.id, dynamicKeyName: 'Design team', reservedKeyId: res.body.id });
    await activate(made.primaryKey, '1');
    await activate(made.primaryKey, '2');
    await activate(dyn.body.key, '3');

    const args = ['keys', 'list', '--subscription', made.subscriptionId];
    const [json, text] = await Promise.all([runCli([...args, '--json'], env), runCli(args, env)]);
    expectExit(json, 0);
    expectExit(text, 0);
    const keys = jsonOf<any[]>(json);
    const byId = new Map(keys.map((k) => [k.id, k]));
    expect(keys).toHaveLength(3);
    // 10 seats, 3 used, 2 reserved for the reserved key (none of them used): 5 left in the main pool.
    expect(byId.get(made.primaryKeyId)).toMatchObject({ type: 'primary', key: made.primaryKey, maxSeats: null, used: 2, available: 5, status: 'active' });
    expect(byId.get(made.dynamicKeyId)).toMatchObject({ name: 'Design team', type: 'dynamic', key: dyn.body.key, maxSeats: 3, used: 1, available: 2 });
    expect(byId.get(made.reservedKeyId)).toMatchObject({ name: 'Build servers', type: 'reserved', key: res.body.key, maxSeats: 2, used: 0, available: 2 });
    // The same use-case as the API: the same views.
    const viaApi = await api.get(`/v1/subscriptions/${made.subscriptionId}/keys`);
    expect(keys).toEqual(viaApi.body.data);

    const rows = readTable(text.stdout, KEY_COLUMNS);
    expect(rows[0]).toEqual([...KEY_COLUMNS]);
    expect(rows.slice(1)).toEqual(
      keys.map((k) => [k.name, k.type, k.maxSeats === null ? '' : String(k.maxSeats), String(k.used), String(k.available), k.status, k.expiresAt.slice(0, 10), k.key]),
    );
  });

  it('devices list and devices export: the active devices, as JSON, a table and CSV (header, values, formulas neutralised, --out, --all, --key)', async () => {
    needState();
    expect(made.activations.length, 'the keys test activated three devices').toBe(3);
    const formula = '=HYPERLINK("http://evil.example","click")';
    const quoted = 'Bob\'s "work", laptop';
    await activate(made.primaryKey, '4', { name: formula, os: '@SUM(A1)', serial: '+1', mac: null, appVersion: '-2' });
    await activate(made.primaryKey, '5', { name: quoted });
    // The first device leaves: it is no longer active.
    const gone = made.activations[0]!;
    const off = await apiClient(server!.app, null).post('/v1/client/deactivate', { activationId: gone.id, fingerprint: gone.fingerprint });
    expect(off.status, off.text).toBe(200);
    const active = made.activations.slice(1);

    const outFile = join(dir, 'devices.csv');
    const sub = ['--subscription', made.subscriptionId];
    const [listJson, listText, exported, toFile, all, oneKey] = await Promise.all([
      runCli(['devices', 'list', ...sub, '--json'], env),
      runCli(['devices', 'list', ...sub], env),
      runCli(['devices', 'export', ...sub], env),
      runCli(['devices', 'export', ...sub, '--out', outFile], env),
      runCli(['devices', 'export', ...sub, '--all'], env),
      runCli(['devices', 'export', ...sub, '--key', made.dynamicKeyId], env),
    ]);
    for (const r of [listJson, listText, exported, toFile, all, oneKey]) expectExit(r, 0);
    for (const r of [listJson, listText]) expect(r.stderr, show(r)).toBe('');
    // Exports say on standard error what they wrote, and where (the CSV itself stays clean).
    expect(exported.stderr, show(exported)).toBe('wrote 4 devices to standard output\n');
    expect(toFile.stderr, show(toFile)).toBe(`wrote 4 devices to ${outFile}\n`);
    expect(all.stderr, show(all)).toBe('wrote 5 devices to standard output\n');
    expect(oneKey.stderr, show(oneKey)).toBe('wrote 1 device to standard output\n');

    // devices list --json: the active devices, newest first, names as the device sent them.
    const page = jsonOf(listJson);
    expect(page.total).toBe(4);
    expect(page.data.map((a: any) => a.id)).toEqual(active.map((a) => a.id).reverse());
    const listed = new Map<string, any>(page.data.map((a: any) => [a.id, a]));
    expect(listed.get(active[2]!.id)).toMatchObject({ device: { name: formula, os: '@SUM(A1)' }, keyName: 'Primary key', status: 'active' });
    expect(listed.get(active[1]!.id)).toMatchObject({ keyName: made.dynamicKeyName, keyId: made.dynamicKeyId });

    const table = readTable(listText.stdout, DEVICE_COLUMNS);
    expect(table[0]).toEqual([...DEVICE_COLUMNS]);
    expect(table.slice(1)).toEqual(
      page.data.map((a: any) => [a.device.name, a.device.os, a.device.appVersion ?? '', a.keyName, a.activatedAt, a.lastCheckInAt, a.id]),
    );

    // devices export: a header row, then one row per active device, oldest first.
    const keyName = (keyId: string) => (keyId === made.dynamicKeyId ? made.dynamicKeyName : 'Primary key');
    const neutral = (v: string | null) => (v === null ? '' : /^[=+\-@]/.test(v) ? `'${v}` : v);
    const expectedRow = (a: (typeof made.activations)[number], status = 'active') => [
      neutral(a.view.device.name),
      neutral(a.view.device.serial),
      neutral(a.view.device.mac),
      a.view.device.ip ?? '',
      neutral(a.view.device.os),
      neutral(a.view.device.appVersion),
      keyName(a.keyId),
      '',
      status,
      a.view.activatedAt,
      a.view.lastCheckInAt,
      a.fingerprint,
      a.id,
    ];
    const csv = parseCsv(exported.stdout);
    expect(csv[0]).toEqual([...DEVICE_CSV_COLUMNS]);
    expect(csv.slice(1)).toEqual(active.map((a) => expectedRow(a)));
    // What a spreadsheet would run is quoted; what is not a formula comes back as sent.
    const row4 = csv.find((r) => r[12] === active[2]!.id)!;
    expect(row4.slice(0, 6)).toEqual([`'${formula}`, "'+1", '', active[2]!.view.device.ip ?? '', "'@SUM(A1)", "'-2"]);
    expect(csv.find((r) => r[12] === active[3]!.id)![0]).toBe(quoted);
    for (const row of csv) for (const cell of row) expect(cell, `a cell starts like a formula: ${JSON.stringify(row)}`).not.toMatch(/^[=+\-@\t\r]/);
    expect(active.every((a) => a.view.device.ip), 'the server recorded the IP of each device').toBe(true);

    // --out writes the same CSV to the file, nothing to standard output.
    expect(toFile.stdout).toBe('');
    expect(readFileSync(outFile, 'utf8')).toBe(exported.stdout);

    // --all includes the device that left; --key only that key's devices.
    const everything = parseCsv(all.stdout);
    expect(everything[0]).toEqual([...DEVICE_CSV_COLUMNS]);
    expect(everything.slice(1).map((r) => r[12])).toEqual(made.activations.map((a) => a.id));
    expect(everything.find((r) => r[12] === gone.id)![8]).toBe('deactivated');
    expect(parseCsv(oneKey.stdout)).toEqual([[...DEVICE_CSV_COLUMNS], expectedRow(made.activations[2]!)]);
  });

  it('errors: unknown ids exit 2 with their code; a bad database URL or master key exits non-zero with a clear message', async () => {
    const unknown = randomUUID();
    const notAFile = join(dir, 'a-file');
    writeFileSync(notAFile, 'not a directory\n');
    const badUrl =
      dialect === 'sqlite' ? `sqlite:${join(notAFile, 'allot.db')}` : 'postgres://postgres@127.0.0.1:1/allot';
    const [keys, devices, subscription, unreachable, wrongKey] = await Promise.all([
      runCli(['keys', 'list', '--subscription', unknown, '--json'], env),
      runCli(['devices', 'export', '--subscription', unknown], env),
      runCli(['subscription', 'create', '--account', unknown, '--product', 'nope', '--seats', '1', '--expires', EXPIRES], env),
      runCli(['keys', 'list', '--subscription', unknown], cliEnv(badUrl, masterKey)),
      runCli(['keys', 'list', '--subscription', made.subscriptionId ?? unknown], cliEnv(db.url, newMasterKey())),
    ]);

    for (const r of [keys, devices]) {
      expectExit(r, 2);
      expect(r.stderr).toContain('SUBSCRIPTION_NOT_FOUND');
      expect(r.stdout, 'nothing on standard output, not even a CSV header').toBe('');
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
    expectExit(subscription, 2);
    expect(subscription.stderr).toMatch(/ACCOUNT_NOT_FOUND|PRODUCT_NOT_FOUND/);

    expect(unreachable.code, show(unreachable)).not.toBe(0);
    expect(unreachable.stdout).toBe('');
    if (dialect === 'sqlite') expect(unreachable.stderr, show(unreachable)).toContain(notAFile);
    else expect(unreachable.stderr, show(unreachable)).toMatch(/ECONNREFUSED.*127\.0\.0\.1:1/);
    failures.push({ what: `an unusable ALLOT_DATABASE_URL (${badUrl})`, run: unreachable });

    expect(wrongKey.code, show(wrongKey)).not.toBe(0);
    expect(wrongKey.stdout).toBe('');
    expect(wrongKey.stderr, show(wrongKey)).toContain('The master key does not match this database');
    expect(wrongKey.stderr).toContain('ALLOT_MASTER_KEY');
    failures.push({ what: 'a master key other than the database’s', run: wrongKey });
  });

  it('a failed export leaves an existing --out file as it was', async () => {
    const file = join(dir, 'previous.csv');
    writeFileSync(file, 'yesterday’s export\n');
    const r = await runCli(['devices', 'export', '--subscription', randomUUID(), '--out', file], env);
    expectExit(r, 2);
    expect(r.stderr).toContain('SUBSCRIPTION_NOT_FOUND');
    expect(readFileSync(file, 'utf8'), 'the failed export truncated the file it was given').toBe('yesterday’s export\n');
  });

  it('database and master-key failures print one clear line, not a stack trace', () => {
    expect(failures.length, 'the errors test ran').toBe(2);
    for (const f of failures) expect(f.run.stderr, `${f.what}:\n${show(f.run)}`).not.toMatch(STACK_LINE);
  });

  it('serve answers /healthz on ALLOT_PORT, accepts a CLI-made token, and exits 0 on SIGTERM', async () => {
    needState();
    const serve = await startServe(env);
    try {
      const health = await fetch(`${serve.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const accounts = await fetch(`${serve.url}/v1/accounts`, { headers: { authorization: `Bearer ${made.operatorToken}` } });
      expect(accounts.status).toBe(200);
      expect(JSON.stringify(await accounts.json())).toContain(made.accountId);
    } finally {
      const end = await serve.stop('SIGTERM');
      expect(end, `allot serve after SIGTERM:\n${serve.output()}`).toEqual({ code: 0, signal: null, killed: false });
    }
    expect(serve.output(), 'nothing at warn level or above while serving').toBe('');
  });
});

/**
 * `allot invite` and `allot invitations list|export`, run for real as child processes next to
 * an in-process server on the same database (see test/cli/cli.test.ts), which seeds the keys
 * and checks the CLI against what the API answers. No SMTP server: mail stays queued.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVITATION_CSV_COLUMNS } from '../../src/format/csv.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { cliEnv, jsonOf, newMasterKey, parseCsv, readTable, runCli, show, type CliResult } from '../helpers/cli.ts';
import { dialects, freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, TestClock, type TestServer } from '../helpers/harness.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';

const LIST_COLUMNS = ['EMAIL', 'STATUS', 'KEY', 'LANGUAGE', 'EXPIRES', 'DELIVERY', 'CODE'] as const;
const STACK_LINE = /^\s+at .+/m;
const CODE = /^[0-9A-HJKMNP-TV-Z]{6}(?:-[0-9A-HJKMNP-TV-Z]{6}){4}$/;

const expectExit = (r: CliResult, code: number) => expect(r.code, show(r)).toBe(code);

/** A usage error: exit 2, one line on standard error, nothing on standard output. */
function expectUsageError(r: CliResult, message: string) {
  expectExit(r, 2);
  expect(r.stderr.trim(), show(r)).toBe(`allot: ${message}`);
  expect(r.stdout).toBe('');
}

describe('allot invite and invitations: arguments (no database needed)', { timeout: HEAVY_TEST_MS }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'allot-cli-inv-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exactly one of --emails / --csv and of --subscription / --key, a readable file and a known language, checked before the database is touched', async () => {
    const dbFile = join(dir, 'never.db');
    const env = cliEnv(`sqlite:${dbFile}`, newMasterKey());
    const key = randomUUID();
    const headerOnly = join(dir, 'header-only.csv');
    writeFileSync(headerOnly, 'email\n');
    const missing = join(dir, 'missing.csv');
    const [help, both, neither, listBoth, exportNeither, noFile, noAddress, badLanguage] = await Promise.all([
      runCli(['--help'], env),
      runCli(['invite', '--key', key, '--emails', 'a@example.com', '--csv', headerOnly], env),
      runCli(['invite', '--key', key, '--json'], env),
      runCli(['invitations', 'list', '--subscription', randomUUID(), '--key', key], env),
      runCli(['invitations', 'export', '--out', join(dir, 'out.csv')], env),
      runCli(['invite', '--key', key, '--csv', missing], env),
      runCli(['invite', '--key', key, '--csv', headerOnly], env),
      runCli(['invite', '--key', key, '--emails', 'a@example.com', '--language', 'xx'], env),
    ]);

    expectExit(help, 0);
    for (const command of ['invite', 'invitations']) expect(help.stdout, `--help lists ${command}`).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    for (const r of [both, neither]) expectUsageError(r, 'give exactly one of --emails <list> or --csv <file>');
    for (const r of [listBoth, exportNeither]) expectUsageError(r, 'give exactly one of --subscription <id> or --key <id>');
    expectExit(noFile, 2);
    expect(noFile.stderr, show(noFile)).toMatch(new RegExp(`^allot: cannot read --csv ${missing}: ENOENT`));
    expect(noFile.stderr).not.toMatch(STACK_LINE);
    expectUsageError(noAddress, `no email address in ${headerOnly}`);
    // commander's own check, with the command's help after it: which says that a large import is not atomic.
    expect(badLanguage.code, show(badLanguage)).not.toBe(0);
    expect(badLanguage.stderr).toContain("option '--language <code>' argument 'xx' is invalid. Allowed choices are en, de, fr, es, ja.");
    expect(badLanguage.stderr).toContain('not atomic');
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
    expect(existsSync(dbFile), 'argument errors must not create the database').toBe(false);
  });
});

describe.each(dialects())('allot invite and invitations on %s', { timeout: HEAVY_TEST_MS }, (dialect) => {
  const masterKey = newMasterKey();
  let db: FreshDatabase;
  let env: Record<string, string>;
  let server: TestServer;
  let api: Api;
  let seed: Seeded;
  let dir: string;
  const keys = {} as Record<'emails' | 'csv' | 'big', { id: string; name: string }>;

  beforeAll(async () => {
    db = await freshDatabase(dialect);
    env = cliEnv(db.url, masterKey);
    dir = mkdtempSync(join(tmpdir(), 'allot-cli-inv-'));
    // The server migrates the database before any CLI run.
    server = await startTestServer(dialect, { db, masterKey, clock: new TestClock(Date.now()) });
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
    for (const [role, name] of [
      ['emails', 'Engineering'],
      ['csv', 'Sales'],
      ['big', 'Everyone'],
    ] as const) {
      const res = await createKey(api, seed.subscriptionId, { name, type: 'dynamic', maxSeats: 2 });
      expect(res.status, res.text).toBe(201);
      keys[role] = { id: res.body.id, name };
    }
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const listOf = async (keyId: string) => {
    const res = await api.get(`/v1/keys/${keyId}/invitations?limit=500`);
    expect(res.status, res.text).toBe(200);
    return res.body as { data: any[]; total: number };
  };

  it('invite --emails and --csv: the invited, the rejected (with CSV lines, in input order), the options; more than one batch; --json is {data, rejected}', async () => {
    const small = join(dir, 'small.csv');
    writeFileSync(small, ['Name,E-mail', 'Cy,cy@example.com', 'Dee,dee@example.com', 'Bad,not an address', '', 'Cy again,CY@Example.COM', 'Eve,"eve@example.com"', ''].join('\n'));
    // Three batches: a repeat in the third of an address from the first is a duplicate, not already_invited.
    const big = join(dir, 'big.csv');
    const bigRows = Array.from({ length: 1200 }, (_, i) => (i === 700 ? 'oops' : i === 1100 ? ' USER7@Big.Example.com' : `user${i}@big.example.com`));
    writeFileSync(big, `email\n${bigRows.join('\n')}\n`);

    const [byList, byCsv, byBigCsv] = await Promise.all([
      runCli(['invite', '--key', keys.emails.id, '--emails', 'Ana@Example.com, bo@example.com,not-an-address,ANA@example.com', '--language', 'de', '--expires-in-days', '14'], env),
      runCli(['invite', '--key', keys.csv.id, '--csv', small, '--json'], env),
      runCli(['invite', '--key', keys.big.id, '--csv', big, '--json'], env),
    ]);
    for (const r of [byList, byCsv, byBigCsv]) {
      expectExit(r, 0);
      expect(r.stderr, `no progress bar or warning when standard error is not a terminal:\n${show(r)}`).toBe('');
    }

    // Text: a summary, then the rejected addresses (no LINE column for --emails).
    const [summary, blank, ...table] = byList.stdout.split('\n');
    expect(summary).toBe('2 invited, 2 rejected');
    expect(blank).toBe('');
    expect(readTable(table.join('\n'), ['EMAIL', 'REASON'])).toEqual([
      ['EMAIL', 'REASON'],
      ['not-an-address', 'invalid_email'],
      ['ana@example.com', 'duplicate'],
    ]);
    const listed = await listOf(keys.emails.id);
    expect(listed.data.map((i) => i.email).sort()).toEqual(['ana@example.com', 'bo@example.com']);
    for (const i of listed.data) {
      expect(i).toMatchObject({ keyId: keys.emails.id, keyName: 'Engineering', language: 'de', expiresInDays: 14, status: 'pending', delivery: { status: 'queued' } });
      expect(Date.parse(i.expiresAt) - Date.parse(i.createdAt)).toBe(14 * 86_400_000);
    }

    // --json: exactly {data, rejected}, the data as the API shows each invitation, the header and a blank line skipped.
    const fromCsv = jsonOf(byCsv);
    expect(Object.keys(fromCsv).sort()).toEqual(['data', 'rejected']);
    expect(fromCsv.rejected).toEqual([
      { email: 'not an address', line: 4, reason: 'invalid_email' },
      { email: 'cy@example.com', line: 6, reason: 'duplicate' },
    ]);
    expect(fromCsv.data.map((i: any) => i.email)).toEqual(['cy@example.com', 'dee@example.com', 'eve@example.com']);
    for (const i of fromCsv.data) {
      expect(i.code).toMatch(CODE);
      expect(i).toMatchObject({ keyId: keys.csv.id, keyName: 'Sales', language: 'en', expiresInDays: 7, status: 'pending' });
      const one = await api.get(`/v1/invitations/${i.id}`);
      expect(one.status, one.text).toBe(200);
      expect(i).toEqual(one.body);
    }

    const fromBig = jsonOf(byBigCsv);
    expect(fromBig.rejected).toEqual([
      { email: 'oops', line: 702, reason: 'invalid_email' },
      { email: 'user7@big.example.com', line: 1102, reason: 'duplicate' },
    ]);
    const bigInvited = bigRows.filter((_, i) => i !== 700 && i !== 1100);
    expect(fromBig.data.map((i: any) => i.email)).toEqual(bigInvited);
    expect(new Set(fromBig.data.map((i: any) => i.code)).size).toBe(bigInvited.length);
    expect((await listOf(keys.big.id)).total).toBe(bigInvited.length);

    // Again: what is pending is already_invited; without a file there is no line.
    const again = await runCli(['invite', '--key', keys.emails.id, '--emails', 'BO@example.com,fay@example.com', '--json'], env);
    expectExit(again, 0);
    const second = jsonOf(again);
    expect(second.rejected).toEqual([{ email: 'bo@example.com', reason: 'already_invited' }]);
    expect(second.data.map((i: any) => i.email)).toEqual(['fay@example.com']);
  });

  it('invitations list and export show what the API shows; errors exit 2 and leave --out as it was', async () => {
    const bo = (await listOf(keys.emails.id)).data.find((i) => i.email === 'bo@example.com');
    expect(bo, 'the invite test ran').toBeDefined();
    expect((await api.post(`/v1/invitations/${bo.id}/revoke`)).status).toBe(200);
    const outFile = join(dir, 'pending.csv');
    const kept = join(dir, 'kept.csv');
    writeFileSync(kept, 'yesterday’s export\n');
    const unknown = randomUUID();

    const [keyTable, subJson, revoked, searched, keyCsv, subCsvToFile, failedExport, unknownInvite] = await Promise.all([
      runCli(['invitations', 'list', '--key', keys.emails.id], env),
      runCli(['invitations', 'list', '--subscription', seed.subscriptionId, '--json'], env),
      runCli(['invitations', 'list', '--subscription', seed.subscriptionId, '--status', 'revoked', '--json'], env),
      runCli(['invitations', 'list', '--key', keys.big.id, '--search', 'user11', '--limit', '3', '--json'], env),
      runCli(['invitations', 'export', '--key', keys.csv.id], env),
      runCli(['invitations', 'export', '--subscription', seed.subscriptionId, '--status', 'pending', '--out', outFile], env),
      runCli(['invitations', 'export', '--key', unknown, '--out', kept], env),
      runCli(['invite', '--key', unknown, '--emails', 'a@example.com'], env),
    ]);

    expectExit(keyTable, 0);
    const emailsKey = await listOf(keys.emails.id);
    expect(readTable(keyTable.stdout, LIST_COLUMNS)).toEqual([
      [...LIST_COLUMNS],
      ...emailsKey.data.map((i) => [i.email, i.status, i.keyName, i.language, i.expiresAt, i.delivery.status, i.code]),
    ]);
    expect(emailsKey.data.map((i) => i.status).sort()).toEqual(['pending', 'pending', 'revoked']);

    const apiGet = async (url: string) => {
      const res = await api.get(url);
      expect(res.status, res.text).toBe(200);
      return res;
    };
    for (const [r, url] of [
      [subJson, `/v1/subscriptions/${seed.subscriptionId}/invitations`],
      [revoked, `/v1/subscriptions/${seed.subscriptionId}/invitations?status=revoked`],
      [searched, `/v1/keys/${keys.big.id}/invitations?q=user11&limit=3`],
    ] as const) {
      expectExit(r, 0);
      expect(jsonOf(r), url).toEqual((await apiGet(url)).body);
    }
    expect(jsonOf(subJson).data).toHaveLength(50);
    expect(jsonOf(revoked).data.map((i: any) => i.email)).toEqual(['bo@example.com']);
    expect(jsonOf(searched).total).toBeGreaterThan(3);
    expect(jsonOf(searched).data.map((i: any) => i.email.includes('user11'))).toEqual([true, true, true]);

    // The CSV is the API's, byte for byte.
    expectExit(keyCsv, 0);
    expect(keyCsv.stderr, 'the export says what it wrote, on standard error').toBe('wrote 3 invitations to standard output\n');
    expect(keyCsv.stdout).toBe((await apiGet(`/v1/keys/${keys.csv.id}/invitations.csv`)).text);
    const rows = parseCsv(keyCsv.stdout);
    expect(rows[0]).toEqual([...INVITATION_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[7]])).toEqual(
      ['eve@example.com', 'dee@example.com', 'cy@example.com'].map((e) => [e, 'pending', 'Sales', 'https://example.com/dl']),
    );
    expectExit(subCsvToFile, 0);
    expect(subCsvToFile.stdout).toBe('');
    const pendingCsv = readFileSync(outFile, 'utf8');
    expect(pendingCsv).toBe((await apiGet(`/v1/subscriptions/${seed.subscriptionId}/invitations.csv?status=pending`)).text);
    expect(parseCsv(pendingCsv)).toHaveLength(1 + 1198 + 3 + 2); // header, big, csv, ana and fay
    expect(subCsvToFile.stderr).toBe(`wrote ${1198 + 3 + 2} invitations to ${outFile}\n`);

    expectExit(failedExport, 2);
    expect(failedExport.stderr).toContain('KEY_NOT_FOUND');
    expect(readFileSync(kept, 'utf8'), 'the failed export truncated the file it was given').toBe('yesterday’s export\n');
    expectExit(unknownInvite, 2);
    expect(unknownInvite.stderr).toContain('KEY_NOT_FOUND');
    for (const r of [failedExport, unknownInvite]) {
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });
});

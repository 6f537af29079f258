/**
 * The first hour (issue 10): a first start says to run `npx allot setup`; `allot setup` makes an
 * account, its first Account Administrator and an operator token, and the administrator then
 * signs in through POST /v1/session. The use-case runs in-process on every dialect; the command
 * runs for real (`node bin/allot.mjs setup`) on SQLite, with flags and on a terminal.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/context.ts';
import { apiClient } from '../helpers/api.ts';
import { cliEnv, jsonOf, newMasterKey, ROOT, runCli, show, startServe, type CliResult } from '../helpers/cli.ts';
import { dialects, freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { consoleClient } from '../helpers/session.ts';

const operator: Caller = { actor: { type: 'operator', id: 'test', name: 'test' }, requestId: null };
const PASSWORD = 'correct horse battery staple';
const SETUP_HINT = 'npx allot setup';

const expectExit = (r: CliResult, code: number) => expect(r.code, show(r)).toBe(code);

describe.each(dialects())('the setup use-case on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server?.close());

  it('is needed until an account has an active administrator; then it refuses unless forced; a refusal writes nothing', async () => {
    const setup = server.runtime.services.setup;
    const accounts = async () => (await server.runtime.services.accounts.list(operator, { limit: 100 })).data.map((a) => a.name);
    expect(await setup.needed()).toBe(true);

    // Checked before anything is written: no account is left without a way in.
    await expect(setup.run(operator, { accountName: 'Acme', email: 'ana@acme.com', password: 'short' })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(setup.run(operator, { accountName: 'Acme', email: 'not an address', password: PASSWORD })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(setup.run(operator, { accountName: ' ', email: 'ana@acme.com', password: PASSWORD })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    // An account with only an invited member (no password yet) still needs setting up.
    const other = await server.runtime.services.accounts.create(operator, { name: 'Invited only' });
    await server.runtime.services.members.create(operator, other.id, { email: 'taken@acme.com', name: 'Tak', role: 'account_admin' });
    expect(await setup.needed()).toBe(true);
    await expect(setup.run(operator, { accountName: 'Acme', email: 'Taken@acme.com', password: PASSWORD })).rejects.toMatchObject({ code: 'MEMBER_EXISTS' });
    expect(await accounts()).toEqual(['Invited only']);

    const done = await setup.run(operator, { accountName: 'Acme', email: 'Ana@Acme.com', password: PASSWORD });
    expect(done).toMatchObject({
      outcome: 'set_up',
      account: { name: 'Acme' },
      administrator: { email: 'ana@acme.com', name: 'ana', role: 'account_admin', status: 'active' },
      operatorToken: { accountId: null, role: 'operator', token: expect.stringMatching(/^allot_/) },
    });
    expect(await setup.needed()).toBe(false);

    expect(await setup.run(operator, { accountName: 'Again', email: 'bo@acme.com', password: PASSWORD })).toEqual({ outcome: 'already_set_up' });
    const forced = await setup.run(operator, { accountName: 'Beta', email: 'bo@beta.com', name: 'Bo B', password: PASSWORD, force: true });
    expect(forced).toMatchObject({ outcome: 'set_up', account: { name: 'Beta' }, administrator: { name: 'Bo B' } });
    expect((await accounts()).sort()).toEqual(['Acme', 'Beta', 'Invited only']);

    // Only the operator sets up.
    const system: Caller = { actor: { type: 'system', id: 'sweeper' }, requestId: null };
    await expect(setup.run(system, { accountName: 'X', email: 'x@x.com', password: PASSWORD, force: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

/** `node bin/allot.mjs <args>` with `input` on its standard input. */
function runWithStdin(args: string[], env: Record<string, string>, input: string): Promise<CliResult> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/allot.mjs', ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ args, code, signal, stdout, stderr, ms: performance.now() - started }));
  });
}

/** Starts `allot serve`, stops it, and returns all it wrote (JSON lines: standard output is a pipe). */
async function serveLogs(env: Record<string, string>): Promise<string> {
  const serve = await startServe({ ...env, ALLOT_LOG_LEVEL: 'info' });
  const closed = new Promise((resolve) => serve.child.once('close', resolve));
  const end = await serve.stop('SIGTERM');
  await closed;
  expect(end, serve.output()).toMatchObject({ code: 0 });
  return serve.output();
}

describe('allot setup (the command, on SQLite)', () => {
  const masterKey = newMasterKey();
  let db: FreshDatabase;
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    db = await freshDatabase('sqlite');
    env = cliEnv(db.url, masterKey, { ALLOT_PUBLIC_URL: 'https://licenses.example.com' });
    dir = mkdtempSync(join(tmpdir(), 'allot-setup-'));
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What the earlier tests made, for the later ones (tests of a describe run in order). */
  let made: { account: { id: string }; operatorToken: { token: string } } | undefined;

  it('a first start says, in one line without secrets, to run `npx allot setup`', async () => {
    const before = await serveLogs(env);
    const hints = before.split('\n').filter((l) => l.includes(SETUP_HINT));
    expect(hints, before).toHaveLength(1);
    expect(JSON.parse(hints[0]!)).toMatchObject({ level: 30, msg: expect.stringContaining('https://licenses.example.com/') });
    expect(before, 'the setup line says what the operator-token line would').not.toContain('ALLOT_OPERATOR_TOKEN is not set');
  }, 180_000);

  it('with flags it makes the account, an administrator who signs in through POST /v1/session, and an operator token that authenticates', async () => {
    const passwordFile = join(dir, 'password');
    writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    const unopened = { ...env, ALLOT_DATABASE_URL: `sqlite:${join(dir, 'never.db')}` };
    const [missing, both] = await Promise.all([
      runCli(['setup', '--email', 'ana@acme.com'], unopened),
      runCli(['setup', '--account-name', 'Acme Corp', '--email', 'ana@acme.com', '--password-stdin', '--password-file', passwordFile], unopened),
    ]);
    expectExit(missing, 2);
    expect(missing.stderr.trim()).toBe('allot: without a terminal to ask on, give --account-name <name>, --password-stdin or --password-file <file>');
    expectExit(both, 2);
    expect(both.stderr).toContain('give --password-stdin or --password-file, not both');
    expect(existsSync(join(dir, 'never.db')), 'argument errors come before the database is opened').toBe(false);

    const setup = await runCli(['setup', '--account-name', 'Acme Corp', '--email', 'Ana@Acme.com', '--password-file', passwordFile, '--json'], env);
    expectExit(setup, 0);
    const out = jsonOf(setup);
    made = out;
    expect(out).toMatchObject({
      account: { name: 'Acme Corp' },
      administrator: { email: 'ana@acme.com', role: 'account_admin', status: 'active' },
      operatorToken: { role: 'operator', token: expect.stringMatching(/^allot_/) },
      consoleUrl: 'https://licenses.example.com/',
    });

    const server = await startTestServer('sqlite', { db, masterKey });
    try {
      const browser = consoleClient(server.app);
      const signedIn = await browser.signIn('ana@acme.com', PASSWORD);
      expect(signedIn.status, signedIn.text).toBe(200);
      expect(signedIn.body).toMatchObject({ member: { email: 'ana@acme.com', role: 'account_admin' }, account: { id: out.account.id, name: 'Acme Corp' } });
      expect((await consoleClient(server.app).signIn('ana@acme.com', `${PASSWORD}\n`)).status, 'the line end of the file is not part of the password').toBe(401);
      const accounts = await apiClient(server.app, out.operatorToken.token).get('/v1/accounts');
      expect(accounts.status, accounts.text).toBe(200);
      expect(accounts.body.data.map((a: { id: string }) => a.id)).toContain(out.account.id);
      expect((await apiClient(server.app, `${out.operatorToken.token}x`).get('/v1/accounts')).status).toBe(401);
    } finally {
      await server.stop();
    }
  }, 180_000);

  it('once set up, setup refuses (exit 2) unless --force, and a start no longer shows the line', async () => {
    expect(made, 'the setup test ran').toBeDefined();
    // Once set up: refused (before reading a password), unless --force; the human summary says where to sign in.
    const [again, forced] = await Promise.all([
      runWithStdin(['setup', '--account-name', 'Other', '--email', 'bo@other.com', '--password-stdin'], env, PASSWORD),
      runWithStdin(['setup', '--account-name', 'Other', '--email', 'bo@other.com', '--password-stdin', '--force'], env, `${PASSWORD}\n`),
    ]);
    expectExit(again, 2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^allot: Allot is set up already: .*https:\/\/licenses\.example\.com\/.*allot setup --force/);
    expectExit(forced, 0);
    expect(forced.stdout).toContain('Allot is set up.');
    expect(forced.stdout).toMatch(/operator token {2}allot_\S+\n/);
    expect(forced.stdout).toContain('shown this once');
    expect(forced.stdout).toContain('keeps only its hash');
    expect(forced.stdout).toContain('ALLOT_OPERATOR_TOKEN');
    expect(forced.stdout).toContain('Sign in at https://licenses.example.com/ as bo@other.com');
    expect(forced.stdout).not.toContain(PASSWORD);
    expect(() => JSON.parse(forced.stdout), 'without --json, no JSON').toThrow();

    const after = await serveLogs(env);
    expect(after).toContain('Allot is serving');
    expect(after).not.toContain(SETUP_HINT);
  }, 180_000);

  const script = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
  it.skipIf(!script)('on a terminal it asks (the password hidden, twice, again when they differ) and sets up', async () => {
    const fresh = await freshDatabase('sqlite');
    try {
      // script(1) gives the command a terminal; answers are typed once each question is on screen.
      const child = spawn(script!, ['-qec', `${process.execPath} bin/allot.mjs setup`, '/dev/null'], {
        cwd: ROOT,
        env: cliEnv(fresh.url, masterKey, { ALLOT_PORT: '9123' }),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let screen = '';
      const waiters: { text: string; from: number; resolve: (at: number) => void }[] = [];
      let exited = false;
      const onOutput = (c: Buffer) => {
        screen += c.toString('utf8');
        for (const w of [...waiters]) {
          const at = screen.indexOf(w.text, w.from);
          if (at >= 0) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(at + w.text.length);
          }
        }
      };
      child.stdout.on('data', onOutput);
      child.stderr.on('data', onOutput);
      const closed = new Promise<number | null>((resolve) =>
        child.once('close', (code) => {
          exited = true;
          resolve(code);
        }),
      );
      let seen = 0;
      /** Waits until `text` is on screen (after what was answered already), then types `answer`. */
      const answer = async (text: string, typed: string) => {
        seen = await new Promise<number>((resolve, reject) => {
          const at = screen.indexOf(text, seen);
          if (at >= 0) return resolve(at + text.length);
          if (exited) return reject(new Error(`the command ended before asking "${text}":\n${screen}`));
          waiters.push({ text, from: seen, resolve });
          void closed.then(() => reject(new Error(`the command ended before asking "${text}":\n${screen}`)));
        });
        child.stdin.write(`${typed}\r`);
      };
      await answer('Account name', 'Acme Corp');
      await answer('Administrator email', 'not-an-address');
      await answer('Administrator email', 'cy@acme.com');
      await answer('Administrator password', PASSWORD);
      await answer('The same password again', `${PASSWORD}-typo`);
      await answer('Administrator password', PASSWORD);
      await answer('The same password again', PASSWORD);
      const code = await closed;
      expect(code, screen).toBe(0);
      expect(screen).toContain('That is not an email address.');
      expect(screen).toContain('The two passwords differ');
      expect(screen).toContain('Sign in at http://localhost:9123/ as cy@acme.com');
      expect(screen, 'the password is never echoed').not.toContain(PASSWORD);

      const server = await startTestServer('sqlite', { db: fresh, masterKey });
      try {
        expect((await consoleClient(server.app).signIn('cy@acme.com', PASSWORD)).status).toBe(200);
      } finally {
        await server.stop();
      }
    } finally {
      await fresh.drop();
    }
  }, 180_000);
});

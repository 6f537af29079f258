/**
 * `allot operator create|list` (docs/operations.md, "Operator members"): the command, run for
 * real, adds one of the vendor's people with the password from standard input (never an
 * argument); they then sign in through POST /v1/operator/session. Without a terminal and without
 * --password-stdin it refuses before opening anything.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, jsonOf, newMasterKey, ROOT, runCli, show, type CliResult } from '../helpers/cli.ts';
import { dialects, freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { startTestServer } from '../helpers/harness.ts';
import { START_MS } from '../helpers/processes.ts';
import { consoleClient } from '../helpers/session.ts';

const PASSWORD = 'correct horse battery staple';

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

describe.each(dialects())('allot operator on %s', (dialect) => {
  const masterKey = newMasterKey();
  let db: FreshDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await freshDatabase(dialect);
    env = cliEnv(db.url, masterKey, { ALLOT_PUBLIC_URL: 'https://licenses.example.com' });
  });
  afterAll(async () => db?.drop());

  it('creates an operator member from standard input, lists them, and they sign in to the operator console', async () => {
    const noPassword = await runCli(['operator', 'create', '--email', 'olga@vendor.example', '--name', 'Olga Ops'], env);
    expect(noPassword.code, show(noPassword)).toBe(2);
    expect(noPassword.stderr).toContain('--password-stdin');

    const short = await runWithStdin(['operator', 'create', '--email', 'olga@vendor.example', '--name', 'Olga Ops', '--password-stdin'], env, 'short\n');
    expect(short.code, show(short)).not.toBe(0);
    expect(short.stderr).toContain('password');

    const created = await runWithStdin(['operator', 'create', '--email', 'Olga@Vendor.example', '--name', 'Olga Ops', '--password-stdin', '--json'], env, `${PASSWORD}\n`);
    expect(created.code, show(created)).toBe(0);
    expect(jsonOf(created)).toMatchObject({ email: 'olga@vendor.example', name: 'Olga Ops', status: 'active', lastSignInAt: null });
    expect(created.stdout + created.stderr).not.toContain(PASSWORD);

    const again = await runWithStdin(['operator', 'create', '--email', 'olga@vendor.example', '--name', 'Again', '--password-stdin'], env, PASSWORD);
    expect(again.code, show(again)).not.toBe(0);
    expect(again.stderr).toContain('OPERATOR_EXISTS');

    const list = await runCli(['operator', 'list', '--json'], env);
    expect(list.code, show(list)).toBe(0);
    expect(jsonOf(list).map((m: { email: string }) => m.email)).toEqual(['olga@vendor.example']);
    const table = await runCli(['operator', 'list'], env);
    expect(table.stdout).toContain('olga@vendor.example');

    const server = await startTestServer(dialect, { db, masterKey });
    try {
      const browser = consoleClient(server.app);
      const signedIn = await browser.post('/v1/operator/session', { email: 'olga@vendor.example', password: PASSWORD }, { csrf: null });
      expect(signedIn.status, signedIn.text).toBe(200);
      expect(signedIn.body.operator).toMatchObject({ email: 'olga@vendor.example', name: 'Olga Ops' });
    } finally {
      await server.stop();
    }
  }, START_MS * 6);
});

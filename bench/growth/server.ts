/**
 * Allot as `node bin/allot.mjs serve` in a process of its own on a database the growth scenario
 * keeps between runs of the server (the API makes the subscriptions, the server stops, the
 * seeding adds rows, the server starts again on the same database with the same master key),
 * and the CLI commands run against that database as an operator would run them.
 * Also the process's resident memory, read from /proc (Linux).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, stopChild, waitUntilServing } from '../allot.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ALLOT_BIN = join(REPO, 'bin', 'allot.mjs');

/** What every process of one installation shares: its database, master key and operator token. */
export interface Installation {
  databaseUrl: string;
  masterKey: string;
  operatorToken: string;
  /** More ALLOT_* settings for the server. */
  env: Record<string, string>;
  /** A directory for logs and backups. */
  workDir: string;
}

export const newInstallation = (databaseUrl: string, workDir: string, env: Record<string, string> = {}): Installation => ({
  databaseUrl,
  masterKey: randomBytes(32).toString('base64'),
  operatorToken: randomBytes(24).toString('hex'),
  env,
  workDir,
});

/** The environment without the caller's own ALLOT_* settings, plus the installation's. */
function environment(inst: Installation, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const own = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ALLOT_')));
  return { ...own, ...inst.env, ...extra, ALLOT_DATABASE_URL: inst.databaseUrl, ALLOT_MASTER_KEY: inst.masterKey, ALLOT_OPERATOR_TOKEN: inst.operatorToken };
}

export interface Served {
  url: string;
  pid: number;
  /** From spawning to the first 200 of /healthz (migrations checked, sweeps started). */
  startMs: number;
  stop(): Promise<void>;
}

export async function serve(inst: Installation, name: string): Promise<Served> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(inst.workDir, `${name}.log`);
  const log = openSync(logFile, 'a');
  const started = performance.now();
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, [ALLOT_BIN, 'serve'], {
      cwd: inst.workDir,
      env: environment(inst, { ALLOT_HOST: '127.0.0.1', ALLOT_PORT: String(port) }),
      stdio: ['ignore', log, log],
    });
  } finally {
    closeSync(log);
  }
  try {
    await waitUntilServing(child, `${url}/healthz`, logFile, 300_000);
  } catch (error) {
    await stopChild(child, 2000);
    throw error;
  }
  const startMs = Math.round(performance.now() - started);
  let stopped: Promise<void> | null = null;
  return { url, pid: child.pid!, startMs, stop: () => (stopped ??= stopChild(child)) };
}

export interface CliRun {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `allot <args>` against the installation's database, timed from spawn to exit. */
export function allotCli(inst: Installation, args: string[]): Promise<CliRun> {
  return command(process.execPath, [ALLOT_BIN, ...args], inst.workDir, environment(inst));
}

/** Any command, timed from spawn to exit, its output kept. */
export function command(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ ms: Math.round(performance.now() - started), code, stdout, stderr }));
  });
}

/** The process's resident memory in bytes (VmRSS), or NaN once it is gone. */
export function rssBytes(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Samples the process's RSS every `everyMs` while `work` runs: the work's result and the highest reading. */
export async function peakRss<T>(pid: number, work: () => Promise<T>, everyMs = 10): Promise<{ result: T; peakBytes: number; beforeBytes: number }> {
  const beforeBytes = rssBytes(pid);
  let peakBytes = beforeBytes;
  const timer = setInterval(() => {
    const now = rssBytes(pid);
    if (now > peakBytes) peakBytes = now;
  }, everyMs);
  try {
    const result = await work();
    peakBytes = Math.max(peakBytes, rssBytes(pid));
    return { result, peakBytes, beforeBytes };
  } finally {
    clearInterval(timer);
  }
}

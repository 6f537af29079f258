/**
 * Allot as the benchmarks see it, reached over HTTP on 127.0.0.1 with an operator token, on a
 * fresh database of its own:
 *
 * - startAllot: the real server (startServer, as `allot serve` runs it) in this process;
 * - spawnAllot: `node bin/allot.mjs serve` in a process of its own, configured through ALLOT_*
 *   variables as an installation is, so that a load generator in this process shares no event
 *   loop with it (throughput). Its log (at the production level unless told otherwise) goes to
 *   a file, not through this process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig } from '../src/boot/config.ts';
import { startServer, type RunningServer } from '../src/boot/server.ts';
import { freshDatabase } from './databases.ts';
import type { Dialect } from './scenario.ts';

export interface Answer {
  status: number;
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface AllotUnderTest {
  url: string;
  operatorToken: string;
  /** A request as the operator; `body` a string is sent as is (set its content-type), otherwise as JSON. */
  call(method: 'GET' | 'POST', path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  /** Like call, but fails unless the status is `expected`. */
  expect(expected: number, method: 'GET' | 'POST', path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** ALLOT_* settings on top of the database, keys, host and port (which are always set). */
  env?: Record<string, string>;
  /** Node flags before the script, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

export interface AllotProcess extends AllotUnderTest {
  pid: number;
  /** Where the process's standard output and error go. */
  logFile: string;
  /** A directory of the process's own, for profiles and such; removed after the scenario. */
  workDir: string;
  /** The files in workDir with this ending (after stop: e.g. the CPU profile). */
  filesEnding(suffix: string): Promise<string[]>;
  /** stop() only ends the process (its log and profile stay); dispose() also drops the database and workDir. */
  dispose(): Promise<void>;
}

const REPO = fileURLToPath(new URL('..', import.meta.url));
const ALLOT_BIN = join(REPO, 'bin', 'allot.mjs');

function allotClient(url: string, operatorToken: string): Pick<AllotUnderTest, 'call' | 'expect'> {
  const call: AllotUnderTest['call'] = async (method, path, body, headers = {}) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${operatorToken}`, ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, text, body: parsed };
  };
  return {
    call,
    async expect(expected, method, path, body, headers) {
      const answer = await call(method, path, body, headers);
      if (answer.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
      return answer;
    },
  };
}

export async function startAllot(dialect: Dialect): Promise<AllotUnderTest> {
  const db = await freshDatabase(dialect);
  const operatorToken = randomBytes(24).toString('hex');
  // Only what is set here: nothing of the environment's own ALLOT_* settings.
  const config = readConfig({
    ALLOT_DATABASE_URL: db.url,
    ALLOT_MASTER_KEY: randomBytes(32).toString('base64'),
    ALLOT_OPERATOR_TOKEN: operatorToken,
    ALLOT_HOST: '127.0.0.1',
    ALLOT_PORT: '0',
  });
  let server: RunningServer;
  try {
    server = await startServer(config, { listen: true, logs: false, mail: false });
  } catch (error) {
    await db.drop();
    throw error;
  }
  const { url } = server;
  const running = server;
  return {
    url,
    operatorToken,
    ...allotClient(url, operatorToken),
    async stop() {
      try {
        await running.stop();
      } finally {
        await db.drop();
      }
    },
  };
}

/** A port free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The environment without the caller's own ALLOT_* settings: a run configures everything it uses. */
function environmentWithoutAllot(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ALLOT_')));
}

const tail = (file: string) => {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '(no log)';
  }
};

/** Ends a child: SIGINT (the server closes, and writes its CPU profile if asked), then SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Waits until GET url answers 200, or fails when the child exits or `timeoutMs` passes. */
export async function waitUntilServing(child: ChildProcess, url: string, logFile: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before serving; its log:\n${tail(logFile)}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer ${url} within ${timeoutMs} ms; its log:\n${tail(logFile)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function spawnAllot(dialect: Dialect, options: SpawnOptions = {}): Promise<AllotProcess> {
  const db = await freshDatabase(dialect);
  const workDir = await mkdtemp(join(tmpdir(), 'allot-bench-proc-'));
  const cleanUp = async () => {
    try {
      await db.drop();
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  };
  const operatorToken = randomBytes(24).toString('hex');
  const logFile = join(workDir, 'allot.log');
  let child: ChildProcess;
  let url: string;
  try {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env = {
      ...environmentWithoutAllot(),
      ...options.env,
      ALLOT_DATABASE_URL: db.url,
      ALLOT_MASTER_KEY: randomBytes(32).toString('base64'),
      ALLOT_OPERATOR_TOKEN: operatorToken,
      ALLOT_HOST: '127.0.0.1',
      ALLOT_PORT: String(port),
    };
    const log = openSync(logFile, 'a');
    try {
      child = spawn(process.execPath, [...(options.nodeArgs ?? []), ALLOT_BIN, 'serve'], { cwd: workDir, env, stdio: ['ignore', log, log] });
    } finally {
      closeSync(log);
    }
    await waitUntilServing(child, `${url}/healthz`, logFile).catch(async (error) => {
      await stopChild(child, 2000);
      throw error;
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const running = child;
  let stopped: Promise<void> | null = null;
  const stop = () => (stopped ??= stopChild(running));
  return {
    url,
    operatorToken,
    pid: running.pid!,
    logFile,
    workDir,
    ...allotClient(url, operatorToken),
    async filesEnding(suffix) {
      return (await readdir(workDir)).filter((f) => f.endsWith(suffix)).map((f) => join(workDir, f));
    },
    stop,
    async dispose() {
      try {
        await stop();
      } finally {
        await cleanUp();
      }
    },
  };
}

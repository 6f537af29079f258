import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { OPERATOR_TOKEN } from './harness.ts';
import { noteProcessOutput } from './run-log.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A port nobody listens on right now (the OS picks it: listen on 0, then close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** What the process wrote to standard error and output so far (for failure messages). */
  output(): string;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<string>;
  /** Sends the signal and waits for the process to end (SIGKILL after `graceMs`: only a hung process, even on a loaded machine). */
  kill(signal?: NodeJS.Signals, graceMs?: number): Promise<string>;
}

export interface SpawnOptions {
  databaseUrl: string;
  masterKey: string;
  port?: number;
  env?: Record<string, string>;
}

/**
 * How long a stopping process may take before it is killed. Generous: a test that expects a clean
 * exit (code 0) must not see a SIGKILL because a loaded machine took a few seconds to shut down.
 */
export const STOP_GRACE_MS = 30_000;
/** How long a process may take to start (and a CLI run to finish) before it is given up on: generous for the same reason. */
export const START_MS = 45_000;
/**
 * The timeout of a heavy test (suite option `{ timeout: HEAVY_TEST_MS }`): one that starts node
 * processes (servers, CLI runs) or storms a server with hundreds of requests. A process start
 * takes a second on a quiet machine and fifteen on a loaded one; a storm of 1,000 activations
 * takes a second, and more than a minute and a half. Only a hung test runs into it.
 */
export const HEAVY_TEST_MS = 300_000;

const running = new Set<ServerProcess>();
// Should the test process end without its afterAll (a crash), take the servers with it.
process.once('exit', () => {
  for (const s of running) s.child.kill('SIGKILL');
});

/** `node bin/allot.mjs serve` as a child process, ready once /healthz answers 200. */
export async function spawnServer(options: SpawnOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['bin/allot.mjs', 'serve'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ALLOT_DATABASE_URL: options.databaseUrl,
      ALLOT_MASTER_KEY: options.masterKey,
      ALLOT_OPERATOR_TOKEN: OPERATOR_TOKEN,
      ALLOT_HOST: '127.0.0.1',
      ALLOT_PORT: String(port),
      ALLOT_LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
    noteProcessOutput(chunk.toString('utf8'));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // 'exit' can come before the last of the output: 'close' comes after it (for failure messages).
  const outputEnded = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const exited = new Promise<string>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(String(child.exitCode ?? child.signalCode));
    child.once('exit', (code, signal) => resolve(signal ?? String(code)));
  });
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => log,
    exited,
    async kill(signal = 'SIGTERM', graceMs = STOP_GRACE_MS) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      running.delete(server);
      return exited;
    },
  };
  running.add(server);
  try {
    await waitHealthy(server, outputEnded, START_MS);
  } catch (error) {
    await server.kill('SIGKILL');
    throw error;
  }
  return server;
}

async function waitHealthy(server: ServerProcess, outputEnded: Promise<void>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void server.exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) {
      await outputEnded;
      throw new Error(`the server exited (${await server.exited}) before it was healthy:\n${server.output()}`);
    }
    try {
      const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server at ${server.url} was not healthy within ${timeoutMs} ms:\n${server.output()}`);
}

/** Kills every server process this helper started and that is still running (afterAll). */
export async function killAllServers(): Promise<void> {
  await Promise.all([...running].map((s) => s.kill('SIGKILL')));
}

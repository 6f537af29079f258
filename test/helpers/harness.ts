import { randomBytes } from 'node:crypto';
import type { Clock } from '../../src/app/ports/clock-ids.ts';
import { readConfig, type Config } from '../../src/boot/config.ts';
import { startServer, type RunningServer } from '../../src/boot/server.ts';
import { freshDatabase, type FreshDatabase } from './db.ts';
import type { Dialect } from './env.ts';
import { noteSecret, runLogStream, tee } from './run-log.ts';

export const OPERATOR_TOKEN = 'test-operator-token-0123456789';

/** A clock the test moves by hand (expiry, grace periods, check-in deadlines). */
export class TestClock implements Clock {
  constructor(public t = Date.parse('2026-06-01T00:00:00Z')) {}
  now = () => this.t;
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface TestServer extends RunningServer {
  clock: TestClock;
  db: FreshDatabase;
  config: Config;
  /** Stops the server and drops its database. */
  close(): Promise<void>;
}

export interface TestServerOptions {
  clock?: TestClock;
  db?: FreshDatabase;
  env?: Record<string, string>;
  listen?: boolean;
  masterKey?: string;
  /** Capture logs (at ALLOT_LOG_LEVEL, default silent) into this stream. */
  logStream?: NodeJS.WritableStream;
  /** Run the background sweeps (off by default: tests call services.sweeps.run()). */
  sweeps?: boolean;
}

export function testConfig(dbUrl: string, env: Record<string, string> = {}, masterKey?: string): Config {
  return readConfig({
    ALLOT_DATABASE_URL: dbUrl,
    ALLOT_OPERATOR_TOKEN: OPERATOR_TOKEN,
    ALLOT_MASTER_KEY: masterKey ?? randomBytes(32).toString('base64'),
    ALLOT_HOST: '127.0.0.1',
    ALLOT_PORT: '0',
    ALLOT_LOG_LEVEL: 'silent',
    ...env,
  });
}

/** An Allot server on a database of its own, driven through inject (or a real port with listen). */
export async function startTestServer(dialect: Dialect, options: TestServerOptions = {}): Promise<TestServer> {
  const db = options.db ?? (await freshDatabase(dialect));
  const clock = options.clock ?? new TestClock();
  // Every test server logs into the run's log (debug level, unless the test chose a level), which
  // global teardown reads for secrets; a test that captures logs gets them too.
  const runLog = runLogStream();
  const env = { ...(runLog && { ALLOT_LOG_LEVEL: 'debug' }), ...options.env };
  let config: ReturnType<typeof testConfig>;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    config = testConfig(db.url, env, options.masterKey);
    noteSecret(OPERATOR_TOKEN);
    const logStream = options.logStream && runLog ? tee(options.logStream, runLog) : (options.logStream ?? runLog ?? undefined);
    server = await startServer(config, {
      clock,
      logs: logStream !== undefined,
      logStream,
      listen: options.listen ?? false,
      sweeps: options.sweeps ?? false,
    });
  } catch (error) {
    // A server that did not start (a test of a refused setting) leaves no database behind.
    if (!options.db) await db.drop();
    throw error;
  }
  return {
    ...server,
    clock,
    db,
    config,
    async close() {
      await server.stop();
      if (!options.db) await db.drop();
    },
  };
}

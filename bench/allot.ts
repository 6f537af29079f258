/**
 * Allot as the benchmarks see it: the real server (startServer, as `allot serve` runs it)
 * in this process on a fresh database, reached over HTTP on 127.0.0.1 with an operator token.
 */
import { randomBytes } from 'node:crypto';
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
  const running = server;
  return {
    url,
    operatorToken,
    call,
    async expect(expected, method, path, body, headers) {
      const answer = await call(method, path, body, headers);
      if (answer.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
      return answer;
    },
    async stop() {
      try {
        await running.stop();
      } finally {
        await db.drop();
      }
    },
  };
}

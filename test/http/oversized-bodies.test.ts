/**
 * A body over the limit, over real sockets: every client gets its 413 and the error body, never
 * a reset, whether it sends Content-Length or chunks, whether it goes on writing to the end or
 * stops when the answer comes (docs/security.md, "Bodies too large"). The client is node:net,
 * so nothing between the test and the server hides a reset. No assertion depends on timing.
 */
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LINGER_MAX_BYTES } from '../../src/domain/limits.ts';
import { dialects } from '../helpers/db.ts';
import { device, seedSubscription } from '../helpers/fixtures.ts';
import { apiClient } from '../helpers/api.ts';
import { OPERATOR_TOKEN, startTestServer, type TestServer } from '../helpers/harness.ts';

const MB = 1_000_000;
const PIECE_BYTES = 64 * 1024;

type Framing = 'content-length' | 'chunked';

interface Route {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
}

interface Upload {
  route: Route;
  bodyBytes: number;
  framing: Framing;
  /** Stops writing once the answer is in (else writes the whole body, then reads on). */
  stopsOnAnswer: boolean;
}

interface Outcome {
  what: string;
  status?: number;
  headers: Record<string, string>;
  body?: any;
  /** A connection error the client saw (EPIPE, ECONNRESET …). */
  error?: string;
  bodyBytesWritten: number;
}

const ROUTES: Route[] = [
  { name: 'activate', method: 'POST', path: '/v1/client/activate', headers: {} },
  { name: 'sign-in', method: 'POST', path: '/v1/session', headers: {} },
  { name: 'admin PATCH', method: 'PATCH', path: `/v1/subscriptions/${randomUUID()}`, headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } },
];

/** Every route × size × framing × client behaviour, in an order that varies each of them from one upload to the next. */
const UPLOADS: Upload[] = [];
for (const stopsOnAnswer of [false, true])
  for (const bodyBytes of [2 * MB, 5 * MB, 10 * MB])
    for (const framing of ['content-length', 'chunked'] as const)
      for (const route of ROUTES) UPLOADS.push({ route, bodyBytes, framing, stopsOnAnswer });
const spread = (n: number, offset = 0): Upload[] => Array.from({ length: n }, (_, i) => UPLOADS[(i * 7 + offset) % UPLOADS.length]!);

/** The first HTTP answer in `data`, once all of it (headers and Content-Length bytes of body) has arrived. */
function parseAnswer(data: Buffer): Pick<Outcome, 'status' | 'headers' | 'body'> | null {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length']);
  if (!Number.isInteger(length) || data.length < end + 4 + length) return null;
  const text = data.subarray(end + 4, end + 4 + length).toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine!)?.[1]), headers, body };
}

/** One client over a socket of its own: writes the head, then the body piece by piece while it reads the answer. */
async function upload(base: URL, u: Upload): Promise<Outcome> {
  const outcome: Outcome = {
    what: `${u.route.name}, ${u.bodyBytes / MB} MB, ${u.framing}, ${u.stopsOnAnswer ? 'stops on the answer' : 'writes it all'}`,
    headers: {},
    bodyBytesWritten: 0,
  };
  const socket = net.connect(Number(base.port), base.hostname);
  let received = Buffer.alloc(0);
  let answered = false;
  let onAnswer = (): void => undefined;
  const answer = new Promise<void>((resolve) => (onAnswer = resolve));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', (error: NodeJS.ErrnoException) => (outcome.error ??= error.code ?? error.message));
  socket.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    const parsed = answered ? null : parseAnswer(received);
    if (parsed) {
      Object.assign(outcome, parsed);
      answered = true;
      onAnswer();
    }
  });
  /** Waits for the socket to take more, or to close. */
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        socket.off('drain', done);
        socket.off('close', done);
        resolve();
      };
      socket.on('drain', done);
      socket.on('close', done);
    });
  const write = async (data: string | Buffer): Promise<void> => {
    if (!socket.write(data)) await drained();
  };

  const head =
    `${u.route.method} ${u.route.path} HTTP/1.1\r\nHost: ${base.host}\r\nContent-Type: application/json\r\n` +
    Object.entries(u.route.headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('') +
    (u.framing === 'chunked' ? 'Transfer-Encoding: chunked\r\n' : `Content-Length: ${u.bodyBytes}\r\n`) +
    '\r\n';
  await write(head);
  const filler = Buffer.alloc(PIECE_BYTES, 'a');
  while (outcome.bodyBytesWritten < u.bodyBytes && !socket.destroyed && !(u.stopsOnAnswer && answered)) {
    const piece = filler.subarray(0, Math.min(PIECE_BYTES, u.bodyBytes - outcome.bodyBytesWritten));
    outcome.bodyBytesWritten += piece.length;
    await write(u.framing === 'chunked' ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece);
  }
  if (u.framing === 'chunked' && outcome.bodyBytesWritten === u.bodyBytes && !socket.destroyed) await write('0\r\n\r\n');
  if (u.stopsOnAnswer) {
    // Done with the connection once the answer is in.
    await Promise.race([answer, closed]);
    socket.end();
  }
  // The server closes the connection (Connection: close) once it has read the body.
  await closed;
  return outcome;
}

/** Zero connection errors; every client got 413 PAYLOAD_TOO_LARGE (or the given refusal) with its request id, and the connection closes. */
function expectAllAnswered(outcomes: Outcome[], status = 413, code = 'PAYLOAD_TOO_LARGE'): void {
  const failed = outcomes.filter((o) => o.error !== undefined || o.status !== status);
  expect(
    failed.map((o) => `${o.what}: ${o.error ?? `status ${o.status}`} after ${o.bodyBytesWritten} bytes`),
    `${failed.length} of ${outcomes.length} clients failed`,
  ).toEqual([]);
  for (const o of outcomes) {
    expect(o.body?.error, o.what).toMatchObject({ code, requestId: o.headers['x-request-id'] });
    expect(o.headers.connection, o.what).toBe('close');
  }
}

describe.each(dialects())('bodies over the limit, over sockets, on %s', (dialect) => {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function boot(): Promise<URL> {
    // Sign-ins are limited per address and minute: this test signs in far more often.
    server = await startTestServer(dialect, { listen: true, env: { ALLOT_SIGN_IN_PER_MINUTE: '100000' } });
    return new URL(server.url);
  }

  it('answers 40 clients in a row, each with 413 and its error body, none reset', async () => {
    const base = await boot();
    const outcomes: Outcome[] = [];
    for (const u of spread(40)) outcomes.push(await upload(base, u));
    expectAllAnswered(outcomes);
    // The server goes on serving.
    const api = apiClient(server!.app);
    const seed = await seedSubscription(api, 1);
    const ok = await fetch(new URL('/v1/client/activate', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: seed.primaryKey, ...device(1) }),
    });
    expect(ok.status).toBe(201);
  });

  it('answers 10 clients at once, each with 413 and its error body, none reset', async () => {
    const base = await boot();
    expectAllAnswered(await Promise.all(spread(10, 3).map((u) => upload(base, u))));
  });

  it('answers a refusal that comes before the body (401) the same way', async () => {
    const base = await boot();
    const anonymous = { ...ROUTES[2]!, name: 'admin PATCH without a token', headers: {} };
    const uploads = spread(UPLOADS.length).map((u) => ({ ...u, route: anonymous }));
    expectAllAnswered(await Promise.all(uploads.slice(0, 6).map((u) => upload(base, u))), 401, 'UNAUTHORIZED');
  });

  it('stops reading a body that never ends, after answering 413', async () => {
    const base = await boot();
    const socket = net.connect(Number(base.port), base.hostname);
    let received = Buffer.alloc(0);
    let written = 0;
    socket.on('data', (chunk: Buffer) => (received = Buffer.concat([received, chunk])));
    // Once the server has had enough it resets the connection: that is the point.
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(`POST /v1/client/activate HTTP/1.1\r\nHost: ${base.host}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const piece = Buffer.concat([Buffer.from(`${PIECE_BYTES.toString(16)}\r\n`), Buffer.alloc(PIECE_BYTES, 'a'), Buffer.from('\r\n')]);
    // The bound is on bytes (and on time): the server stops long before 8 times its byte bound.
    while (!socket.destroyed && written < 8 * LINGER_MAX_BYTES) {
      written += PIECE_BYTES;
      if (!socket.write(piece))
        await new Promise<void>((resolve) => {
          const done = () => {
            socket.off('drain', done);
            socket.off('close', done);
            resolve();
          };
          socket.on('drain', done);
          socket.on('close', done);
        });
    }
    await closed;
    expect(written, 'bytes written before the server closed').toBeLessThan(8 * LINGER_MAX_BYTES);
    const answer = parseAnswer(received);
    expect(answer?.status).toBe(413);
    expect(answer?.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

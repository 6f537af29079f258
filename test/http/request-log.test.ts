/**
 * The request log (src/http/request-log.ts, docs/operations.md "Logs"): at info, the device
 * API's answers under 400 are counted and summarised (by route and status) in one line per
 * interval, while every answer of 400 or more keeps a line of its own with its code, and every
 * other route keeps its lines; at debug, every device request has its lines again; a request
 * over ALLOT_LOG_SLOW_MS has its own line. Read from the log itself; nothing here depends on
 * how long anything takes.
 */
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { generateKey } from '../../src/domain/key-format.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { OPERATOR_TOKEN, startTestServer, type TestServer } from '../helpers/harness.ts';

interface Line {
  level: number;
  msg: string;
  reqId?: string;
  req?: { method: string; url: string; remoteAddress?: string };
  res?: { statusCode: number };
  code?: string;
  responseTime?: number;
  total?: number;
  seconds?: number;
  requests?: { route: string; statusCode: number; count: number; meanMs: number; maxMs: number }[];
}

/** A log stream whose lines can be read, and waited for. */
function capture() {
  const stream = new PassThrough();
  let text = '';
  const waiters: (() => void)[] = [];
  stream.on('data', (c: Buffer) => {
    text += c.toString('utf8');
    for (const wake of waiters.splice(0)) wake();
  });
  const lines = (): Line[] =>
    text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Line);
  return {
    stream,
    text: () => text,
    lines,
    /** Resolves with what `probe` finds in the lines, once it finds something. */
    async waitFor<T>(probe: (lines: Line[]) => T | undefined): Promise<T> {
      for (;;) {
        const found = probe(lines());
        if (found !== undefined) return found;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}

/** Lets the stream deliver what was written before. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const onDeviceApi = (l: Line, lines: Line[]): boolean => {
  const url = l.req?.url ?? lines.find((i) => i.reqId === l.reqId && i.req)?.req?.url;
  return url?.startsWith('/v1/client/') ?? false;
};

describe.each(dialects())('the request log on %s', (dialect) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function boot(env: Record<string, string>) {
    const log = capture();
    server = await startTestServer(dialect, { env, logStream: log.stream });
    const api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);
    return { log, api, seed };
  }

  /** Four answers under 400 and two refusals on the device API, and one administrator's read. */
  async function traffic(api: Api, seed: Seeded) {
    const first = await activate(api, seed.primaryKey, 1);
    expect(first.status).toBe(201);
    expect((await activate(api, seed.primaryKey, 2)).status).toBe(201);
    expect((await activate(api, seed.primaryKey, 1)).status, 'the same device again').toBe(200);
    expect((await api.as(null).post('/v1/client/check-in', { activationId: first.body.activation.id, fingerprint: 'fp-1' })).status).toBe(200);
    const unknown = generateKey(randomBytes(32));
    expect((await activate(api, unknown, 3)).status).toBe(404);
    expect((await api.as(null).post('/v1/client/check-in', { activationId: first.body.activation.id })).status).toBe(400);
    expect((await api.as(seed.adminToken).get(`/v1/subscriptions/${seed.subscriptionId}`)).status).toBe(200);
    return { unknown };
  }

  it('at info, summarises the device API by route and status in one line, keeps a line for each refusal, and every other route its lines', async () => {
    // No summary falls due during the test: the one written as the server closes holds it all.
    const { log, api, seed } = await boot({ ALLOT_LOG_LEVEL: 'info', ALLOT_LOG_SUMMARY_SECONDS: '86400' });
    const { unknown } = await traffic(api, seed);
    // The summary of the interval so far is written as the server closes.
    await server!.close();
    server = undefined;
    await settle();
    const lines = log.lines();

    const summaries = lines.filter((l) => l.msg === 'device API requests');
    expect(summaries).toHaveLength(1);
    const summary = summaries[0]!;
    expect(summary.level).toBe(30);
    expect(summary.total).toBe(6);
    const counts = Object.fromEntries(summary.requests!.map((r) => [`${r.route} ${r.statusCode}`, r.count]));
    expect(counts).toEqual({
      'POST /v1/client/activate 201': 2,
      'POST /v1/client/activate 200': 1,
      'POST /v1/client/check-in 200': 1,
      'POST /v1/client/activate 404': 1,
      'POST /v1/client/check-in 400': 1,
    });
    for (const r of summary.requests!) {
      expect(r.meanMs, r.route).toBeGreaterThanOrEqual(0);
      expect(r.maxMs, r.route).toBeGreaterThanOrEqual(r.meanMs);
    }

    // On the device API: no incoming line, and a completed line only for each answer of 400 or more, with its code.
    const device = lines.filter((l) => l.msg !== 'device API requests' && onDeviceApi(l, lines));
    expect(device.map((l) => [l.msg, l.req?.url, l.res?.statusCode, l.code])).toEqual([
      ['request completed', '/v1/client/activate', 404, 'KEY_NOT_FOUND'],
      ['request completed', '/v1/client/check-in', 400, 'INVALID_REQUEST'],
    ]);
    for (const l of device) {
      expect(l.req).toMatchObject({ method: 'POST', remoteAddress: '127.0.0.1' });
      expect(typeof l.responseTime).toBe('number');
      expect(typeof l.reqId).toBe('string');
    }

    // Every other route keeps both of its lines.
    const read = lines.find((l) => l.msg === 'incoming request' && l.req?.url === `/v1/subscriptions/${seed.subscriptionId}`);
    expect(read, 'the administrator read has its incoming line').toBeDefined();
    expect(lines.find((l) => l.msg === 'request completed' && l.reqId === read!.reqId)).toMatchObject({ res: { statusCode: 200 } });

    // No key, no token.
    for (const secret of [seed.primaryKey, seed.primaryKey.replace(/-/g, ''), unknown, seed.adminToken, OPERATOR_TOKEN]) expect(log.text()).not.toContain(secret);
  });

  it('writes the summary every ALLOT_LOG_SUMMARY_SECONDS, each with what happened since the one before', async () => {
    const { log, api, seed } = await boot({ ALLOT_LOG_LEVEL: 'info', ALLOT_LOG_SUMMARY_SECONDS: '1' });
    const summaries = (lines: Line[]) => lines.filter((l) => l.msg === 'device API requests');
    expect((await activate(api, seed.primaryKey, 1)).status).toBe(201);
    const [first] = await log.waitFor((lines) => (summaries(lines).length > 0 ? summaries(lines) : undefined));
    expect(first!.requests).toEqual([expect.objectContaining({ route: 'POST /v1/client/activate', statusCode: 201, count: 1 })]);

    // Two more, in the next summary or the two after it: never counted twice, never lost.
    expect((await activate(api, seed.primaryKey, 2)).status).toBe(201);
    expect((await activate(api, seed.primaryKey, 3)).status).toBe(201);
    const all = await log.waitFor((lines) => {
      const found = summaries(lines);
      return found.reduce((n, l) => n + l.total!, 0) >= 3 ? found : undefined;
    });
    expect(all.reduce((n, l) => n + l.total!, 0)).toBe(3);
    for (const l of all) expect(l.requests!.every((r) => r.route === 'POST /v1/client/activate' && r.statusCode === 201), JSON.stringify(l)).toBe(true);
    // A summary is written only when something was counted: none is empty.
    expect(all.filter((l) => !(l.total! > 0))).toEqual([]);
  });

  it('at debug, every device request has its incoming and completed lines again', async () => {
    const { log, api, seed } = await boot({ ALLOT_LOG_LEVEL: 'debug' });
    expect((await activate(api, seed.primaryKey, 1)).status).toBe(201);
    await settle();
    const lines = log.lines();
    const incoming = lines.find((l) => l.msg === 'incoming request' && l.req?.url === '/v1/client/activate');
    expect(incoming).toBeDefined();
    expect(lines.find((l) => l.msg === 'request completed' && l.reqId === incoming!.reqId)).toMatchObject({ res: { statusCode: 201 } });
    expect(log.text()).not.toContain(seed.primaryKey);
  });

  it('gives a device request over ALLOT_LOG_SLOW_MS a line of its own (0: every one)', async () => {
    const { log, api, seed } = await boot({ ALLOT_LOG_LEVEL: 'info', ALLOT_LOG_SLOW_MS: '0' });
    expect((await activate(api, seed.primaryKey, 1)).status).toBe(201);
    await settle();
    const slow = log.lines().filter((l) => l.msg === 'slow request');
    expect(slow).toHaveLength(1);
    expect(slow[0]).toMatchObject({ level: 40, req: { method: 'POST', url: '/v1/client/activate' }, res: { statusCode: 201 } });
  });
});

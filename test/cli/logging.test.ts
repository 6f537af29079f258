/**
 * Readable logs (src/boot/logging.ts): the formatter as a table of pino lines and the lines
 * people read, redaction kept through it, and ALLOT_LOG_FORMAT changing what a started
 * `allot serve` writes.
 */
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/boot/config.ts';
import { chooseLogFormat, formatLogLine, prettyDestination } from '../../src/boot/logging.ts';
import { LOG_REDACT } from '../../src/http/app.ts';
import { cliEnv, newMasterKey, startServe } from '../helpers/cli.ts';
import { freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';

const T = Date.parse('2026-12-02T18:31:17.123Z');
const line = (entry: Record<string, unknown>) => JSON.stringify({ pid: 4242, hostname: 'build-7', ...entry });

describe('formatLogLine', () => {
  it.each([
    ['a message with fields', line({ level: 30, time: T, msg: 'Allot is serving', url: 'http://127.0.0.1:8080', database: 'sqlite:/srv/allot.db' }),
      '2026-12-02T18:31:17.123Z INFO  Allot is serving url=http://127.0.0.1:8080 database=sqlite:/srv/allot.db'],
    ['every level, padded to one width', line({ level: 40, time: T, msg: 'careful' }), '2026-12-02T18:31:17.123Z WARN  careful'],
    ['error', line({ level: 50, time: T, msg: 'x' }), '2026-12-02T18:31:17.123Z ERROR x'],
    ['fatal', line({ level: 60, time: T, msg: 'x' }), '2026-12-02T18:31:17.123Z FATAL x'],
    ['debug', line({ level: 20, time: T, msg: 'x' }), '2026-12-02T18:31:17.123Z DEBUG x'],
    ['nested objects flatten with dots; long decimals are rounded',
      line({ level: 30, time: T, reqId: 'r-1', res: { statusCode: 200 }, responseTime: 36.75309600000037, msg: 'request completed' }),
      '2026-12-02T18:31:17.123Z INFO  request completed reqId=r-1 res.statusCode=200 responseTime=36.753'],
    ['values with spaces, quotes or = are quoted; null, booleans and arrays as JSON',
      line({ level: 30, time: T, msg: 'm', name: 'Acme Corp', q: 'a="b"', none: null, ok: true, ids: [1, 2], empty: '' }),
      '2026-12-02T18:31:17.123Z INFO  m name="Acme Corp" q="a=\\"b\\"" none=null ok=true ids=[1,2] empty=""'],
    ['a message cannot start a line of its own', line({ level: 30, time: T, msg: 'one\n2026-01-01T00:00:00.000Z INFO  forged' }),
      '2026-12-02T18:31:17.123Z INFO  one\\n2026-01-01T00:00:00.000Z INFO  forged'],
    ['an error: its type and message inline, its stack on indented lines after',
      line({ level: 50, time: T, msg: 'boom', err: { type: 'Error', message: 'disk full', stack: 'Error: disk full\n    at write (file.ts:1:2)' } }),
      '2026-12-02T18:31:17.123Z ERROR boom err.type=Error err.message="disk full"\n    Error: disk full\n    at write (file.ts:1:2)'],
    ['no message, no time', JSON.stringify({ level: 30, a: 1 }), 'INFO  a=1'],
    ['not JSON: unchanged', 'plain text from somewhere', 'plain text from somewhere'],
    ['JSON but not an object: unchanged', '[1,2]', '[1,2]'],
  ])('%s', (_what, input, expected) => {
    expect(formatLogLine(input)).toBe(expected);
  });

  it('colours the level only when asked', () => {
    const coloured = formatLogLine(line({ level: 40, time: T, msg: 'careful' }), { color: true });
    expect(coloured).toContain('\u001b[33mWARN \u001b[0m');
    expect(coloured.replaceAll('\u001b[33m', '').replaceAll('\u001b[2m', '').replaceAll('\u001b[0m', '')).toBe('2026-12-02T18:31:17.123Z WARN  careful');
  });
});

describe('choosing the format', () => {
  it.each([
    [null, true, 'pretty'],
    [null, false, 'json'],
    ['json', true, 'json'],
    ['pretty', false, 'pretty'],
  ] as const)('ALLOT_LOG_FORMAT %s, standard output a terminal: %s → %s', (configured, tty, expected) => {
    expect(chooseLogFormat(configured, tty)).toBe(expected);
  });

  it('ALLOT_LOG_FORMAT is read and checked', () => {
    expect(readConfig({ ALLOT_LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(readConfig({ ALLOT_LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(readConfig({}).logFormat).toBeNull();
    expect(() => readConfig({ ALLOT_LOG_FORMAT: 'fancy' })).toThrow(/ALLOT_LOG_FORMAT must be pretty or json/);
  });

  it('the pretty destination keeps what pino redacts redacted', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString('utf8')));
    const log = pino({ redact: { paths: LOG_REDACT, censor: '[redacted]' } }, prettyDestination(out));
    log.info({ req: { headers: { authorization: 'Bearer allot_SECRET', cookie: 'allot_session=SECRET' } } }, 'incoming request');
    expect(text).toMatch(/ INFO {2}incoming request req\.headers\.authorization=\[redacted\] req\.headers\.cookie=\[redacted\]\n$/);
    expect(text).not.toContain('SECRET');
  });
});

describe('allot serve and ALLOT_LOG_FORMAT', { timeout: HEAVY_TEST_MS }, () => {
  let db: FreshDatabase;
  const masterKey = newMasterKey();
  beforeAll(async () => {
    db = await freshDatabase('sqlite');
  });
  afterAll(async () => db?.drop());

  /** What a started server wrote from its start to its stop (SIGTERM), once its output has ended. */
  async function logsOf(format: 'pretty' | 'json'): Promise<string[]> {
    const serve = await startServe(cliEnv(db.url, masterKey, { ALLOT_LOG_LEVEL: 'info', ALLOT_LOG_FORMAT: format }));
    const closed = new Promise((resolve) => serve.child.once('close', resolve));
    const end = await serve.stop('SIGTERM');
    await closed;
    expect(end, serve.output()).toMatchObject({ code: 0 });
    return serve.output().trimEnd().split('\n');
  }

  it('pretty: one human line per entry (ISO time, level, message, fields); json: pino lines', async () => {
    const pretty = await logsOf('pretty');
    const json = await logsOf('json');

    const serving = pretty.find((l) => l.includes('Allot is serving'));
    expect(serving, pretty.join('\n')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z INFO {2}Allot is serving .*url=http:\/\/127\.0\.0\.1:\d+/);
    for (const l of pretty) expect(l, 'no JSON in pretty logs').not.toMatch(/^\{/);

    const entries = json.map((l) => JSON.parse(l) as { level: number; msg: string; time: number });
    expect(entries.find((e) => e.msg === 'Allot is serving'), json.join('\n')).toMatchObject({ level: 30, time: expect.any(Number) });
  });
});

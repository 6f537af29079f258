/**
 * Logs people can read in a terminal: pino's JSON lines turned into one line each,
 * `2026-12-02T18:31:17.123Z INFO  Allot is serving url=http://…`. Pino redacts before it
 * serializes, so what arrives here is already redacted; this only changes the layout.
 */
import { Writable } from 'node:stream';

export type LogFormat = 'pretty' | 'json';

/** ALLOT_LOG_FORMAT when set; otherwise pretty for a terminal, JSON for files, pipes and log collectors. */
export const chooseLogFormat = (configured: LogFormat | null, stdoutIsTty: boolean): LogFormat => configured ?? (stdoutIsTty ? 'pretty' : 'json');

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const COLORS: Record<string, string> = { TRACE: '90', DEBUG: '90', INFO: '32', WARN: '33', ERROR: '31', FATAL: '1;31' };
/** Pino's own fields, shown in their places (time, level, message) or not at all. */
const OMITTED = new Set(['time', 'level', 'msg', 'pid', 'hostname', 'v']);

/** Control characters would let a logged value start a line of its own: they are escaped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const escapeControls = (s: string): string => s.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));

function value(v: unknown): string {
  // eslint-disable-next-line no-control-regex -- a bare value has no space, quote, = or control character
  if (typeof v === 'string') return v !== '' && /^[^\s"=\\\u0000-\u001f\u007f]+$/.test(v) ? v : JSON.stringify(v);
  if (v === undefined) return 'undefined';
  // Durations come with a dozen decimals (responseTime=36.75309600000037).
  if (typeof v === 'number' && !Number.isInteger(v)) return String(Number(v.toFixed(3)));
  return JSON.stringify(v);
}

/** `key=value` pairs, nested objects flattened with dots (`req.method=GET`); an error's stack is kept apart. */
function fields(entry: Record<string, unknown>, prefix: string, out: string[], stacks: string[]): void {
  for (const [k, v] of Object.entries(entry)) {
    if (prefix === '' && OMITTED.has(k)) continue;
    const key = prefix + k;
    if (k === 'stack' && typeof v === 'string') stacks.push(v);
    else if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) fields(v as Record<string, unknown>, `${key}.`, out, stacks);
    else out.push(`${key}=${value(v)}`);
  }
}

function levelName(level: unknown): string {
  if (typeof level === 'number') return LEVELS[level] ?? `L${level}`;
  return typeof level === 'string' ? level.toUpperCase() : '?';
}

function timeText(time: unknown): string | null {
  if (typeof time === 'number' && Number.isFinite(time)) return new Date(time).toISOString();
  return typeof time === 'string' ? time : null;
}

/**
 * One pino JSON line as a line for people: ISO time, level, message, then the other fields.
 * An error's stack follows on indented lines. What is not a JSON object passes unchanged.
 */
export function formatLogLine(line: string, options: { color?: boolean } = {}): string {
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return line;
  const e = entry as Record<string, unknown>;
  const level = levelName(e.level);
  const time = timeText(e.time);
  const paint = (code: string | undefined, s: string) => (options.color && code ? `\u001b[${code}m${s}\u001b[0m` : s);
  const pairs: string[] = [];
  const stacks: string[] = [];
  fields(e, '', pairs, stacks);
  const head = [time === null ? null : paint('2', time), paint(COLORS[level], level.padEnd(5)), e.msg === undefined ? null : escapeControls(String(e.msg))];
  const text = [...head.filter((s) => s !== null), ...pairs].join(' ');
  return [text, ...stacks.flatMap((s) => s.split('\n').map((l) => `    ${escapeControls(l.trim())}`))].join('\n');
}

/** A destination for pino that writes each entry to `out` as formatLogLine lays it out. */
export function prettyDestination(out: NodeJS.WritableStream, options: { color?: boolean } = {}): Writable {
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      const text = String(chunk);
      const lines = text.split('\n').filter((l) => l !== '');
      out.write(lines.map((l) => formatLogLine(l, options) + '\n').join(''));
      done();
    },
  });
}

/** Where the server's logs go for a format: undefined is pino's default (JSON to standard output). */
export function logDestination(format: LogFormat, stdout: NodeJS.WriteStream = process.stdout): Writable | undefined {
  if (format === 'json') return undefined;
  return prettyDestination(stdout, { color: Boolean(stdout.isTTY) && !process.env.NO_COLOR });
}

/**
 * Where the server's time goes, from a V8 CPU profile (`node --cpu-prof`): each sample of the
 * server's main thread is put in one category by its stack, read from the innermost frame
 * outwards until a frame says what it is (JSON.parse called by Fastify's body parser is
 * parsing; node:crypto called by jose is signing; the line of Kysely's SQLite driver that calls
 * the native `run` is a write). The samples within one measured load, divided by the requests it
 * answered, give microseconds per request.
 *
 * The profiler samples the thread, not the CPU: a synchronous fsync inside a SQLite COMMIT
 * counts as write time (`store`: the COMMIT's stack, after Kysely's awaits, no longer says whose
 * it is), and time the event loop spends waiting is `idle`.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
  /** Samples of this node by source line (1-based). */
  positionTicks?: { line: number; ticks: number }[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const CATEGORIES = {
  http: "Node's HTTP and sockets: reading the request, writing the answer",
  framework: 'Fastify: routing, hooks, reply (outside the rows below)',
  parse: 'the JSON body parsed',
  validate: 'the body checked against its schema (Ajv)',
  limits: 'the abuse budgets (rate limits)',
  app: "Allot's own code: decisions, views, ids (src/app, src/domain, src/http)",
  lookup: "SQLite's reads: the statements' own (native) time",
  store: "SQLite's writes (native): INSERT, UPDATE, and BEGIN, SAVEPOINT, COMMIT with the fsync of a durable commit",
  dbjs: 'the database in JavaScript: Kysely building queries, the repositories, the pg driver',
  dbsocket: "PostgreSQL's connections: writing queries to their sockets and reading the answers (Node's streams)",
  sign: 'the certificate: EdDSA signing (jose)',
  serialize: "the answer serialized (fast-json-stringify, run by the reply's serialize())",
  log: "the request log (pino, and Allot's own: src/http/request-log.ts)",
  gc: 'garbage collection',
  other: 'native code not attributed to any of these',
  idle: 'waiting: nothing to run (the database, the network)',
} as const;

export type Category = keyof typeof CATEGORIES;

/** What one frame says about a sample, or null to look further out. Order matters: first match wins. */
function frameCategory({ url, functionName }: CallFrame): Category | 'db' | null {
  if (url === '') {
    if (functionName === '(garbage collector)') return 'gc';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'other';
    return null;
  }
  // Allot's own request log (the device API's summary) is the log's too.
  if (/\/node_modules\/(pino|sonic-boom|thread-stream|pino-std-serializers|fast-redact|@pinojs)\//.test(url) || /\/fastify\/lib\/logger/.test(url) || /\/src\/http\/request-log\.ts/.test(url)) return 'log';
  if (/\/node_modules\/jose\//.test(url) || /\/src\/(crypto\/certificate-signer|app\/certificates|app\/signing-keyring)\.ts/.test(url)) return 'sign';
  if (/\/node_modules\/(better-sqlite3|kysely|pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+|buffer-writer|packet-reader)\//.test(url) || /\/src\/storage\//.test(url)) return 'db';
  if (/\/node_modules\/(@fastify\/rate-limit|toad-cache)\//.test(url) || /\/src\/http\/client-limits\.ts/.test(url)) return 'limits';
  if (/\/node_modules\/secure-json-parse\//.test(url) || /\/fastify\/lib\/content-?[tT]ype-?[pP]arser/.test(url)) return 'parse';
  if (/\/node_modules\/(ajv|ajv-formats|@fastify\/ajv-compiler|fast-uri)\//.test(url) || /\/fastify\/lib\/validation/.test(url) || /\/src\/http\/validation\.ts/.test(url)) return 'validate';
  if (/\/node_modules\/(fast-json-stringify|@fastify\/fast-json-stringify-compiler|json-schema-ref-resolver)\//.test(url) || /\/fastify\/lib\/(schemas|error-serializer)/.test(url)) return 'serialize';
  // fast-json-stringify's compiled serializers have no file: they run under the reply's serialize().
  if (functionName === 'serialize' && /\/fastify\/lib\/reply\.js$/.test(url)) return 'serialize';
  if (/\/src\/(app|domain|http|format)\//.test(url)) return 'app';
  if (/\/node_modules\/(fastify|find-my-way|avvio|@fastify\/[a-z-]+|light-my-request|fastq|rfdc|process-warning|abstract-logging)\//.test(url)) return 'framework';
  if (/^node:(_http|http|net|stream|internal\/(http|streams|stream_base|net|js_stream|timers))/.test(url)) return 'http';
  return null;
}

/** Shares of categories: what a sample of one stack counts for. */
type Shares = Partial<Record<Category, number>>;

/** A frame's source lines (for what a native call on a line is). */
type SourceLine = (url: string, line: number) => string;

/**
 * The share of a stack, innermost frame first. A native call (SQLite's statement.all/run) has
 * no frame of its own: its time is its JavaScript caller's, on the line of the call, so the
 * lines a database frame was sampled on tell reads from writes.
 */
function classify(stack: ProfileNode[], sourceLine: SourceLine): Shares {
  for (let i = 0; i < stack.length; i++) {
    const found = frameCategory(stack[i]!.callFrame);
    if (found === null) continue;
    if (found === 'http') {
      // Node's sockets and streams serve HTTP, but also the database's connections and the log.
      const owner = stack.slice(i + 1).map((n) => frameCategory(n.callFrame)).find((c) => c !== null && c !== 'http');
      return { [owner === 'db' ? 'dbsocket' : owner === 'log' ? 'log' : 'http']: 1 };
    }
    if (found !== 'db') return { [found]: 1 };
    // better-sqlite3 is synchronous: its statements run inside Kysely's SQLite driver.
    const ticks = i === 0 && /\/sqlite-driver\.js$|\/better-sqlite3\//.test(stack[0]!.callFrame.url) ? (stack[0]!.positionTicks ?? []) : [];
    const total = ticks.reduce((a, t) => a + t.ticks, 0);
    if (total === 0) return { dbjs: 1 };
    const shares: Shares = {};
    for (const { line, ticks: n } of ticks) {
      const text = sourceLine(stack[0]!.callFrame.url, line);
      const kind: Category = /\.(all|get|iterate)\(/.test(text) ? 'lookup' : /\.(run|exec)\(/.test(text) ? 'store' : 'dbjs';
      shares[kind] = (shares[kind] ?? 0) + n / total;
    }
    return shares;
  }
  return { other: 1 };
}

export interface Window {
  name: string;
  startUs: number;
  endUs: number;
  /** Requests answered in the window. */
  requests: number;
}

export interface WindowProfile {
  name: string;
  /** Microseconds per answered request, by category. */
  usPerRequest: Record<Category, number>;
  /** All but idle. */
  busyUsPerRequest: number;
  samples: number;
}

function sourceLines(): SourceLine {
  const files = new Map<string, string[]>();
  return (url, line) => {
    let lines = files.get(url);
    if (!lines) {
      try {
        lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
      } catch {
        lines = [];
      }
      files.set(url, lines);
    }
    return lines[line - 1] ?? '';
  };
}

export async function summarizeProfile(file: string, windows: Window[]): Promise<WindowProfile[]> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const sourceLine = sourceLines();
  const sharesOf = new Map<number, Shares>();
  const shares = (id: number): Shares => {
    let found = sharesOf.get(id);
    if (found === undefined) {
      const stack: ProfileNode[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
      found = classify(stack, sourceLine);
      sharesOf.set(id, found);
    }
    return found;
  };

  const empty = () => Object.fromEntries(Object.keys(CATEGORIES).map((k) => [k, 0])) as Record<Category, number>;
  const totals = windows.map(() => ({ us: empty(), samples: 0 }));
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample stands for the time since the one before it.
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    const w = windows.findIndex((win) => t >= win.startUs && t <= win.endUs);
    if (w < 0) continue;
    for (const [k, share] of Object.entries(shares(profile.samples[i]!)) as [Category, number][]) totals[w]!.us[k] += delta * share;
    totals[w]!.samples++;
  }
  if (totals.every((x) => x.samples === 0) && profile.samples.length > 0)
    throw new Error(`the CPU profile (${profile.startTime}–${profile.endTime} µs) does not overlap the measured loads: the clocks differ`);
  return windows.map((win, w) => {
    const { us, samples } = totals[w]!;
    const usPerRequest = empty();
    for (const k of Object.keys(us) as Category[]) usPerRequest[k] = win.requests > 0 ? us[k] / win.requests : 0;
    const busyUsPerRequest = (Object.keys(usPerRequest) as Category[]).filter((k) => k !== 'idle').reduce((a, k) => a + usPerRequest[k], 0);
    return { name: win.name, usPerRequest, busyUsPerRequest, samples };
  });
}

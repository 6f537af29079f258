/**
 * Tools for test/cli: run `node bin/allot.mjs …` as a child process (the real CLI, tsx
 * included), start `allot serve` and wait for it, parse the CSV it writes, and make an
 * empty (unmigrated) database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { freshDatabase, type FreshDatabase } from './db.ts';
import { freePort, START_MS, STOP_GRACE_MS } from './processes.ts';
import type { Dialect } from './env.ts';
import { noteProcessOutput, noteSecretsIn } from './run-log.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const newMasterKey = (): string => randomBytes(32).toString('base64');

/** The environment of a CLI run: nothing of the test process's own ALLOT_* (or NODE_OPTIONS) leaks in. */
export function cliEnv(databaseUrl: string, masterKey: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    ALLOT_DATABASE_URL: databaseUrl,
    ALLOT_MASTER_KEY: masterKey,
    ALLOT_LOG_LEVEL: 'warn',
    ...extra,
  };
}

export interface CliResult {
  args: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** For assertion messages: the command, its exit and what it printed. */
export const show = (r: CliResult): string =>
  `allot ${r.args.join(' ')} → exit ${r.code ?? r.signal} in ${Math.round(r.ms)} ms\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

const children = new Set<ChildProcess>();
// Should the test process end early, take the children with it.
process.once('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

/** A command's JSON output names the secrets it made (a token, a key): the run's logs must not hold them. */
function noteSecretsInCliOutput(stdout: string): void {
  try {
    noteSecretsIn(JSON.parse(stdout));
  } catch {
    // Not JSON: a table or a summary.
  }
}

/** Runs `node bin/allot.mjs <args>` in the repository and waits for it to end (SIGKILL after timeoutMs). */
export function runCli(args: string[], env: Record<string, string>, timeoutMs = START_MS): Promise<CliResult> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/allot.mjs', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
    // Standard error is the command's log; standard output is what it was asked for (a token it made, say).
    noteProcessOutput(c.toString('utf8'));
  });
  const timer = setTimeout(() => {
    stderr += `\n[test] killed after ${timeoutMs} ms\n`;
    child.kill('SIGKILL');
  }, timeoutMs);
  return new Promise((resolve, reject) => {
    child.once('error', (e) => {
      clearTimeout(timer);
      children.delete(child);
      reject(e);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      noteSecretsInCliOutput(stdout);
      resolve({ args, code, signal, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** Parses JSON a command printed, with the whole run in the message when it is not JSON. */
export function jsonOf<T = any>(r: CliResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch (error) {
    throw new Error(`not JSON (${String(error)}):\n${show(r)}`);
  }
}


export interface ServeProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Exit code and signal once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends `signal`; SIGKILL if the process is still there after graceMs. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }>;
}

/** `allot serve` on a free port of 127.0.0.1; resolves once /healthz answers 200 (rejects if it exits first). */
export async function startServe(env: Record<string, string>, timeoutMs = START_MS): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/allot.mjs', 'serve'], {
    cwd: ROOT,
    env: { ...env, ALLOT_HOST: '127.0.0.1', ALLOT_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let log = '';
  const keep = (c: Buffer) => {
    log = (log + c.toString('utf8')).slice(-20_000);
    noteProcessOutput(c.toString('utf8'));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let gone = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      gone = true;
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const proc: ServeProcess = {
    url,
    child,
    output: () => log,
    exited,
    async stop(signal = 'SIGTERM', graceMs = STOP_GRACE_MS) {
      let killed = false;
      if (!gone) {
        child.kill(signal);
        const timer = setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, graceMs);
        await exited;
        clearTimeout(timer);
      }
      return { ...(await exited), killed };
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`allot serve exited before it was healthy:\n${log}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return proc;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await proc.stop('SIGKILL');
  throw new Error(`allot serve was not healthy at ${url} within ${timeoutMs} ms:\n${log}`);
}

/**
 * A database with nothing in it, not even the schema: SQLite a new file, PostgreSQL a
 * CREATE DATABASE without the migrated template (freshDatabase copies the template).
 */
export const emptyDatabase = (dialect: Dialect): Promise<FreshDatabase> => freshDatabase(dialect, { empty: true });

/** RFC 4180: fields may be quoted ("" is a quote inside), records end with \n or \r\n. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      endField();
      rows.push(row);
      row = [];
      i += ch === '\r' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/**
 * Reads an aligned text table (columns padded, two spaces apart, header first): each cell is
 * the text from its header's column start to the next one's, trimmed. Throws when a cell
 * does not begin at its column (the table is not aligned).
 */
export function readTable(text: string, columns: readonly string[]): string[][] {
  const lines = text.replace(/\n$/, '').split('\n');
  const header = lines[0] ?? '';
  const starts = columns.map((c) => header.indexOf(c));
  if (starts.some((s, i) => s < 0 || (i > 0 && s <= starts[i - 1]!))) throw new Error(`header "${header}" lacks the columns ${columns.join(', ')} in order`);
  return lines.map((line, n) =>
    starts.map((s, i) => {
      const end = i + 1 < starts.length ? starts[i + 1]! : line.length;
      const cell = line.slice(s, end);
      if (i > 0 && line.length > s && line.slice(s - 2, s) !== '  ')
        throw new Error(`line ${n}, column ${columns[i]}: not aligned (expected two spaces before offset ${s}):\n${text}`);
      if (i + 1 < starts.length && line.length > end && !/ $/.test(cell))
        throw new Error(`line ${n}, column ${columns[i]}: the cell runs into the next column:\n${text}`);
      return cell.trim();
    }),
  );
}

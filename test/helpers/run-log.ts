/**
 * The whole run's logs, checked for secrets (issue 10): every test server logs at debug level
 * into a folder of this run, the test clients note every secret they see (keys, codes, tokens,
 * link tokens, passwords, session ids, CSRF tokens), and global teardown reads every log line
 * and fails the run if any of those secrets (or anything shaped like one) is in it.
 */
import { appendFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export const RUN_LOG_ROOT = 'test-results/run-log';

/** Secrets shorter than this could turn up by chance (an id, a word); none of Allot's is. */
const MIN_SECRET_LENGTH = 10;
/** Field names whose string values are secrets, in a request or an answer. */
const SECRET_FIELDS = new Set(['key', 'token', 'code', 'csrfToken', 'password', 'newPassword', 'currentPassword', 'clientSecret', 'secret']);
/** An error code or a product code is no secret. */
const NOT_SECRET = /^[A-Z][A-Z0-9_]*$|^[a-z][a-z0-9-]*$/;

/** Shapes that only secrets have: a license key or code, an API token, a link with a token. */
export const SECRET_SHAPES: [string, RegExp][] = [
  ['a license key or activation code', /\b[0-9A-HJKMNP-TV-Z]{6}(?:-[0-9A-HJKMNP-TV-Z]{6}){4}\b/],
  // allot_ and 32 random bytes in base64url (a database named allot_t_… is no token).
  ['an API token', /\ballot_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/],
  ['a link token', /[?#&]token=[A-Za-z0-9_%-]{8,}/],
  ['a webhook signing secret', /\bwhsec_[A-Za-z0-9+/]{32}/],
];

function dir(): string | null {
  try {
    return inject('runLogDir');
  } catch {
    return null;
  }
}

let stream: NodeJS.WritableStream | null = null;
/**
 * Where this worker's test servers log (null outside a vitest run with global setup). Written
 * synchronously, so that nothing is lost when the worker exits.
 */
export function runLogStream(): NodeJS.WritableStream | null {
  const d = dir();
  if (!d) return null;
  if (!stream) {
    const fd = openSync(join(d, `server-${process.pid}.log`), 'a');
    stream = { write: (chunk: string) => (writeSync(fd, chunk), true) } as unknown as NodeJS.WritableStream;
  }
  return stream;
}

/** A stream that writes to both (a test that captures logs, and the run's log). */
export function tee(a: NodeJS.WritableStream, b: NodeJS.WritableStream): NodeJS.WritableStream {
  return { write: (chunk: string) => (a.write(chunk), b.write(chunk)) } as unknown as NodeJS.WritableStream;
}

/** Appends output that a spawned Allot process wrote (its log) to the run's log. */
export function noteProcessOutput(text: string): void {
  const d = dir();
  if (d && text) appendFileSync(join(d, `process-${process.pid}.log`), text.endsWith('\n') ? text : `${text}\n`);
}

const seen = new Set<string>();
/** Remembers secrets the run created, to look for in the logs at the end. */
export function noteSecret(...values: (string | null | undefined)[]): void {
  const d = dir();
  if (!d) return;
  const fresh = values.filter((v): v is string => typeof v === 'string' && v.length >= MIN_SECRET_LENGTH && !seen.has(v));
  for (const v of fresh) seen.add(v);
  if (fresh.length) appendFileSync(join(d, `secrets-${process.pid}.txt`), fresh.map((v) => `${JSON.stringify(v)}\n`).join(''));
}

/** Notes every secret in a JSON body (a request's or an answer's), by field name. */
export function noteSecretsIn(body: unknown, depth = 0): void {
  if (depth > 8 || body === null || typeof body !== 'object') return;
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string' && SECRET_FIELDS.has(name) && !NOT_SECRET.test(value)) noteSecret(value);
    else if (typeof value === 'object') noteSecretsIn(value, depth + 1);
  }
}

export interface SecretHit {
  file: string;
  line: number;
  what: string;
}

/** Reads every log of the run in `folder` and returns where a secret stands (nothing, when all is well). */
export function secretsInRunLog(folder: string): SecretHit[] {
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder);
  const secrets = files
    .filter((f) => f.startsWith('secrets-'))
    .flatMap((f) => readFileSync(join(folder, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as string));
  const hits: SecretHit[] = [];
  for (const f of files.filter((f) => f.endsWith('.log'))) {
    readFileSync(join(folder, f), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        for (const s of secrets) if (text.includes(s)) hits.push({ file: f, line: i + 1, what: `a secret the run created (${s.slice(0, 4)}…)` });
        for (const [what, shape] of SECRET_SHAPES) if (shape.test(text)) hits.push({ file: f, line: i + 1, what });
      });
  }
  return hits;
}

/** A fresh folder for this run's logs. */
export function newRunLogDir(): string {
  const d = join(RUN_LOG_ROOT, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  mkdirSync(d, { recursive: true });
  return d;
}

/** At the end of a run: its logs are kept only when they hold a secret (to look at), else removed. */
export function checkRunLog(folder: string): void {
  const hits = secretsInRunLog(folder);
  if (hits.length === 0) {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  // Vitest reports an error thrown by global teardown but does not fail the run for it.
  process.exitCode = 1;
  const list = hits.slice(0, 20).map((h) => `  ${h.file}:${h.line}: ${h.what}`).join('\n');
  throw new Error(`Secrets in the logs of this test run (${hits.length}; kept in ${folder}):\n${list}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    runLogDir: string | null;
  }
}

/**
 * The administrator's requests of the growth scenario, timed as a browser would see them: from
 * sending to the last byte of the body. Each is repeated and reported as its median and its
 * maximum (the first run, on cold caches, is among them); a slow one fewer times (a budget),
 * and one that takes minutes is abandoned (a timeout) rather than holding up the run.
 */
import { peakRss } from './server.ts';

/** The target for every administrator request at 1M devices. */
export const ADMIN_TARGET_MS = 100;

export interface Timed {
  what: string;
  path: string;
  runs: number;
  medianMs: number;
  maxMs: number;
  /** Median time to the first byte of the body (a download starts then). */
  firstByteMs: number;
  status: number;
  /** Bytes of the last run's body (as far as it got). */
  bytes: number;
  /** The last run was abandoned after TimeOptions.timeoutMs: its time is a lower bound. */
  timedOut: boolean;
  /** Peak resident memory of the server while the request ran (the CSV export). */
  peakRssBytes?: number;
  rssBeforeBytes?: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

async function once(url: string, token: string, timeoutMs: number): Promise<{ ms: number; firstByteMs: number; status: number; bytes: number; timedOut: boolean }> {
  const started = performance.now();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let status = 0;
  let bytes = 0;
  let firstByteMs = NaN;
  try {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
    status = res.status;
    // Read the body as it comes (a big CSV is never held whole here either).
    for await (const chunk of res.body ?? []) {
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += (chunk as Uint8Array).byteLength;
    }
  } catch (error) {
    if (!abort.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
  }
  return { ms: performance.now() - started, firstByteMs, status, bytes, timedOut: abort.signal.aborted };
}

export interface TimeOptions {
  /** At most this many runs… */
  runs: number;
  /** …and no new one once the runs so far took this long (at least one run). */
  budgetMs: number;
  /** A run still unanswered after this long is abandoned (and reported as such). */
  timeoutMs: number;
  /** Sample this process's RSS during each run (the server's). */
  serverPid?: number;
}

/** GET `path` repeatedly, one run after another; fails unless every answer is 200 (or abandoned). */
export async function timeGet(base: string, token: string, what: string, path: string, o: TimeOptions): Promise<Timed> {
  const times: number[] = [];
  const firstBytes: number[] = [];
  let last = { status: 0, bytes: 0 };
  let peak = 0;
  let before = NaN;
  let timedOut = false;
  for (let i = 0; i < o.runs && (i === 0 || times.reduce((a, b) => a + b, 0) < o.budgetMs) && !timedOut; i++) {
    const run = () => once(`${base}${path}`, token, o.timeoutMs);
    const r = o.serverPid === undefined ? { result: await run(), peakBytes: 0, beforeBytes: NaN } : await peakRss(o.serverPid, run);
    if (r.result.status !== 200 && !r.result.timedOut) throw new Error(`growth: GET ${path} answered ${r.result.status}`);
    times.push(r.result.ms);
    firstBytes.push(r.result.firstByteMs);
    timedOut = r.result.timedOut;
    last = r.result;
    peak = Math.max(peak, r.peakBytes);
    if (i === 0) before = r.beforeBytes;
  }
  return {
    what,
    path,
    runs: times.length,
    medianMs: round1(median(times)),
    maxMs: round1(Math.max(...times)),
    firstByteMs: round1(median(firstBytes)),
    status: last.status,
    bytes: last.bytes,
    timedOut,
    ...(o.serverPid === undefined ? {} : { peakRssBytes: peak, rssBeforeBytes: before }),
  };
}

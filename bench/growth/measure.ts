/**
 * The administrator's requests of the growth scenario, timed as a browser would see them: from
 * sending to the last byte of the body. Each is repeated and reported as its median and its
 * maximum (the first run, on cold caches, is among them).
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
  bytes: number;
  /** Peak resident memory of the server while the request ran (the CSV export). */
  peakRssBytes?: number;
  rssBeforeBytes?: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

async function once(url: string, token: string): Promise<{ ms: number; firstByteMs: number; status: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  let bytes = 0;
  let firstByteMs = NaN;
  // Read the body as it comes (a big CSV is never held whole here either).
  for await (const chunk of res.body ?? []) {
    if (bytes === 0) firstByteMs = performance.now() - started;
    bytes += (chunk as Uint8Array).byteLength;
  }
  return { ms: performance.now() - started, firstByteMs, status: res.status, bytes };
}

/** GET `path` `runs` times, one after another; fails unless every answer is 200. */
export async function timeGet(base: string, token: string, what: string, path: string, runs: number, serverPid?: number): Promise<Timed> {
  const times: number[] = [];
  const firstBytes: number[] = [];
  let last = { status: 0, bytes: 0 };
  let peak = 0;
  let before = NaN;
  for (let i = 0; i < runs; i++) {
    const run = () => once(`${base}${path}`, token);
    const r = serverPid === undefined ? { result: await run(), peakBytes: 0, beforeBytes: NaN } : await peakRss(serverPid, run);
    if (r.result.status !== 200) throw new Error(`growth: GET ${path} answered ${r.result.status}`);
    times.push(r.result.ms);
    firstBytes.push(r.result.firstByteMs);
    last = r.result;
    peak = Math.max(peak, r.peakBytes);
    if (i === 0) before = r.beforeBytes;
  }
  return {
    what,
    path,
    runs,
    medianMs: round1(median(times)),
    maxMs: round1(Math.max(...times)),
    firstByteMs: round1(median(firstBytes)),
    status: last.status,
    bytes: last.bytes,
    ...(serverPid === undefined ? {} : { peakRssBytes: peak, rssBeforeBytes: before }),
  };
}

/**
 * Throughput of the device API against a bare Fastify baseline on the same machine (issue 5):
 * requests per second, p50 and p99 latency at 64 connections, and the ratio of Allot's
 * requests per second to the baseline's. Each server runs in a process of its own; the load
 * generator (autocannon) runs in this one. In order, each run a warm-up, then the measurement:
 *
 * 1. baseline: bare Fastify 5 answering {"hello":"world"} to a POST of the same JSON body an
 *    activation sends (bench/throughput/baseline-server.mjs);
 * 2. activate: POST /v1/client/activate, a new device (fingerprint) every request, all with the
 *    primary key of one subscription with a large pool;
 * 3. check-in: POST /v1/client/check-in of activations made beforehand (a pool activated through
 *    the API, cycled through);
 * 4. activate-50: activations split across 50 subscriptions, each with its own key, in turn;
 * 5. activate+admin and admin-get: the activation load of (2) while an Account Administrator's
 *    token reads GET /v1/subscriptions/{id} (of that subscription) on 4 more connections.
 *
 * Allot runs as `allot serve` with its production defaults: durable commits (SQLite
 * synchronous=FULL, PostgreSQL synchronous_commit on), logs at info to a file, the device API's
 * abuse limits on, but set as high as they go (all load comes from one address and one key).
 * After each load the seat counts are read back and must agree with the answers: used seats
 * grew by the number of 201s (plus at most the requests still unanswered when the load
 * stopped), check-ins took no seat. Otherwise the run fails rather than report figures.
 *
 * --quick: 1 s warm-up, 3 s measured, a smaller check-in pool. --profile: Allot under
 * `node --cpu-prof`, and a table of microseconds per request by category (profile.ts).
 */
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, stopChild, waitUntilServing, type AllotProcess } from '../allot.ts';
import { pgSetting } from '../databases.ts';
import type { BenchContext, Dialect, Figures, Scenario } from '../scenario.ts';
import { jsonPosts, runLoad, type Load, type LoadSpec } from '../throughput/load.ts';
import { CATEGORIES, summarizeProfile, type Category, type Window } from '../throughput/profile.ts';

const SUBSCRIPTIONS = 50;
const ADMIN_CONNECTIONS = 4;
const BASELINE_SERVER = fileURLToPath(new URL('../throughput/baseline-server.mjs', import.meta.url));
/** The largest each budget may be (src/boot/config.ts): the limits stay on, their cost measured, none ever reached. */
export const NO_LIMIT = '100000000';
const CPU_PROFILE_INTERVAL_US = 250;

/** The issue's targets: requests/s against the baseline's, and p99 at 64 connections. */
const P99_TARGET_MS = 50;
const RATIO_TARGETS: Record<string, Partial<Record<Dialect, number>>> = {
  activate: { sqlite: 0.5, postgres: 0.3 },
  'activate-50': { sqlite: 0.5, postgres: 0.3 },
  'check-in': { sqlite: 0.7, postgres: 0.7 },
};

export interface Timing {
  warmupSeconds: number;
  durationSeconds: number;
  connections: number;
  /** Activations made beforehand for the check-ins. */
  checkInPool: number;
}

export function timing(ctx: BenchContext): Timing {
  const { quick, warmupSeconds, durationSeconds, connections } = ctx.options;
  return {
    warmupSeconds: warmupSeconds ?? (quick ? 1 : 3),
    durationSeconds: durationSeconds ?? (quick ? 3 : 10),
    connections: connections ?? 64,
    checkInPool: quick ? 1000 : 5000,
  };
}

/** A 64-character fingerprint, distinct per phase and request, as cheap to make as can be. */
const fingerprints = () => {
  const prefix = randomBytes(26).toString('hex');
  return (n: number) => prefix + n.toString(16).padStart(12, '0');
};

const activationBody = (key: string, fingerprint: string, n: number) =>
  `{"key":"${key}","fingerprint":"${fingerprint}","device":{"name":"laptop-${n}","os":"macOS 15.1","serial":"SN${n}","mac":"00:11:22:33:44:55","appVersion":"20.1.0"}}`;

/** Activations of new devices, with `keyFor(n)` (one key, or keys in turn). */
export function activations(keyFor: (n: number) => string) {
  const fp = fingerprints();
  return jsonPosts('/v1/client/activate', (n) => activationBody(keyFor(n), fp(n), n));
}

/** Warm-up, then the measured load; both counted for the checks afterwards. */
export async function warmThenMeasure(ctx: BenchContext, t: Timing, name: string, spec: Omit<LoadSpec, 'durationSeconds' | 'connections'>) {
  ctx.log(`${name}: ${t.warmupSeconds} s warm-up, then ${t.durationSeconds} s at ${t.connections} connections`);
  const warmup = await runLoad({ ...spec, connections: t.connections, durationSeconds: t.warmupSeconds });
  const measured = await runLoad({ ...spec, connections: t.connections, durationSeconds: t.durationSeconds });
  return { warmup, measured };
}

const count = (loads: Load[], status: string) => loads.reduce((a, l) => a + (l.statuses[status] ?? 0), 0);
const unanswered = (loads: Load[]) => loads.reduce((a, l) => a + l.unanswered, 0);
const answeredOther = (loads: Load[], ok: string) => loads.reduce((a, l) => a + l.answered - (l.statuses[ok] ?? 0), 0);

/** Seats taken must be the 201s, plus at most the requests in flight when a load stopped (which may have committed). */
function checkSeats(what: string, grew: number, loads: Load[]): string {
  const created = count(loads, '201');
  const inFlight = unanswered(loads);
  if (grew < created || grew > created + inFlight)
    throw new Error(`throughput ${what}: used seats grew by ${grew}, but ${created} activations were answered 201 (${inFlight} unanswered at stop)`);
  return `seats +${grew} = ${created} 201s + ${grew - created}/${inFlight} in flight`;
}

interface Row {
  case: string;
  load: Load;
  verified: string;
  connections: number;
}

function figures(row: Row, dialect: Dialect, baselineRps: number): Figures {
  const ratioTarget = RATIO_TARGETS[row.case]?.[dialect];
  const ratio = row.load.rps / baselineRps;
  const isBaseline = row.case === 'baseline';
  const clean = row.load.non2xx === 0 && row.load.errors === 0;
  const met = isBaseline ? '' : clean && (ratioTarget === undefined || ratio >= ratioTarget) && row.load.p99Ms < P99_TARGET_MS ? 'yes' : 'no';
  return {
    case: row.case,
    connections: row.connections,
    rps: Math.round(row.load.rps),
    p50Ms: row.load.p50Ms,
    p99Ms: row.load.p99Ms,
    ratio: Number(ratio.toFixed(2)),
    requests: row.load.answered,
    non2xx: row.load.non2xx,
    errors: row.load.errors,
    target: isBaseline ? '' : `${ratioTarget === undefined ? '' : `≥${ratioTarget.toFixed(1)}× `}p99<${P99_TARGET_MS}ms`,
    met,
    verified: row.verified,
  };
}

/** Bare Fastify in a process of its own, under the same load shape as an activation. */
async function measureBaseline(ctx: BenchContext, t: Timing): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), 'allot-bench-baseline-'));
  const logFile = join(dir, 'baseline.log');
  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const log = openSync(logFile, 'a');
    const child = spawn(process.execPath, [BASELINE_SERVER], { cwd: dir, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', log, log] });
    closeSync(log);
    try {
      await waitUntilServing(child, `${url}/healthz`, logFile);
      const fp = fingerprints();
      const key = 'ABCDEF-GHJKLM-NPQRST-UVWXYZ-234567';
      const { warmup, measured } = await warmThenMeasure(ctx, t, 'baseline', { url, request: jsonPosts('/hello', (n) => activationBody(key, fp(n), n)) });
      const others = answeredOther([warmup, measured], '200');
      if (others > 0) throw new Error(`throughput baseline: ${others} answers were not 200`);
      return { case: 'baseline', load: measured, verified: 'all 200', connections: t.connections };
    } finally {
      await stopChild(child, 5000);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Setup {
  subscriptionId: string;
  key: string;
  adminToken: string;
  /** The 50 subscriptions of activate-50 and their keys. */
  many: { subscriptionId: string; key: string }[];
}

async function setUp(allot: AllotProcess): Promise<Setup> {
  const expiresAt = new Date(Date.now() + 365 * 86_400_000).toISOString();
  await allot.expect(201, 'POST', '/v1/products', { code: 'bench', name: 'Bench Pro', downloadUrl: 'https://example.com/download' });
  const subscribe = async (name: string) => {
    const account = (await allot.expect(201, 'POST', '/v1/accounts', { name })).body;
    // The largest pool there is: no run ever fills it.
    const sub = (await allot.expect(201, 'POST', `/v1/accounts/${account.id}/subscriptions`, { product: 'bench', seats: 1_000_000, expiresAt })).body;
    return { accountId: account.id as string, subscriptionId: sub.id as string, key: sub.primaryKey.key as string };
  };
  const main = await subscribe('Bench Corp');
  const adminToken = (await allot.expect(201, 'POST', `/v1/accounts/${main.accountId}/tokens`, { name: 'bench admin' })).body.token as string;
  const many = [];
  for (let i = 0; i < SUBSCRIPTIONS; i++) many.push(await subscribe(`Bench Customer ${i + 1}`));
  return { subscriptionId: main.subscriptionId, key: main.key, adminToken, many };
}

async function usedSeats(allot: AllotProcess, subscriptionId: string): Promise<number> {
  return (await allot.expect(200, 'GET', `/v1/subscriptions/${subscriptionId}`)).body.seats.used as number;
}

/**
 * A count once the server is done: requests in flight when a load stopped (their connections
 * closed) are still being served for a moment, so read until two readings 300 ms apart agree.
 */
async function settled(read: () => Promise<number>): Promise<number> {
  let last = await read();
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await read();
    if (now === last) return now;
    last = now;
  }
  throw new Error('throughput: the seat count did not settle within 15 s of the load');
}

/** Activations made ahead of the check-ins (not measured): their ids and fingerprints. */
async function seedCheckIns(ctx: BenchContext, allot: AllotProcess, setup: Setup, t: Timing): Promise<{ id: string; fingerprint: string }[]> {
  ctx.log(`check-in: activating ${t.checkInPool} devices to check in`);
  const pool: { id: string; fingerprint: string }[] = [];
  const before = await usedSeats(allot, setup.subscriptionId);
  const fp = fingerprints();
  const request = jsonPosts('/v1/client/activate', (n) => activationBody(setup.key, fp(n), n), {
    onResponse: (status, body) => {
      if (status !== 201) return;
      const { activation } = JSON.parse(body) as { activation: { id: string; fingerprint: string } };
      pool.push({ id: activation.id, fingerprint: activation.fingerprint });
    },
  });
  const seeded = await runLoad({ url: allot.url, connections: t.connections, amount: t.checkInPool, request });
  const grew = (await usedSeats(allot, setup.subscriptionId)) - before;
  if (pool.length !== t.checkInPool || grew !== t.checkInPool || seeded.non2xx > 0)
    throw new Error(`throughput check-in: seeding ${t.checkInPool} activations gave ${pool.length} 201s and ${grew} seats (${seeded.non2xx} non-2xx)`);
  return pool;
}

async function measureAllot(ctx: BenchContext, t: Timing, allot: AllotProcess, windows: Window[]): Promise<Row[]> {
  const rows: Row[] = [];
  const setup = await setUp(allot);
  const note = (name: string, load: Load) => windows.push({ name, startUs: load.startUs, endUs: load.endUs, requests: load.answered });

  // Activations into one subscription.
  {
    const before = await usedSeats(allot, setup.subscriptionId);
    const { warmup, measured } = await warmThenMeasure(ctx, t, 'activate', { url: allot.url, request: activations(() => setup.key) });
    const verified = checkSeats('activate', (await settled(() => usedSeats(allot, setup.subscriptionId))) - before, [warmup, measured]);
    rows.push({ case: 'activate', load: measured, verified, connections: t.connections });
    note('activate', measured);
  }

  // Check-ins of existing activations, in turn.
  {
    const pool = await seedCheckIns(ctx, allot, setup, t);
    const before = await usedSeats(allot, setup.subscriptionId);
    const request = jsonPosts('/v1/client/check-in', (n) => {
      const a = pool[n % pool.length]!;
      return `{"activationId":"${a.id}","fingerprint":"${a.fingerprint}","device":{"appVersion":"20.1.0"}}`;
    });
    const { warmup, measured } = await warmThenMeasure(ctx, t, 'check-in', { url: allot.url, request });
    const others = answeredOther([warmup, measured], '200');
    const after = await settled(() => usedSeats(allot, setup.subscriptionId));
    if (others > 0 || after !== before) throw new Error(`throughput check-in: ${others} answers were not 200; used seats went from ${before} to ${after}`);
    rows.push({ case: 'check-in', load: measured, verified: `all 200 of ${pool.length} devices, seats unchanged`, connections: t.connections });
    note('check-in', measured);
  }

  // Activations across 50 subscriptions, each its own key, in turn.
  {
    const usedAll = async () => (await Promise.all(setup.many.map((s) => usedSeats(allot, s.subscriptionId)))).reduce((a, b) => a + b, 0);
    const before = await usedAll();
    const { warmup, measured } = await warmThenMeasure(ctx, t, 'activate-50', { url: allot.url, request: activations((n) => setup.many[n % SUBSCRIPTIONS]!.key) });
    const verified = checkSeats('activate-50', (await settled(usedAll)) - before, [warmup, measured]);
    rows.push({ case: 'activate-50', load: measured, verified, connections: t.connections });
    note('activate-50', measured);
  }

  // The administrator's GET of the subscription while devices activate into it.
  {
    const before = await usedSeats(allot, setup.subscriptionId);
    const admin = {
      method: 'GET',
      path: `/v1/subscriptions/${setup.subscriptionId}`,
      headers: { authorization: `Bearer ${setup.adminToken}` },
    };
    ctx.log(`activate+admin: ${t.warmupSeconds} s warm-up, then ${t.durationSeconds} s; ${t.connections} connections activating, ${ADMIN_CONNECTIONS} reading`);
    const both = (seconds: number) =>
      Promise.all([
        runLoad({ url: allot.url, connections: t.connections, durationSeconds: seconds, request: activations(() => setup.key) }),
        runLoad({ url: allot.url, connections: ADMIN_CONNECTIONS, durationSeconds: seconds, request: admin }),
      ]);
    const [warmActivate, warmAdmin] = await both(t.warmupSeconds);
    const [activate, get] = await both(t.durationSeconds);
    const verified = checkSeats('activate+admin', (await settled(() => usedSeats(allot, setup.subscriptionId))) - before, [warmActivate, activate]);
    const others = answeredOther([warmAdmin, get], '200');
    if (others > 0) throw new Error(`throughput admin-get: ${others} answers were not 200`);
    rows.push({ case: 'activate+admin', load: activate, verified, connections: t.connections });
    rows.push({ case: 'admin-get', load: get, verified: 'all 200', connections: ADMIN_CONNECTIONS });
    note('activate+admin', { ...activate, answered: activate.answered + get.answered });
  }
  return rows;
}

/** The largest .cpuprofile the process left (the main thread's). */
async function mainProfile(allot: AllotProcess): Promise<string> {
  const files = await allot.filesEnding('.cpuprofile');
  if (files.length === 0) throw new Error(`throughput --profile: Allot left no CPU profile in ${allot.workDir}`);
  const sizes = await Promise.all(files.map(async (f) => ({ f, size: (await stat(f)).size })));
  return sizes.sort((a, b) => b.size - a.size)[0]!.f;
}

const us = (n: number) => (n >= 10 ? Math.round(n) : Number(n.toFixed(1)));

export const throughput: Scenario = {
  name: 'throughput',
  description: `autocannon against bare Fastify and Allot (own processes): activate, check-in, activate across ${SUBSCRIPTIONS} subscriptions, admin GET under activation load`,
  async run(ctx): Promise<Figures[]> {
    const t = timing(ctx);
    if (ctx.options.quick) ctx.log('--quick: a smoke run; figures not for the record');
    const baseline = await measureBaseline(ctx, t);
    ctx.log(`baseline: ${Math.round(baseline.load.rps)} requests/s, p99 ${baseline.load.p99Ms} ms`);

    if (ctx.dialect === 'postgres') {
      // The targets are for durable commits; the bench sets nothing on the server, so say what it had.
      const [synchronousCommit, fsync] = [await pgSetting('synchronous_commit'), await pgSetting('fsync')];
      ctx.log(`PostgreSQL ${await pgSetting('server_version')}: synchronous_commit=${synchronousCommit}, fsync=${fsync}`);
      if (synchronousCommit === 'off' || fsync === 'off') ctx.log('warning: commits on this server are not durable; the figures do not meet the issue\'s conditions');
    }
    const allot = await ctx.spawnAllot({
      env: {
        ALLOT_LOG_LEVEL: 'info',
        ALLOT_CLIENT_PER_IP_PER_MINUTE: NO_LIMIT,
        ALLOT_KEY_GUESSES_PER_IP: NO_LIMIT,
        ALLOT_ACTIVATIONS_PER_KEY_PER_MINUTE: NO_LIMIT,
      },
      nodeArgs: ctx.options.profile ? ['--cpu-prof', `--cpu-prof-interval=${CPU_PROFILE_INTERVAL_US}`] : [],
    });
    const windows: Window[] = [];
    const rows = await measureAllot(ctx, t, allot, windows);
    const result = [baseline, ...rows].map((row) => figures(row, ctx.dialect, baseline.load.rps));
    for (const r of result) if (r.met === 'no') ctx.log(`${r.case}: target ${r.target} missed (${r.rps} requests/s = ${r.ratio}× baseline, p99 ${r.p99Ms} ms)`);

    if (ctx.options.profile) {
      await allot.stop();
      // Kept past the run (the process's directory is removed): open it in Chrome DevTools or speedscope.
      const file = join(tmpdir(), `allot-bench-throughput-${ctx.dialect}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
      await copyFile(await mainProfile(allot), file);
      ctx.log(`CPU profile kept in ${file} (sampled every ${CPU_PROFILE_INTERVAL_US} µs; the figures of this run are with the profiler on)`);
      for (const p of await summarizeProfile(file, windows)) {
        const row: Figures = { table: 'CPU profile of Allot, µs per request (activate+admin: per request of either)', case: p.name, samples: p.samples, busy: us(p.busyUsPerRequest) };
        for (const k of Object.keys(CATEGORIES) as Category[]) row[k] = us(p.usPerRequest[k]);
        result.push(row);
      }
    }
    return result;
  },
};

/**
 * Cost as the data grows (issue 15, item 4). For each size (10k, 100k and 1M activations of one
 * big subscription; --sizes to choose, --quick: 10k), on a new database:
 *
 * 1. `allot serve` on the new database; through the API: the product, the big customer (a pool
 *    of 1M seats, auto-release after 30 days, a primary key and a dynamic sublicense, an
 *    Account Administrator's token) and four other customers, one device activated on each.
 * 2. The server stops; bench/growth/seed.ts adds the devices straight into the database (the
 *    big subscription: `size` activations over the past year; each other one size/40), their
 *    audit events and the seat counters; on PostgreSQL, VACUUM ANALYZE as autovacuum would.
 * 3. `allot serve` again on that database (same master key), in a process of its own, with
 *    its production defaults (durable commits, logs at info to a file; the device API's abuse
 *    limits as high as they go), and as the Account Administrator, each request `RUNS` times
 *    (median and max, from sending to the body's last byte): the subscription (the seat box),
 *    its keys, the devices' first page as the console opens it, a search with a sort, the
 *    usage chart (30 and 90 days), the audit log's first page, and the CSV export of every
 *    active device (with the server's peak RSS meanwhile: it should stay flat).
 * 4. Activations (new devices, the primary key) and check-ins (seeded devices), 64
 *    connections, a short warm-up then a few seconds measured; used seats must grow by the
 *    201s, check-ins must all be 200.
 * 5. `allot doctor` (must find no drift: the seeding's counters are right) and `allot backup`
 *    (SQLite; on PostgreSQL, which it does not back up, `pg_dump -Fc` when installed), timed.
 * 6. The database's size per activation (measured before the load), the server's RSS after it all.
 *
 * Which administrator request took longer than ADMIN_TARGET_MS (median) is in the `over100ms`
 * column and on standard error.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase } from '../databases.ts';
import type { BenchContext, Figures, Scenario } from '../scenario.ts';
import { runLoad, jsonPosts, type Load } from '../throughput/load.ts';
import { ADMIN_TARGET_MS, timeGet, type Timed } from '../growth/measure.ts';
import { buildDatabase } from '../growth/build.ts';
import { allotCli, command, newInstallation, rssBytes, serve, type Installation, type Served } from '../growth/server.ts';
import { api, queryRows, queryValue, type Made } from '../growth/setup.ts';

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
/** As the throughput scenario: the limits stay on, none is ever reached. */
const NO_LIMIT = '100000000';
const CHECK_IN_POOL = 5000;
/** Matches about 57 device names at every size (MBP-0001200 … MBP-0001299, by OS): the search must still look at every row. */
const SEARCH = 'MBP-00012';
const MB = 1024 * 1024;

const label = (n: number) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n));
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

interface Timing {
  runs: number;
  csvRuns: number;
  /** Repeat a request only while its runs took less than this in all. */
  budgetMs: number;
  /** Abandon a request after this long (the CSV export; other requests: a fifth of it). */
  timeoutMs: number;
  warmupSeconds: number;
  durationSeconds: number;
  connections: number;
}

function timing(ctx: BenchContext): Timing {
  const { quick, warmupSeconds, durationSeconds, connections } = ctx.options;
  return {
    runs: quick ? 3 : 5,
    csvRuns: 3,
    budgetMs: 20_000,
    timeoutMs: 300_000,
    warmupSeconds: warmupSeconds ?? 1,
    durationSeconds: durationSeconds ?? (quick ? 2 : 5),
    connections: connections ?? 64,
  };
}

async function databaseBytes(ctx: BenchContext, url: string): Promise<number> {
  if (ctx.dialect === 'sqlite') {
    const file = url.slice('sqlite:'.length);
    const sizes = await Promise.all([file, `${file}-wal`].map((f) => stat(f).then((s) => s.size, () => 0)));
    return sizes.reduce((a, b) => a + b, 0);
  }
  return Number(await queryValue(ctx.dialect, url, 'SELECT pg_database_size(current_database())'));
}

const activationBody = (key: string, fingerprint: string, n: number) =>
  `{"key":"${key}","fingerprint":"${fingerprint}","device":{"name":"new-${n}","os":"macOS 15.1","serial":"SN${n}","mac":"00:11:22:33:44:55","appVersion":"20.1.0"}}`;

async function usedSeats(a: ReturnType<typeof api>, subscriptionId: string, token: string): Promise<number> {
  const answer = await a.call('GET', `/v1/subscriptions/${subscriptionId}`, undefined, token);
  if (answer.status !== 200) throw new Error(`growth: GET subscription answered ${answer.status}`);
  return answer.body.seats.used as number;
}

/** The count once the server is done with requests still in flight when a load stopped. */
async function settled(read: () => Promise<number>): Promise<number> {
  let last = await read();
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await read();
    if (now === last) return now;
    last = now;
  }
  throw new Error('growth: the seat count did not settle');
}

async function load(ctx: BenchContext, t: Timing, url: string, name: string, request: Parameters<typeof runLoad>[0]['request']): Promise<Load[]> {
  ctx.log(`${name}: ${t.warmupSeconds} s warm-up, then ${t.durationSeconds} s at ${t.connections} connections`);
  const warmup = await runLoad({ url, connections: t.connections, durationSeconds: t.warmupSeconds, request });
  const measured = await runLoad({ url, connections: t.connections, durationSeconds: t.durationSeconds, request });
  return [warmup, measured];
}

async function throughputs(ctx: BenchContext, t: Timing, server: Served, made: Made, url: string): Promise<{ activate: Load; checkIn: Load }> {
  const a = api(server.url, '');
  const sub = made.big.seed.id;
  const before = await usedSeats(a, sub, made.adminToken);
  const prefix = `growth-${Date.now().toString(16)}-`;
  const activations = await load(ctx, t, server.url, 'activate', jsonPosts('/v1/client/activate', (n) => activationBody(made.big.primaryKey, `${prefix}${n}`, n)));
  const grew = (await settled(() => usedSeats(a, sub, made.adminToken))) - before;
  const created = activations.reduce((s, l) => s + (l.statuses['201'] ?? 0), 0);
  const inFlight = activations.reduce((s, l) => s + l.unanswered, 0);
  if (grew < created || grew > created + inFlight) throw new Error(`growth activate: used seats grew by ${grew}, but ${created} activations were answered 201 (${inFlight} in flight)`);

  // Seeded devices, a sample across the year (fingerprints begin with a hash).
  const pool = await queryRows(
    ctx.dialect,
    url,
    `SELECT id, fingerprint FROM activations WHERE subscription_id = $1 AND status = 'active' ORDER BY fingerprint LIMIT ${CHECK_IN_POOL}`,
    [sub],
  );
  const request = jsonPosts('/v1/client/check-in', (n) => {
    const d = pool[n % pool.length]!;
    return `{"activationId":"${String(d.id)}","fingerprint":"${String(d.fingerprint)}","device":{"appVersion":"20.1.0"}}`;
  });
  const checkIns = await load(ctx, t, server.url, 'check-in', request);
  const others = checkIns.reduce((s, l) => s + l.answered - (l.statuses['200'] ?? 0), 0);
  if (others > 0) throw new Error(`growth check-in: ${others} answers were not 200 (${JSON.stringify(checkIns[1]!.statuses)})`);
  return { activate: activations[1]!, checkIn: checkIns[1]! };
}

async function adminRequests(ctx: BenchContext, t: Timing, server: Served, made: Made): Promise<{ timed: Timed[]; searchTotal: number; usageToday: number }> {
  const sub = made.big.seed.id;
  const token = made.adminToken;
  const requests: [string, string][] = [
    ['seat box (GET subscription)', `/v1/subscriptions/${sub}`],
    ['keys of the subscription', `/v1/subscriptions/${sub}/keys`],
    // What the console sends: a count capped at 10,000, a substring search.
    ['devices, first page (console)', `/v1/subscriptions/${sub}/activations?status=active&sort=activatedAt&order=desc&limit=50&count=capped`],
    ['devices, search + sort by name (console)', `/v1/subscriptions/${sub}/activations?q=${SEARCH}&sort=name&order=asc&limit=50&count=capped`],
    ['devices, first page, exact total (API default)', `/v1/subscriptions/${sub}/activations?status=active&sort=activatedAt&order=desc&limit=50`],
    ['devices, prefix search + sort by name', `/v1/subscriptions/${sub}/activations?q=${SEARCH}&match=prefix&sort=name&order=asc&limit=50&count=capped`],
    ['usage chart, 30 days', `/v1/subscriptions/${sub}/usage?days=30`],
    ['usage chart, 90 days', `/v1/subscriptions/${sub}/usage?days=90`],
    ['audit log, first page', `/v1/events?subscriptionId=${sub}&limit=50`],
  ];
  const timed: Timed[] = [];
  for (const [what, path] of requests) {
    ctx.log(`admin: ${what}`);
    timed.push(await timeGet(server.url, token, what, path, { runs: t.runs, budgetMs: t.budgetMs, timeoutMs: t.timeoutMs / 5 }));
  }
  ctx.log('admin: CSV export of the active devices');
  timed.push(await timeGet(server.url, token, 'CSV export, active devices', `/v1/subscriptions/${sub}/activations.csv`, { runs: t.csvRuns, budgetMs: t.budgetMs, timeoutMs: t.timeoutMs, serverPid: server.pid }));
  const a = api(server.url, '');
  const path = (what: string) => requests.find(([w]) => w.startsWith(what))![1];
  const search = await a.call('GET', path('devices, search'), undefined, token);
  const usage = await a.call('GET', path('usage chart, 30'), undefined, token);
  const points = usage.body.points as { used: number }[];
  return { timed, searchTotal: Number(search.body.total), usageToday: points[points.length - 1]!.used };
}

async function backup(ctx: BenchContext, inst: Installation): Promise<{ what: string; ms: number | string }> {
  if (ctx.dialect === 'sqlite') {
    const run = await allotCli(inst, ['backup', join(inst.workDir, 'backup.db')]);
    if (run.code !== 0) throw new Error(`growth: allot backup exited ${run.code}: ${run.stderr.slice(0, 500)}`);
    return { what: 'allot backup', ms: run.ms };
  }
  // allot backup copies SQLite only; docs/operations.md sends PostgreSQL users to pg_dump.
  const run = await command('pg_dump', ['-Fc', '-f', join(inst.workDir, 'backup.dump'), inst.databaseUrl], inst.workDir).catch(() => null);
  return run && run.code === 0 ? { what: 'pg_dump -Fc', ms: run.ms } : { what: 'pg_dump -Fc', ms: 'n/a' };
}

async function measureSize(ctx: BenchContext, t: Timing, size: number): Promise<Figures[]> {
  const db = await freshDatabase(ctx.dialect);
  const workDir = await mkdtemp(join(tmpdir(), 'allot-bench-growth-'));
  let server: Served | null = null;
  try {
    const inst = newInstallation(db.url, workDir, {
      ALLOT_LOG_LEVEL: 'info',
      ALLOT_CLIENT_PER_IP_PER_MINUTE: NO_LIMIT,
      ALLOT_KEY_GUESSES_PER_IP: NO_LIMIT,
      ALLOT_ACTIVATIONS_PER_KEY_PER_MINUTE: NO_LIMIT,
    });
    ctx.log(`${label(size)}: making the customers through the API, then seeding`);
    const { made, ...seeded } = await buildDatabase(ctx.dialect, inst, size, (m) => ctx.log(`${label(size)}: ${m}`));
    const activations = Number(await queryValue(ctx.dialect, db.url, 'SELECT count(*) FROM activations'));
    const events = Number(await queryValue(ctx.dialect, db.url, 'SELECT count(*) FROM events'));
    const bytes = await databaseBytes(ctx, db.url);
    ctx.log(`${label(size)}: seeded in ${(seeded.seedMs / 1000).toFixed(1)} s: ${activations} activations, ${events} events, ${mb(bytes)} MB`);

    server = await serve(inst, 'measure');
    const rssStart = rssBytes(server.pid);
    const a = api(server.url, '');
    const seats = (await a.call('GET', `/v1/subscriptions/${made.big.seed.id}`, undefined, made.adminToken)).body.seats;
    const { timed, searchTotal, usageToday } = await adminRequests(ctx, t, server, made);
    // The chart's today and the seat box count the same devices; a chart that stops short has hit a limit on the rows it reads.
    if (usageToday !== seats.used) ctx.log(`${label(size)}: the usage chart's today shows ${usageToday} seats used, the seat box ${seats.used}`);
    const { activate, checkIn } = await throughputs(ctx, t, server, made, db.url);

    // What any `allot` command costs before it does anything (Node, tsx, the config): to read the two below against.
    const cliStart = await allotCli(inst, ['--help']);
    ctx.log(`${label(size)}: allot doctor`);
    const doctor = await allotCli(inst, ['doctor']);
    if (doctor.code !== 0) throw new Error(`growth: allot doctor exited ${doctor.code} (drift?): ${doctor.stdout.slice(-500)} ${doctor.stderr.slice(-500)}`);
    ctx.log(`${label(size)}: backup`);
    const saved = await backup(ctx, inst);
    const rssEnd = rssBytes(server.pid);

    const over = timed.filter((x) => x.timedOut || x.medianMs > ADMIN_TARGET_MS);
    for (const x of over) ctx.log(`${label(size)}: over ${ADMIN_TARGET_MS} ms: ${x.what} (median ${x.medianMs} ms, max ${x.maxMs} ms) GET ${x.path}`);
    const byWhat = (what: string) => timed.find((x) => x.what.startsWith(what))!;
    const csv = byWhat('CSV export');
    const summary: Figures = {
      size: label(size),
      activations,
      events,
      seedS: Math.round(seeded.seedMs / 100) / 10,
      seatsUsed: seats.used,
      dbMB: mb(bytes),
      bytesPerActivation: Math.round(bytes / activations),
      startMs: server.startMs,
      activateRps: Math.round(activate.rps),
      activateP99Ms: activate.p99Ms,
      checkInRps: Math.round(checkIn.rps),
      checkInP99Ms: checkIn.p99Ms,
      seatBoxMs: byWhat('seat box').medianMs,
      keysMs: byWhat('keys').medianMs,
      devicesMs: byWhat('devices, first').medianMs,
      searchMs: byWhat('devices, search').medianMs,
      usage30Ms: byWhat('usage chart, 30').medianMs,
      usage90Ms: byWhat('usage chart, 90').medianMs,
      eventsMs: byWhat('audit log').medianMs,
      csvMs: csv.timedOut ? `>${csv.maxMs}` : csv.medianMs,
      csvFirstByteMs: csv.firstByteMs,
      csvMB: mb(csv.bytes),
      csvPeakRssMB: mb(csv.peakRssBytes ?? NaN),
      cliStartMs: cliStart.ms,
      doctorMs: doctor.ms,
      backupMs: saved.ms,
      rssStartMB: mb(rssStart),
      rssEndMB: mb(rssEnd),
      over100ms: over.map((x) => x.what.split(' (')[0]).join('; ') || 'none',
    };
    const table = `${ctx.dialect}, ${label(size)} activations (admin requests: median and max of up to ${t.runs} runs, the CSV ${t.csvRuns})`;
    const details: Figures[] = timed.map((x) => ({
      table,
      request: x.what,
      runs: x.runs,
      medianMs: x.timedOut ? `>${x.maxMs}` : x.medianMs,
      maxMs: x.maxMs,
      kB: Math.round(x.bytes / 1024),
      [`under${ADMIN_TARGET_MS}ms`]: !x.timedOut && x.medianMs <= ADMIN_TARGET_MS ? 'yes' : 'NO',
      note:
        (x.timedOut ? `abandoned after ${Math.round(x.maxMs / 1000)} s, ${Math.round(x.bytes / 1024)} kB read; ` : '') +
        (x.peakRssBytes !== undefined
          ? `first byte after ${x.firstByteMs} ms; server RSS ${mb(x.rssBeforeBytes ?? NaN)} → peak ${mb(x.peakRssBytes)} MB`
          : x.what.includes('search')
            ? `${searchTotal} matches of "${SEARCH}"`
            : x.what.startsWith('usage chart')
              ? `today: ${usageToday} used${usageToday === seats.used ? ', as the seat box' : `; the seat box: ${seats.used}`}`
              : ''),
    }));
    details.push(
      { table, request: `activate, ${t.connections} connections`, runs: 1, medianMs: activate.p50Ms, maxMs: activate.p99Ms, kB: '', [`under${ADMIN_TARGET_MS}ms`]: '', note: `${Math.round(activate.rps)} requests/s; p50 and p99` },
      { table, request: `check-in, ${t.connections} connections`, runs: 1, medianMs: checkIn.p50Ms, maxMs: checkIn.p99Ms, kB: '', [`under${ADMIN_TARGET_MS}ms`]: '', note: `${Math.round(checkIn.rps)} requests/s; p50 and p99` },
      { table, request: 'allot --help', runs: 1, medianMs: cliStart.ms, maxMs: cliStart.ms, kB: '', [`under${ADMIN_TARGET_MS}ms`]: '', note: 'wall time, one run: what any command costs to start' },
      { table, request: 'allot doctor', runs: 1, medianMs: doctor.ms, maxMs: doctor.ms, kB: '', [`under${ADMIN_TARGET_MS}ms`]: '', note: 'wall time, one run' },
      { table, request: saved.what, runs: 1, medianMs: saved.ms, maxMs: saved.ms, kB: '', [`under${ADMIN_TARGET_MS}ms`]: '', note: 'wall time, one run' },
    );
    return [summary, ...details];
  } finally {
    if (server) await server.stop();
    try {
      await db.drop();
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }
}

export const growth: Scenario = {
  name: 'growth',
  description: 'cost as the data grows: per size, seeding, admin requests (median ms), throughput, CLI, size and memory',
  async run(ctx): Promise<Figures[]> {
    const t = timing(ctx);
    const sizes = ctx.options.sizes ?? (ctx.options.quick ? [DEFAULT_SIZES[0]!] : DEFAULT_SIZES);
    if (ctx.options.quick) ctx.log('--quick: a smoke run; figures not for the record');
    const rows: Figures[] = [];
    for (const size of sizes) rows.push(...(await measureSize(ctx, t, size)));
    return rows;
  },
};

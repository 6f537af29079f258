/**
 * The administrator's reads at scale: seeds (or reuses) a database of one subscription with N
 * activations and N events, then times each read through the HTTP app (in process, inject) and
 * prints the database's plan of each hot query. Noisy on a shared machine: compare before and
 * after in one run. Usage:
 *   npx tsx bench/plans/explain.ts sqlite:/tmp/g.db 1000000          (seeds when the file is new)
 *   npx tsx bench/plans/explain.ts postgres://postgres@127.0.0.1/g 1000000
 * A file bench/plans/<db>.json keeps the seeded ids, so a second run reuses the data.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { readConfig } from '../../src/boot/config.ts';
import { startServer } from '../../src/boot/server.ts';
import { seed, type Seeded } from './seed.ts';

const [url = 'sqlite:/tmp/allot-growth.db', size = '1000000', only] = process.argv.slice(2);
const stateFile = `/tmp/allot-plans-${url.replace(/[^a-z0-9]+/gi, '_')}.json`;

async function seeded(): Promise<Seeded> {
  if (existsSync(stateFile)) return JSON.parse(readFileSync(stateFile, 'utf8')) as Seeded;
  const started = performance.now();
  const s = await seed(url, Number(size));
  writeFileSync(stateFile, JSON.stringify(s));
  console.log(`seeded ${size} activations and events in ${Math.round((performance.now() - started) / 1000)} s`);
  return s;
}

const s = await seeded();
const config = readConfig({ ALLOT_DATABASE_URL: url, ALLOT_MASTER_KEY: s.masterKey, ALLOT_OPERATOR_TOKEN: s.operatorToken, ALLOT_HOST: '127.0.0.1', ALLOT_PORT: '0' });
// `plans` as the third argument: the plans only, without starting the server (which migrates).
const server = only === 'plans' ? null : await startServer(config, { listen: true, logs: false, mail: false, sweeps: false });
const sub = s.subscriptionId;

async function time(label: string, path: string, runs = 3): Promise<void> {
  if (!server || (only && !label.includes(only))) return;
  const ms: number[] = [];
  let res;
  const rss0 = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    res = await server.app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${s.operatorToken}` } });
    ms.push(performance.now() - t);
  }
  const rss = Math.round((process.memoryUsage().rss - rss0) / 2 ** 20);
  const body = res!.statusCode === 200 && res!.headers['content-type']?.toString().includes('json') ? res!.json() : null;
  const info = body && 'data' in body ? `rows ${body.data.length} total ${body.total ?? '-'}${body.totalIsExact === false ? '+' : ''} next ${body.nextCursor ? 'yes' : 'no'}` : `${res!.body.length} bytes`;
  console.log(`${label.padEnd(44)} ${res!.statusCode} best ${Math.min(...ms).toFixed(1).padStart(8)} ms  worst ${Math.max(...ms).toFixed(1).padStart(8)} ms  rss+${rss} MiB  ${info}`);
}

const base = `/v1/subscriptions/${sub}/activations`;
await time('list: first page (default)', `${base}`);
await time('list: search "host-00012" sort name', `${base}?q=host-00012&sort=name&order=asc`);
await time('list: search rare "SN999999" sort name', `${base}?q=SN999999&sort=name&order=asc`);
await time('list: search common "macOS" sort lastCheckIn', `${base}?q=macOS&sort=lastCheckInAt`);
await time('list: prefix "host-00012" sort name', `${base}?q=host-00012&match=prefix&sort=name&order=asc`);
await time('list: sort ip asc', `${base}?sort=ip&order=asc`);
await time('list: status all, sort os', `${base}?status=all&sort=os`);
await time('list: offset 500000', `${base}?offset=500000`);
await time('console: first page, count=capped', `${base}?count=capped`);
await time('console: search "host-00012" sort name, capped', `${base}?q=host-00012&sort=name&order=asc&count=capped`);
await time('console: search "macOS" sort lastCheckIn, capped', `${base}?q=macOS&sort=lastCheckInAt&count=capped`);
await time('console: page 200 (offset 9950), capped', `${base}?offset=9950&count=capped`);
if (server && (!only || 'cursor'.includes(only) || only.includes('cursor'))) {
  // A cursor half-way down: the keyset page of row 500,000.
  const mid = await server.app.inject({ method: 'GET', url: `${base}?offset=499950&count=none&sort=ip&order=asc`, headers: { authorization: `Bearer ${s.operatorToken}` } });
  const cursor = encodeURIComponent(mid.json().nextCursor);
  await time('cursor: page after row 500,000, sort ip, no count', `${base}?cursor=${cursor}&count=none&sort=ip&order=asc`);
}
await time('subscription (seat box)', `/v1/subscriptions/${sub}`);
await time('usage chart 30 days', `/v1/subscriptions/${sub}/usage?days=30`);
await time('usage chart 90 days', `/v1/subscriptions/${sub}/usage?days=90`);
await time('events: first page of the subscription', `/v1/events?subscriptionId=${sub}`);
await time('events: action filter', `/v1/events?subscriptionId=${sub}&action=activation.deactivated`);
/** The export over a real socket, read as a stream (inject would hold the whole body): time and the server's peak memory. */
async function exportStreamed(label: string, path: string): Promise<void> {
  if (!server || (only && !label.includes(only))) return;
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t = performance.now();
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${s.operatorToken}` } });
  let bytes = 0;
  for await (const chunk of res.body!) bytes += (chunk as Uint8Array).length;
  clearInterval(sampler);
  console.log(`${label.padEnd(44)} ${res.status} ${((performance.now() - t) / 1000).toFixed(1).padStart(8)} s  peak rss+${Math.round((peak - rss0) / 2 ** 20)} MiB  ${bytes} bytes`);
}
await exportStreamed('export CSV (all active), streamed', `${base}.csv`);
await server?.stop();

// The plans of the hot queries, as the repositories build them (parameters inlined).
const latest = url.startsWith('sqlite:');
const like = latest ? 'like' : 'ilike';
const plus = latest ? '+' : ''; // SQLite is told not to walk a sort index (dialect.ts, withoutIndex)
const where = `subscription_id = '${sub}' AND status = 'active'`;
const substring = `(name ${like} '%host-00012%' escape '\\' OR serial ${like} '%host-00012%' escape '\\' OR fingerprint ${like} '%host-00012%' escape '\\')`;
const prefixOf = (c: string) => (latest ? `${c} like 'host-00012%' escape '\\'` : `lower(${c}) like 'host-00012%' escape '\\'`);
const plans: [string, string][] = [
  ['list page, sort activatedAt desc', `SELECT * FROM activations WHERE ${where} ORDER BY activated_at DESC, id DESC LIMIT 51`],
  ['list page, sort lastCheckIn desc, status all', `SELECT * FROM activations WHERE subscription_id = '${sub}' ORDER BY last_check_in_at DESC, id DESC LIMIT 51`],
  ['list page, sort ip, keyset', `SELECT * FROM activations WHERE ${where} AND (ip, id) > ('10.1.2.3', '0') ORDER BY ip ASC, id ASC LIMIT 51`],
  ['list page, sort activatedAt, offset 500000', `SELECT * FROM activations WHERE ${where} ORDER BY activated_at DESC, id DESC LIMIT 51 OFFSET 500000`],
  ['substring search, 1: the next 5,000 rows in sort order', `SELECT * FROM (SELECT * FROM activations WHERE ${where} ORDER BY name ASC, id ASC LIMIT 5000) w WHERE ${substring} ORDER BY name ASC, id ASC LIMIT 51`],
  ['substring search, 2 (too few there): without the sort index', `SELECT * FROM activations WHERE ${where} AND ${substring} ORDER BY ${plus}name ASC, id ASC LIMIT 51`],
  ['prefix search, 2: a UNION of the prefix indexes', `SELECT * FROM (${['name', 'fingerprint', 'user_email'].map((c) => `SELECT * FROM activations WHERE ${where} AND ${prefixOf(c)}`).join(' UNION ')}) activations ORDER BY ${plus}name ASC, id ASC LIMIT 51`],
  ['list count (capped)', `SELECT count(*) FROM (SELECT 1 FROM activations WHERE ${where} LIMIT 10001) c`],
  ['list count (exact)', `SELECT count(*) FROM activations WHERE ${where}`],
  ['usage chart: devices taken in the window, per day', `SELECT activated_at / 86400000 AS day, count(*) FROM activations WHERE subscription_id = '${sub}' AND activated_at >= 1780000000000 AND sso_user_id IS NULL GROUP BY activated_at / 86400000`],
  ['usage chart: devices given back in the window, per day', `SELECT ended_at / 86400000 AS day, count(*) FROM activations WHERE subscription_id = '${sub}' AND ended_at >= 1780000000000 AND sso_user_id IS NULL GROUP BY ended_at / 86400000`],
  ['events page', `SELECT * FROM events WHERE subscription_id = '${sub}' ORDER BY id DESC LIMIT 51`],
  ['events retention batch', `SELECT id FROM events WHERE at < 1767225600000 ORDER BY at LIMIT 1000`],
];
if (url.startsWith('sqlite:')) {
  const db = new SqliteDatabase(url.slice('sqlite:'.length), { readonly: true });
  for (const [label, q] of plans) {
    console.log(`\n-- ${label}\n${q}`);
    for (const r of db.prepare(`EXPLAIN QUERY PLAN ${q}`).all() as { detail: string }[]) console.log(`   ${r.detail}`);
  }
  db.close();
} else {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const [label, q] of plans) {
    console.log(`\n-- ${label}\n${q}`);
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS OFF, TIMING OFF) ${q}`);
    for (const r of rows) console.log(`   ${r['QUERY PLAN']}`);
  }
  await client.end();
}

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
const server = only === 'plans' ? null : await startServer(config, { listen: false, logs: false, mail: false, sweeps: false });
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
await time('subscription (seat box)', `/v1/subscriptions/${sub}`);
await time('usage chart 30 days', `/v1/subscriptions/${sub}/usage?days=30`);
await time('usage chart 90 days', `/v1/subscriptions/${sub}/usage?days=90`);
await time('events: first page of the subscription', `/v1/events?subscriptionId=${sub}`);
await time('events: action filter', `/v1/events?subscriptionId=${sub}&action=activation.deactivated`);
await time('export CSV (all active)', `${base}.csv`, 1);
await server?.stop();

// The plans of the hot queries, as the repositories build them (parameters inlined).
const latest = url.startsWith('sqlite:');
const plans: [string, string][] = [
  ['list page, sort activatedAt desc', `SELECT * FROM activations WHERE subscription_id = '${sub}' AND status = 'active' ORDER BY activated_at DESC, id DESC LIMIT 51`],
  ['list page, sort name, search', `SELECT * FROM activations WHERE subscription_id = '${sub}' AND status = 'active' AND (name ${latest ? 'like' : 'ilike'} '%host-00012%' OR fingerprint ${latest ? 'like' : 'ilike'} '%host-00012%') ORDER BY name ASC, id ASC LIMIT 51`],
  ['list page, sort ip, keyset', `SELECT * FROM activations WHERE subscription_id = '${sub}' AND status = 'active' AND (ip, id) > ('10.1.2.3', '0') ORDER BY ip ASC, id ASC LIMIT 51`],
  ['list page, sort name, prefix search', `SELECT * FROM activations WHERE subscription_id = '${sub}' AND status = 'active' AND (${latest ? "name like 'host-00012%' escape '\\' OR fingerprint like 'host-00012%' escape '\\' OR user_email like 'host-00012%' escape '\\'" : "lower(name) like 'host-00012%' OR lower(fingerprint) like 'host-00012%' OR lower(user_email) like 'host-00012%'"}) ORDER BY name ASC, id ASC LIMIT 51`],
  ['list page, sort lastCheckIn desc, status all', `SELECT * FROM activations WHERE subscription_id = '${sub}' ORDER BY last_check_in_at DESC, id DESC LIMIT 51`],
  ['list count (capped)', `SELECT count(*) FROM (SELECT 1 FROM activations WHERE subscription_id = '${sub}' AND status = 'active' LIMIT 10001) c`],
  ['list count (exact)', `SELECT count(*) FROM activations WHERE subscription_id = '${sub}' AND status = 'active'`],
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

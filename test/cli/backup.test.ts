/**
 * `allot backup FILE`: a consistent copy of the SQLite database taken while a server process
 * keeps activating devices on it. The copy must open, pass PRAGMA integrity_check, and serve,
 * under the same master key, exactly the moment it was taken: whatever was acknowledged
 * before the backup started, nothing sent after it ended, and counters equal to a recount.
 */
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/dialect.ts';
import { cliEnv, runCli, show, type CliResult } from '../helpers/cli.ts';
import { freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { device, FUTURE } from '../helpers/fixtures.ts';
import { HttpLoad, type HttpAnswer } from '../helpers/http.ts';
import { HEAVY_TEST_MS, killAllServers, spawnServer, type ServerProcess } from '../helpers/processes.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';

const expectExit = (r: CliResult, code: number) => expect(r.code, show(r)).toBe(code);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Devices activating at once, each as soon as the one before it was answered. */
const STREAMS = 8;

interface Sent {
  fingerprint: string;
  sentAt: number;
  answeredAt: number;
  answer: HttpAnswer;
}

function activeRows(file: string): number {
  const copy = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return (copy.prepare(`select count(*) as n from activations where status = 'active'`).get() as { n: number }).n;
  } finally {
    copy.close();
  }
}

describe('allot backup (SQLite)', { timeout: HEAVY_TEST_MS }, () => {
  const masterKey = randomBytes(32).toString('base64');
  let db: FreshDatabase;
  let dir: string;
  let node: ServerProcess;
  let load: HttpLoad;
  let env: Record<string, string>;
  let sub: { id: string; keys: string[] };
  let seq = 0;

  const activateNext = async (log: Sent[]) => {
    const n = `bk-${seq++}`;
    const sentAt = performance.now();
    const answer = await load.request('POST', '/v1/client/activate', { key: sub.keys[seq % sub.keys.length], ...device(n) }, null);
    log.push({ fingerprint: `fp-${n}`, sentAt, answeredAt: performance.now(), answer });
  };

  /** Activations from STREAMS devices at a time until `done()` says so (asked after each answer). */
  async function stream(log: Sent[], done: () => boolean) {
    await Promise.all(Array.from({ length: STREAMS }, async () => {
      while (!done()) await activateNext(log);
    }));
  }

  beforeAll(async () => {
    db = await freshDatabase('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'allot-backup-'));
    env = cliEnv(db.url, masterKey);
    node = await spawnServer({ databaseUrl: db.url, masterKey });
    load = new HttpLoad(node.url, 32);
    const api = load.api();
    const ok = (res: HttpAnswer) => {
      expect(res.status, res.text).toBe(201);
      return res.body;
    };
    ok(await api.post('/v1/products', { code: 'backup-pro', name: 'Backup Pro' }));
    const account = ok(await api.post('/v1/accounts', { name: 'Backup Corp' }));
    const s = ok(await api.post(`/v1/accounts/${account.id}/subscriptions`, { product: 'backup-pro', seats: 100_000, expiresAt: FUTURE }));
    const reserved = ok(await api.post(`/v1/subscriptions/${s.id}/keys`, { name: 'Design', type: 'reserved', maxSeats: 50_000 }));
    const dynamic = ok(await api.post(`/v1/subscriptions/${s.id}/keys`, { name: 'Engineering', type: 'dynamic', maxSeats: 40_000 }));
    sub = { id: s.id, keys: [s.primaryKey.key, reserved.key, dynamic.key] };
  });
  afterAll(async () => {
    load?.close();
    await killAllServers();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('copies the database while the server activates devices; the copy is whole and serves that moment under the same master key', async () => {
    const log: Sent[] = [];
    // Counts, not durations: however slow the machine, the backup starts after BEFORE answered
    // activations, and the stream goes on until AFTER more were sent and answered once it ended.
    const BEFORE = 40;
    const AFTER = 2 * STREAMS;
    await stream(log, () => log.length >= BEFORE);
    const file = join(dir, 'allot-backup.db');

    // The backup runs while the stream goes on.
    let backupEnded = Infinity;
    const answeredAfter = () => log.filter((s) => s.sentAt > backupEnded).length;
    const during = stream(log, () => answeredAfter() >= AFTER);
    const backupStarted = performance.now();
    const backup = await runCli(['backup', file], env);
    backupEnded = performance.now();
    await during;

    expectExit(backup, 0);
    expect(backup.stdout).toMatch(new RegExp(`^backed up \\S+ to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ pages, \\d+ bytes, \\d+ ms\\)\\n$`));
    expect(backup.stderr.trim().split('\n'), 'a one-line reminder of the master key').toEqual([
      expect.stringMatching(/^Keep the master key with this backup \(the ALLOT_MASTER_KEY value\): it is not in the database/),
    ]);
    expect(log.filter((s) => s.answer.status >= 300).map((s) => s.answer.text)).toEqual([]);
    const before = log.filter((s) => s.answeredAt < backupStarted);
    const whileBackingUp = log.filter((s) => s.sentAt > backupStarted && s.answeredAt < backupEnded);
    const after = log.filter((s) => s.sentAt > backupEnded);
    expect(before.length).toBeGreaterThanOrEqual(BEFORE);
    expect(whileBackingUp.length, 'activations the server answered while the backup ran').toBeGreaterThan(0);
    expect(after.length).toBeGreaterThanOrEqual(AFTER);

    // A self-contained file (no WAL beside it) that passes the integrity check; no temporary file left.
    expect(readdirSync(dir)).toEqual(['allot-backup.db']);
    const copy = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      copy.close();
    }

    // A server on a copy of the copy, with the same master key.
    const restoreDir = mkdtempSync(join(tmpdir(), 'allot-restore-'));
    try {
      const restored = join(restoreDir, 'allot.db');
      copyFileSync(file, restored);
      const other = await spawnServer({ databaseUrl: `sqlite:${restored}`, masterKey });
      const http = new HttpLoad(other.url, 8);
      try {
        const api = http.api();
        const keys = (await api.get(`/v1/subscriptions/${sub.id}/keys`)).body.data as { key: string }[];
        expect(keys.map((k) => k.key).sort(), 'the key strings decrypt under the master key').toEqual([...sub.keys].sort());
        for (const s of before) {
          const res = await api.get(`/v1/activations/${s.answer.body.activation.id}`);
          expect(res.status, `${s.fingerprint}, acknowledged before the backup: ${res.text}`).toBe(200);
          expect(res.body.status).toBe('active');
        }
        for (const s of after) expect((await api.get(`/v1/activations/${s.answer.body.activation.id}`)).status, `${s.fingerprint}, sent after the backup`).toBe(404);
        const seats = (await api.get(`/v1/subscriptions/${sub.id}`)).body.seats;
        expectSeatFormulas(seats);
        const direct = openDatabase(`sqlite:${restored}`);
        try {
          const audit = await auditSeats(direct, sub.id);
          expectSeatsConsistent(audit);
          expect(seats.used).toBe(audit.activeRows);
          expect(audit.activeRows).toBeGreaterThanOrEqual(before.length);
          expect(audit.activeRows).toBeLessThanOrEqual(log.length - after.length);
        } finally {
          await direct.close();
        }
        // The restored server works: a device activates with a key of that moment.
        const late = await http.request('POST', '/v1/client/activate', { key: sub.keys[1], ...device('restored') }, null);
        expect(late.status, late.text).toBe(201);
        console.log(
          `[backup] ${backup.stdout.trim()}; ${before.length} activations before, ${whileBackingUp.length} answered during, ` +
            `${after.length} after; the copy holds ${seats.used} active`,
        );
      } finally {
        http.close();
        await other.kill();
      }

      // Without the master key, the copy is useless: a server with another key refuses it.
      await expect(spawnServer({ databaseUrl: `sqlite:${restored}`, masterKey: randomBytes(32).toString('base64') })).rejects.toThrow(
        /master key does not match this database/,
      );
    } finally {
      rmSync(restoreDir, { recursive: true, force: true });
    }
  });

  it('refuses to replace an existing file without --force, replaces it with --force, and never writes over the live database', async () => {
    const file = join(dir, 'allot-backup.db');
    expect(existsSync(file), 'the first test made it').toBe(true);
    const old = sha256(file);
    const oldActive = activeRows(file);
    for (let i = 0; i < 5; i++) await activateNext([]);
    const live = db.url.slice('sqlite:'.length);

    const [refused, intoLive] = await Promise.all([runCli(['backup', file], env), runCli(['backup', live, '--force'], env)]);
    expectExit(refused, 1);
    expect(refused.stderr.trim()).toBe(`allot: ${file} exists; pass --force to replace it.`);
    expect(refused.stdout).toBe('');
    expect(sha256(file), 'the refused backup left the file alone').toBe(old);
    expectExit(intoLive, 1);
    expect(intoLive.stderr.trim()).toBe(`allot: ${live} is the live database itself; write the backup to another file.`);

    const forced = await runCli(['backup', file, '--force', '--json'], env);
    expectExit(forced, 0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ file, source: live, pages: expect.any(Number), bytes: expect.any(Number), masterKey: 'ALLOT_MASTER_KEY' });
    // The new copy is the live database now (nothing activates meanwhile), the 5 new devices included.
    expect(activeRows(file)).toBe(activeRows(live));
    expect(activeRows(file)).toBeGreaterThanOrEqual(oldActive + 5);
    expect(readdirSync(dir)).toEqual(['allot-backup.db']);
    // The live database is still served.
    const res = await load.request('GET', `/v1/subscriptions/${sub.id}`);
    expect(res.status).toBe(200);
  });

  it('refuses PostgreSQL in one clear line that points to the documentation', async () => {
    const file = join(dir, 'pg.db');
    const r = await runCli(['backup', file], cliEnv('postgres://postgres@127.0.0.1:5432/allot', masterKey));
    expectExit(r, 1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^allot: .*SQLite databases only.*pg_dump.*docs\/operations\.md/)]);
    expect(existsSync(file)).toBe(false);
  });
});

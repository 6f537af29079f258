/**
 * `allot backup`: a consistent copy of the SQLite database while servers keep writing to it
 * (docs/operations.md). SQLite's online backup API copies the pages as of one read
 * transaction; in WAL mode a reader blocks no writer, so the servers go on meanwhile.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, statSync } from 'node:fs';
import { link, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sqliteFileOf } from './dialect.ts';
import { SQLITE_BUSY_TIMEOUT_MS } from '../domain/limits.ts';

/** A backup that was not taken, with the reason in one line. */
export class BackupRefused extends Error {}

export interface BackupReport {
  /** The copy (absolute path). */
  file: string;
  /** The database it copies. */
  source: string;
  pages: number;
  bytes: number;
  ms: number;
}

/** Every page in one step: one read transaction, so the copy is one moment of the database. */
const ALL_PAGES = 0x7fffffff;

export async function backupSqlite(databaseUrl: string, target: string, options: { force: boolean }): Promise<BackupReport> {
  const started = performance.now();
  const source = sqliteFileOf(databaseUrl);
  if (source === null)
    throw new BackupRefused('backup copies SQLite databases only; back PostgreSQL up with pg_dump or a physical backup (see docs/operations.md).');
  if (source === ':memory:') throw new BackupRefused('an in-memory database (sqlite::memory:) has nothing to back up.');
  const file = resolve(target);
  if ([source, `${source}-wal`, `${source}-shm`, `${source}-journal`].includes(file))
    throw new BackupRefused(`${file} is the live database itself; write the backup to another file.`);
  if (!options.force && existsSync(file)) throw new BackupRefused(`${file} exists; pass --force to replace it.`);
  if (!existsSync(dirname(file))) throw new BackupRefused(`the directory ${dirname(file)} does not exist.`);
  if (!existsSync(source)) throw new BackupRefused(`there is no database at ${source} (ALLOT_DATABASE_URL).`);

  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const pages = await copyPages(source, temp);
    settle(temp);
    fsyncPath(temp);
    await publish(temp, file, options.force);
    fsyncPath(dirname(file));
    return { file, source, pages, bytes: statSync(file).size, ms: Math.round(performance.now() - started) };
  } finally {
    await Promise.all(['', '-journal', '-wal', '-shm'].map((suffix) => rm(temp + suffix, { force: true })));
  }
}

async function copyPages(source: string, temp: string): Promise<number> {
  let database: SqliteDatabase.Database;
  try {
    database = new SqliteDatabase(source, { fileMustExist: true });
  } catch (error) {
    throw new BackupRefused(`cannot open the SQLite database ${source}: ${(error as Error).message}`);
  }
  try {
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    const progress = await database.backup(temp, { progress: () => ALL_PAGES });
    return progress.totalPages;
  } finally {
    database.close();
  }
}

/**
 * Makes the copy one self-contained file (rollback journal; a server switches it back to WAL
 * when it opens it) and proves it whole before it takes the target's name.
 */
function settle(temp: string): void {
  const copy = new SqliteDatabase(temp, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const problems = result.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length > 0) throw new Error(`the copy fails PRAGMA integrity_check: ${problems.slice(0, 5).join('; ')}`);
  } finally {
    copy.close();
  }
}

/** Without `force`, a hard link: it fails rather than replace a file that appeared meanwhile. */
async function publish(temp: string, file: string, force: boolean): Promise<void> {
  if (force) return rename(temp, file);
  try {
    await link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new BackupRefused(`${file} exists; pass --force to replace it.`);
    // A file system without hard links: check, then rename (a narrow race with another writer of `file`).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    if (existsSync(file)) throw new BackupRefused(`${file} exists; pass --force to replace it.`);
    await rename(temp, file);
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

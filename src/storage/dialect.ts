/**
 * Every difference between SQLite and PostgreSQL lives here, as declared capabilities.
 * Nothing else in the code asks which database it runs on.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { MIGRATION_LOCK_WAIT_MS, SQLITE_BUSY_TIMEOUT_MS, STATEMENT_CACHE_MAX_COUNT } from '../domain/limits.ts';

export interface DialectCapabilities {
  name: 'sqlite' | 'postgres';
  /** Starts a write transaction. SQLite takes the write lock at once (no upgrade deadlocks). */
  beginWrite: string;
  /** Starts a read transaction: every query of one read sees the same committed state. */
  beginRead: string;
  /** Whether `SELECT … FOR UPDATE` exists; SQLite has a single writer and needs none. */
  supportsRowLocks: boolean;
  /** Whether statements without parameters can be sent together, `;`-separated (PostgreSQL's simple query). */
  multipleStatements: boolean;
  /** Errors worth running the whole transaction again for (deadlock, serialization, busy). */
  isTransient(error: unknown): boolean;
  /** Case-insensitive LIKE. */
  ilike: 'like' | 'ilike';
  /** How many rows of `columns` values one INSERT may carry (bound parameters are limited). */
  maxRowsPerInsert(columns: number): number;
  /**
   * Whether one statement can read and write whole rows of several tables as JSON (`json_agg`,
   * `json_populate_recordset`). Where each statement is a round trip to a server (PostgreSQL),
   * a batch of device writes reads and inserts that way; SQLite runs in-process, where several
   * small statements cost less than one that builds JSON.
   */
  jsonRowSets: boolean;
  /**
   * Whether a lane's next shared transaction starts while the last one's writes are being
   * answered (a transaction is round trips to a server, during which this process would idle).
   * SQLite's transactions run without yielding, and start once the network's requests have
   * queued.
   */
  pipelinedCommits: boolean;
  /** Whether NULL sorts before every value in ascending order (SQLite) or after (PostgreSQL). */
  nullsSortLow: boolean;
  /**
   * `column` begins with `prefix`, case-insensitively, in the form the dialect's prefix index
   * serves (migration 2026-12-08): SQLite's LIKE (ASCII case folding, an index COLLATE NOCASE),
   * PostgreSQL's lower(column) LIKE (an index of lower(column) text_pattern_ops).
   */
  startsWith(column: string, prefix: string): RawBuilder<boolean>;
  /**
   * The column as an expression no index serves. A substring search must not walk a sort index:
   * for a rare match that is a random read of every row (32 s at a million on SQLite, against 1 s
   * for a scan and a sort). SQLite's planner has no statistics of a LIKE, so it is told (unary +);
   * PostgreSQL's weighs it from its statistics and gets the column.
   */
  withoutIndex(column: string): RawBuilder<unknown>;
}

/** A LIKE pattern for values beginning with `prefix`, its wildcards escaped (with `escape '\'`). */
const prefixPattern = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A UNIQUE constraint refused the write: PostgreSQL's 23505, SQLite's SQLITE_CONSTRAINT_UNIQUE (the same meaning on both). */
export const isUniqueViolation = (error: unknown): boolean => ['23505', 'SQLITE_CONSTRAINT_UNIQUE'].includes(String((error as { code?: string })?.code ?? ''));

const rowsWithin = (maxParameters: number) => (columns: number) => Math.max(1, Math.min(1000, Math.floor(maxParameters / columns)));

export interface OpenDatabase {
  db: Kysely<Database>;
  caps: DialectCapabilities;
  /** Where the data lives, with no password in it (for logs). */
  describe: string;
  /** The connection pool's use (PostgreSQL); null where there is no pool (SQLite: one connection, one writer). */
  poolUse(): PoolUse | null;
  close(): Promise<void>;
}

export interface PoolUse {
  /** Connections open. */
  total: number;
  /** Open and unused. */
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

const sqliteCaps: DialectCapabilities = {
  name: 'sqlite',
  beginWrite: 'BEGIN IMMEDIATE',
  // Deferred: takes no lock, and in WAL mode reads one snapshot until COMMIT.
  beginRead: 'BEGIN',
  supportsRowLocks: false,
  multipleStatements: false,
  isTransient: (e) => /SQLITE_BUSY|SQLITE_LOCKED/.test(String((e as { code?: string })?.code ?? '')),
  ilike: 'like',
  maxRowsPerInsert: rowsWithin(32_766),
  jsonRowSets: false,
  pipelinedCommits: false,
  nullsSortLow: true,
  startsWith: (column, prefix) => sql<boolean>`${sql.ref(column)} like ${prefixPattern(prefix)} escape '\\'`,
  withoutIndex: (column) => sql`+${sql.ref(column)}`,
};

const postgresCaps: DialectCapabilities = {
  name: 'postgres',
  beginWrite: 'BEGIN',
  // A snapshot for the whole read; read-only, so it never fails to serialize.
  beginRead: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  supportsRowLocks: true,
  multipleStatements: true,
  isTransient: (e) => ['40001', '40P01'].includes(String((e as { code?: string })?.code ?? '')),
  ilike: 'ilike',
  maxRowsPerInsert: rowsWithin(65_535),
  jsonRowSets: true,
  pipelinedCommits: true,
  nullsSortLow: false,
  startsWith: (column, prefix) => sql<boolean>`lower(${sql.ref(column)}) like ${prefixPattern(prefix.toLowerCase())} escape '\\'`,
  withoutIndex: (column) => sql.ref(column),
};

export interface OpenOptions {
  /** PostgreSQL pool size. */
  poolSize?: number;
}

/** `sqlite:./data/allot.db`, `sqlite:/abs/path.db`, `sqlite::memory:` or `postgres://…`. */
export function openDatabase(url: string, options: OpenOptions = {}): OpenDatabase {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return openPostgres(url, options);
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  throw new Error(`ALLOT_DATABASE_URL must start with sqlite: or postgres:// (got "${url.split(':')[0]}:…")`);
}


/**
 * Kysely's SQLite adapter takes no migration lock, so two processes migrating one new file
 * race. This one holds SQLite's write lock from the first migration to the last. It polls
 * instead of waiting in busy_timeout, which blocks the event loop: within one process, that
 * would also stop the holder of the lock from finishing.
 */
class SqliteMigrationLockAdapter extends SqliteAdapter {
  constructor(private readonly database: SqliteDatabase.Database) {
    super();
  }

  override async acquireMigrationLock(db: Kysely<unknown>): Promise<void> {
    const deadline = Date.now() + MIGRATION_LOCK_WAIT_MS;
    this.database.pragma('busy_timeout = 0');
    try {
      for (;;) {
        try {
          await sql`BEGIN IMMEDIATE`.execute(db);
          return;
        } catch (error) {
          if (!sqliteCaps.isTransient(error) || Date.now() > deadline) throw error;
        }
        await sleep(20);
      }
    } finally {
      this.database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    }
  }

  override async releaseMigrationLock(db: Kysely<unknown>): Promise<void> {
    // Also after a failed migration: the ones before it stay applied, as they would without the lock.
    if (this.database.inTransaction) await sql`COMMIT`.execute(db);
  }
}

class LockingSqliteDialect extends SqliteDialect {
  constructor(private readonly database: SqliteDatabase.Database) {
    super({ database });
  }

  override createAdapter(): SqliteAdapter {
    return new SqliteMigrationLockAdapter(this.database);
  }
}

/** The file a `sqlite:` URL names (absolute), `:memory:`, or null for any other database. */
export function sqliteFileOf(url: string): string | null {
  if (!url.startsWith('sqlite:')) return null;
  const path = url.slice('sqlite:'.length);
  return path === ':memory:' ? path : resolve(path.replace(/^\/\/(?=\/)/, ''));
}

function openSqlite(path: string): OpenDatabase {
  const file = sqliteFileOf(`sqlite:${path}`)!;
  const memory = file === ':memory:';
  let database: SqliteDatabase.Database;
  try {
    if (!memory) mkdirSync(dirname(file), { recursive: true });
    database = new SqliteDatabase(file);
  } catch (error) {
    throw new Error(`cannot open the SQLite database ${file}: ${(error as Error).message}`, { cause: error });
  }
  // busy_timeout first, so that the other settings wait for a lock rather than fail.
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  cachePreparedStatements(database);
  const db = new Kysely<Database>({ dialect: new LockingSqliteDialect(database) });
  return { db, caps: sqliteCaps, describe: `sqlite:${file}`, poolUse: () => null, close: () => db.destroy() };
}


/**
 * Kysely prepares every statement again for each query; preparing costs more than running the
 * short statements of the hot paths. Statements are kept by their SQL text (SQLite itself
 * prepares them again if the schema changes).
 */
function cachePreparedStatements(database: SqliteDatabase.Database): void {
  const prepare = database.prepare.bind(database);
  const cache = new Map<string, ReturnType<typeof prepare>>();
  database.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      if (cache.size >= STATEMENT_CACHE_MAX_COUNT) cache.clear();
      statement = prepare(source);
      cache.set(source, statement);
    }
    return statement;
  }) as typeof database.prepare;
}

let pgTypesSet = false;

function openPostgres(url: string, options: OpenOptions): OpenDatabase {
  if (!pgTypesSet) {
    // bigint columns hold epoch milliseconds: well inside Number's exact range.
    pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
    pgTypesSet = true;
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client's error (the server restarting, say) must not crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  safe.password = '';
  const poolUse = (): PoolUse => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
  return { db, caps: postgresCaps, describe: safe.toString(), poolUse, close: () => db.destroy() };
}

/** A new, empty database per scenario run: a SQLite file in a temporary directory, or a PostgreSQL database of its own. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Dialect } from './scenario.ts';

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The PostgreSQL server to measure on (an administrator's URL); without it, SQLite only. */
export const PG_ADMIN_URL = process.env.ALLOT_BENCH_PG_URL || null;

export function benchDialects(): Dialect[] {
  return PG_ADMIN_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL! });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(dialect: Dialect): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'allot-bench-'));
    return { url: `sqlite:${join(dir, 'allot.db')}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  if (!PG_ADMIN_URL) throw new Error('ALLOT_BENCH_PG_URL is not set');
  const name = `allot_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A setting of the PostgreSQL server measured on (e.g. synchronous_commit), for the record. */
export async function pgSetting(name: string): Promise<string> {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`not a setting name: ${name}`);
  const client = new pg.Client({ connectionString: PG_ADMIN_URL! });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(`SHOW ${name}`);
    return Object.values(rows[0] ?? {})[0] ?? 'unknown';
  } finally {
    await client.end();
  }
}

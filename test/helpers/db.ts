import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { PG_ADMIN_URL, pgUrlFor, requestedDialects, testDatabasePrefix, type Dialect } from './env.ts';

/** The dialects this run tests: PostgreSQL only when global setup found it (it says so loudly when not). */
export function dialects(): Dialect[] {
  const template = inject('pgTemplate');
  return requestedDialects().filter((d) => d === 'sqlite' || (d === 'postgres' && template !== null));
}

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

let counter = 0;

/**
 * A new database of its own for one test: on PostgreSQL a copy of the migrated template, or
 * with `empty` a database with no tables at all (what a first start meets).
 */
export async function freshDatabase(dialect: Dialect, options: { empty?: boolean } = {}): Promise<FreshDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'allot-test-'));
    return { url: `sqlite:${join(dir, 'allot.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const runTemplate = inject('pgTemplate');
  const template = options.empty ? null : runTemplate;
  if (!options.empty && !template) throw new Error('PostgreSQL is not available in this run');
  // Named after the run (its template) so that global teardown finds any a test left behind.
  const name = `${testDatabasePrefix(runTemplate)}${process.pid}_${counter++}`;
  await asAdmin(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return { url: pgUrlFor(name), drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function asAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

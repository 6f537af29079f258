import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase } from '../../src/storage/dialect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { PG_ADMIN_URL, pgUrlFor, requestedDialects, pgRequired, testDatabasePrefix } from './env.ts';
import { checkRunLog, newRunLogDir } from './run-log.ts';

/**
 * Once per run: finds out whether PostgreSQL is there and, if so, prepares a migrated
 * template database that every PostgreSQL test copies (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const wantPg = requestedDialects().includes('postgres');
  let template: string | null = null;
  if (wantPg) {
    // A server that is not there refuses at once; one on a loaded machine may take seconds to answer.
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 15_000 });
    try {
      await admin.connect();
      template = `allot_tpl_${process.pid}_${Date.now().toString(36)}`;
      await admin.query(`CREATE DATABASE ${template}`);
      const db = openDatabase(pgUrlFor(template));
      await migrateToLatest(db.db);
      await db.close();
    } catch (error) {
      template = null;
      if (pgRequired()) throw new Error(`PostgreSQL is required here (CI) but unreachable at ${PG_ADMIN_URL}: ${String(error)}`);
      const line = '!'.repeat(78);
      console.warn(`\n${line}\n!! PostgreSQL is not reachable at ${PG_ADMIN_URL}.\n!! Every PostgreSQL suite is SKIPPED. Start it, or set ALLOT_TEST_PG_URL.\n${line}\n`);
    } finally {
      await admin.end().catch(() => undefined);
    }
  }
  project.provide('pgTemplate', template);
  const runLogDir = newRunLogDir();
  project.provide('runLogDir', runLogDir);
  return async () => {
    try {
      if (!template) return;
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      try {
        // A test's database outlives it only when the test forgot to drop it: say which, and drop them.
        const prefix = testDatabasePrefix(template);
        const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'allot_t_%'`);
        const left = rows.map((r) => r.datname).filter((name) => name.startsWith(prefix));
        if (left.length > 0) {
          const line = '!'.repeat(78);
          console.warn(`\n${line}\n!! ${left.length} test database(s) left behind by this run (a test that does not drop its database): ${left.join(', ')}.\n!! Dropped now.\n${line}\n`);
          for (const name of left) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        }
        await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    } finally {
      // Nothing secret in any log of the run (a run of a few files checks what it ran).
      checkRunLog(runLogDir);
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
  }
}

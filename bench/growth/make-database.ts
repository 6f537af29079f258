/**
 * `npx tsx bench/growth/make-database.ts <sqlite|postgres> <activations>`: builds a database as
 * the growth scenario measures it (build.ts) and leaves it there, for EXPLAIN and for trying
 * an index or a query against a big database. Prints, as JSON, what it takes to serve it
 * (ALLOT_DATABASE_URL, ALLOT_MASTER_KEY, ALLOT_OPERATOR_TOKEN) and the ids to query. PostgreSQL:
 * ALLOT_BENCH_PG_URL names the server. Remove it afterwards (the SQLite file's directory, or
 * DROP DATABASE).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase } from '../databases.ts';
import type { Dialect } from '../scenario.ts';
import { buildDatabase } from './build.ts';
import { newInstallation } from './server.ts';

const [dialect, rawSize] = process.argv.slice(2);
const size = Number(rawSize);
if ((dialect !== 'sqlite' && dialect !== 'postgres') || !Number.isSafeInteger(size) || size <= 0) {
  console.error('usage: npx tsx bench/growth/make-database.ts <sqlite|postgres> <activations>');
  process.exit(2);
}
const db = await freshDatabase(dialect as Dialect);
const workDir = await mkdtemp(join(tmpdir(), 'allot-growth-db-'));
const inst = newInstallation(db.url, workDir);
const built = await buildDatabase(dialect as Dialect, inst, size, (m) => process.stderr.write(`${m}\n`));
process.stdout.write(
  JSON.stringify(
    {
      ALLOT_DATABASE_URL: inst.databaseUrl,
      ALLOT_MASTER_KEY: inst.masterKey,
      ALLOT_OPERATOR_TOKEN: inst.operatorToken,
      workDir,
      seedMs: built.seedMs,
      adminToken: built.made.adminToken,
      subscriptionId: built.made.big.seed.id,
      accountId: built.made.big.seed.accountId,
      keys: built.made.big.seed.keys,
      primaryKey: built.made.big.primaryKey,
      otherSubscriptionIds: built.made.others.map((c) => c.seed.id),
    },
    null,
    2,
  ) + '\n',
);

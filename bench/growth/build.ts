/**
 * A database of `size` activations, as the growth scenario measures it: the customers made
 * through the API of a server on a new database, the server stopped, the devices seeded
 * (seed.ts; the big subscription `size` activations over the past year, each other one
 * size × OTHER_SHARE), and on PostgreSQL what autovacuum would have done.
 */
import type { Dialect } from '../scenario.ts';
import { backdateSubscription, seedActivations, settleAfterSeeding } from './seed.ts';
import { serve, type Installation } from './server.ts';
import { api, makeCustomers, OTHER_SHARE, readSeedDetails, type Made } from './setup.ts';

const DAY_MS = 86_400_000;

export interface Built {
  made: Made;
  /** Seeding time, from the server's stop to the last row (and VACUUM ANALYZE). */
  seedMs: number;
  /** Events the seeding added. */
  events: number;
}

export async function buildDatabase(dialect: Dialect, inst: Installation, size: number, log: (message: string) => void): Promise<Built> {
  const server = await serve(inst, 'setup');
  let made: Made;
  try {
    made = await makeCustomers(api(server.url, inst.operatorToken));
  } finally {
    await server.stop();
  }
  await readSeedDetails(dialect, inst.databaseUrl, made);

  const started = performance.now();
  const now = Date.now();
  const db = { dialect, url: inst.databaseUrl };
  const customers = [made.big, ...made.others];
  let events = 0;
  for (const [i, c] of customers.entries()) {
    const activations = i === 0 ? size : Math.round(size * OTHER_SHARE);
    // Devices over the past year, of subscriptions sold 400 days ago.
    await backdateSubscription(db, c.seed.id, now - 400 * DAY_MS);
    let reported = 0;
    const report = await seedActivations(db, c.seed, {
      activations,
      from: now - 365 * DAY_MS,
      to: now - 3_600_000,
      salt: i + 1,
      progress: (done) => {
        if (done - reported < 200_000 && done !== activations) return;
        reported = done;
        log(`seeding customer ${i + 1}/${customers.length}: ${done}/${activations}`);
      },
    });
    events += report.events;
  }
  await settleAfterSeeding(db);
  return { made, seedMs: Math.round(performance.now() - started), events };
}

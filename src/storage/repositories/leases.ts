import type { Kysely } from 'kysely';
import type { LeaseRepo } from '../../app/ports/repositories.ts';
import type { Database } from '../schema.ts';

/** A named lease in a table: one node at a time runs a job, on SQLite and PostgreSQL alike. */
export function leaseRepo(db: Kysely<Database>): LeaseRepo {
  return {
    async acquire(name, owner, now, ttlMs) {
      await db
        .insertInto('leases')
        .values({ name, owner: '', expires_at: 0 })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const r = await db
        .updateTable('leases')
        .set({ owner, expires_at: now + ttlMs })
        .where('name', '=', name)
        .where((eb) => eb.or([eb('owner', '=', owner), eb('expires_at', '<=', now)]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async release(name, owner) {
      await db.updateTable('leases').set({ expires_at: 0 }).where('name', '=', name).where('owner', '=', owner).execute();
    },
  };
}

import type { Kysely } from 'kysely';
import type { AccountRepo } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import type { Database } from '../schema.ts';

export function accountRepo(db: Kysely<Database>, caps: DialectCapabilities): AccountRepo {
  return {
    async insert(a) {
      await db.insertInto('accounts').values({ id: a.id, name: a.name, created_at: a.createdAt }).execute();
    },
    async byId(id) {
      const r = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
      return r && { id: r.id, name: r.name, createdAt: r.created_at };
    },
    async lock(id) {
      const q = db.selectFrom('accounts').selectAll().where('id', '=', id);
      const r = await (caps.supportsRowLocks ? q.forUpdate() : q).executeTakeFirst();
      return r && { id: r.id, name: r.name, createdAt: r.created_at };
    },
    async list(limit, after) {
      let q = db.selectFrom('accounts').selectAll().orderBy('id').limit(limit);
      if (after) q = q.where('id', '>', after);
      return (await q.execute()).map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
    },
  };
}

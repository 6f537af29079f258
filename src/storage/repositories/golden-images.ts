import type { Kysely, Selectable } from 'kysely';
import type { GoldenImageRepo } from '../../app/ports/repositories.ts';
import type { GoldenImageFiles } from '../../domain/policy.ts';
import type { GoldenImageRecord } from '../../domain/records.ts';
import type { DialectCapabilities } from '../dialect.ts';
import { param, precompiled } from '../precompiled.ts';
import type { Database, GoldenImagesTable } from '../schema.ts';

/** Read by every certificate of a key with an image: precompiled. */
const imageById = precompiled<[string], Selectable<GoldenImagesTable>>((db) => db.selectFrom('golden_images').selectAll().where('id', '=', param(0)));

const toRecord = (r: Selectable<GoldenImagesTable>): GoldenImageRecord => ({
  id: r.id,
  accountId: r.account_id,
  name: r.name,
  description: r.description,
  images: JSON.parse(r.images) as GoldenImageFiles,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function goldenImageRepo(db: Kysely<Database>, caps: DialectCapabilities): GoldenImageRepo {
  return {
    async insert(g) {
      await db
        .insertInto('golden_images')
        .values({
          id: g.id,
          account_id: g.accountId,
          name: g.name,
          description: g.description,
          images: JSON.stringify(g.images),
          created_at: g.createdAt,
          updated_at: g.updatedAt,
        })
        .execute();
    },
    async byId(id) {
      const r = await imageById.first(db, caps, [id]);
      return r && toRecord(r);
    },
    async lock(id) {
      const q = db.selectFrom('golden_images').selectAll().where('id', '=', id);
      const r = await (caps.supportsRowLocks ? q.forUpdate() : q).executeTakeFirst();
      return r && toRecord(r);
    },
    async listByAccount(accountId) {
      const rows = await db.selectFrom('golden_images').selectAll().where('account_id', '=', accountId).orderBy('name').orderBy('id').execute();
      return rows.map(toRecord);
    },
    async countByAccount(accountId) {
      const { n } = await db
        .selectFrom('golden_images')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow();
      return Number(n);
    },
    async update(id, p) {
      const values: Partial<GoldenImagesTable> = {};
      if (p.name !== undefined) values.name = p.name;
      if (p.description !== undefined) values.description = p.description;
      if (p.images !== undefined) values.images = JSON.stringify(p.images);
      if (p.updatedAt !== undefined) values.updated_at = p.updatedAt;
      if (Object.keys(values).length) await db.updateTable('golden_images').set(values).where('id', '=', id).execute();
    },
    async delete(id) {
      await db.deleteFrom('golden_images').where('id', '=', id).execute();
    },
  };
}

import type { Kysely, Selectable } from 'kysely';
import type { GoldenImageRepo } from '../../app/ports/repositories.ts';
import type { GoldenImageFiles } from '../../domain/policy.ts';
import type { GoldenImageRecord } from '../../domain/records.ts';
import type { Database, GoldenImagesTable } from '../schema.ts';

const toRecord = (r: Selectable<GoldenImagesTable>): GoldenImageRecord => ({
  id: r.id,
  accountId: r.account_id,
  name: r.name,
  description: r.description,
  images: JSON.parse(r.images) as GoldenImageFiles,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function goldenImageRepo(db: Kysely<Database>): GoldenImageRepo {
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
      const r = await db.selectFrom('golden_images').selectAll().where('id', '=', id).executeTakeFirst();
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

import type { Kysely, Selectable } from 'kysely';
import type { ProductRecord } from '../../domain/records.ts';
import type { ProductRepo } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import { param, precompiled } from '../precompiled.ts';
import type { Database, ProductsTable } from '../schema.ts';

const toRecord = (r: Selectable<ProductsTable>): ProductRecord => ({
  id: r.id,
  code: r.code,
  name: r.name,
  downloadUrl: r.download_url,
  createdAt: r.created_at,
});

const productById = precompiled<[string], Selectable<ProductsTable>>((db) => db.selectFrom('products').selectAll().where('id', '=', param(0)));

export function productRepo(db: Kysely<Database>, caps: DialectCapabilities): ProductRepo {
  return {
    async insert(p) {
      const r = await db
        .insertInto('products')
        .values({ id: p.id, code: p.code, name: p.name, download_url: p.downloadUrl, created_at: p.createdAt })
        .onConflict((oc) => oc.column('code').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async byId(id) {
      const r = await productById.first(db, caps, [id]);
      return r && toRecord(r);
    },
    async byCode(code) {
      const r = await db.selectFrom('products').selectAll().where('code', '=', code).executeTakeFirst();
      return r && toRecord(r);
    },
    async list() {
      return (await db.selectFrom('products').selectAll().orderBy('code').execute()).map(toRecord);
    },
    async update(id, patch) {
      const values: Partial<ProductsTable> = {};
      if (patch.name !== undefined) values.name = patch.name;
      if (patch.downloadUrl !== undefined) values.download_url = patch.downloadUrl;
      if (Object.keys(values).length) await db.updateTable('products').set(values).where('id', '=', id).execute();
    },
  };
}

export { toRecord as productRecord };

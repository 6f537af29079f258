import type { Kysely } from 'kysely';
import type { SettingRepo } from '../../app/ports/repositories.ts';
import type { Database } from '../schema.ts';

export function settingRepo(db: Kysely<Database>): SettingRepo {
  const get = async (name: string) =>
    (await db.selectFrom('settings').select('value').where('name', '=', name).executeTakeFirst())?.value;
  return {
    get,
    async putIfAbsent(name, value) {
      await db.insertInto('settings').values({ name, value }).onConflict((oc) => oc.column('name').doNothing()).execute();
      return (await get(name)) ?? value;
    },
  };
}

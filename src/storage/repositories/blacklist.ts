import type { Kysely, Selectable } from 'kysely';
import type { BlacklistRecord } from '../../domain/records.ts';
import type { BlacklistRepo } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import { param, precompiled } from '../precompiled.ts';
import type { BlacklistTable, Database } from '../schema.ts';
import { onlyAmong } from './sql-helpers.ts';

const toRecord = (r: Selectable<BlacklistTable>): BlacklistRecord => ({
  id: r.id,
  subscriptionId: r.subscription_id,
  accountId: r.account_id,
  fingerprint: r.fingerprint,
  activationId: r.activation_id,
  deviceName: r.device_name,
  reason: r.reason,
  createdAt: r.created_at,
});

const blacklistEntry = precompiled<[string, string], Selectable<BlacklistTable>>((db) =>
  db.selectFrom('blacklist').selectAll().where('subscription_id', '=', param(0)).where('fingerprint', '=', param(1)),
);

export function blacklistRepo(db: Kysely<Database>, caps: DialectCapabilities): BlacklistRepo {
  return {
    async insertIfAbsent(b) {
      const r = await db
        .insertInto('blacklist')
        .values({
          id: b.id,
          subscription_id: b.subscriptionId,
          account_id: b.accountId,
          fingerprint: b.fingerprint,
          activation_id: b.activationId,
          device_name: b.deviceName,
          reason: b.reason,
          created_at: b.createdAt,
        })
        .onConflict((oc) => oc.columns(['subscription_id', 'fingerprint']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async byId(id) {
      const r = await db.selectFrom('blacklist').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toRecord(r);
    },
    async find(subscriptionId, fingerprint) {
      const r = await blacklistEntry.first(db, caps, [subscriptionId, fingerprint]);
      return r && toRecord(r);
    },
    async list(subscriptionId, limit, offset, keyIds) {
      let base = db.selectFrom('blacklist').where('subscription_id', '=', subscriptionId);
      if (keyIds)
        base = base.where('activation_id', 'in', onlyAmong(db.selectFrom('activations').select('id'), 'key_id', keyIds));
      const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
      const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
      return { rows: rows.map(toRecord), total: Number(total) };
    },
    async delete(id) {
      await db.deleteFrom('blacklist').where('id', '=', id).execute();
    },
  };
}

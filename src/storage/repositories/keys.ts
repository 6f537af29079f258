import type { Kysely, Selectable } from 'kysely';
import type { KeyType } from '../../domain/seats.ts';
import type { KeyRecord } from '../../domain/records.ts';
import type { KeyRepo } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import { param, precompiled } from '../precompiled.ts';
import type { Database, LicenseKeysTable } from '../schema.ts';

export const keyRecord = (r: Selectable<LicenseKeysTable>): KeyRecord => ({
  id: r.id,
  subscriptionId: r.subscription_id,
  accountId: r.account_id,
  type: r.type as KeyType,
  name: r.name,
  maxSeats: r.max_seats,
  used: r.used,
  blocked: r.blocked === 1,
  expiresAt: r.expires_at,
  expiredAt: r.expired_at,
  deletedAt: r.deleted_at,
  keyCipher: r.key_cipher,
  ssoGroups: JSON.parse(r.sso_groups) as string[],
  ssoPriority: r.sso_priority,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const keyByHash = precompiled<[string], Selectable<LicenseKeysTable>>((db) =>
  db.selectFrom('license_keys').selectAll().where('key_hash', '=', param(0)).where('deleted_at', 'is', null),
);
const keyById = precompiled<[string], Selectable<LicenseKeysTable>>((db) => db.selectFrom('license_keys').selectAll().where('id', '=', param(0)));
const keysDueInSubscription = precompiled<[number, string], Selectable<LicenseKeysTable>>((db) =>
  db
    .selectFrom('license_keys')
    .selectAll()
    .where('expired_at', 'is', null)
    .where('deleted_at', 'is', null)
    .where('expires_at', '<=', param(0))
    .where('subscription_id', '=', param(1))
    .orderBy('expires_at')
    .limit(1000),
);

export function keyRepo(db: Kysely<Database>, caps: DialectCapabilities): KeyRepo {
  return {
    async insert(k, keyHash) {
      await db
        .insertInto('license_keys')
        .values({
          id: k.id,
          subscription_id: k.subscriptionId,
          account_id: k.accountId,
          type: k.type,
          name: k.name,
          max_seats: k.maxSeats,
          used: k.used,
          blocked: k.blocked ? 1 : 0,
          expires_at: k.expiresAt,
          expired_at: k.expiredAt,
          deleted_at: k.deletedAt,
          key_hash: keyHash,
          key_cipher: k.keyCipher,
          sso_groups: JSON.stringify(k.ssoGroups),
          sso_priority: k.ssoPriority,
          created_at: k.createdAt,
          updated_at: k.updatedAt,
        })
        .execute();
    },
    async byId(id) {
      const r = await keyById.first(db, caps, [id]);
      return r && keyRecord(r);
    },
    async byHash(keyHash) {
      const r = await keyByHash.first(db, caps, [keyHash]);
      return r && keyRecord(r);
    },
    async listBySubscription(subscriptionId, options = {}) {
      const rows = await db
        .selectFrom('license_keys')
        .selectAll()
        .where('subscription_id', '=', subscriptionId)
        .$if(!options.includeDeleted, (q) => q.where('deleted_at', 'is', null))
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(keyRecord);
    },
    async update(id, p) {
      const values: Partial<LicenseKeysTable> = {};
      if (p.name !== undefined) values.name = p.name;
      if (p.type !== undefined) values.type = p.type;
      if (p.blocked !== undefined) values.blocked = p.blocked ? 1 : 0;
      if (p.expiresAt !== undefined) values.expires_at = p.expiresAt;
      if (p.expiredAt !== undefined) values.expired_at = p.expiredAt;
      if (p.deletedAt !== undefined) values.deleted_at = p.deletedAt;
      if (p.keyCipher !== undefined) values.key_cipher = p.keyCipher;
      if (p.keyHash !== undefined) values.key_hash = p.keyHash;
      if (p.ssoGroups !== undefined) values.sso_groups = JSON.stringify(p.ssoGroups);
      if (p.ssoPriority !== undefined) values.sso_priority = p.ssoPriority;
      if (p.updatedAt !== undefined) values.updated_at = p.updatedAt;
      if (Object.keys(values).length) await db.updateTable('license_keys').set(values).where('id', '=', id).execute();
    },
    async dueForExpiry(now, limit, subscriptionId) {
      // Asked on every activation, for its subscription: precompiled.
      if (subscriptionId && limit >= 1000) return (await keysDueInSubscription.rows(db, caps, [now, subscriptionId])).map(keyRecord);
      let q = db
        .selectFrom('license_keys')
        .selectAll()
        .where('expired_at', 'is', null)
        .where('deleted_at', 'is', null)
        .where('expires_at', '<=', now)
        .orderBy('expires_at')
        .limit(limit);
      if (subscriptionId) q = q.where('subscription_id', '=', subscriptionId);
      return (await q.execute()).map(keyRecord);
    },
  };
}

import { sql, type Kysely, type Selectable } from 'kysely';
import type { KeyType } from '../../domain/seats.ts';
import type { KeyRecord } from '../../domain/records.ts';
import type { PolicySettings } from '../../domain/policy.ts';
import { inChunks } from './sql-helpers.ts';
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
  policy: r.policy === null ? null : (JSON.parse(r.policy) as PolicySettings),
  policyVersion: r.policy_version,
  policyUpdatedAt: r.policy_updated_at,
  goldenImageId: r.golden_image_id,
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

/** Live primary key of a subscription (asked by check-ins of inheriting keys). */
const primaryKey = precompiled<[string], Selectable<LicenseKeysTable>>((db) =>
  db.selectFrom('license_keys').selectAll().where('subscription_id', '=', param(0)).where('type', '=', sql.lit('primary')).where('deleted_at', 'is', null),
);

export function keyRepo(db: Kysely<Database>, caps: DialectCapabilities): KeyRepo {
  return {
    async insert(k, keyHash, keyPrefix) {
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
          policy: k.policy === null ? null : JSON.stringify(k.policy),
          policy_version: k.policyVersion,
          policy_updated_at: k.policyUpdatedAt,
          golden_image_id: k.goldenImageId,
          key_prefix: keyPrefix ?? null,
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
      if (p.keyPrefix !== undefined) values.key_prefix = p.keyPrefix;
      if (p.ssoGroups !== undefined) values.sso_groups = JSON.stringify(p.ssoGroups);
      if (p.ssoPriority !== undefined) values.sso_priority = p.ssoPriority;
      if (p.updatedAt !== undefined) values.updated_at = p.updatedAt;
      if (p.policy !== undefined) values.policy = p.policy === null ? null : JSON.stringify(p.policy);
      if (p.policyVersion !== undefined) values.policy_version = p.policyVersion;
      if (p.policyUpdatedAt !== undefined) values.policy_updated_at = p.policyUpdatedAt;
      if (p.goldenImageId !== undefined) values.golden_image_id = p.goldenImageId;
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
    async primaryOf(subscriptionId) {
      const r = await primaryKey.first(db, caps, [subscriptionId]);
      return r && keyRecord(r);
    },
    async usingImages(imageIds) {
      const out = new Map<string, string[]>(imageIds.map((id) => [id, []]));
      for (const chunk of inChunks([...new Set(imageIds)], 500)) {
        const rows = await db
          .selectFrom('license_keys')
          .select(['id', 'golden_image_id'])
          .where('golden_image_id', 'in', chunk)
          .where('deleted_at', 'is', null)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        for (const r of rows) out.get(r.golden_image_id!)!.push(r.id);
      }
      return out;
    },
    async detachImage(imageId, at) {
      const live = await db.selectFrom('license_keys').select('id').where('golden_image_id', '=', imageId).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();
      await db.updateTable('license_keys').set({ golden_image_id: null, updated_at: at }).where('golden_image_id', '=', imageId).execute();
      return live.map((r) => r.id);
    },
  };
}

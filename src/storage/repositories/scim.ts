import type { Kysely, Selectable } from 'kysely';
import type { ScimGroupRecord, ScimTokenRecord } from '../../domain/records.ts';
import type { ScimGroupRepo, ScimTokenRepo } from '../../app/ports/repositories.ts';
import { isUniqueViolation } from '../dialect.ts';
import type { Database, ScimGroupsTable, ScimTokensTable } from '../schema.ts';

const tokenRecord = (r: Selectable<ScimTokensTable>): ScimTokenRecord => ({
  id: r.id,
  accountId: r.account_id,
  name: r.name,
  tokenHash: r.token_hash,
  prefix: r.prefix,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export function scimTokenRepo(db: Kysely<Database>): ScimTokenRepo {
  return {
    async insert(t) {
      await db
        .insertInto('scim_tokens')
        .values({
          id: t.id,
          account_id: t.accountId,
          name: t.name,
          token_hash: t.tokenHash,
          prefix: t.prefix,
          created_at: t.createdAt,
          last_used_at: t.lastUsedAt,
          revoked_at: t.revokedAt,
        })
        .execute();
    },
    async byHash(tokenHash) {
      const r = await db.selectFrom('scim_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return r && tokenRecord(r);
    },
    async byId(id) {
      const r = await db.selectFrom('scim_tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return r && tokenRecord(r);
    },
    async list(accountId) {
      return (await db.selectFrom('scim_tokens').selectAll().where('account_id', '=', accountId).orderBy('created_at').orderBy('id').execute()).map(tokenRecord);
    },
    async revoke(id, at) {
      await db.updateTable('scim_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    },
    async touch(id, at) {
      await db.updateTable('scim_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
    async anyLive(accountId) {
      const r = await db.selectFrom('scim_tokens').select('id').where('account_id', '=', accountId).where('revoked_at', 'is', null).limit(1).executeTakeFirst();
      return r !== undefined;
    },
  };
}

const groupRecord = (r: Selectable<ScimGroupsTable>): ScimGroupRecord => ({
  id: r.id,
  accountId: r.account_id,
  displayName: r.display_name,
  externalId: r.external_id,
  attributes: JSON.parse(r.attributes) as Record<string, unknown>,
  provisionedBy: r.provisioned_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Rows per statement when a list of ids goes into `in (…)`: well under either database's limit on parameters. */
const CHUNK = 500;
const chunks = <T>(xs: readonly T[]): T[][] => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

export function scimGroupRepo(db: Kysely<Database>): ScimGroupRepo {
  return {
    async insert(g) {
      try {
        await db
          .insertInto('scim_groups')
          .values({
            id: g.id,
            account_id: g.accountId,
            display_name: g.displayName,
            display_name_key: g.displayName.toLowerCase(),
            external_id: g.externalId,
            attributes: JSON.stringify(g.attributes),
            provisioned_by: g.provisionedBy,
            created_at: g.createdAt,
            updated_at: g.updatedAt,
          })
          .execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async byId(id) {
      const r = await db.selectFrom('scim_groups').selectAll().where('id', '=', id).executeTakeFirst();
      return r && groupRecord(r);
    },
    async list(accountId, f) {
      let q = db.selectFrom('scim_groups').selectAll().where('account_id', '=', accountId);
      if (f.displayName !== undefined) q = q.where('display_name_key', '=', f.displayName.toLowerCase());
      if (f.externalId !== undefined) q = q.where('external_id', '=', f.externalId);
      return (await q.orderBy('created_at').orderBy('id').limit(f.limit).execute()).map(groupRecord);
    },
    async update(id, p) {
      const values: Partial<ScimGroupsTable> = {};
      if (p.displayName !== undefined) {
        values.display_name = p.displayName;
        values.display_name_key = p.displayName.toLowerCase();
      }
      if (p.externalId !== undefined) values.external_id = p.externalId;
      if (p.attributes !== undefined) values.attributes = JSON.stringify(p.attributes);
      if (p.updatedAt !== undefined) values.updated_at = p.updatedAt;
      if (Object.keys(values).length === 0) return true;
      try {
        await db.updateTable('scim_groups').set(values).where('id', '=', id).execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async delete(id) {
      await db.deleteFrom('scim_group_members').where('group_id', '=', id).execute();
      await db.deleteFrom('scim_groups').where('id', '=', id).execute();
    },
    async members(groupIds) {
      const out = new Map<string, string[]>(groupIds.map((id) => [id, []]));
      for (const part of chunks(groupIds)) {
        const rows = await db.selectFrom('scim_group_members').select(['group_id', 'user_id']).where('group_id', 'in', part).orderBy('user_id').execute();
        for (const r of rows) out.get(r.group_id)!.push(r.user_id);
      }
      return out;
    },
    async addMembers(groupId, userIds) {
      for (const part of chunks([...new Set(userIds)]))
        await db
          .insertInto('scim_group_members')
          .values(part.map((user_id) => ({ group_id: groupId, user_id })))
          .onConflict((oc) => oc.columns(['group_id', 'user_id']).doNothing())
          .execute();
    },
    async removeMembers(groupId, userIds) {
      for (const part of chunks(userIds)) await db.deleteFrom('scim_group_members').where('group_id', '=', groupId).where('user_id', 'in', part).execute();
    },
    async groupsOf(userIds) {
      const out = new Map<string, ScimGroupRecord[]>(userIds.map((id) => [id, []]));
      for (const part of chunks(userIds)) {
        const rows = await db
          .selectFrom('scim_group_members as m')
          .innerJoin('scim_groups as g', 'g.id', 'm.group_id')
          .selectAll('g')
          .select('m.user_id')
          .where('m.user_id', 'in', part)
          .orderBy('g.display_name_key')
          .execute();
        for (const { user_id, ...g } of rows) out.get(user_id)!.push(groupRecord(g));
      }
      return out;
    },
    async removeUser(userId) {
      await db.deleteFrom('scim_group_members').where('user_id', '=', userId).execute();
    },
  };
}

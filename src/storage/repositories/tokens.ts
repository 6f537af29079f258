import type { Kysely, Selectable } from 'kysely';
import type { TokenRecord, TokenRole } from '../../domain/records.ts';
import type { TokenRepo } from '../../app/ports/repositories.ts';
import type { ApiTokensTable, Database } from '../schema.ts';

const toRecord = (r: Selectable<ApiTokensTable>): TokenRecord => ({
  id: r.id,
  accountId: r.account_id,
  name: r.name,
  role: r.role as TokenRole,
  tokenHash: r.token_hash,
  prefix: r.prefix,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export function tokenRepo(db: Kysely<Database>): TokenRepo {
  return {
    async insert(t) {
      await db
        .insertInto('api_tokens')
        .values({
          id: t.id,
          account_id: t.accountId,
          name: t.name,
          role: t.role,
          token_hash: t.tokenHash,
          prefix: t.prefix,
          created_at: t.createdAt,
          last_used_at: t.lastUsedAt,
          revoked_at: t.revokedAt,
        })
        .execute();
    },
    async byHash(tokenHash) {
      const r = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return r && toRecord(r);
    },
    async byId(id) {
      const r = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toRecord(r);
    },
    async list(accountId) {
      let q = db.selectFrom('api_tokens').selectAll().orderBy('created_at');
      q = accountId === null ? q.where('account_id', 'is', null) : q.where('account_id', '=', accountId);
      return (await q.execute()).map(toRecord);
    },
    async revoke(id, at) {
      await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    },
    async touch(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
  };
}

import { sql, type Kysely, type Selectable } from 'kysely';
import type { DomainRepo } from '../../app/ports/repositories.ts';
import type { DomainStatus } from '../../domain/domains.ts';
import type { DomainCheck, DomainRecord } from '../../domain/records.ts';
import type { Database, DomainsTable } from '../schema.ts';
import { isUniqueViolation } from '../dialect.ts';

const SAVEPOINT = 'domain_verified';

const toRecord = (r: Selectable<DomainsTable>): DomainRecord => ({
  id: r.id,
  accountId: r.account_id,
  domain: r.domain,
  status: r.status as DomainStatus,
  token: r.token,
  createdAt: r.created_at,
  verifiedAt: r.verified_at,
  lastCheckedAt: r.last_checked_at,
  lastCheck: r.last_check === null ? null : (JSON.parse(r.last_check) as DomainCheck),
});

export function domainRepo(db: Kysely<Database>): DomainRepo {
  return {
    async insert(d) {
      const r = await db
        .insertInto('domains')
        .values({
          id: d.id,
          account_id: d.accountId,
          domain: d.domain,
          status: d.status,
          token: d.token,
          created_at: d.createdAt,
          verified_at: d.verifiedAt,
          last_checked_at: d.lastCheckedAt,
          last_check: d.lastCheck === null ? null : JSON.stringify(d.lastCheck),
        })
        .onConflict((oc) => oc.columns(['account_id', 'domain']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async byId(id) {
      const r = await db.selectFrom('domains').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toRecord(r);
    },
    async listByAccount(accountId) {
      const rows = await db.selectFrom('domains').selectAll().where('account_id', '=', accountId).orderBy('domain').execute();
      return rows.map(toRecord);
    },
    async update(id, p) {
      const values: Partial<DomainsTable> = {};
      if (p.lastCheckedAt !== undefined) values.last_checked_at = p.lastCheckedAt;
      if (p.lastCheck !== undefined) values.last_check = p.lastCheck === null ? null : JSON.stringify(p.lastCheck);
      if (Object.keys(values).length) await db.updateTable('domains').set(values).where('id', '=', id).execute();
    },
    async delete(id) {
      await db.deleteFrom('domains').where('id', '=', id).execute();
    },
    async verifiedOwner(domain) {
      const r = await db.selectFrom('domains').selectAll().where('domain', '=', domain).where('status', '=', 'verified').executeTakeFirst();
      return r && toRecord(r);
    },
    async markVerified(id, at) {
      // A refused statement ends a PostgreSQL transaction unless it ran in a savepoint: the
      // caller still records the check that found the record.
      await sql.raw(`SAVEPOINT ${SAVEPOINT}`).execute(db);
      try {
        await db.updateTable('domains').set({ status: 'verified', verified_at: at }).where('id', '=', id).execute();
      } catch (error) {
        // Anything else ends the transaction, which the store rolls back.
        if (!isUniqueViolation(error)) throw error;
        await sql.raw(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`).execute(db);
        await sql.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`).execute(db);
        return false;
      }
      await sql.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`).execute(db);
      return true;
    },
  };
}

import { sql, type Kysely, type Selectable } from 'kysely';
import type { OperatorMemberRecord, OperatorMemberRepo, OperatorReadRepo, OperatorSessionRepo, OperatorStatus, SearchHit } from '../../app/ports/operators.ts';
import { DAY_MS } from '../../domain/time.ts';
import type { DialectCapabilities } from '../dialect.ts';
import type { Database, OperatorMembersTable } from '../schema.ts';
import { containing } from './sql-helpers.ts';

const operatorRecord = (r: Selectable<OperatorMembersTable>): OperatorMemberRecord => ({
  id: r.id,
  email: r.email,
  name: r.name,
  status: r.status as OperatorStatus,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  lastSignInAt: r.last_sign_in_at,
});

export function operatorMemberRepo(db: Kysely<Database>, caps: DialectCapabilities): OperatorMemberRepo {
  return {
    async insert(m) {
      const r = await db
        .insertInto('operator_members')
        .values({
          id: m.id,
          email: m.email,
          name: m.name,
          status: m.status,
          password_hash: m.passwordHash,
          created_at: m.createdAt,
          updated_at: m.updatedAt,
          last_sign_in_at: m.lastSignInAt,
        })
        .onConflict((oc) => oc.column('email').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async byId(id) {
      const r = await db.selectFrom('operator_members').selectAll().where('id', '=', id).executeTakeFirst();
      return r && operatorRecord(r);
    },
    async byEmail(email) {
      const r = await db.selectFrom('operator_members').selectAll().where('email', '=', email).executeTakeFirst();
      return r && operatorRecord(r);
    },
    async list(limit) {
      return (await db.selectFrom('operator_members').selectAll().orderBy('created_at').orderBy('id').limit(limit).execute()).map(operatorRecord);
    },
    async lockActive() {
      const q = db.selectFrom('operator_members').selectAll().where('status', '=', 'active').orderBy('id');
      return (await (caps.supportsRowLocks ? q.forUpdate() : q).execute()).map(operatorRecord);
    },
    async touchSignIn(id, at) {
      await db.updateTable('operator_members').set({ last_sign_in_at: at }).where('id', '=', id).execute();
    },
    async delete(id) {
      await db.deleteFrom('operator_sessions').where('operator_id', '=', id).execute();
      await db.deleteFrom('operator_members').where('id', '=', id).execute();
    },
  };
}

export function operatorSessionRepo(db: Kysely<Database>): OperatorSessionRepo {
  return {
    async insert(s) {
      await db
        .insertInto('operator_sessions')
        .values({ id_hash: s.idHash, operator_id: s.operatorId, created_at: s.createdAt, last_used_at: s.lastUsedAt, expires_at: s.expiresAt })
        .execute();
    },
    async byHash(idHash) {
      const r = await db.selectFrom('operator_sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
      return r && { idHash: r.id_hash, operatorId: r.operator_id, createdAt: r.created_at, lastUsedAt: r.last_used_at, expiresAt: r.expires_at };
    },
    async touch(idHash, at) {
      await db.updateTable('operator_sessions').set({ last_used_at: at }).where('id_hash', '=', idHash).execute();
    },
    async delete(idHash) {
      await db.deleteFrom('operator_sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteOfOperator(operatorId) {
      await db.deleteFrom('operator_sessions').where('operator_id', '=', operatorId).execute();
    },
  };
}

const graceEnd = sql<number>`s.expires_at + cast(s.grace_period_days as bigint) * ${DAY_MS}`;
/** No free seat in the pool: used plus the reserved seats not in use reach the total. */
const atLimit = sql<boolean>`s.used + s.reserved_total - s.reserved_used >= s.seats_total`;

export function operatorReadRepo(db: Kysely<Database>, caps: DialectCapabilities): OperatorReadRepo {
  const active = (now: number) => db.selectFrom('subscriptions as s').where('s.expired_at', 'is', null).where(graceEnd, '>', now);
  const listed = (now: number) =>
    active(now)
      .innerJoin('accounts as a', 'a.id', 's.account_id')
      .innerJoin('products as p', 'p.id', 's.product_id')
      .select(['s.id as subscriptionId', 's.account_id as accountId', 'a.name as accountName', 'p.name as productName', 's.expires_at as expiresAt', 's.seats_total as total', 's.used as used']);
  const hits = (rows: { accountId: string; value: string }[], field: SearchHit['field']): SearchHit[] => rows.map((r) => ({ accountId: r.accountId, field, value: r.value }));
  return {
    async fleet(now, soonUntil, listLimit) {
      const accounts = await db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      // Every device in use counts in its subscription's `used` (an expired subscription's were released).
      const devices = await db.selectFrom('subscriptions').select((eb) => eb.fn.sum<number>('used').as('n')).executeTakeFirstOrThrow();
      const sold = await active(now)
        .select((eb) => [eb.fn.sum<number>('s.seats_total').as('total'), eb.fn.sum<number>('s.used').as('used')])
        .executeTakeFirstOrThrow();
      const soon = await active(now).where('s.expires_at', '>', now).where('s.expires_at', '<=', soonUntil).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const full = await active(now).where(atLimit).select(sql<number>`count(distinct s.account_id)`.as('n')).executeTakeFirstOrThrow();
      const expiringSoon = await listed(now).where('s.expires_at', '>', now).where('s.expires_at', '<=', soonUntil).orderBy('s.expires_at').orderBy('s.id').limit(listLimit).execute();
      const limited = await listed(now).where(atLimit).orderBy('s.expires_at').orderBy('s.id').limit(listLimit).execute();
      return {
        figures: {
          accounts: Number(accounts.n),
          activeDevices: Number(devices.n ?? 0),
          seatsSold: Number(sold.total ?? 0),
          seatsUsed: Number(sold.used ?? 0),
          subscriptionsExpiringSoon: Number(soon.n),
          accountsAtLimit: Number(full.n),
        },
        expiringSoon: expiringSoon.map((r) => ({ ...r, expiresAt: Number(r.expiresAt), total: Number(r.total), used: Number(r.used) })),
        atLimit: limited.map((r) => ({ ...r, expiresAt: Number(r.expiresAt), total: Number(r.total), used: Number(r.used) })),
      };
    },
    async searchNames(q, limit) {
      const rows = await db
        .selectFrom('accounts')
        .select(['id as accountId', 'name as value'])
        .where(sql<boolean>`name ${sql.raw(caps.ilike)} ${containing(q)} escape '\\'`)
        .orderBy('name')
        .orderBy('id')
        .limit(limit)
        .execute();
      return hits(rows, 'name');
    },
    async searchDomains(domain, limit) {
      const own = await db.selectFrom('domains').select(['account_id as accountId', 'domain as value']).where('domain', '=', domain).orderBy('account_id').limit(limit).execute();
      // A member's address at the domain: the members' index serves prefixes only, so this reads
      // the members (people of the console, a few per account), never the devices.
      const members = await db
        .selectFrom('members')
        .select(['account_id as accountId'])
        .where(sql<boolean>`lower(email) like ${`%@${domain.replace(/[\\%_]/g, (c) => `\\${c}`)}`} escape '\\'`)
        .groupBy('account_id')
        .orderBy('account_id')
        .limit(limit)
        .execute();
      return [...hits(own, 'domain'), ...members.map((r) => ({ accountId: r.accountId, field: 'domain' as const, value: domain }))];
    },
    async searchMemberEmails(prefix, limit) {
      const rows = await db.selectFrom('members').select(['account_id as accountId', 'email as value']).where(caps.startsWith('email', prefix)).orderBy('email').limit(limit).execute();
      return hits(rows, 'member_email');
    },
    async searchKeyPrefixes(prefix, limit) {
      const rows = await db
        .selectFrom('license_keys')
        .select(['account_id as accountId', 'key_prefix as value'])
        .where('key_prefix', '=', prefix)
        .where('deleted_at', 'is', null)
        .orderBy('account_id')
        .limit(limit)
        .execute();
      return hits(rows.map((r) => ({ accountId: r.accountId, value: r.value ?? prefix })), 'key_prefix');
    },
    async searchFingerprints(prefix, limit) {
      const rows = await db
        .selectFrom('activations')
        .select(['account_id as accountId', 'fingerprint as value'])
        .where(caps.startsWith('fingerprint', prefix))
        .limit(limit)
        .execute();
      return hits(rows, 'device_fingerprint');
    },
    async ssoCounts(accountId) {
      const users = await db.selectFrom('sso_users').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).where('status', '=', 'active').executeTakeFirstOrThrow();
      const tokens = await db.selectFrom('scim_tokens').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).where('revoked_at', 'is', null).executeTakeFirstOrThrow();
      return { ssoUsers: Number(users.n), scimTokens: Number(tokens.n) };
    },
    async keysWithoutPrefix(limit) {
      return db.selectFrom('license_keys').select(['id', 'key_cipher as keyCipher']).where('key_prefix', 'is', null).orderBy('id').limit(limit).execute();
    },
    async setKeyPrefix(id, prefix) {
      await db.updateTable('license_keys').set({ key_prefix: prefix }).where('id', '=', id).execute();
    },
  };
}

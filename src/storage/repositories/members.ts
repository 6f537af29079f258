import type { Kysely, Selectable } from 'kysely';
import type { AccountRole, LinkKind, MemberStatus } from '../../domain/members.ts';
import type { GrantRepo, MemberLinkRepo, MemberRepo, ResetRequestRepo, SessionRepo, ThrottleRepo } from '../../app/ports/repositories.ts';
import type { KeyGrant, MemberRecord } from '../../domain/records.ts';
import type { DialectCapabilities } from '../dialect.ts';
import type { Database, MembersTable } from '../schema.ts';
import { isUniqueViolation } from '../dialect.ts';
import { inChunks } from './sql-helpers.ts';

const toRecord = (r: Selectable<MembersTable>): MemberRecord => ({
  id: r.id,
  accountId: r.account_id,
  email: r.email,
  name: r.name,
  role: r.role as AccountRole,
  status: r.status as MemberStatus,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  lastSignInAt: r.last_sign_in_at,
});

export function memberRepo(db: Kysely<Database>): MemberRepo {
  return {
    async insert(m) {
      const r = await db
        .insertInto('members')
        .values({
          id: m.id,
          account_id: m.accountId,
          email: m.email,
          name: m.name,
          role: m.role,
          status: m.status,
          password_hash: m.passwordHash,
          created_at: m.createdAt,
          updated_at: m.updatedAt,
          last_sign_in_at: m.lastSignInAt,
        })
        .onConflict((oc) => oc.column('email').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async byId(id) {
      const r = await db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toRecord(r);
    },
    async byEmail(email) {
      const r = await db.selectFrom('members').selectAll().where('email', '=', email).executeTakeFirst();
      return r && toRecord(r);
    },
    async list(accountId) {
      const rows = await db.selectFrom('members').selectAll().where('account_id', '=', accountId).orderBy('created_at').orderBy('id').execute();
      return rows.map(toRecord);
    },
    async update(id, p) {
      const values: Partial<MembersTable> = {};
      if (p.name !== undefined) values.name = p.name;
      if (p.role !== undefined) values.role = p.role;
      if (p.status !== undefined) values.status = p.status;
      if (p.passwordHash !== undefined) values.password_hash = p.passwordHash;
      if (p.updatedAt !== undefined) values.updated_at = p.updatedAt;
      if (p.lastSignInAt !== undefined) values.last_sign_in_at = p.lastSignInAt;
      if (Object.keys(values).length) await db.updateTable('members').set(values).where('id', '=', id).execute();
    },
    async changeEmail(id, email, at) {
      try {
        const r = await db.updateTable('members').set({ email, updated_at: at }).where('id', '=', id).executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      } catch (error) {
        // Another member took the address meanwhile (the caller checked first): the transaction is over either way.
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async delete(id) {
      await db.deleteFrom('members').where('id', '=', id).execute();
    },
    async countActiveAdmins(accountId) {
      const { n } = await db
        .selectFrom('members')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', '=', accountId)
        .where('role', '=', 'account_admin')
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow();
      return Number(n);
    },
    async anyActiveAdmin() {
      const r = await db.selectFrom('members').select('id').where('role', '=', 'account_admin').where('status', '=', 'active').limit(1).executeTakeFirst();
      return r !== undefined;
    },
  };
}

export function grantRepo(db: Kysely<Database>): GrantRepo {
  return {
    async of(principalIds) {
      const out = new Map<string, KeyGrant[]>(principalIds.map((id) => [id, []]));
      for (const chunk of inChunks(principalIds, 500)) {
        const rows = await db.selectFrom('key_grants').selectAll().where('principal_id', 'in', chunk).orderBy('key_id').execute();
        for (const r of rows) out.get(r.principal_id)!.push({ keyId: r.key_id, subscriptionId: r.subscription_id });
      }
      return out;
    },
    async set(principalId, grants) {
      await db.deleteFrom('key_grants').where('principal_id', '=', principalId).execute();
      if (grants.length)
        await db
          .insertInto('key_grants')
          .values(grants.map((g) => ({ principal_id: principalId, key_id: g.keyId, subscription_id: g.subscriptionId })))
          .execute();
    },
  };
}

export function sessionRepo(db: Kysely<Database>): SessionRepo {
  return {
    async insert(s) {
      await db
        .insertInto('sessions')
        .values({ id_hash: s.idHash, member_id: s.memberId, created_at: s.createdAt, last_used_at: s.lastUsedAt, expires_at: s.expiresAt })
        .execute();
    },
    async byHash(idHash) {
      const r = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
      return r && { idHash: r.id_hash, memberId: r.member_id, createdAt: r.created_at, lastUsedAt: r.last_used_at, expiresAt: r.expires_at };
    },
    async touch(idHash, at) {
      await db.updateTable('sessions').set({ last_used_at: at }).where('id_hash', '=', idHash).execute();
    },
    async delete(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteOfMember(memberId, except) {
      await db
        .deleteFrom('sessions')
        .where('member_id', '=', memberId)
        .$if(except !== undefined, (q) => q.where('id_hash', '!=', except!))
        .execute();
    },
  };
}

export function memberLinkRepo(db: Kysely<Database>): MemberLinkRepo {
  const toLink = (r: Selectable<Database['member_links']>) => ({
    id: r.id,
    memberId: r.member_id,
    kind: r.kind as LinkKind,
    tokenHash: r.token_hash,
    tokenCipher: r.token_cipher,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    usedAt: r.used_at,
  });
  return {
    async insert(l) {
      await db
        .insertInto('member_links')
        .values({
          id: l.id,
          member_id: l.memberId,
          kind: l.kind,
          token_hash: l.tokenHash,
          token_cipher: l.tokenCipher,
          created_at: l.createdAt,
          expires_at: l.expiresAt,
          used_at: l.usedAt,
        })
        .execute();
    },
    async byId(id) {
      const r = await db.selectFrom('member_links').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toLink(r);
    },
    async byHash(tokenHash) {
      const r = await db.selectFrom('member_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return r && toLink(r);
    },
    async use(id, at) {
      const r = await db.updateTable('member_links').set({ used_at: at }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async retireOfMember(memberId, at) {
      await db.updateTable('member_links').set({ used_at: at }).where('member_id', '=', memberId).where('used_at', 'is', null).execute();
    },
    async deleteOfMember(memberId) {
      await db.deleteFrom('member_links').where('member_id', '=', memberId).execute();
    },
  };
}

export function throttleRepo(db: Kysely<Database>, caps: DialectCapabilities): ThrottleRepo {
  return {
    async hold(keyHash, at) {
      await db
        .insertInto('sign_in_throttle')
        .values({ key_hash: keyHash, failures: 0, locked_until: null, updated_at: at })
        .onConflict((oc) => oc.column('key_hash').doNothing())
        .execute();
      const q = db.selectFrom('sign_in_throttle').select(['failures', 'locked_until']).where('key_hash', '=', keyHash);
      const r = (await (caps.supportsRowLocks ? q.forUpdate() : q).executeTakeFirst())!;
      return { failures: r.failures, lockedUntil: r.locked_until };
    },
    async get(keyHash) {
      const r = await db.selectFrom('sign_in_throttle').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
      return r && { failures: r.failures, lockedUntil: r.locked_until };
    },
    async put(keyHash, failures, lockedUntil, at) {
      await db
        .insertInto('sign_in_throttle')
        .values({ key_hash: keyHash, failures, locked_until: lockedUntil, updated_at: at })
        .onConflict((oc) => oc.column('key_hash').doUpdateSet({ failures, locked_until: lockedUntil, updated_at: at }))
        .execute();
    },
    async clear(keyHash) {
      await db.deleteFrom('sign_in_throttle').where('key_hash', '=', keyHash).execute();
    },
  };
}

export function resetRequestRepo(db: Kysely<Database>): ResetRequestRepo {
  return {
    async insert(r) {
      await db.insertInto('password_reset_requests').values({ id: r.id, email_cipher: r.emailCipher, request_id: r.requestId, created_at: r.createdAt }).execute();
    },
    async take(limit) {
      const ids = (await db.selectFrom('password_reset_requests').select('id').orderBy('created_at').orderBy('id').limit(limit).execute()).map((r) => r.id);
      if (ids.length === 0) return [];
      // A node that took the same ids meanwhile deleted them first: this DELETE then returns none of them.
      const rows = await db.deleteFrom('password_reset_requests').where('id', 'in', ids).returningAll().execute();
      return rows
        .map((r) => ({ id: r.id, emailCipher: r.email_cipher, requestId: r.request_id, createdAt: r.created_at }))
        .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    },
  };
}

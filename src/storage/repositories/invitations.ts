import { sql, type Kysely, type Selectable } from 'kysely';
import type { InvitationLanguage, StoredInvitationStatus } from '../../domain/invitations.ts';
import type { InvitationCodeRecord, InvitationRecord } from '../../domain/records.ts';
import type { InvitationRepo } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import type { Database, InvitationCodesTable, InvitationsTable } from '../schema.ts';
import { containing, inChunks, onlyAmong } from './sql-helpers.ts';

const toRecord = (r: Selectable<InvitationsTable>): InvitationRecord => ({
  id: r.id,
  subscriptionId: r.subscription_id,
  accountId: r.account_id,
  keyId: r.key_id,
  email: r.email,
  language: r.language as InvitationLanguage,
  status: r.status as StoredInvitationStatus,
  expiresInDays: r.expires_in_days,
  expiresAt: r.expires_at,
  codeCipher: r.code_cipher,
  mailId: r.mail_id,
  activationId: r.activation_id,
  revokeReason: r.revoke_reason as InvitationRecord['revokeReason'],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  acceptedAt: r.accepted_at,
  revokedAt: r.revoked_at,
});

const toRow = (i: InvitationRecord): InvitationsTable => ({
  id: i.id,
  subscription_id: i.subscriptionId,
  account_id: i.accountId,
  key_id: i.keyId,
  email: i.email,
  language: i.language,
  status: i.status,
  expires_in_days: i.expiresInDays,
  expires_at: i.expiresAt,
  code_cipher: i.codeCipher,
  mail_id: i.mailId,
  activation_id: i.activationId,
  revoke_reason: i.revokeReason,
  created_at: i.createdAt,
  updated_at: i.updatedAt,
  accepted_at: i.acceptedAt,
  revoked_at: i.revokedAt,
});

const codeRow = (c: InvitationCodeRecord): InvitationCodesTable => ({
  code_hash: c.codeHash,
  invitation_id: c.invitationId,
  created_at: c.createdAt,
  retired_at: c.retiredAt,
});

export function invitationRepo(db: Kysely<Database>, caps: DialectCapabilities): InvitationRepo {
  return {
    async insertMany(invitations, codes) {
      for (const chunk of inChunks(invitations, caps.maxRowsPerInsert(17))) await db.insertInto('invitations').values(chunk.map(toRow)).execute();
      for (const chunk of inChunks(codes, caps.maxRowsPerInsert(4))) await db.insertInto('invitation_codes').values(chunk.map(codeRow)).execute();
    },
    async byId(id) {
      const r = await db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toRecord(r);
    },
    async byCodeHash(codeHash) {
      const code = await db.selectFrom('invitation_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
      if (!code) return undefined;
      const r = await db.selectFrom('invitations').selectAll().where('id', '=', code.invitation_id).executeTakeFirstOrThrow();
      return {
        invitation: toRecord(r),
        code: { codeHash: code.code_hash, invitationId: code.invitation_id, createdAt: code.created_at, retiredAt: code.retired_at },
      };
    },
    async pendingEmails(keyId, emails, now) {
      const found = new Set<string>();
      for (const chunk of inChunks(emails, 500)) {
        const rows = await db
          .selectFrom('invitations')
          .select('email')
          .where('key_id', '=', keyId)
          .where('status', '=', 'pending')
          .where('expires_at', '>', now)
          .where('email', 'in', chunk)
          .execute();
        for (const r of rows) found.add(r.email);
      }
      return found;
    },
    async list(f) {
      let q = onlyAmong(db.selectFrom('invitations').where('subscription_id', '=', f.subscriptionId), 'key_id', f.keyIds);
      if (f.keyId) q = q.where('key_id', '=', f.keyId);
      if (f.status === 'expired') q = q.where('status', '=', 'pending').where('expires_at', '<=', f.now);
      else if (f.status === 'pending') q = q.where('status', '=', 'pending').where('expires_at', '>', f.now);
      else if (f.status) q = q.where('status', '=', f.status);
      if (f.search) q = q.where(sql<boolean>`email ${sql.raw(caps.ilike)} ${containing(f.search)} escape '\\'`);
      const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
      const rows = await q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
      return { rows: rows.map(toRecord), total: Number(total) };
    },
    async update(id, p) {
      const values: Partial<InvitationsTable> = {};
      if (p.status !== undefined) values.status = p.status;
      if (p.expiresAt !== undefined) values.expires_at = p.expiresAt;
      if (p.codeCipher !== undefined) values.code_cipher = p.codeCipher;
      if (p.mailId !== undefined) values.mail_id = p.mailId;
      if (p.activationId !== undefined) values.activation_id = p.activationId;
      if (p.revokeReason !== undefined) values.revoke_reason = p.revokeReason;
      if (p.updatedAt !== undefined) values.updated_at = p.updatedAt;
      if (p.acceptedAt !== undefined) values.accepted_at = p.acceptedAt;
      if (p.revokedAt !== undefined) values.revoked_at = p.revokedAt;
      if (Object.keys(values).length) await db.updateTable('invitations').set(values).where('id', '=', id).execute();
    },
    async replaceCode(invitationId, code) {
      await db
        .updateTable('invitation_codes')
        .set({ retired_at: code.createdAt })
        .where('invitation_id', '=', invitationId)
        .where('retired_at', 'is', null)
        .execute();
      await db.insertInto('invitation_codes').values(codeRow(code)).execute();
    },
    async pendingOfKey(keyId) {
      const rows = await db.selectFrom('invitations').selectAll().where('key_id', '=', keyId).where('status', '=', 'pending').execute();
      return rows.map(toRecord);
    },
  };
}

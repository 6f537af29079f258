import { sql, type Kysely, type Selectable } from 'kysely';
import type { ScimUserFields, SsoConnectionRecord, SsoProtocol, SsoPurpose, SsoRequestRecord, SsoUserRecord, SsoUserStatus } from '../../domain/records.ts';
import type { SsoConnectionRepo, SsoRequestRepo, SsoUserRepo } from '../../app/ports/repositories.ts';
import { isUniqueViolation, type DialectCapabilities } from '../dialect.ts';
import type { Database, SsoConnectionsTable, SsoRequestsTable, SsoUsersTable } from '../schema.ts';
import { containing } from './sql-helpers.ts';

interface StoredSettings {
  saml?: SsoConnectionRecord['saml'];
  oidc?: SsoConnectionRecord['oidc'];
}

const connectionRecord = (r: Selectable<SsoConnectionsTable>): SsoConnectionRecord => {
  const settings = JSON.parse(r.settings) as StoredSettings;
  return {
    accountId: r.account_id,
    protocol: r.protocol as SsoProtocol,
    saml: settings.saml ?? null,
    oidc: settings.oidc ?? null,
    clientSecretCipher: r.client_secret_cipher,
    groupsAttribute: r.groups_attribute,
    emailAttribute: r.email_attribute,
    adminGroup: r.admin_group,
    devicesPerUser: r.devices_per_user,
    enforce: r.enforce === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
};

export function ssoConnectionRepo(db: Kysely<Database>): SsoConnectionRepo {
  return {
    async get(accountId) {
      const r = await db.selectFrom('sso_connections').selectAll().where('account_id', '=', accountId).executeTakeFirst();
      return r && connectionRecord(r);
    },
    async put(c) {
      const row: SsoConnectionsTable = {
        account_id: c.accountId,
        protocol: c.protocol,
        settings: JSON.stringify({ ...(c.saml && { saml: c.saml }), ...(c.oidc && { oidc: c.oidc }) }),
        client_secret_cipher: c.clientSecretCipher,
        groups_attribute: c.groupsAttribute,
        email_attribute: c.emailAttribute,
        admin_group: c.adminGroup,
        devices_per_user: c.devicesPerUser,
        enforce: c.enforce ? 1 : 0,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      };
      const { account_id: _, created_at: __, ...changes } = row;
      await db
        .insertInto('sso_connections')
        .values(row)
        .onConflict((oc) => oc.column('account_id').doUpdateSet(changes))
        .execute();
    },
    async delete(accountId) {
      const r = await db.deleteFrom('sso_connections').where('account_id', '=', accountId).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
  };
}

const userRecord = (r: Selectable<SsoUsersTable>): SsoUserRecord => ({
  id: r.id,
  accountId: r.account_id,
  email: r.email,
  name: r.name,
  subject: r.subject,
  groups: JSON.parse(r.groups) as string[],
  status: r.status as SsoUserStatus,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  lastSignInAt: r.last_sign_in_at,
  deactivatedAt: r.deactivated_at,
  scim:
    r.user_name === null
      ? null
      : {
          userName: r.user_name,
          externalId: r.external_id,
          attributes: JSON.parse(r.scim_attributes ?? '{}') as Record<string, unknown>,
          provisionedAt: r.provisioned_at!,
          provisionedBy: r.provisioned_by!,
          deprovisionedAt: r.deprovisioned_at,
        },
});

/** The SCIM columns of a person (all null when SCIM never provisioned them). */
const scimColumns = (scim: ScimUserFields | null) => ({
  user_name: scim?.userName ?? null,
  user_name_key: scim ? scim.userName.toLowerCase() : null,
  external_id: scim?.externalId ?? null,
  scim_attributes: scim ? JSON.stringify(scim.attributes) : null,
  provisioned_at: scim?.provisionedAt ?? null,
  provisioned_by: scim?.provisionedBy ?? null,
  deprovisioned_at: scim?.deprovisionedAt ?? null,
});

export function ssoUserRepo(db: Kysely<Database>, caps: DialectCapabilities): SsoUserRepo {
  return {
    async insert(u) {
      try {
        await db
          .insertInto('sso_users')
          .values({
            id: u.id,
            account_id: u.accountId,
            email: u.email,
            name: u.name,
            subject: u.subject,
            groups: JSON.stringify(u.groups),
            status: u.status,
            created_at: u.createdAt,
            updated_at: u.updatedAt,
            last_sign_in_at: u.lastSignInAt,
            deactivated_at: u.deactivatedAt,
            ...scimColumns(u.scim),
          })
          .execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async byId(id) {
      const r = await db.selectFrom('sso_users').selectAll().where('id', '=', id).executeTakeFirst();
      return r && userRecord(r);
    },
    async byEmail(accountId, email) {
      const r = await db.selectFrom('sso_users').selectAll().where('account_id', '=', accountId).where('email', '=', email).executeTakeFirst();
      return r && userRecord(r);
    },
    async lock(id) {
      const q = db.selectFrom('sso_users').selectAll().where('id', '=', id);
      const r = await (caps.supportsRowLocks ? q.forUpdate() : q).executeTakeFirst();
      return r && userRecord(r);
    },
    async update(id, p) {
      const values: Partial<SsoUsersTable> = {};
      if (p.email !== undefined) values.email = p.email;
      if (p.scim !== undefined) Object.assign(values, scimColumns(p.scim));
      if (p.name !== undefined) values.name = p.name;
      if (p.subject !== undefined) values.subject = p.subject;
      if (p.groups !== undefined) values.groups = JSON.stringify(p.groups);
      if (p.status !== undefined) values.status = p.status;
      if (p.updatedAt !== undefined) values.updated_at = p.updatedAt;
      if (p.lastSignInAt !== undefined) values.last_sign_in_at = p.lastSignInAt;
      if (p.deactivatedAt !== undefined) values.deactivated_at = p.deactivatedAt;
      if (Object.keys(values).length === 0) return true;
      try {
        await db.updateTable('sso_users').set(values).where('id', '=', id).execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async byUserName(accountId, userName) {
      const r = await db.selectFrom('sso_users').selectAll().where('account_id', '=', accountId).where('user_name_key', '=', userName.toLowerCase()).executeTakeFirst();
      return r && userRecord(r);
    },
    async listProvisioned(accountId, f) {
      let q = db.selectFrom('sso_users').selectAll().where('account_id', '=', accountId).where('user_name_key', 'is not', null).where('deprovisioned_at', 'is', null);
      if (f.userName !== undefined) q = q.where('user_name_key', '=', f.userName.toLowerCase());
      if (f.externalId !== undefined) q = q.where('external_id', '=', f.externalId);
      return (await q.orderBy('provisioned_at').orderBy('id').limit(f.limit).execute()).map(userRecord);
    },
    async list(accountId, f) {
      let q = db.selectFrom('sso_users').selectAll().where('account_id', '=', accountId);
      if (f.status) q = q.where('status', '=', f.status);
      if (f.source) q = q.where('user_name_key', f.source === 'scim' ? 'is not' : 'is', null);
      if (f.search) {
        const pattern = containing(f.search);
        q = q.where((eb) =>
          eb.or([sql<boolean>`email ${sql.raw(caps.ilike)} ${pattern} escape '\\'`, sql<boolean>`name ${sql.raw(caps.ilike)} ${pattern} escape '\\'`]),
        );
      }
      if (f.after) q = q.where('email', '>', f.after);
      return (await q.orderBy('email').limit(f.limit).execute()).map(userRecord);
    },
  };
}

const requestRecord = (r: Selectable<SsoRequestsTable>): SsoRequestRecord => ({
  id: r.id,
  accountId: r.account_id,
  purpose: r.purpose as SsoPurpose,
  protocol: r.protocol as SsoProtocol,
  subscriptionId: r.subscription_id,
  clientRedirectUri: r.client_redirect_uri,
  clientState: r.client_state,
  codeChallenge: r.code_challenge,
  samlRequestId: r.saml_request_id,
  oidcNonce: r.oidc_nonce,
  oidcVerifierCipher: r.oidc_verifier_cipher,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  answeredAt: r.answered_at,
  userId: r.user_id,
  codeHash: r.code_hash,
  codeExpiresAt: r.code_expires_at,
  codeUsedAt: r.code_used_at,
});

export function ssoRequestRepo(db: Kysely<Database>): SsoRequestRepo {
  return {
    async insert(r) {
      await db
        .insertInto('sso_requests')
        .values({
          id: r.id,
          account_id: r.accountId,
          purpose: r.purpose,
          protocol: r.protocol,
          subscription_id: r.subscriptionId,
          client_redirect_uri: r.clientRedirectUri,
          client_state: r.clientState,
          code_challenge: r.codeChallenge,
          saml_request_id: r.samlRequestId,
          oidc_nonce: r.oidcNonce,
          oidc_verifier_cipher: r.oidcVerifierCipher,
          created_at: r.createdAt,
          expires_at: r.expiresAt,
          answered_at: r.answeredAt,
          user_id: r.userId,
          code_hash: r.codeHash,
          code_expires_at: r.codeExpiresAt,
          code_used_at: r.codeUsedAt,
        })
        .execute();
    },
    async byId(id) {
      const r = await db.selectFrom('sso_requests').selectAll().where('id', '=', id).executeTakeFirst();
      return r && requestRecord(r);
    },
    async answer(id, at, o) {
      const r = await db
        .updateTable('sso_requests')
        .set({ answered_at: at, user_id: o.userId, code_hash: o.codeHash, code_expires_at: o.codeExpiresAt })
        .where('id', '=', id)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async byCodeHash(codeHash) {
      const r = await db.selectFrom('sso_requests').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
      return r && requestRecord(r);
    },
    async useCode(id, at) {
      const r = await db.updateTable('sso_requests').set({ code_used_at: at }).where('id', '=', id).where('code_used_at', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async deleteExpired(before, limit) {
      const ids = await db.selectFrom('sso_requests').select('id').where('expires_at', '<', before).orderBy('expires_at').limit(limit).execute();
      if (ids.length === 0) return 0;
      const r = await db.deleteFrom('sso_requests').where('id', 'in', ids.map((i) => i.id)).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

export { userRecord as ssoUserRecord };

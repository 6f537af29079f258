/**
 * Steps that add an account, its members and API tokens, each inside the caller's
 * transaction: shared by the use-cases that do one of them and by `allot setup`, which does all three.
 */
import { AllotError, notFound } from '../domain/errors.ts';
import type { AccountRole } from '../domain/members.ts';
import type { AccountRecord, KeyGrant, MemberRecord, TokenRecord } from '../domain/records.ts';
import { record } from './audit.ts';
import type { AppDeps, Caller } from './context.ts';
import { sendMemberLink } from './member-links.ts';
import type { Tx } from './ports/store.ts';
import { invalid } from './validate.ts';
import { accountView, type AccountView } from './views/products-accounts.ts';
import { memberAuditState, memberView, type MemberView } from './views/members.ts';
import { tokenView, type TokenView } from './views/tokens.ts';
import { KEY_GRANTS_MAX_COUNT } from '../domain/limits.ts';

const TOKEN_PREFIX = 'allot_';

export async function insertAccount(tx: Tx, deps: Pick<AppDeps, 'ids'>, caller: Caller, account: AccountRecord): Promise<AccountView> {
  await tx.accounts.insert(account);
  const view = accountView(account);
  await record(tx, deps.ids, caller, account.createdAt, {
    action: 'account.created',
    target: { type: 'account', id: account.id },
    accountId: account.id,
    after: view,
  });
  return view;
}

/** Adds a member; one without a password is emailed a link to join. */
export async function insertMember(
  tx: Tx,
  deps: Pick<AppDeps, 'ids' | 'vault' | 'timer' | 'signals'>,
  caller: Caller,
  member: MemberRecord,
  grants: KeyGrant[],
): Promise<MemberView> {
  const now = member.createdAt;
  if (!(await tx.members.insert(member))) throw new AllotError('MEMBER_EXISTS', 'A member with this email address exists (an address belongs to one account).');
  await tx.grants.set(member.id, grants);
  if (!member.passwordHash) await sendMemberLink(tx, deps, member, 'invite', now);
  await record(tx, deps.ids, caller, now, {
    action: 'member.created',
    target: { type: 'member', id: member.id },
    accountId: member.accountId,
    after: memberAuditState(member, grants),
  });
  return memberView(member, grants);
}

/** A new API token and its record; the token is shown once, only its hash is kept. */
export function newApiToken(deps: Pick<AppDeps, 'ids' | 'vault'>, fields: Pick<TokenRecord, 'accountId' | 'name' | 'role'>, now: number): { token: string; rec: TokenRecord } {
  const token = TOKEN_PREFIX + Buffer.from(deps.vault.randomBytes(32)).toString('base64url');
  const rec: TokenRecord = {
    id: deps.ids.next(),
    ...fields,
    tokenHash: deps.vault.tokenHash(token),
    prefix: token.slice(0, TOKEN_PREFIX.length + 6),
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  };
  return { token, rec };
}

export const isApiToken = (bearer: string): boolean => bearer.startsWith(TOKEN_PREFIX);

export async function insertToken(tx: Tx, deps: Pick<AppDeps, 'ids'>, caller: Caller, rec: TokenRecord, grants: KeyGrant[]): Promise<TokenView> {
  await tx.tokens.insert(rec);
  await tx.grants.set(rec.id, grants);
  const view = tokenView(rec, grants);
  await record(tx, deps.ids, caller, rec.createdAt, {
    action: 'token.created',
    target: { type: 'token', id: rec.id },
    accountId: rec.accountId,
    after: view,
  });
  return view;
}

/**
 * The keys a License Administrator (member or token) is given: keys of the account, each
 * named once. Other roles are given none.
 */
export async function grantsFor(tx: Tx, accountId: string, role: AccountRole, keyIds: readonly string[] = []): Promise<KeyGrant[]> {
  if (role !== 'license_admin') {
    if (keyIds.length) throw invalid('Only a License Administrator is assigned keys.', 'keyIds');
    return [];
  }
  if (keyIds.length > KEY_GRANTS_MAX_COUNT) throw invalid(`At most ${KEY_GRANTS_MAX_COUNT} keys.`, 'keyIds');
  const grants: KeyGrant[] = [];
  for (const keyId of new Set(keyIds)) {
    const key = await tx.keys.byId(keyId);
    if (!key || key.deletedAt !== null || key.accountId !== accountId) throw notFound('key');
    grants.push({ keyId, subscriptionId: key.subscriptionId });
  }
  return grants;
}

import { notFound } from '../../domain/errors.ts';
import type { AccountRole } from '../../domain/members.ts';
import { grantsFor, insertToken, isApiToken, newApiToken } from '../account-steps.ts';
import { canSeeAccount, requireAccountAdmin, requireOperator } from '../access.ts';
import { record } from '../audit.ts';
import type { Actor, AppDeps, Caller } from '../context.ts';
import type { TokenRole } from '../../domain/records.ts';
import { text } from '../validate.ts';
import { tokenView, type TokenView } from '../views/tokens.ts';
import { TOKEN_TOUCH_INTERVAL_MS } from '../../domain/limits.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'config'>;


/**
 * Creates an API token: for an account (its administrators' scripts and integrations), or
 * with `accountId` null an operator token. The token is returned once; only its hash is kept.
 */
export async function createApiToken(
  deps: Deps,
  caller: Caller,
  input: { accountId: string | null; name: string; role?: AccountRole; keyIds?: readonly string[] },
): Promise<TokenView & { token: string }> {
  requireOperator(caller.actor);
  const name = text(input.name, 'name');
  const role: TokenRole = input.accountId === null ? 'operator' : (input.role ?? 'account_admin');
  const { token, rec } = newApiToken(deps, { accountId: input.accountId, name, role }, deps.clock.now());
  return deps.store.write(async (tx) => {
    if (input.accountId !== null && !(await tx.accounts.byId(input.accountId))) throw notFound('account');
    const grants = role === 'operator' || input.accountId === null ? [] : await grantsFor(tx, input.accountId, role, input.keyIds);
    return { ...(await insertToken(tx, deps, caller, rec, grants)), token };
  });
}

export async function listApiTokens(deps: Deps, caller: Caller, accountId: string | null): Promise<TokenView[]> {
  if (accountId === null) requireOperator(caller.actor);
  else if (!canSeeAccount(caller.actor, accountId)) throw notFound('account');
  requireAccountAdmin(caller.actor);
  return deps.store.read(async (tx) => {
    if (accountId !== null && !(await tx.accounts.byId(accountId))) throw notFound('account');
    const tokens = await tx.tokens.list(accountId);
    const grants = await tx.grants.of(tokens.map((t) => t.id));
    return tokens.map((t) => tokenView(t, grants.get(t.id) ?? []));
  });
}

export async function revokeApiToken(deps: Deps, caller: Caller, id: string): Promise<TokenView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const t = await tx.tokens.byId(id);
    const visible = t && (t.accountId === null ? caller.actor.type === 'operator' : canSeeAccount(caller.actor, t.accountId));
    if (!t || !visible) throw notFound('token');
    requireAccountAdmin(caller.actor);
    if (t.revokedAt === null) {
      await tx.tokens.revoke(id, now);
      await record(tx, deps.ids, caller, now, {
        action: 'token.revoked',
        target: { type: 'token', id },
        accountId: t.accountId,
        before: tokenView(t, []),
      });
    }
    return tokenView({ ...t, revokedAt: t.revokedAt ?? now }, (await tx.grants.of([id])).get(id) ?? []);
  });
}

/** Who a bearer token belongs to, or null. */
export async function authenticate(deps: Deps, bearer: string): Promise<Actor | null> {
  if (deps.config.operatorToken !== null && deps.vault.same(bearer, deps.config.operatorToken)) return { type: 'operator', id: 'operator', name: 'ALLOT_OPERATOR_TOKEN' };
  if (!isApiToken(bearer) || bearer.length > 200) return null;
  const found = await deps.store.read(async (tx) => {
    const rec = await tx.tokens.byHash(deps.vault.tokenHash(bearer));
    return rec && { rec, keys: rec.accountId === null ? [] : ((await tx.grants.of([rec.id])).get(rec.id) ?? []) };
  });
  if (!found || found.rec.revokedAt !== null) return null;
  const { rec, keys } = found;
  const now = deps.clock.now();
  if (rec.lastUsedAt === null || now - rec.lastUsedAt > TOKEN_TOUCH_INTERVAL_MS)
    await deps.store.write((tx) => tx.tokens.touch(rec.id, now));
  if (rec.accountId === null || rec.role === 'operator') return { type: 'operator', id: rec.id, name: rec.name };
  return { type: 'token', id: rec.id, accountId: rec.accountId, role: rec.role, keys, name: rec.name };
}

import { notFound } from '../../domain/errors.ts';
import { canSeeAccount, requireOperator } from '../access.ts';
import { record } from '../audit.ts';
import type { Actor, AppDeps, Caller } from '../context.ts';
import type { TokenRecord } from '../ports.ts';
import { text } from '../validate.ts';
import { tokenView, type TokenView } from '../views.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'config'>;

const TOKEN_PREFIX = 'allot_';
/** Recording every use would make every read a write; once a minute is enough to show activity. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Creates an API token: for an account (its administrators' scripts and integrations), or
 * with `accountId` null an operator token. The token is returned once; only its hash is kept.
 */
export async function createApiToken(
  deps: Deps,
  caller: Caller,
  input: { accountId: string | null; name: string },
): Promise<TokenView & { token: string }> {
  requireOperator(caller.actor);
  const name = text(input.name, 'name');
  const now = deps.clock.now();
  const token = TOKEN_PREFIX + Buffer.from(deps.vault.randomBytes(32)).toString('base64url');
  const rec: TokenRecord = {
    id: deps.ids.next(),
    accountId: input.accountId,
    name,
    role: input.accountId === null ? 'operator' : 'account_admin',
    tokenHash: deps.vault.tokenHash(token),
    prefix: token.slice(0, TOKEN_PREFIX.length + 6),
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  };
  return deps.store.write(async (tx) => {
    if (input.accountId !== null && !(await tx.accounts.byId(input.accountId))) throw notFound('account');
    await tx.tokens.insert(rec);
    const view = tokenView(rec);
    await record(tx, deps.ids, caller, now, {
      action: 'token.created',
      target: { type: 'token', id: rec.id },
      accountId: rec.accountId,
      after: view,
    });
    return { ...view, token };
  });
}

export async function listApiTokens(deps: Deps, caller: Caller, accountId: string | null): Promise<TokenView[]> {
  if (accountId === null) requireOperator(caller.actor);
  else if (!canSeeAccount(caller.actor, accountId)) throw notFound('account');
  return deps.store.read(async (tx) => {
    if (accountId !== null && !(await tx.accounts.byId(accountId))) throw notFound('account');
    return (await tx.tokens.list(accountId)).map(tokenView);
  });
}

export async function revokeApiToken(deps: Deps, caller: Caller, id: string): Promise<TokenView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const t = await tx.tokens.byId(id);
    const visible = t && (t.accountId === null ? caller.actor.type === 'operator' : canSeeAccount(caller.actor, t.accountId));
    if (!t || !visible) throw notFound('token');
    if (t.revokedAt === null) {
      await tx.tokens.revoke(id, now);
      await record(tx, deps.ids, caller, now, {
        action: 'token.revoked',
        target: { type: 'token', id },
        accountId: t.accountId,
        before: tokenView(t),
      });
    }
    return tokenView({ ...t, revokedAt: t.revokedAt ?? now });
  });
}

/** Who a bearer token belongs to, or null. */
export async function authenticate(deps: Deps, bearer: string): Promise<Actor | null> {
  if (deps.config.operatorToken !== null && deps.vault.same(bearer, deps.config.operatorToken)) return { type: 'operator', id: 'operator' };
  if (!bearer.startsWith(TOKEN_PREFIX) || bearer.length > 200) return null;
  const rec = await deps.store.read((tx) => tx.tokens.byHash(deps.vault.tokenHash(bearer)));
  if (!rec || rec.revokedAt !== null) return null;
  const now = deps.clock.now();
  if (rec.lastUsedAt === null || now - rec.lastUsedAt > TOUCH_EVERY_MS)
    await deps.store.write((tx) => tx.tokens.touch(rec.id, now));
  return rec.accountId === null ? { type: 'operator', id: rec.id } : { type: 'token', id: rec.id, accountId: rec.accountId };
}

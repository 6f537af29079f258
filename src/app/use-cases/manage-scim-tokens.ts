/**
 * The bearer tokens identity providers provision an account with over SCIM (docs/scim.md).
 * A token names its account; it is shown once and kept as a hash; it works only on /scim/v2.
 */
import { notFound } from '../../domain/errors.ts';
import { TOKEN_TOUCH_INTERVAL_MS } from '../../domain/limits.ts';
import type { ScimTokenRecord } from '../../domain/records.ts';
import { canSeeAccount, requireAccountAccess, requireAccountAdmin } from '../access.ts';
import { record } from '../audit.ts';
import type { Actor, AppDeps, Caller } from '../context.ts';
import { text } from '../validate.ts';
import { scimBaseUrl, scimTokenView, type CreatedScimTokenView, type ScimTokenListView, type ScimTokenView } from '../views/scim-tokens.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'config'>;

export const SCIM_TOKEN_PREFIX = 'allot_scim_';
const tokenState = (t: ScimTokenRecord) => ({ name: t.name, prefix: t.prefix });

export async function createScimToken(deps: Deps, caller: Caller, accountId: string, input: { name: string }): Promise<CreatedScimTokenView> {
  requireAccountAccess(caller.actor, accountId);
  requireAccountAdmin(caller.actor);
  const name = text(input.name, 'name');
  const now = deps.clock.now();
  const token = SCIM_TOKEN_PREFIX + Buffer.from(deps.vault.randomBytes(32)).toString('base64url');
  const rec: ScimTokenRecord = {
    id: deps.ids.next(),
    accountId,
    name,
    tokenHash: deps.vault.tokenHash(token),
    prefix: token.slice(0, SCIM_TOKEN_PREFIX.length + 6),
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  };
  return deps.store.write(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    await tx.scimTokens.insert(rec);
    await record(tx, deps.ids, caller, now, { action: 'scim_token.created', target: { type: 'scim_token', id: rec.id }, accountId, after: tokenState(rec) });
    return { ...scimTokenView(rec), token, baseUrl: scimBaseUrl(deps.config.issuer) };
  });
}

export async function listScimTokens(deps: Deps, caller: Caller, accountId: string): Promise<ScimTokenListView> {
  requireAccountAccess(caller.actor, accountId);
  requireAccountAdmin(caller.actor);
  return deps.store.read(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    return { baseUrl: scimBaseUrl(deps.config.issuer), data: (await tx.scimTokens.list(accountId)).map(scimTokenView) };
  });
}

/** Revokes a token: the identity provider's next request with it is refused. */
export async function revokeScimToken(deps: Deps, caller: Caller, id: string): Promise<ScimTokenView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const t = await tx.scimTokens.byId(id);
    if (!t || !canSeeAccount(caller.actor, t.accountId) || caller.actor.type === 'scim') throw notFound('SCIM token');
    requireAccountAdmin(caller.actor);
    if (t.revokedAt !== null) return scimTokenView(t);
    await tx.scimTokens.revoke(id, now);
    await record(tx, deps.ids, caller, now, { action: 'scim_token.revoked', target: { type: 'scim_token', id }, accountId: t.accountId, before: tokenState(t) });
    return scimTokenView({ ...t, revokedAt: now });
  });
}

/** The identity provider a SCIM bearer token belongs to, or null (unknown, revoked, or not a SCIM token). */
export async function authenticateScim(deps: Deps, bearer: string): Promise<Extract<Actor, { type: 'scim' }> | null> {
  if (!bearer.startsWith(SCIM_TOKEN_PREFIX) || bearer.length > 200) return null;
  const rec = await deps.store.read((tx) => tx.scimTokens.byHash(deps.vault.tokenHash(bearer)));
  if (!rec || rec.revokedAt !== null) return null;
  const now = deps.clock.now();
  if (rec.lastUsedAt === null || now - rec.lastUsedAt > TOKEN_TOUCH_INTERVAL_MS) await deps.store.write((tx) => tx.scimTokens.touch(rec.id, now));
  return { type: 'scim', id: rec.id, accountId: rec.accountId, name: rec.name };
}

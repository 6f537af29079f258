import { notFound } from '../../domain/errors.ts';
import type { SsoUserRecord, SsoUserSource, SsoUserStatus } from '../../domain/records.ts';
import { SSO_USERS_PAGE_MAX_ROWS } from '../../domain/limits.ts';
import { canSeeAccount, requireAccountAccess, requireAccountAdmin } from '../access.ts';
import { endActivation } from '../activation-lifecycle.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { Tx } from '../ports/store.ts';
import { openSubscription, readSettled, writeSettled } from '../subscription-entry.ts';
import { ssoUserAuditState, ssoUserView, type SsoUserSeatView, type SsoUserView } from '../views/sso.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

/** People with their seats: per subscription, the key and the devices sharing it. */
async function views(tx: Tx, users: readonly SsoUserRecord[]): Promise<SsoUserView[]> {
  const seats = await tx.activations.seatsOfUsers(users.map((u) => u.id));
  const keyNames = new Map<string, string>();
  const productNames = new Map<string, string>();
  for (const list of seats.values())
    for (const s of list) {
      if (!keyNames.has(s.keyId)) keyNames.set(s.keyId, (await tx.keys.byId(s.keyId))?.name ?? '');
      if (!productNames.has(s.subscriptionId)) {
        const sub = await tx.subscriptions.byId(s.subscriptionId);
        productNames.set(s.subscriptionId, (sub && (await tx.products.byId(sub.productId))?.name) ?? '');
      }
    }
  const providers = new Map<string, string>();
  for (const u of users)
    if (u.scim && !providers.has(u.scim.provisionedBy)) providers.set(u.scim.provisionedBy, (await tx.scimTokens.byId(u.scim.provisionedBy))?.name ?? 'SCIM');
  return users.map((u) =>
    ssoUserView(
      u,
      (seats.get(u.id) ?? []).map((s): SsoUserSeatView => ({ ...s, keyName: keyNames.get(s.keyId)!, productName: productNames.get(s.subscriptionId)! })),
      providers,
    ),
  );
}

/** The person, if the caller may see them (an Account Administrator of their account, the operator). */
async function visibleUser(tx: Tx, caller: Caller, id: string, lock = false): Promise<SsoUserRecord> {
  const user = lock ? await tx.ssoUsers.lock(id) : await tx.ssoUsers.byId(id);
  if (!user || !canSeeAccount(caller.actor, user.accountId)) throw notFound('SSO user');
  requireAccountAdmin(caller.actor);
  return user;
}

export async function listSsoUsers(
  deps: Deps,
  caller: Caller,
  accountId: string,
  q: { status?: SsoUserStatus; source?: SsoUserSource; search?: string; limit: number; after?: string },
): Promise<{ data: SsoUserView[]; nextCursor?: string }> {
  requireAccountAccess(caller.actor, accountId);
  requireAccountAdmin(caller.actor);
  const limit = Math.min(q.limit, SSO_USERS_PAGE_MAX_ROWS);
  return deps.store.read(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    const rows = await tx.ssoUsers.list(accountId, { ...q, limit });
    const data = await views(tx, rows);
    return rows.length === limit ? { data, nextCursor: rows[rows.length - 1]!.email } : { data };
  });
}

export async function getSsoUser(deps: Deps, caller: Caller, id: string): Promise<SsoUserView> {
  return readSettled(deps, caller, async ({ tx }) => (await views(tx, [await visibleUser(tx, caller, id)]))[0]!);
}

/**
 * Deactivates a person (docs/sso.md): at once, every device of theirs ends and their seats are
 * freed; their check-ins answer SSO_USER_DEACTIVATED and they cannot activate until reactivated.
 * The status is committed first, so that no activation can start after it; the devices then end
 * one subscription at a time, each under its lock. Asking again finishes what a failure left.
 */
export async function deactivateSsoUser(deps: Deps, caller: Caller, id: string): Promise<SsoUserView> {
  const now = deps.clock.now();
  await writeSettled(deps, caller, now, async ({ tx }) => {
    const user = await visibleUser(tx, caller, id, true);
    if (user.status === 'deactivated') return;
    await tx.ssoUsers.update(id, { status: 'deactivated', deactivatedAt: now, updatedAt: now });
    await record(tx, deps.ids, caller, now, {
      action: 'sso_user.deactivated',
      target: { type: 'sso_user', id },
      accountId: user.accountId,
      before: ssoUserAuditState(user),
      after: { ...ssoUserAuditState({ ...user, status: 'deactivated' }), endedActivations: ((await tx.activations.seatsOfUsers([id])).get(id) ?? []).reduce((n, seat) => n + seat.devices, 0) },
    });
  });
  const subscriptions = await deps.store.read((tx) => tx.activations.subscriptionsOfUser(id));
  for (const subscriptionId of subscriptions)
    await writeSettled(deps, caller, now, async (scope) => {
      await openSubscription(scope, subscriptionId, { lock: true });
      for (const activation of await scope.tx.activations.activeOfUser(subscriptionId, id))
        await endActivation(scope.tx, deps, caller, activation, 'deactivated', 'sso_user_deactivated', now);
    });
  return getSsoUser(deps, caller, id);
}

/** Lets a deactivated person activate again (their ended devices stay ended). */
export async function reactivateSsoUser(deps: Deps, caller: Caller, id: string): Promise<SsoUserView> {
  const now = deps.clock.now();
  await writeSettled(deps, caller, now, async ({ tx }) => {
    const user = await visibleUser(tx, caller, id, true);
    if (user.status === 'active') return;
    await tx.ssoUsers.update(id, { status: 'active', deactivatedAt: null, updatedAt: now });
    await record(tx, deps.ids, caller, now, {
      action: 'sso_user.reactivated',
      target: { type: 'sso_user', id },
      accountId: user.accountId,
      before: ssoUserAuditState(user),
      after: ssoUserAuditState({ ...user, status: 'active' }),
    });
  });
  return getSsoUser(deps, caller, id);
}

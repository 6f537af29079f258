/**
 * What a SCIM write does to people, seats and console rights (docs/scim.md), in the write's
 * own transaction. Every SCIM write enters through `enterScim`, which takes the locks in the
 * one order that cannot deadlock with activations (they lock a subscription, then the person):
 * all the account's subscriptions in id order, then the account (which also serialises SCIM
 * writes and the last-administrator count), then the people in id order (`lockPeople`).
 */
import { AllotError } from '../domain/errors.ts';
import { leavesNoAdmin, type MemberStatus } from '../domain/members.ts';
import type { MemberRecord, SsoConnectionRecord, SsoUserRecord, SubscriptionRecord } from '../domain/records.ts';
import { adminByGroup, adminChange, groupsFromScim, sameGroups } from '../domain/scim.ts';
import { requireScim } from './access.ts';
import { endActivation } from './activation-lifecycle.ts';
import { record } from './audit.ts';
import type { AppDeps, Caller } from './context.ts';
import type { Tx } from './ports/store.ts';
import { placeSeat } from './sso-seat.ts';
import { openTrusted, type Scope } from './subscription-entry.ts';
import { memberAuditState } from './views/members.ts';
import { ssoUserAuditState } from './views/sso.ts';

/** Subscriptions read per statement while listing an account's. */
const SUBSCRIPTION_PAGE_ROWS = 500;

export interface ScimScope extends Scope {
  accountId: string;
  /** The account's subscriptions, locked, their expiry settled. */
  subs: SubscriptionRecord[];
  connection: SsoConnectionRecord | undefined;
}

/** Takes the SCIM write's locks: the account's subscriptions (id order), then the account. */
export async function enterScim(tx: Tx, deps: Pick<AppDeps, 'ids'>, caller: Caller, now: number): Promise<ScimScope> {
  const { accountId } = requireScim(caller.actor);
  const ids: string[] = [];
  for (;;) {
    const page = await tx.subscriptions.list({ accountId, now, limit: SUBSCRIPTION_PAGE_ROWS, after: ids.at(-1) });
    ids.push(...page.map((s) => s.id));
    if (page.length < SUBSCRIPTION_PAGE_ROWS) break;
  }
  const scope: Scope = { tx, deps, caller, now };
  const subs: SubscriptionRecord[] = [];
  for (const id of ids.sort()) {
    const sub = await openTrusted(scope, id, { lock: true });
    if (sub) subs.push(sub);
  }
  if (!(await tx.accounts.lock(accountId))) throw new AllotError('SCIM_UNAUTHORIZED', 'The SCIM token names no account.');
  return { ...scope, accountId, subs, connection: await tx.ssoConnections.get(accountId) };
}

/** Locks people in id order (after `enterScim`); the records as locked, by id. */
export async function lockPeople(tx: Tx, ids: Iterable<string>): Promise<Map<string, SsoUserRecord>> {
  const out = new Map<string, SsoUserRecord>();
  for (const id of [...new Set(ids)].sort()) {
    const user = await tx.ssoUsers.lock(id);
    if (user) out.set(id, user);
  }
  return out;
}

/**
 * Ends every active SSO device of the person, giving their seats back; returns how many ended.
 * A subscription made after `enterScim` listed them is locked here (out of order, but it is
 * new, so nothing of this account's SCIM writes waits on it).
 */
export async function endDevices(scope: ScimScope, user: SsoUserRecord): Promise<number> {
  const { tx, deps, caller, now } = scope;
  const known = new Set(scope.subs.map((s) => s.id));
  for (const id of await tx.activations.subscriptionsOfUser(user.id))
    if (!known.has(id)) {
      const sub = await openTrusted(scope, id, { lock: true });
      if (!sub) continue;
      scope.subs.push(sub);
      known.add(id);
    }
  let ended = 0;
  for (const sub of scope.subs)
    for (const activation of await tx.activations.activeOfUser(sub.id, user.id))
      if (await endActivation(tx, deps, caller, activation, 'deactivated', 'sso_user_deactivated', now)) ended++;
  return ended;
}

interface GroupsSettled {
  found: SsoUserRecord;
  user: SsoUserRecord;
  changed: boolean;
}

/** The person's groups from their SCIM groups now; on a change, their seat moves at once on each subscription. */
async function settleGroups(scope: ScimScope, userId: string): Promise<GroupsSettled> {
  const { tx, now } = scope;
  const found = (await tx.ssoUsers.byId(userId))!;
  const live = found.scim !== null && found.scim.deprovisionedAt === null;
  const groups = live ? groupsFromScim((await tx.scimGroups.groupsOf([found.id])).get(found.id) ?? []) : [];
  if (sameGroups(groups, found.groups)) return { found, user: found, changed: false };
  const user = { ...found, groups, updatedAt: now };
  await tx.ssoUsers.update(user.id, { groups, updatedAt: now });
  if (user.status === 'active') for (const sub of scope.subs) await placeSeat(scope, sub, user);
  return { found, user, changed: true };
}

/** The console rights that follow, and the groups_changed event (which records a kept last administrator). */
async function settleRights(scope: ScimScope, before: SsoUserRecord | null, settled: GroupsSettled): Promise<string | undefined> {
  const keptLastAdmin = await applyAdminGroup(scope, before, settled.user);
  if (settled.changed)
    await record(scope.tx, scope.deps.ids, scope.caller, scope.now, {
      action: 'sso_user.groups_changed',
      target: { type: 'sso_user', id: settled.user.id },
      accountId: scope.accountId,
      before: ssoUserAuditState(settled.found),
      after: { ...ssoUserAuditState(settled.user), ...(keptLastAdmin !== undefined && { keptLastAdmin }) },
    });
  return keptLastAdmin;
}

/**
 * Brings a person up to date after a SCIM write: their groups from their SCIM groups (audited,
 * and their seat moved at once on each subscription where they have devices), then their
 * console rights by the administrators' group. `before` is the person as the write found them
 * (null for a new one). Returns the person as they are now, and the address of an
 * administrator kept because they were the last one.
 */
export async function settlePerson(scope: ScimScope, before: SsoUserRecord | null, userId: string): Promise<{ user: SsoUserRecord; keptLastAdmin?: string }> {
  const settled = await settleGroups(scope, userId);
  const keptLastAdmin = await settleRights(scope, before, settled);
  return keptLastAdmin === undefined ? { user: settled.user } : { user: settled.user, keptLastAdmin };
}

/**
 * `settlePerson` for everyone a group write touched (`people`: as the write found them). Those
 * who become administrators are made so before anyone is demoted, so that a swap in one write
 * never counts the account as left without one. Returns a kept last administrator's address.
 */
export async function settlePeople(scope: ScimScope, people: ReadonlyMap<string, SsoUserRecord>): Promise<string | undefined> {
  const settled: GroupsSettled[] = [];
  for (const id of people.keys()) settled.push(await settleGroups(scope, id));
  const adminGroup = scope.connection?.adminGroup ?? null;
  const joining = (s: GroupsSettled) => (adminByGroup(s.user, adminGroup) ? 0 : 1);
  let kept: string | undefined;
  for (const s of settled.sort((a, b) => joining(a) - joining(b))) kept = (await settleRights(scope, people.get(s.user.id) ?? null, s)) ?? kept;
  return kept;
}

/**
 * The administrators' group rule: joining it makes the person an Account Administrator (their
 * console member created, or promoted and let in); leaving it (or being deactivated or deleted)
 * makes them a Regular Member at once, their sessions ended, and a deactivated person's member
 * blocked. Only a change counts: SCIM never demotes an administrator it did not make one (an
 * adopted person starts from no SCIM groups). The last active Account Administrator is kept;
 * their address is returned.
 */
async function applyAdminGroup(scope: ScimScope, before: SsoUserRecord | null, user: SsoUserRecord): Promise<string | undefined> {
  const adminGroup = scope.connection?.adminGroup ?? null;
  const wasAdmin = before !== null && adminByGroup(before, adminGroup);
  const change = adminChange(wasAdmin, adminByGroup(user, adminGroup));
  if (change === 'none') return undefined;
  const { tx, accountId } = scope;
  const member = (await tx.members.byEmail(user.email)) ?? (before && before.email !== user.email ? await tx.members.byEmail(before.email) : undefined);
  // An address of another account's member is not this account's to manage.
  if (member && member.accountId !== accountId) return undefined;
  if (change === 'grant') {
    await grantAdmin(scope, user, member);
    return undefined;
  }
  if (!member) return undefined;
  const status: MemberStatus = user.status === 'active' ? member.status : 'blocked';
  if (member.role !== 'account_admin' && status === member.status) return undefined;
  if (leavesNoAdmin(await tx.members.countActiveAdmins(accountId), member, { role: 'member', status })) return member.email;
  await changeMember(scope, member, { role: 'member', status });
  await tx.sessions.deleteOfMember(member.id);
  return undefined;
}

async function grantAdmin(scope: ScimScope, user: SsoUserRecord, member: MemberRecord | undefined): Promise<void> {
  const { tx, deps, caller, now, accountId } = scope;
  if (member) {
    if (member.role !== 'account_admin' || member.status !== 'active') await changeMember(scope, member, { role: 'account_admin', status: 'active' });
    return;
  }
  const created: MemberRecord = {
    id: deps.ids.next(),
    accountId,
    email: user.email,
    name: user.name ?? user.email,
    role: 'account_admin',
    status: 'active',
    passwordHash: null,
    createdAt: now,
    updatedAt: now,
    lastSignInAt: null,
  };
  // Taken meanwhile by a member of another account (addresses are unique across accounts): nothing to grant.
  if (!(await tx.members.insert(created))) throw new AllotError('SCIM_UNIQUENESS', `${user.email} is a member of another account.`);
  await record(tx, deps.ids, caller, now, { action: 'member.created', target: { type: 'member', id: created.id }, accountId, after: memberAuditState(created, []) });
}

async function changeMember(scope: ScimScope, member: MemberRecord, to: Pick<MemberRecord, 'role' | 'status'>): Promise<void> {
  const { tx, deps, caller, now, accountId } = scope;
  const grants = (await tx.grants.of([member.id])).get(member.id) ?? [];
  const after: MemberRecord = { ...member, ...to, updatedAt: now };
  await tx.members.update(member.id, { ...to, updatedAt: now });
  if (grants.length && to.role !== 'license_admin') await tx.grants.set(member.id, []);
  await record(tx, deps.ids, caller, now, {
    action: 'member.updated',
    target: { type: 'member', id: member.id },
    accountId,
    before: memberAuditState(member, grants),
    after: memberAuditState(after, to.role === 'license_admin' ? grants : []),
  });
}

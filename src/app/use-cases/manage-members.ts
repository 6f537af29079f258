import { AllotError, notFound } from '../../domain/errors.ts';
import { isEmailAddress, normalizeEmail } from '../../domain/invitations.ts';
import { ACCOUNT_ROLES, leavesNoAdmin, type AccountRole, type MemberStatus } from '../../domain/members.ts';
import { grantsFor, insertMember } from '../account-steps.ts';
import { canSeeAccount, requireAccountAdmin, requireOperator } from '../access.ts';
import { record } from '../audit.ts';
import type { Actor, AppDeps, Caller } from '../context.ts';
import { checkPassword } from '../credentials.ts';
import { sendMemberLink } from '../member-links.ts';
import type { KeyGrant, MemberRecord } from '../../domain/records.ts';
import type { Tx } from '../ports/store.ts';
import { invalid, text } from '../validate.ts';
import { memberAuditState, memberView, type MemberView } from '../views/members.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'timer' | 'ids' | 'vault' | 'passwords' | 'signals'>;

export interface NewMember {
  email: string;
  name: string;
  role: AccountRole;
  keyIds?: readonly string[];
  /** Only the operator sets a password (an account's first administrator); others are invited by email. */
  password?: string;
}

function checkRole(role: string): AccountRole {
  if (!(ACCOUNT_ROLES as readonly string[]).includes(role)) throw invalid(`role must be one of ${ACCOUNT_ROLES.join(', ')}.`, 'role');
  return role as AccountRole;
}

async function grantsOf(tx: Tx, memberId: string): Promise<KeyGrant[]> {
  return (await tx.grants.of([memberId])).get(memberId) ?? [];
}

/** A member of an account the caller administers (a member of another account is "not found"). */
async function administeredMember(tx: Tx, actor: Actor, id: string): Promise<MemberRecord> {
  const m = await tx.members.byId(id);
  if (!m || !canSeeAccount(actor, m.accountId)) throw notFound('member');
  requireAccountAdmin(actor);
  return m;
}

/**
 * The member, as `administeredMember`, read again under its account's lock: changes that
 * count the account's administrators run one after the other, so two of them can never both
 * leave the account without one. With `self`, a member reaches their own record whatever
 * their role (to leave the account).
 */
async function lockedMember(tx: Tx, actor: Actor, id: string, self = false): Promise<MemberRecord> {
  const first = self ? await tx.members.byId(id) : await administeredMember(tx, actor, id);
  if (!first) throw notFound('member');
  await tx.accounts.lock(first.accountId);
  const m = await tx.members.byId(id);
  if (!m) throw notFound('member');
  // The acting administrator may have been removed, demoted or blocked while this waited.
  if (actor.type === 'member' && !self) {
    const acting = await tx.members.byId(actor.id);
    if (!acting || acting.status !== 'active' || acting.role !== 'account_admin') throw notFound('member');
  }
  return m;
}

/** Refuses a change that would leave the account without an active Account Administrator. */
async function keepAnAdmin(tx: Tx, m: MemberRecord, after: { role: AccountRole; status: MemberStatus } | null): Promise<void> {
  if (leavesNoAdmin(await tx.members.countActiveAdmins(m.accountId), m, after))
    throw new AllotError('LAST_ACCOUNT_ADMIN', 'The account needs at least one active Account Administrator: promote someone else first.');
}

export async function createMember(deps: Deps, caller: Caller, accountId: string, input: NewMember): Promise<MemberView> {
  if (!canSeeAccount(caller.actor, accountId)) throw notFound('account');
  requireAccountAdmin(caller.actor);
  if (input.password !== undefined) requireOperator(caller.actor);
  const email = normalizeEmail(input.email);
  if (!isEmailAddress(email)) throw invalid('email is not an email address.', 'email');
  const name = text(input.name, 'name');
  const role = checkRole(input.role);
  const passwordHash = input.password === undefined ? null : await deps.passwords.hash(checkPassword(input.password));
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    const grants = await grantsFor(tx, accountId, role, input.keyIds);
    return insertMember(tx, deps, caller, {
      id: deps.ids.next(),
      accountId,
      email,
      name,
      role,
      status: passwordHash ? 'active' : 'invited',
      passwordHash,
      createdAt: now,
      updatedAt: now,
      lastSignInAt: null,
    }, grants);
  });
}

export async function listMembers(deps: Deps, caller: Caller, accountId: string): Promise<MemberView[]> {
  if (!canSeeAccount(caller.actor, accountId)) throw notFound('account');
  requireAccountAdmin(caller.actor);
  return deps.store.read(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    const members = await tx.members.list(accountId);
    const grants = await tx.grants.of(members.map((m) => m.id));
    return members.map((m) => memberView(m, grants.get(m.id) ?? []));
  });
}

export async function getMember(deps: Deps, caller: Caller, id: string): Promise<MemberView> {
  return deps.store.read(async (tx) => {
    const m = await administeredMember(tx, caller.actor, id);
    return memberView(m, await grantsOf(tx, m.id));
  });
}

/** Renames a member, changes their role, or the keys of a License Administrator. */
export async function updateMember(deps: Deps, caller: Caller, id: string, input: { name?: string; role?: string; keyIds?: readonly string[] }): Promise<MemberView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const m = await lockedMember(tx, caller.actor, id);
    const role = input.role === undefined ? m.role : checkRole(input.role);
    await keepAnAdmin(tx, m, { role, status: m.status });
    const before = await grantsOf(tx, m.id);
    const keyIds = input.keyIds ?? (role === 'license_admin' ? before.map((g) => g.keyId) : []);
    const grants = await grantsFor(tx, m.accountId, role, keyIds);
    const after: MemberRecord = { ...m, name: input.name === undefined ? m.name : text(input.name, 'name'), role, updatedAt: now };
    await tx.members.update(m.id, { name: after.name, role, updatedAt: now });
    await tx.grants.set(m.id, grants);
    await record(tx, deps.ids, caller, now, {
      action: 'member.updated',
      target: { type: 'member', id: m.id },
      accountId: m.accountId,
      before: memberAuditState(m, before),
      after: memberAuditState(after, grants),
    });
    return memberView(after, grants);
  });
}

/** A blocked member cannot sign in, and their sessions end at once. */
export async function setMemberBlocked(deps: Deps, caller: Caller, id: string, blocked: boolean): Promise<MemberView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const m = await lockedMember(tx, caller.actor, id);
    const grants = await grantsOf(tx, m.id);
    const status: MemberStatus = blocked ? 'blocked' : m.passwordHash ? 'active' : 'invited';
    if (status === m.status) return memberView(m, grants);
    await keepAnAdmin(tx, m, { role: m.role, status });
    await tx.members.update(m.id, { status, updatedAt: now });
    if (blocked) await tx.sessions.deleteOfMember(m.id);
    await record(tx, deps.ids, caller, now, {
      action: blocked ? 'member.blocked' : 'member.unblocked',
      target: { type: 'member', id: m.id },
      accountId: m.accountId,
      before: memberAuditState(m, grants),
      after: memberAuditState({ ...m, status }, grants),
    });
    return memberView({ ...m, status, updatedAt: now }, grants);
  });
}

/** Removes a member; any member may remove themselves (leave the account). */
export async function removeMember(deps: Deps, caller: Caller, id: string): Promise<MemberView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const self = caller.actor.type === 'member' && caller.actor.id === id;
    const m = await lockedMember(tx, caller.actor, id, self);
    const grants = await grantsOf(tx, m.id);
    await keepAnAdmin(tx, m, null);
    await tx.sessions.deleteOfMember(m.id);
    await tx.memberLinks.deleteOfMember(m.id);
    await tx.grants.set(m.id, []);
    await tx.members.delete(m.id);
    await record(tx, deps.ids, caller, now, {
      action: self ? 'member.left' : 'member.removed',
      target: { type: 'member', id: m.id },
      accountId: m.accountId,
      before: memberAuditState(m, grants),
    });
    return memberView(m, grants);
  });
}

/** A new link to join (the old one stops working), for a member who has not set a password yet. */
export async function resendMemberInvitation(deps: Deps, caller: Caller, id: string): Promise<MemberView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const m = await administeredMember(tx, caller.actor, id);
    if (m.status !== 'invited') throw new AllotError('MEMBER_NOT_INVITED', `Only an invited member gets a new link; this one is ${m.status}.`, { status: m.status });
    await sendMemberLink(tx, deps, m, 'invite', now);
    await record(tx, deps.ids, caller, now, { action: 'member.invitation_resent', target: { type: 'member', id: m.id }, accountId: m.accountId, after: { name: m.name, email: m.email } });
    return memberView(m, await grantsOf(tx, m.id));
  });
}

import { AllotError } from '../../domain/errors.ts';
import { isEmailAddress, normalizeEmail } from '../../domain/invitations.ts';
import { memberName, type MemberStatus } from '../../domain/members.ts';
import { record } from '../audit.ts';
import type { Actor, AppDeps, Caller } from '../context.ts';
import { checkPassword, throttleKey } from '../credentials.ts';
import type { MemberRecord } from '../../domain/records.ts';
import type { Tx } from '../ports/store.ts';
import { invalid, text } from '../validate.ts';
import { accountView } from '../views/products-accounts.ts';
import { memberView, type MemberView, type MeView } from '../views/members.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'timer' | 'ids' | 'vault' | 'passwords' | 'signals'>;

async function me(tx: Tx, actor: Actor): Promise<MemberRecord> {
  const m = actor.type === 'member' ? await tx.members.byId(actor.id) : undefined;
  if (!m) throw new AllotError('FORBIDDEN', 'Only a member signed in to the console has a profile of their own.');
  return m;
}

export async function getMe(deps: Deps, caller: Caller): Promise<MeView> {
  return deps.store.read(async (tx) => {
    const m = await me(tx, caller.actor);
    return { member: memberView(m, (await tx.grants.of([m.id])).get(m.id) ?? []), account: accountView((await tx.accounts.byId(m.accountId))!) };
  });
}

export interface MyDetails {
  name?: string;
  /** A new address (to sign in with, and for emails): needs `currentPassword`. */
  email?: string;
  currentPassword?: string;
}

/**
 * Changes one's own name and email address. A new address needs the current password (whoever
 * holds a session must not be able to take the account over by moving its reset emails
 * elsewhere), and must be nobody else's: an address belongs to one member.
 */
export async function updateMe(deps: Deps, caller: Caller, input: MyDetails): Promise<MemberView> {
  const now = deps.clock.now();
  const name = input.name === undefined ? undefined : text(input.name, 'name');
  const email = input.email === undefined ? undefined : normalizeEmail(input.email);
  if (email !== undefined && !isEmailAddress(email)) throw invalid('email is not an email address.', 'email');
  const current = await deps.store.read((tx) => me(tx, caller.actor));
  const newEmail = email !== undefined && email !== current.email ? email : undefined;
  if (newEmail !== undefined) {
    if (input.currentPassword === undefined) throw invalid('Changing your email address needs your current password.', 'currentPassword');
    if (!current.passwordHash || !(await deps.passwords.verify(current.passwordHash, input.currentPassword)))
      throw new AllotError('PASSWORD_INCORRECT', 'The current password is not right.');
  }
  return deps.store.write(async (tx) => {
    const m = await me(tx, caller.actor);
    const after: MemberRecord = { ...m, name: name ?? m.name, email: newEmail ?? m.email, updatedAt: now };
    if (after.name === m.name && after.email === m.email) return memberView(m, (await tx.grants.of([m.id])).get(m.id) ?? []);
    if (after.email !== m.email) {
      const taken = new AllotError('MEMBER_EXISTS', 'Another member has this email address (an address belongs to one member).');
      if (await tx.members.byEmail(after.email)) throw taken;
      if (!(await tx.members.changeEmail(m.id, after.email, now))) throw taken;
    }
    if (after.name !== m.name) await tx.members.update(m.id, { name: after.name, updatedAt: now });
    await record(tx, deps.ids, caller, now, {
      action: 'member.updated',
      target: { type: 'member', id: m.id },
      accountId: m.accountId,
      before: { name: m.name, email: m.email },
      after: { name: after.name, email: after.email },
    });
    return memberView(after, (await tx.grants.of([m.id])).get(m.id) ?? []);
  });
}

/** Changes one's own password; every other session of theirs ends. */
export async function changePassword(deps: Deps, caller: Caller, sessionHash: string | null, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const now = deps.clock.now();
  const current = await deps.store.read((tx) => me(tx, caller.actor));
  if (!current.passwordHash || !(await deps.passwords.verify(current.passwordHash, input.currentPassword)))
    throw new AllotError('PASSWORD_INCORRECT', 'The current password is not right.');
  const passwordHash = await deps.passwords.hash(checkPassword(input.newPassword, 'newPassword'));
  await deps.store.write(async (tx) => {
    await tx.members.update(current.id, { passwordHash, updatedAt: now });
    await tx.sessions.deleteOfMember(current.id, sessionHash ?? undefined);
    await record(tx, deps.ids, caller, now, { action: 'member.password_changed', target: { type: 'member', id: current.id }, accountId: current.accountId });
  });
}

/** Sets a password from an emailed link (joining, or a reset): the member is active and signs in with it; their sessions end. */
export async function confirmPasswordLink(deps: Deps, input: { token: string; password: string; requestId: string | null }): Promise<MemberView> {
  const now = deps.clock.now();
  const passwordHash = await deps.passwords.hash(checkPassword(input.password));
  const invalidLink = new AllotError('TOKEN_INVALID', 'This link is not valid any more (used, expired or replaced by a newer one): ask for a new one.');
  if (input.token.length > 100) throw invalidLink;
  return deps.store.write(async (tx) => {
    const link = await tx.memberLinks.byHash(deps.vault.tokenHash(input.token));
    const m = link && (await tx.members.byId(link.memberId));
    if (!link || !m || link.usedAt !== null || link.expiresAt <= now || m.status === 'blocked') throw invalidLink;
    if (!(await tx.memberLinks.use(link.id, now))) throw invalidLink;
    const status: MemberStatus = 'active';
    await tx.members.update(m.id, { passwordHash, status, updatedAt: now });
    await tx.sessions.deleteOfMember(m.id);
    await tx.throttle.clear(throttleKey(deps, m.email));
    const caller: Caller = { actor: { type: 'member', id: m.id, accountId: m.accountId, role: m.role, keys: [], name: memberName(m) }, requestId: input.requestId };
    await record(tx, deps.ids, caller, now, {
      action: link.kind === 'invite' ? 'member.joined' : 'member.password_reset',
      target: { type: 'member', id: m.id },
      accountId: m.accountId,
    });
    return memberView({ ...m, status }, (await tx.grants.of([m.id])).get(m.id) ?? []);
  });
}

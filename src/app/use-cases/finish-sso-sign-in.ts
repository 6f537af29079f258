import { AllotError, notFound } from '../../domain/errors.ts';
import type { MemberRecord, SsoConnectionRecord, SsoRequestRecord, SsoUserRecord } from '../../domain/records.ts';
import { emailDomainOf, inGroup } from '../../domain/sso.ts';
import { SSO_CODE_TTL_MS } from '../../domain/limits.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { SsoIdentity } from '../ports/identity.ts';
import type { Tx } from '../ports/store.ts';
import { newSessionId, openSession } from '../session-steps.ts';
import { accountOfEmail, oidcSettings, samlSettings } from '../sso-settings.ts';
import { memberAuditState } from '../views/members.ts';
import { ssoUserAuditState } from '../views/sso.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'config' | 'saml' | 'oidc'>;

/** Where the browser goes once the identity provider's answer is accepted. */
export type SsoFinish =
  | { kind: 'device'; redirectTo: string }
  | { kind: 'console'; sessionId: string };

const unknownRequest = (reason: string) => new AllotError('SSO_REQUEST_UNKNOWN', 'This sign-in was not started here, or it expired: start again.', { reason });

/** The sign-in the answer names, if it may still be answered. */
async function pending(deps: Deps, accountId: string, id: string | null, protocol: 'saml' | 'oidc'): Promise<{ request: SsoRequestRecord; connection: SsoConnectionRecord }> {
  const now = deps.clock.now();
  // An address of no account (as its SP metadata answers), whatever the answer carries.
  const found = await deps.store.read(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    const request = id && id.length <= 128 ? await tx.ssoRequests.byId(id) : undefined;
    return request && request.accountId === accountId ? { request, connection: await tx.ssoConnections.get(accountId) } : undefined;
  });
  if (!found) throw unknownRequest('unknown');
  const { request, connection } = found;
  if (request.answeredAt !== null) throw new AllotError('SSO_REPLAYED', 'This sign-in was already answered: an answer is used once.');
  if (now >= request.expiresAt) throw unknownRequest('expired');
  if (!connection || connection.protocol !== protocol || request.protocol !== protocol) throw unknownRequest('connection changed');
  return { request, connection };
}

/** The identity provider posted a SAML response to the account's ACS. */
export async function finishSamlSignIn(deps: Deps, accountId: string, form: { SAMLResponse: string; RelayState?: string }, requestId: string | null): Promise<SsoFinish> {
  const { request, connection } = await pending(deps, accountId, form.RelayState ?? null, 'saml');
  const identity = await deps.saml.verify(samlSettings(deps, connection), form.SAMLResponse, request.samlRequestId!);
  return complete(deps, request, connection, identity, requestId);
}

/** The identity provider sent the browser back to the account's OpenID Connect redirect URI. */
export async function finishOidcSignIn(deps: Deps, accountId: string, callbackUrl: URL, requestId: string | null): Promise<SsoFinish> {
  const { request, connection } = await pending(deps, accountId, callbackUrl.searchParams.get('state'), 'oidc');
  const binding = { state: request.id, nonce: request.oidcNonce!, codeVerifier: deps.vault.decrypt(request.oidcVerifierCipher!) };
  const identity = await deps.oidc.verify(oidcSettings(deps, connection), callbackUrl, binding);
  return complete(deps, request, connection, identity, requestId);
}

/**
 * Accepts a verified identity: the address must be of a domain the account verified; the person
 * is recorded (groups as they are now); then a device gets a one-time code on its loopback
 * address, or an administrator a console session. The request is answered once: a replay
 * finds it answered and changes nothing.
 */
async function complete(deps: Deps, request: SsoRequestRecord, connection: SsoConnectionRecord, identity: SsoIdentity, requestId: string | null): Promise<SsoFinish> {
  const now = deps.clock.now();
  const caller: Caller = { actor: { type: 'system', id: 'sso' }, requestId };
  return deps.store.write(async (tx) => {
    if ((await accountOfEmail(tx, identity.email)) !== request.accountId)
      throw new AllotError('SSO_EMAIL_NOT_ALLOWED', `${emailDomainOf(identity.email) ?? 'This domain'} is not a verified domain of this account.`, { email: identity.email });
    // With SCIM on, the identity provider provisions people and their groups; a sign-in only signs in.
    const scimOn = await tx.scimTokens.anyLive(request.accountId);
    const user = scimOn ? await provisionedPerson(tx, request.accountId, identity, now) : await recordPerson(tx, deps, caller, request.accountId, identity, now);
    if (request.purpose === 'device') {
      if (user.status === 'deactivated') throw new AllotError('SSO_USER_DEACTIVATED', 'Your account administrator has deactivated your access.');
      const code = Buffer.from(deps.vault.randomBytes(32)).toString('base64url');
      await answer(tx, request, now, { userId: user.id, codeHash: deps.vault.tokenHash(code), codeExpiresAt: now + SSO_CODE_TTL_MS });
      const back = new URL(request.clientRedirectUri!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', request.clientState ?? '');
      return { kind: 'device', redirectTo: back.toString() };
    }
    if (scimOn && user.status === 'deactivated') throw new AllotError('SSO_USER_DEACTIVATED', 'Your account administrator has deactivated your access.');
    const member = await consoleMember(tx, deps, caller, connection, scimOn ? { ...identity, groups: user.groups } : identity, now);
    await answer(tx, request, now, { userId: user.id, codeHash: null, codeExpiresAt: null });
    const sessionId = newSessionId(deps);
    await openSession(tx, deps, member, sessionId, now, requestId, 'sso');
    return { kind: 'console', sessionId };
  });
}

async function answer(tx: Tx, request: SsoRequestRecord, now: number, outcome: Parameters<Tx['ssoRequests']['answer']>[2]): Promise<void> {
  if (!(await tx.ssoRequests.answer(request.id, now, outcome)))
    throw new AllotError('SSO_REPLAYED', 'This sign-in was already answered: an answer is used once.');
}

/** Creates the person at their first sign-in, else brings their name and groups up to date. */
async function recordPerson(tx: Tx, deps: Deps, caller: Caller, accountId: string, identity: SsoIdentity, now: number): Promise<SsoUserRecord> {
  const known = await tx.ssoUsers.byEmail(accountId, identity.email);
  if (!known) {
    const user: SsoUserRecord = {
      id: deps.ids.next(),
      accountId,
      email: identity.email,
      name: identity.name,
      subject: identity.subject,
      groups: identity.groups,
      status: 'active',
      createdAt: now,
      updatedAt: now,
      lastSignInAt: now,
      deactivatedAt: null,
      scim: null,
    };
    // Two first sign-ins at once: the other one made the person; this one records nothing more.
    if (!(await tx.ssoUsers.insert(user))) throw new AllotError('SSO_REPLAYED', 'Another sign-in of this person is being recorded: sign in again.');
    await record(tx, deps.ids, caller, now, { action: 'sso_user.created', target: { type: 'sso_user', id: user.id }, accountId, after: ssoUserAuditState(user) });
    return user;
  }
  const after: SsoUserRecord = { ...known, name: identity.name ?? known.name, subject: identity.subject, groups: identity.groups, lastSignInAt: now, updatedAt: now };
  await tx.ssoUsers.update(known.id, { name: after.name, subject: after.subject, groups: after.groups, lastSignInAt: now, updatedAt: now });
  if (JSON.stringify(known.groups) !== JSON.stringify(identity.groups))
    await record(tx, deps.ids, caller, now, {
      action: 'sso_user.groups_changed',
      target: { type: 'sso_user', id: known.id },
      accountId,
      before: ssoUserAuditState(known),
      after: ssoUserAuditState(after),
    });
  return after;
}

/**
 * With SCIM on (docs/scim.md): only a person SCIM provisioned signs in, one it deleted is told
 * they are deactivated, and their name and groups stay as SCIM set them.
 */
async function provisionedPerson(tx: Tx, accountId: string, identity: SsoIdentity, now: number): Promise<SsoUserRecord> {
  const known = await tx.ssoUsers.byEmail(accountId, identity.email);
  if (!known?.scim) throw new AllotError('SSO_USER_NOT_PROVISIONED', 'Your identity provider has not given you access to this account: ask your administrator.');
  if (known.scim.deprovisionedAt !== null) throw new AllotError('SSO_USER_DEACTIVATED', 'Your account administrator has deactivated your access.');
  await tx.ssoUsers.update(known.id, { subject: identity.subject, lastSignInAt: now, updatedAt: now });
  return { ...known, subject: identity.subject, lastSignInAt: now, updatedAt: now };
}

const notAdmin = (why: string) =>
  new AllotError('SSO_NOT_ADMIN', "You are not an administrator of this account in your identity provider's administrators group.", { reason: why });

/**
 * Who signs in to the console (docs/sso.md): members of the connection's `adminGroup` are
 * Account Administrators (made at their first sign-in, promoted if they were not); anyone else
 * signs in only as the member they already are, and not as an Account Administrator once an
 * administrators' group is set.
 */
async function consoleMember(tx: Tx, deps: Deps, caller: Caller, connection: SsoConnectionRecord, identity: SsoIdentity, now: number): Promise<MemberRecord> {
  const accountId = connection.accountId;
  const existing = await tx.members.byEmail(identity.email);
  if (existing && existing.accountId !== accountId) throw notAdmin('member of another account');
  if (existing?.status === 'blocked') throw notAdmin('blocked');
  const admin = inGroup(identity.groups, connection.adminGroup);
  if (!existing) {
    if (!admin) throw notAdmin(connection.adminGroup === null ? 'no administrators group set' : 'not in the administrators group');
    const member: MemberRecord = {
      id: deps.ids.next(),
      accountId,
      email: identity.email,
      name: identity.name ?? identity.email,
      role: 'account_admin',
      status: 'active',
      passwordHash: null,
      createdAt: now,
      updatedAt: now,
      lastSignInAt: null,
    };
    if (!(await tx.members.insert(member))) throw notAdmin('address taken');
    await record(tx, deps.ids, caller, now, { action: 'member.created', target: { type: 'member', id: member.id }, accountId, after: memberAuditState(member, []) });
    return member;
  }
  const grants = (await tx.grants.of([existing.id])).get(existing.id) ?? [];
  if (!admin && existing.role === 'account_admin' && connection.adminGroup !== null) throw notAdmin('not in the administrators group');
  const role = admin ? 'account_admin' : existing.role;
  // Signing in through the identity provider proves the address: an invited member has joined.
  if (role === existing.role && existing.status === 'active') return existing;
  const after: MemberRecord = { ...existing, role, status: 'active', updatedAt: now };
  await tx.members.update(existing.id, { role, status: 'active', updatedAt: now });
  await record(tx, deps.ids, caller, now, {
    action: 'member.updated',
    target: { type: 'member', id: existing.id },
    accountId,
    before: memberAuditState(existing, grants),
    after: memberAuditState(after, grants),
  });
  return after;
}

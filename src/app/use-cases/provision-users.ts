/**
 * SCIM Users (docs/scim.md): an identity provider creates, changes, deactivates and deletes the
 * account's SSO people. A person set inactive or deleted loses every device at once, in the
 * same transaction (their seats go back); their groups, and so their key and their console
 * rights, follow their SCIM groups (app/scim-effects.ts).
 */
import { AllotError, notFound } from '../../domain/errors.ts';
import type { ScimUserState } from '../../domain/audit-events.ts';
import { SCIM_ATTRIBUTES_MAX_BYTES, SCIM_NAME_MAX_CHARS, SCIM_PAGE_MAX_COUNT, SCIM_SCAN_MAX_ROWS } from '../../domain/limits.ts';
import type { SsoUserRecord } from '../../domain/records.ts';
import { scimAddress, scimDisplayName } from '../../domain/scim.ts';
import { requireScim } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { Tx } from '../ports/store.ts';
import type { ScimListQuery, ScimPage, ScimUserDoc, ScimUserResource } from '../scim-resources.ts';
import { endDevices, enterScim, lockPeople, settlePerson, type ScimScope } from '../scim-effects.ts';
import { ssoUserAuditState } from '../views/sso.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'config'>;
type CurrentDoc = ScimUserDoc & { active: boolean };

const invalidValue = (message: string, attribute: string) => new AllotError('SCIM_INVALID_VALUE', message, { attribute });
const taken = (message: string) => new AllotError('SCIM_UNIQUENESS', message);

/** What SCIM keeps apart from the attributes as sent (columns, or never stored: `password`). */
const APART = new Set(['userName', 'externalId', 'active', 'id', 'meta', 'groups', 'password', 'schemas']);

interface CheckedUser {
  userName: string;
  externalId: string | null;
  address: string;
  name: string | null;
  active: boolean;
  attributes: Record<string, unknown>;
}

function checked(doc: ScimUserDoc): CheckedUser {
  if (typeof doc.userName !== 'string' || doc.userName.trim() === '') throw invalidValue('userName is required.', 'userName');
  const userName = doc.userName.trim();
  if (userName.length > SCIM_NAME_MAX_CHARS) throw invalidValue(`userName has at most ${SCIM_NAME_MAX_CHARS} characters.`, 'userName');
  const externalId = doc.externalId === undefined || doc.externalId === null || doc.externalId === '' ? null : doc.externalId;
  if (externalId !== null && (typeof externalId !== 'string' || externalId.length > SCIM_NAME_MAX_CHARS))
    throw invalidValue(`externalId is a string of at most ${SCIM_NAME_MAX_CHARS} characters.`, 'externalId');
  if (doc.active !== undefined && typeof doc.active !== 'boolean') throw invalidValue('active is true or false.', 'active');
  const address = scimAddress({ ...doc, userName });
  if (address === null) throw invalidValue('The user needs an email address: in emails, or as the userName.', 'emails');
  const attributes = Object.fromEntries(Object.entries(doc).filter(([k]) => !APART.has(k)));
  if (Buffer.byteLength(JSON.stringify(attributes)) > SCIM_ATTRIBUTES_MAX_BYTES) throw invalidValue(`The user's attributes take at most ${SCIM_ATTRIBUTES_MAX_BYTES} bytes.`, 'attributes');
  return { userName, externalId, address, name: scimDisplayName(doc), active: doc.active ?? true, attributes };
}

const scimState = (u: SsoUserRecord): ScimUserState => ({ ...ssoUserAuditState(u), userName: u.scim?.userName ?? u.email, externalId: u.scim?.externalId ?? null });

const isProvisioned = (u: SsoUserRecord | undefined, accountId: string): u is SsoUserRecord & { scim: NonNullable<SsoUserRecord['scim']> } =>
  u !== undefined && u.accountId === accountId && u.scim !== null && u.scim.deprovisionedAt === null;

function docOf(u: SsoUserRecord): CurrentDoc {
  const scim = u.scim!;
  return { ...scim.attributes, userName: scim.userName, ...(scim.externalId !== null && { externalId: scim.externalId }), active: u.status === 'active' };
}

async function resources(tx: Tx, users: readonly SsoUserRecord[]): Promise<ScimUserResource[]> {
  const groups = await tx.scimGroups.groupsOf(users.map((u) => u.id));
  return users.map((u) => ({
    id: u.id,
    doc: docOf(u),
    groups: (groups.get(u.id) ?? []).map((g) => ({ id: g.id, displayName: g.displayName })),
    createdAt: u.scim!.provisionedAt,
    updatedAt: u.updatedAt,
  }));
}

const resourceOf = async (tx: Tx, id: string): Promise<ScimUserResource> => (await resources(tx, [(await tx.ssoUsers.byId(id))!]))[0]!;

/** The record's fields for what SCIM sent (status changes keep the time of the first deactivation). */
function fieldsFor(scope: ScimScope, input: CheckedUser, was: SsoUserRecord | null, provisionedAt: number) {
  const status = input.active ? ('active' as const) : ('deactivated' as const);
  return {
    email: input.address,
    name: input.name,
    status,
    deactivatedAt: status === 'active' ? null : was?.status === 'deactivated' ? was.deactivatedAt : scope.now,
    updatedAt: scope.now,
    scim: {
      userName: input.userName,
      externalId: input.externalId,
      attributes: input.attributes,
      provisionedAt,
      provisionedBy: was?.scim?.provisionedBy ?? scope.caller.actor.id,
      deprovisionedAt: null,
    },
  };
}

/**
 * The status change's effects and events: a person deactivated loses their devices (and their
 * console rights, in `settlePerson`); one reactivated may sign in and activate again.
 */
async function settleStatus(scope: ScimScope, was: SsoUserRecord, id: string): Promise<void> {
  const now = (await scope.tx.ssoUsers.byId(id))!;
  const ended = now.status === 'deactivated' ? await endDevices(scope, now) : 0;
  const { user, keptLastAdmin } = await settlePerson(scope, was, id);
  if (was.status === user.status) return;
  const target = { type: 'sso_user' as const, id };
  if (user.status === 'deactivated')
    await record(scope.tx, scope.deps.ids, scope.caller, scope.now, {
      action: 'sso_user.deactivated',
      target,
      accountId: scope.accountId,
      before: ssoUserAuditState(was),
      after: { ...ssoUserAuditState(user), endedActivations: ended, ...(keptLastAdmin !== undefined && { keptLastAdmin }) },
    });
  else
    await record(scope.tx, scope.deps.ids, scope.caller, scope.now, {
      action: 'sso_user.reactivated',
      target,
      accountId: scope.accountId,
      before: ssoUserAuditState(was),
      after: ssoUserAuditState(user),
    });
}

export async function createScimUser(deps: Deps, caller: Caller, doc: ScimUserDoc): Promise<ScimUserResource> {
  requireScim(caller.actor);
  const input = checked(doc);
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const scope = await enterScim(tx, deps, caller, now);
    const { accountId } = scope;
    const byName = await tx.ssoUsers.byUserName(accountId, input.userName);
    const byAddress = await tx.ssoUsers.byEmail(accountId, input.address);
    if (byName && byName.scim?.deprovisionedAt === null) throw taken(`A user with the userName ${input.userName} exists.`);
    if (byAddress?.scim && byAddress.scim.deprovisionedAt === null) throw taken(`Another user has the address ${input.address}.`);
    if (byName && byAddress && byName.id !== byAddress.id) throw taken(`Another user has the address ${input.address}.`);
    const found = byName ?? byAddress;
    if (!found) return resourceOf(tx, await insertPerson(scope, input));

    // Adopted (they signed in by SSO before) or revived (SCIM deleted them earlier): same id.
    const was = (await lockPeople(tx, [found.id])).get(found.id)!;
    const fields = fieldsFor(scope, input, was.scim ? null : was, now);
    if (!(await tx.ssoUsers.update(was.id, fields))) throw taken(`Another user has the userName ${input.userName} or the address ${input.address}.`);
    const after: SsoUserRecord = { ...was, ...fields };
    await record(tx, deps.ids, caller, now, {
      action: 'sso_user.provisioned',
      target: { type: 'sso_user', id: was.id },
      accountId,
      ...(was.scim && { before: scimState(was) }),
      after: scimState(after),
    });
    if (was.scim) await settlePerson(scope, was, was.id);
    else await settleStatus(scope, was, was.id);
    return resourceOf(tx, was.id);
  });
}

async function insertPerson(scope: ScimScope, input: CheckedUser): Promise<string> {
  const { tx, deps, caller, now, accountId } = scope;
  const user: SsoUserRecord = {
    id: deps.ids.next(),
    accountId,
    // No sign-in yet: the identity provider's subject is recorded at the first one.
    subject: '',
    groups: [],
    createdAt: now,
    lastSignInAt: null,
    ...fieldsFor(scope, input, null, now),
  };
  if (!(await tx.ssoUsers.insert(user))) throw taken(`Another user has the userName ${input.userName} or the address ${input.address}.`);
  await record(tx, deps.ids, caller, now, { action: 'sso_user.provisioned', target: { type: 'sso_user', id: user.id }, accountId, after: scimState(user) });
  await settlePerson(scope, null, user.id);
  return user.id;
}

export async function getScimUser(deps: Deps, caller: Caller, id: string): Promise<ScimUserResource> {
  const { accountId } = requireScim(caller.actor);
  return deps.store.read(async (tx) => {
    const user = await tx.ssoUsers.byId(id);
    if (!isProvisioned(user, accountId)) throw notFound('SCIM user');
    return (await resources(tx, [user]))[0]!;
  });
}

export async function listScimUsers(deps: Deps, caller: Caller, q: ScimListQuery<ScimUserResource>): Promise<ScimPage<ScimUserResource>> {
  const { accountId } = requireScim(caller.actor);
  const start = Math.max(1, Math.floor(q.startIndex)) - 1;
  const count = Math.min(Math.max(0, Math.floor(q.count)), SCIM_PAGE_MAX_COUNT);
  return deps.store.read(async (tx) => {
    const rows = await tx.ssoUsers.listProvisioned(accountId, {
      ...(q.exact?.userName !== undefined && { userName: q.exact.userName }),
      ...(q.exact?.externalId !== undefined && { externalId: q.exact.externalId }),
      limit: SCIM_SCAN_MAX_ROWS,
    });
    if (!q.where) return { totalResults: rows.length, resources: count === 0 ? [] : await resources(tx, rows.slice(start, start + count)) };
    const matching = (await resources(tx, rows)).filter(q.where);
    return { totalResults: matching.length, resources: matching.slice(start, start + count) };
  });
}

/** A PUT or a PATCH: `next` gives the person's attributes from their stored ones. */
async function rewrite(deps: Deps, caller: Caller, id: string, next: (current: CurrentDoc) => ScimUserDoc): Promise<ScimUserResource> {
  requireScim(caller.actor);
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const scope = await enterScim(tx, deps, caller, now);
    const was = (await lockPeople(tx, [id])).get(id);
    if (!isProvisioned(was, scope.accountId)) throw notFound('SCIM user');
    const input = checked(next(docOf(was)));
    const other = await tx.ssoUsers.byUserName(scope.accountId, input.userName);
    if (other && other.id !== id) throw taken(`A user with the userName ${input.userName} exists.`);
    const holder = await tx.ssoUsers.byEmail(scope.accountId, input.address);
    if (holder && holder.id !== id) throw taken(`Another user has the address ${input.address}.`);
    const fields = fieldsFor(scope, input, was, was.scim.provisionedAt);
    if (!(await tx.ssoUsers.update(id, fields))) throw taken(`Another user has the userName ${input.userName} or the address ${input.address}.`);
    const after: SsoUserRecord = { ...was, ...fields };
    const before = scimState(was);
    const state = scimState(after);
    if (before.userName !== state.userName || before.email !== state.email || before.name !== state.name || before.externalId !== state.externalId)
      await record(tx, deps.ids, caller, now, { action: 'sso_user.updated', target: { type: 'sso_user', id }, accountId: scope.accountId, before, after: state });
    await settleStatus(scope, was, id);
    return resourceOf(tx, id);
  });
}

export async function replaceScimUser(deps: Deps, caller: Caller, id: string, doc: ScimUserDoc): Promise<ScimUserResource> {
  return rewrite(deps, caller, id, () => doc);
}

/** `apply` runs inside the transaction on the stored attributes; it throws (an AllotError SCIM_*) to refuse. */
export async function patchScimUser(deps: Deps, caller: Caller, id: string, apply: (current: ScimUserDoc & { active: boolean }) => ScimUserDoc): Promise<ScimUserResource> {
  return rewrite(deps, caller, id, apply);
}

/**
 * SCIM deletes the person: their devices end at once and their seats go back, they leave every
 * SCIM group, and SCIM no longer finds them; the row stays, deactivated, for the record.
 */
export async function deleteScimUser(deps: Deps, caller: Caller, id: string): Promise<void> {
  requireScim(caller.actor);
  const now = deps.clock.now();
  await deps.store.write(async (tx) => {
    const scope = await enterScim(tx, deps, caller, now);
    const was = (await lockPeople(tx, [id])).get(id);
    if (!isProvisioned(was, scope.accountId)) throw notFound('SCIM user');
    const ended = await endDevices(scope, was);
    const groups = (await tx.scimGroups.groupsOf([id])).get(id) ?? [];
    await tx.scimGroups.removeUser(id);
    for (const g of groups)
      await record(tx, deps.ids, caller, now, {
        action: 'scim_group.members_changed',
        target: { type: 'scim_group', id: g.id },
        accountId: scope.accountId,
        after: { displayName: g.displayName, added: [], removed: [was.email] },
      });
    const scim = { ...was.scim, deprovisionedAt: now };
    await tx.ssoUsers.update(id, { status: 'deactivated', deactivatedAt: was.deactivatedAt ?? now, scim, updatedAt: now });
    const { user, keptLastAdmin } = await settlePerson(scope, was, id);
    await record(tx, deps.ids, caller, now, {
      action: 'sso_user.deprovisioned',
      target: { type: 'sso_user', id },
      accountId: scope.accountId,
      before: scimState(was),
      after: { ...scimState(user), endedActivations: ended, ...(keptLastAdmin !== undefined && { keptLastAdmin }) },
    });
  });
}

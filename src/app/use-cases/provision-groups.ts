/**
 * SCIM Groups (docs/scim.md): an identity provider creates, renames and deletes the account's
 * groups and changes their members. A person's groups (what keys and the administrators' group
 * match) follow at once: their seat moves, their console rights change (app/scim-effects.ts).
 */
import { AllotError, notFound } from '../../domain/errors.ts';
import type { ScimGroupState } from '../../domain/audit-events.ts';
import { SCIM_ATTRIBUTES_MAX_BYTES, SCIM_GROUP_MEMBERS_MAX_COUNT, SCIM_MEMBER_CHANGES_MAX_COUNT, SCIM_NAME_MAX_CHARS, SCIM_PAGE_MAX_COUNT, SCIM_SCAN_MAX_ROWS } from '../../domain/limits.ts';
import type { ScimGroupRecord, SsoUserRecord } from '../../domain/records.ts';
import { memberDiff } from '../../domain/scim.ts';
import { requireScim } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { Tx } from '../ports/store.ts';
import type { ScimGroupDoc, ScimGroupInput, ScimGroupResource, ScimListQuery, ScimPage } from '../scim-resources.ts';
import { enterScim, lockPeople, settlePeople, type ScimScope } from '../scim-effects.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'config'>;

const invalidValue = (message: string, attribute: string, details: Record<string, unknown> = {}) => new AllotError('SCIM_INVALID_VALUE', message, { attribute, ...details });
const taken = (displayName: string) => new AllotError('SCIM_UNIQUENESS', `A group named ${displayName} exists.`);
const tooMany = (message: string) => new AllotError('SCIM_TOO_MANY', message);

/** What SCIM keeps apart from the attributes as sent. */
const APART = new Set(['displayName', 'externalId', 'id', 'meta', 'members', 'schemas']);
/** Above this many members, their userNames come from one listing rather than one read each. */
const MEMBER_READS_ONE_BY_ONE = 50;

interface CheckedGroup {
  displayName: string;
  externalId: string | null;
  attributes: Record<string, unknown>;
  members: string[];
}

function checked(input: ScimGroupInput): CheckedGroup {
  const { doc } = input;
  if (typeof doc.displayName !== 'string' || doc.displayName.trim() === '') throw invalidValue('displayName is required.', 'displayName');
  const displayName = doc.displayName.trim();
  if (displayName.length > SCIM_NAME_MAX_CHARS) throw invalidValue(`displayName has at most ${SCIM_NAME_MAX_CHARS} characters.`, 'displayName');
  const externalId = doc.externalId === undefined || doc.externalId === null || doc.externalId === '' ? null : doc.externalId;
  if (externalId !== null && (typeof externalId !== 'string' || externalId.length > SCIM_NAME_MAX_CHARS))
    throw invalidValue(`externalId is a string of at most ${SCIM_NAME_MAX_CHARS} characters.`, 'externalId');
  const attributes = Object.fromEntries(Object.entries(doc).filter(([k]) => !APART.has(k)));
  if (Buffer.byteLength(JSON.stringify(attributes)) > SCIM_ATTRIBUTES_MAX_BYTES) throw invalidValue(`The group's attributes take at most ${SCIM_ATTRIBUTES_MAX_BYTES} bytes.`, 'attributes');
  if (!Array.isArray(input.members) || input.members.some((m) => typeof m !== 'string')) throw invalidValue('members are user ids.', 'members');
  const members = [...new Set(input.members)];
  if (members.length > SCIM_GROUP_MEMBERS_MAX_COUNT) throw tooMany(`A group has at most ${SCIM_GROUP_MEMBERS_MAX_COUNT} members.`);
  return { displayName, externalId, attributes, members };
}

const docOf = (g: ScimGroupRecord): ScimGroupDoc => ({ ...g.attributes, displayName: g.displayName, ...(g.externalId !== null && { externalId: g.externalId }) });
const groupState = (g: Pick<ScimGroupRecord, 'displayName' | 'externalId'>, members: number): ScimGroupState => ({ displayName: g.displayName, externalId: g.externalId, members });

/** The group of the caller's account, or SCIM's 404. */
async function groupOf(tx: Tx, accountId: string, id: string): Promise<ScimGroupRecord> {
  const group = await tx.scimGroups.byId(id);
  if (!group || group.accountId !== accountId) throw notFound('SCIM group');
  return group;
}

/** userNames of people, by id. */
async function userNames(tx: Tx, accountId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length > MEMBER_READS_ONE_BY_ONE) {
    for (const u of await tx.ssoUsers.listProvisioned(accountId, { limit: SCIM_SCAN_MAX_ROWS })) out.set(u.id, u.scim!.userName);
    return out;
  }
  for (const id of ids) {
    const u = await tx.ssoUsers.byId(id);
    if (u?.scim) out.set(id, u.scim.userName);
  }
  return out;
}

async function resources(tx: Tx, accountId: string, groups: readonly ScimGroupRecord[], withMembers: boolean): Promise<ScimGroupResource[]> {
  const members = withMembers ? await tx.scimGroups.members(groups.map((g) => g.id)) : new Map<string, string[]>();
  const names = withMembers ? await userNames(tx, accountId, [...new Set([...members.values()].flat())]) : new Map<string, string>();
  return groups.map((g) => ({
    id: g.id,
    doc: docOf(g),
    ...(withMembers && { members: (members.get(g.id) ?? []).map((id) => ({ id, display: names.get(id) ?? id })) }),
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
  }));
}

/** New members must be people SCIM provisioned in this account (and has not deleted); nothing changes otherwise. */
async function checkNewMembers(tx: Tx, accountId: string, ids: readonly string[]): Promise<void> {
  if (ids.length > SCIM_MEMBER_CHANGES_MAX_COUNT) throw tooMany(`At most ${SCIM_MEMBER_CHANGES_MAX_COUNT} members join or leave in one request.`);
  for (const id of ids) {
    const u = await tx.ssoUsers.byId(id);
    if (!u || u.accountId !== accountId || u.scim === null || u.scim.deprovisionedAt !== null)
      throw invalidValue(`No user has the id ${id.slice(0, 64)}.`, 'members', { value: id.slice(0, 64) });
  }
}

async function nameIsFree(tx: Tx, accountId: string, displayName: string, self?: string): Promise<boolean> {
  const same = await tx.scimGroups.list(accountId, { displayName, limit: 2 });
  return same.every((g) => g.id === self);
}

async function recordMembership(scope: ScimScope, groupId: string, displayName: string, people: Map<string, SsoUserRecord>, diff: { added: string[]; removed: string[] }, kept: string | undefined) {
  if (diff.added.length === 0 && diff.removed.length === 0) return;
  const emails = (ids: string[]) => ids.map((id) => people.get(id)?.email ?? id);
  await record(scope.tx, scope.deps.ids, scope.caller, scope.now, {
    action: 'scim_group.members_changed',
    target: { type: 'scim_group', id: groupId },
    accountId: scope.accountId,
    after: { displayName, added: emails(diff.added), removed: emails(diff.removed), ...(kept !== undefined && { keptLastAdmin: kept }) },
  });
}

export async function createScimGroup(deps: Deps, caller: Caller, input: ScimGroupInput): Promise<ScimGroupResource> {
  requireScim(caller.actor);
  const group = checked(input);
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const scope = await enterScim(tx, deps, caller, now);
    const { accountId } = scope;
    if (!(await nameIsFree(tx, accountId, group.displayName))) throw taken(group.displayName);
    await checkNewMembers(tx, accountId, group.members);
    const people = await lockPeople(tx, group.members);
    const rec: ScimGroupRecord = {
      id: deps.ids.next(),
      accountId,
      displayName: group.displayName,
      externalId: group.externalId,
      attributes: group.attributes,
      provisionedBy: caller.actor.id,
      createdAt: now,
      updatedAt: now,
    };
    if (!(await tx.scimGroups.insert(rec))) throw taken(group.displayName);
    await tx.scimGroups.addMembers(rec.id, group.members);
    await record(tx, deps.ids, caller, now, { action: 'scim_group.created', target: { type: 'scim_group', id: rec.id }, accountId, after: groupState(rec, group.members.length) });
    const kept = await settlePeople(scope, people);
    await recordMembership(scope, rec.id, rec.displayName, people, { added: [...group.members].sort(), removed: [] }, kept);
    return (await resources(tx, accountId, [rec], true))[0]!;
  });
}

export async function getScimGroup(deps: Deps, caller: Caller, id: string, options: { members: boolean }): Promise<ScimGroupResource> {
  const { accountId } = requireScim(caller.actor);
  return deps.store.read(async (tx) => (await resources(tx, accountId, [await groupOf(tx, accountId, id)], options.members))[0]!);
}

export async function listScimGroups(deps: Deps, caller: Caller, q: ScimListQuery<ScimGroupResource>): Promise<ScimPage<ScimGroupResource>> {
  const { accountId } = requireScim(caller.actor);
  const start = Math.max(1, Math.floor(q.startIndex)) - 1;
  const count = Math.min(Math.max(0, Math.floor(q.count)), SCIM_PAGE_MAX_COUNT);
  const withMembers = q.members ?? true;
  return deps.store.read(async (tx) => {
    const rows = await tx.scimGroups.list(accountId, {
      ...(q.exact?.displayName !== undefined && { displayName: q.exact.displayName }),
      ...(q.exact?.externalId !== undefined && { externalId: q.exact.externalId }),
      limit: SCIM_SCAN_MAX_ROWS,
    });
    if (!q.where) return { totalResults: rows.length, resources: count === 0 ? [] : await resources(tx, accountId, rows.slice(start, start + count), withMembers) };
    const matching = (await resources(tx, accountId, rows, withMembers)).filter(q.where);
    return { totalResults: matching.length, resources: matching.slice(start, start + count) };
  });
}

/** A PUT or a PATCH: `next` gives the group (attributes and members) from the stored one. */
async function rewrite(deps: Deps, caller: Caller, id: string, next: (current: ScimGroupInput) => ScimGroupInput): Promise<ScimGroupResource> {
  requireScim(caller.actor);
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const scope = await enterScim(tx, deps, caller, now);
    const { accountId } = scope;
    const was = await groupOf(tx, accountId, id);
    const current = (await tx.scimGroups.members([id])).get(id) ?? [];
    const group = checked(next({ doc: docOf(was), members: [...current] }));
    const diff = memberDiff(current, group.members);
    if (diff.added.length + diff.removed.length > SCIM_MEMBER_CHANGES_MAX_COUNT)
      throw tooMany(`At most ${SCIM_MEMBER_CHANGES_MAX_COUNT} members join or leave in one request.`);
    await checkNewMembers(tx, accountId, diff.added);
    const renamed = group.displayName !== was.displayName || group.externalId !== was.externalId;
    if (group.displayName.toLowerCase() !== was.displayName.toLowerCase() && !(await nameIsFree(tx, accountId, group.displayName, id))) throw taken(group.displayName);
    // A new name or external id changes every member's groups; a membership change only theirs.
    const people = await lockPeople(tx, renamed ? [...current, ...group.members] : [...diff.added, ...diff.removed]);
    const after: ScimGroupRecord = { ...was, displayName: group.displayName, externalId: group.externalId, attributes: group.attributes, updatedAt: now };
    if (renamed || JSON.stringify(group.attributes) !== JSON.stringify(was.attributes)) {
      if (!(await tx.scimGroups.update(id, { displayName: after.displayName, externalId: after.externalId, attributes: after.attributes, updatedAt: now }))) throw taken(group.displayName);
      await record(tx, deps.ids, caller, now, {
        action: 'scim_group.updated',
        target: { type: 'scim_group', id },
        accountId,
        before: groupState(was, current.length),
        after: groupState(after, group.members.length),
      });
    } else if (diff.added.length + diff.removed.length > 0) await tx.scimGroups.update(id, { updatedAt: now });
    await tx.scimGroups.removeMembers(id, diff.removed);
    await tx.scimGroups.addMembers(id, diff.added);
    const kept = await settlePeople(scope, people);
    await recordMembership(scope, id, after.displayName, people, diff, kept);
    return (await resources(tx, accountId, [(await tx.scimGroups.byId(id))!], true))[0]!;
  });
}

export async function replaceScimGroup(deps: Deps, caller: Caller, id: string, input: ScimGroupInput): Promise<ScimGroupResource> {
  return rewrite(deps, caller, id, () => input);
}

/** `apply` runs inside the transaction on the stored group; it throws (an AllotError SCIM_*) to refuse. */
export async function patchScimGroup(deps: Deps, caller: Caller, id: string, apply: (current: ScimGroupInput) => ScimGroupInput): Promise<ScimGroupResource> {
  return rewrite(deps, caller, id, apply);
}

/** The group goes; its members' groups, seats and console rights follow at once. */
export async function deleteScimGroup(deps: Deps, caller: Caller, id: string): Promise<void> {
  requireScim(caller.actor);
  const now = deps.clock.now();
  await deps.store.write(async (tx) => {
    const scope = await enterScim(tx, deps, caller, now);
    const was = await groupOf(tx, scope.accountId, id);
    const members = (await tx.scimGroups.members([id])).get(id) ?? [];
    const people = await lockPeople(tx, members);
    await tx.scimGroups.delete(id);
    await record(tx, deps.ids, caller, now, { action: 'scim_group.deleted', target: { type: 'scim_group', id }, accountId: scope.accountId, before: groupState(was, members.length) });
    await settlePeople(scope, people);
  });
}

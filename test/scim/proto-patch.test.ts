/**
 * SCIM PATCH as each provider's dialect sends it, brought to the RFC's form and applied
 * (http/scim/patch.ts): pure, no server.
 */
import { describe, expect, it } from 'vitest';
import { AllotError } from '../../src/domain/errors.ts';
import { normalisePatch, patchGroup, patchUser } from '../../src/http/scim/patch.ts';
import { checkResource, ENTERPRISE_SCHEMA, PATCH_SCHEMA } from '../../src/http/scim/schemas.ts';

const ops = (...Operations: unknown[]) => ({ schemas: [PATCH_SCHEMA], Operations });
const ID = '0190f5c2-0000-7000-8000-0000000000aa';
type Doc = Record<string, unknown> & { userName: string; active: boolean };
const alice = (): Doc => ({
  userName: 'alice@acme.example',
  active: true,
  externalId: 'ext-1',
  displayName: 'Alice',
  name: { givenName: 'Alice', familyName: 'Liddell' },
  emails: [{ value: 'alice@acme.example', type: 'work', primary: true }],
  [ENTERPRISE_SCHEMA]: { department: 'Sales' },
});
const patchAlice = (body: unknown, current: Doc = alice()) => patchUser<Doc>(normalisePatch('User', body, ID))(current);
const group = (members: string[] = ['u1', 'u2']) => ({ doc: { displayName: 'Engineering', externalId: 'g-ext' }, members });
const patchGroupOf = (body: unknown, current = group()) => patchGroup(normalisePatch('Group', body, ID))(current);

/** The code of the AllotError `run` throws. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AllotError) return error.code;
    throw error;
  }
  throw new Error('no refusal');
}

describe('PATCH, the ops', () => {
  it.each(['replace', 'Replace', 'REPLACE'])('takes op %s', (op) => {
    expect(patchAlice(ops({ op, path: 'displayName', value: 'Al' })).displayName).toBe('Al');
  });
  it.each(['Add', 'add'])('takes op %s', (op) => {
    expect(patchAlice(ops({ op, path: 'nickName', value: 'Babs' })).nickName).toBe('Babs');
  });
  it('refuses an unknown op, a missing op, a non-object operation, no Operations', () => {
    expect(refusal(() => patchAlice(ops({ op: 'merge', path: 'displayName', value: 'x' })))).toBe('SCIM_INVALID_SYNTAX');
    expect(refusal(() => patchAlice(ops({ path: 'displayName', value: 'x' })))).toBe('SCIM_INVALID_SYNTAX');
    expect(refusal(() => patchAlice(ops('replace')))).toBe('SCIM_INVALID_SYNTAX');
    expect(refusal(() => patchAlice({ schemas: [PATCH_SCHEMA] }))).toBe('SCIM_INVALID_SYNTAX');
    expect(refusal(() => patchAlice({ schemas: [PATCH_SCHEMA], Operations: [] }))).toBe('SCIM_INVALID_SYNTAX');
    expect(refusal(() => patchAlice([]))).toBe('SCIM_INVALID_SYNTAX');
    expect(refusal(() => patchAlice({ schemas: ['urn:bogus'], Operations: [{ op: 'replace', path: 'displayName', value: 'x' }] }))).toBe('SCIM_INVALID_SYNTAX');
  });
  it('refuses remove without a path (noTarget)', () => {
    expect(refusal(() => patchAlice(ops({ op: 'remove' })))).toBe('SCIM_NO_TARGET');
    expect(refusal(() => patchAlice(ops({ op: 'Remove', path: '' })))).toBe('SCIM_NO_TARGET');
  });
});

describe('PATCH, Entra ID', () => {
  it('reads "True"/"False" as booleans for active', () => {
    expect(patchAlice(ops({ op: 'Replace', path: 'active', value: 'False' })).active).toBe(false);
    expect(patchAlice(ops({ op: 'Replace', path: 'active', value: 'True' }), { ...alice(), active: false }).active).toBe(true);
    expect(patchAlice(ops({ op: 'replace', path: 'active', value: false })).active).toBe(false);
    expect(refusal(() => patchAlice(ops({ op: 'Replace', path: 'active', value: 'Nope' })))).toBe('SCIM_INVALID_VALUE');
  });
  it('applies one operation per attribute, with filters and sub-attributes', () => {
    const out = patchAlice(
      ops(
        { op: 'Replace', path: 'displayName', value: 'Pvlo' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'TestBcwqnm@test.microsoft.com' },
        { op: 'Replace', path: 'name.givenName', value: 'Gtfd' },
        { op: 'Replace', path: 'name.familyName', value: 'Pkqf' },
        { op: 'Replace', path: 'externalId', value: 'Eqpj' },
        { op: 'Replace', path: `${ENTERPRISE_SCHEMA}:employeeNumber`, value: 'Eqpj' },
      ),
    );
    expect(out).toMatchObject({
      displayName: 'Pvlo',
      externalId: 'Eqpj',
      name: { givenName: 'Gtfd', familyName: 'Pkqf' },
      emails: [{ value: 'TestBcwqnm@test.microsoft.com', type: 'work', primary: true }],
      [ENTERPRISE_SCHEMA]: { department: 'Sales', employeeNumber: 'Eqpj' },
    });
  });
  it('takes a path-less value whose keys are attribute paths (aadOptscim062020)', () => {
    const out = patchAlice(
      ops({
        op: 'replace',
        value: { displayName: 'Bjfe', 'name.givenName': 'Kkom', 'name.familyName': 'Unua', [`${ENTERPRISE_SCHEMA}:employeeNumber`]: 'Aklq' },
      }),
    );
    expect(out).toMatchObject({ displayName: 'Bjfe', name: { givenName: 'Kkom', familyName: 'Unua' }, [ENTERPRISE_SCHEMA]: { department: 'Sales', employeeNumber: 'Aklq' } });
  });
  it('takes the manager as a string, an array or an object, and clears it with an empty value', () => {
    const path = `${ENTERPRISE_SCHEMA}:manager`;
    for (const value of ['m-1', ['m-1'], [{ value: 'm-1' }], { value: 'm-1' }])
      expect((patchAlice(ops({ op: 'Add', path, value }))[ENTERPRISE_SCHEMA] as any).manager, JSON.stringify(value)).toEqual({ value: 'm-1' });
    const withManager = patchAlice(ops({ op: 'Add', path, value: 'm-1' }));
    for (const value of ['', null, { value: '' }]) expect((patchAlice(ops({ op: 'Replace', path, value }), withManager)[ENTERPRISE_SCHEMA] as any).manager).toBeUndefined();
  });
  it('clears an attribute with "" or null (the "null" updates), and by remove', () => {
    expect(patchAlice(ops({ op: 'Replace', path: 'displayName', value: '' })).displayName).toBeUndefined();
    expect(patchAlice(ops({ op: 'Replace', path: 'displayName', value: null })).displayName).toBeUndefined();
    expect(patchAlice(ops({ op: 'Remove', path: 'displayName' })).displayName).toBeUndefined();
    expect(patchAlice(ops({ op: 'replace', value: { displayName: null } })).displayName).toBeUndefined();
    expect((patchAlice(ops({ op: 'Replace', path: 'name.givenName', value: '' })).name as any).givenName).toBeUndefined();
    expect(patchAlice(ops({ op: 'Replace', path: `${ENTERPRISE_SCHEMA}:department`, value: '' }))[ENTERPRISE_SCHEMA]).toBeUndefined();
    // Removing what is not there changes nothing.
    expect(patchAlice(ops({ op: 'Remove', path: 'nickName' }))).toEqual(alice());
    expect(patchAlice(ops({ op: 'Remove', path: 'phoneNumbers[type eq "work"]' }))).toEqual(alice());
  });
  it('removes members both ways: "path": "members" with a value list, and members[value eq "…"]', () => {
    expect(patchGroupOf(ops({ op: 'Remove', path: 'members', value: [{ value: 'u1' }] })).members).toEqual(['u2']);
    expect(patchGroupOf(ops({ op: 'Remove', path: 'members', value: [{ $ref: null, value: 'u1' }, { value: 'u2' }] })).members).toEqual([]);
    expect(patchGroupOf(ops({ op: 'remove', path: 'members[value eq "u2"]' })).members).toEqual(['u1']);
    expect(patchGroupOf(ops({ op: 'remove', path: 'members[value eq "nobody"]' })).members).toEqual(['u1', 'u2']);
    expect(patchGroupOf(ops({ op: 'remove', path: 'members' })).members).toEqual([]);
  });
  it('adds members, once each', () => {
    expect(patchGroupOf(ops({ op: 'Add', path: 'members', value: [{ $ref: null, value: 'u3' }] })).members).toEqual(['u1', 'u2', 'u3']);
    expect(patchGroupOf(ops({ op: 'Add', path: 'members', value: [{ value: 'u1' }] })).members).toEqual(['u1', 'u2']);
    expect(patchGroupOf(ops({ op: 'Add', path: 'members', value: { value: 'u9' } })).members).toEqual(['u1', 'u2', 'u9']);
  });
});

describe('PATCH, Okta', () => {
  it('deactivates with a path-less {"active": false}', () => {
    expect(patchAlice(ops({ op: 'replace', value: { active: false } })).active).toBe(false);
  });
  it('takes a password and drops it', () => {
    expect(patchAlice(ops({ op: 'replace', value: { password: 'secret-123' } }))).toEqual(alice());
    expect(patchAlice(ops({ op: 'replace', path: 'password', value: 'secret-123' }))).toEqual(alice());
  });
  it('renames a group with its own id in the value, and refuses another id', () => {
    expect(patchGroupOf(ops({ op: 'replace', value: { id: ID, displayName: 'Test SCIMv2' } }))).toEqual({ doc: { displayName: 'Test SCIMv2', externalId: 'g-ext' }, members: ['u1', 'u2'] });
    expect(refusal(() => patchGroupOf(ops({ op: 'replace', value: { id: 'another', displayName: 'x' } })))).toBe('SCIM_MUTABILITY');
  });
  it('removes and adds members in one PATCH, and replaces them all', () => {
    expect(patchGroupOf(ops({ op: 'remove', path: 'members[value eq "u1"]' }, { op: 'add', path: 'members', value: [{ value: 'u3', display: 'c@x' }] })).members).toEqual(['u2', 'u3']);
    expect(patchGroupOf(ops({ op: 'replace', path: 'members', value: [{ value: 'u7' }, { value: 'u8' }] })).members).toEqual(['u7', 'u8']);
  });
});

describe('PATCH, refusals', () => {
  it('refuses paths that do not parse or name no attribute (invalidPath)', () => {
    for (const path of ['bogus', 'name.bogus', 'emails[type eq', 'emails[[x]]', 'urn:bogus:schema:attr', `${ENTERPRISE_SCHEMA}:bogus`, 'displayName[value eq "x"]', 'a b', '..', 'x'.repeat(2000)])
      expect(refusal(() => patchAlice(ops({ op: 'replace', path, value: 'x' }))), path).toBe('SCIM_INVALID_PATH');
    expect(refusal(() => patchAlice(ops({ op: 'replace', path: 42, value: 'x' })))).toBe('SCIM_INVALID_PATH');
    expect(refusal(() => patchAlice(ops({ op: 'replace', value: { bogus: 1 } })))).toBe('SCIM_INVALID_PATH');
  });
  it('refuses changes to id, meta, schemas and read-only attributes (mutability)', () => {
    for (const path of ['id', 'meta', 'meta.lastModified', 'groups', 'schemas'])
      expect(refusal(() => patchAlice(ops({ op: 'replace', path, value: 'x' }))), path).toBe('SCIM_MUTABILITY');
    expect(refusal(() => patchAlice(ops({ op: 'replace', value: { id: 'other' } })))).toBe('SCIM_MUTABILITY');
    expect(refusal(() => patchAlice(ops({ op: 'replace', value: { meta: {} } })))).toBe('SCIM_MUTABILITY');
  });
  it('refuses values of the wrong type (invalidValue)', () => {
    expect(refusal(() => patchAlice(ops({ op: 'replace', path: 'displayName', value: 42 })))).toBe('SCIM_INVALID_VALUE');
    expect(refusal(() => patchAlice(ops({ op: 'replace', path: 'name', value: 'text' })))).toBe('SCIM_INVALID_VALUE');
    expect(refusal(() => patchAlice(ops({ op: 'replace', path: 'emails', value: 'text' })))).toBe('SCIM_INVALID_VALUE');
    expect(refusal(() => patchAlice(ops({ op: 'replace', value: 'text' })))).toBe('SCIM_INVALID_VALUE');
    expect(refusal(() => patchAlice(ops({ op: 'replace', path: 'userName', value: 'x'.repeat(5000) })))).toBe('SCIM_INVALID_VALUE');
    // userName is required: it cannot be cleared.
    expect(refusal(() => patchAlice(ops({ op: 'remove', path: 'userName' })))).toBe('SCIM_INVALID_VALUE');
    expect(refusal(() => patchGroupOf(ops({ op: 'remove', path: 'members', value: [{ value: 42 }] })))).toBe('SCIM_INVALID_VALUE');
  });
  it('leaves the current document alone', () => {
    const current = alice();
    patchAlice(ops({ op: 'replace', path: 'name.givenName', value: 'Changed' }), current);
    expect(current).toEqual(alice());
  });
});

describe('documents (POST, PUT)', () => {
  it('takes names regardless of case, drops id, meta, groups and password, and keeps the extension', () => {
    const { doc } = checkResource('User', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE_SCHEMA],
      id: 'ignored',
      meta: { resourceType: 'User' },
      USERNAME: 'a@x.example',
      Active: 'true',
      groups: [],
      password: '1mz050nq',
      roles: [],
      [ENTERPRISE_SCHEMA]: { Department: 'R&D', manager: { value: 'm1', displayName: 'Boss' } },
    });
    expect(doc).toEqual({ userName: 'a@x.example', active: true, [ENTERPRISE_SCHEMA]: { department: 'R&D', manager: { value: 'm1' } } });
  });
  it('refuses unknown attributes, wrong types, a missing userName, two primaries', () => {
    const code = (body: unknown) => refusal(() => checkResource('User', body));
    expect(code({ userName: 'a', bogus: 1 })).toBe('SCIM_INVALID_VALUE');
    expect(code({ userName: 'a', name: { bogus: 1 } })).toBe('SCIM_INVALID_VALUE');
    expect(code({ userName: 'a', 'urn:example:custom:1.0:User': { x: 1 } })).toBe('SCIM_INVALID_VALUE');
    expect(code({ userName: 42 })).toBe('SCIM_INVALID_VALUE');
    expect(code({ userName: 'a', active: 'maybe' })).toBe('SCIM_INVALID_VALUE');
    expect(code({ userName: 'a', emails: { value: 'a@x' } })).toBe('SCIM_INVALID_VALUE');
    expect(code({ userName: 'a', emails: [{ value: 'a@x', primary: true }, { value: 'b@x', primary: true }] })).toBe('SCIM_INVALID_VALUE');
    expect(code({ displayName: 'no userName' })).toBe('SCIM_INVALID_VALUE');
    expect(code({ userName: '   ' })).toBe('SCIM_INVALID_VALUE');
    expect(code({ userName: 'a', userNAME: 'b' })).toBe('SCIM_INVALID_VALUE');
    expect(code([{ userName: 'a' }])).toBe('SCIM_INVALID_SYNTAX');
    expect(code('a')).toBe('SCIM_INVALID_SYNTAX');
  });
  it('takes a group with members, ignoring Entra\'s extra schema URN', () => {
    expect(
      checkResource('Group', {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group', 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'],
        externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
        displayName: 'displayName',
        meta: { resourceType: 'Group' },
        members: [{ value: 'u1', display: 'a' }, { value: 'u1' }, { value: 'u2', $ref: null }],
      }),
    ).toEqual({ doc: { externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159', displayName: 'displayName' }, members: ['u1', 'u2'] });
    expect(refusal(() => checkResource('Group', { displayName: 'g', members: [{ display: 'no value' }] }))).toBe('SCIM_INVALID_VALUE');
    expect(refusal(() => checkResource('Group', { members: [] }))).toBe('SCIM_INVALID_VALUE');
  });
});

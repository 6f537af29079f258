/**
 * SCIM filters (http/scim/filter.ts): parsed by scim2-parse-filter, checked against the schemas,
 * evaluated with SCIM's case rules; the exact matches handed to the store. Pure, no server.
 */
import { describe, expect, it } from 'vitest';
import { AllotError } from '../../src/domain/errors.ts';
import { compileFilter } from '../../src/http/scim/filter.ts';
import { ENTERPRISE_SCHEMA } from '../../src/http/scim/schemas.ts';

const alice = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  id: '0190f5c2-0000-7000-8000-0000000000aa',
  externalId: 'Ext-ABC',
  userName: 'Alice@Acme.example',
  displayName: 'Alice Liddell',
  name: { givenName: 'Alice', familyName: 'Liddell' },
  active: true,
  emails: [
    { value: 'alice@acme.example', type: 'work', primary: true },
    { value: 'alice@home.example', type: 'home' },
  ],
  [ENTERPRISE_SCHEMA]: { department: 'Sales', manager: { value: 'm-1' } },
  groups: [{ value: 'g-1', display: 'Engineering' }],
  meta: { resourceType: 'User', created: '2026-06-01T00:00:00.000Z', lastModified: '2026-06-02T00:00:00.000Z' },
};
const group = { schemas: [], id: 'g-1', displayName: 'Engineering', externalId: 'e0b5', members: [{ value: 'u-1', display: 'alice' }] };

const user = (f: string) => compileFilter('User', f).test(alice);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AllotError) return error.code;
    throw error;
  }
  throw new Error('no refusal');
}

describe('SCIM filters', () => {
  it('compares userName, emails and displayName regardless of case, id and externalId with it', () => {
    expect(user('userName eq "alice@acme.example"')).toBe(true);
    expect(user('USERNAME EQ "ALICE@ACME.EXAMPLE"')).toBe(true);
    expect(user('externalId eq "Ext-ABC"')).toBe(true);
    expect(user('externalId eq "ext-abc"')).toBe(false);
    expect(user(`id eq "${alice.id.toUpperCase()}"`)).toBe(false);
    expect(user(`id eq "${alice.id}"`)).toBe(true);
    expect(user('emails.value eq "ALICE@home.example"')).toBe(true);
    expect(user('emails eq "alice@home.example"')).toBe(true);
  });
  it('has every operator', () => {
    expect(user('userName ne "bob"')).toBe(true);
    expect(user('userName ne "alice@acme.example"')).toBe(false);
    expect(user('displayName co "liddell"')).toBe(true);
    expect(user('displayName sw "ALI"')).toBe(true);
    expect(user('displayName ew "dell"')).toBe(true);
    expect(user('nickName pr')).toBe(false);
    expect(user('name.givenName pr')).toBe(true);
    expect(user('meta.lastModified gt "2026-06-01T12:00:00Z"')).toBe(true);
    expect(user('meta.lastModified lt "2026-06-01T12:00:00Z"')).toBe(false);
    expect(user('meta.created ge "2026-06-01T00:00:00Z"')).toBe(true);
    expect(user('meta.created le "2026-05-31T00:00:00Z"')).toBe(false);
    expect(user('active eq true')).toBe(true);
    expect(user('active eq false')).toBe(false);
    expect(user('userName eq "bob" or active eq true')).toBe(true);
    expect(user('userName eq "bob" and active eq true')).toBe(false);
    expect(user('not (userName eq "bob")')).toBe(true);
    expect(user('emails[type eq "work" and value co "@acme"]')).toBe(true);
    expect(user('emails[type eq "other"]')).toBe(false);
    expect(user('emails[type eq "work"].value eq "alice@acme.example"')).toBe(true);
    expect(user(`${ENTERPRISE_SCHEMA}:department eq "sales"`)).toBe(true);
    expect(user(`${ENTERPRISE_SCHEMA}:manager.value eq "m-1"`)).toBe(true);
    expect(user('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "alice@acme.example"')).toBe(true);
    expect(user('groups.display eq "engineering"')).toBe(true);
    expect(compileFilter('Group', 'members[value eq "u-1"]').test(group)).toBe(true);
    expect(compileFilter('Group', 'displayName eq "ENGINEERING"').test(group)).toBe(true);
  });
  it('hands the exact matches the store indexes to it', () => {
    expect(compileFilter('User', 'userName eq "Alice@Acme.example"').exact).toEqual({ userName: 'Alice@Acme.example' });
    expect(compileFilter('User', 'externalId eq "x" and active eq true').exact).toEqual({ externalId: 'x' });
    expect(compileFilter('User', 'userName eq "a" or userName eq "b"').exact).toEqual({});
    expect(compileFilter('User', 'displayName eq "a"').exact).toEqual({});
    expect(compileFilter('Group', 'displayName eq "Eng"').exact).toEqual({ displayName: 'Eng' });
    expect(compileFilter('Group', 'externalId eq "e0b5"').exact).toEqual({ externalId: 'e0b5' });
    expect(compileFilter('User', 'userName ne "a"').exact).toEqual({});
  });
  it('refuses filters that do not parse, or name no attribute, with invalidFilter', () => {
    for (const f of ['', '   ', 'userName', 'userName eq', 'userName eq alice', 'userName zz "a"', '(userName eq "a"', 'bogus eq "a"', 'name.bogus eq "a"', 'password eq "x"', 'urn:x:y:z eq "a"', `${ENTERPRISE_SCHEMA}:bogus eq "a"`, 'emails[bogus eq "a"]', 'active gt true', 'userName co 5', 'a.b.c eq "x"', 'x'.repeat(3000)])
      expect(refusal(() => compileFilter('User', f)), f).toBe('SCIM_INVALID_FILTER');
    expect(refusal(() => compileFilter('Group', 'userName eq "a"'))).toBe('SCIM_INVALID_FILTER');
    expect(refusal(() => compileFilter('User', `${'not ('.repeat(40)}active eq true${')'.repeat(40)}`))).toBe('SCIM_INVALID_FILTER');
  });
});

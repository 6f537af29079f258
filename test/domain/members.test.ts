import { describe, expect, it } from 'vitest';
import { leavesNoAdmin, memberName, passwordProblem, type AccountRole, type MemberStatus } from '../../src/domain/members.ts';

describe('member rules', () => {
  it.each([
    ['correct horse', null],
    ['a'.repeat(10), null],
    ['a'.repeat(9), 'must be at least 10 characters'],
    ['', 'must be at least 10 characters'],
    ['a'.repeat(200), null],
    ['a'.repeat(201), 'must be at most 200 characters'],
    [' '.repeat(12), 'must not be blank'],
  ])('password %j → %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each([
    [{ name: 'Ada Lovelace', email: 'ada@example.com' }, 'Ada Lovelace <ada@example.com>'],
    [{ name: 'x', email: 'x@y.z' }, 'x <x@y.z>'],
  ])('the audit log names %j as %s', (m, name) => {
    expect(memberName(m)).toBe(name);
  });

  type Who = { role: AccountRole; status: MemberStatus };
  const admin: Who = { role: 'account_admin', status: 'active' };
  it.each<[number, Who, Who | null, boolean]>([
    [1, admin, null, true],
    [1, admin, { role: 'member', status: 'active' }, true],
    [1, admin, { role: 'account_admin', status: 'blocked' }, true],
    [1, admin, admin, false],
    [2, admin, null, false],
    [1, { role: 'member', status: 'active' }, null, false],
    [1, { role: 'account_admin', status: 'invited' }, null, false],
  ])('%i active administrators, %j becomes %j: leaves none %s', (admins, target, after, leaves) => {
    expect(leavesNoAdmin(admins, target, after)).toBe(leaves);
  });
});

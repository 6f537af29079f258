import { useSignedIn } from './signed-in';
import type { LicenseKey, Member } from '../api/types';

/** What the signed-in member may do in the console (the API decides; this only hides what it would refuse). */
export function permissionsOf(member: Member) {
  const admin = member.role === 'account_admin';
  return {
    role: member.role,
    isAccountAdmin: admin,
    /** Create, rename, re-seat, block, regenerate, delete keys. */
    canManageKeys: admin,
    canManageMembers: admin,
    canReadAuditLog: admin,
    /** Domains, the identity-provider connection, group mappings, SSO users. */
    canManageSso: admin,
    /** A Regular Member: nothing to manage yet. */
    hasNothingToManage: member.role === 'member' || (member.role === 'license_admin' && member.keyIds.length === 0),
    /** Keys shown to a License Administrator: only theirs. */
    seesKey: (key: Pick<LicenseKey, 'id'>) => admin || member.keyIds.includes(key.id),
  };
}

export type Permissions = ReturnType<typeof permissionsOf>;

export const usePermissions = (): Permissions => permissionsOf(useSignedIn().member);

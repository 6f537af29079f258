/** The words and colours of every status the API returns. */
import type { InvitationStatus, KeyStatus, KeyType, MemberStatus, Role, SsoUser, SubscriptionStatus } from '../api/types';

export interface StatusLook {
  label: string;
  color: string;
}

export const SUBSCRIPTION_STATUS: Record<SubscriptionStatus, StatusLook> = {
  active: { label: 'Active', color: 'teal' },
  expiring: { label: 'Expiring soon', color: 'yellow' },
  grace: { label: 'Grace period', color: 'orange' },
  expired: { label: 'Expired', color: 'red' },
};

export const KEY_STATUS: Record<KeyStatus, StatusLook> = {
  active: { label: 'Active', color: 'teal' },
  blocked: { label: 'Blocked', color: 'red' },
  expired: { label: 'Expired', color: 'gray' },
};

export const KEY_TYPE: Record<KeyType, StatusLook & { description: string }> = {
  primary: { label: 'Primary', color: 'grape', description: 'Draws on the main pool. Keep it to yourself.' },
  dynamic: { label: 'Dynamic', color: 'blue', description: 'Compete for the licenses on the go' },
  reserved: { label: 'Reserved', color: 'cyan', description: 'Reserve the licenses' },
};

export const DEVICE_STATUS: Record<string, StatusLook> = {
  active: { label: 'Active', color: 'teal' },
  deactivated: { label: 'Deactivated', color: 'gray' },
  blacklisted: { label: 'Blacklisted', color: 'red' },
  released: { label: 'Released', color: 'gray' },
};

export const INVITATION_STATUS: Record<InvitationStatus, StatusLook> = {
  pending: { label: 'Pending', color: 'blue' },
  accepted: { label: 'Accepted', color: 'teal' },
  expired: { label: 'Expired', color: 'gray' },
  revoked: { label: 'Revoked', color: 'red' },
};

export const DELIVERY_STATUS: Record<string, StatusLook> = {
  queued: { label: 'Queued', color: 'gray' },
  sent: { label: 'Sent', color: 'teal' },
  retrying: { label: 'Retrying', color: 'yellow' },
  failed: { label: 'Failed', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

export const MEMBER_STATUS: Record<MemberStatus, StatusLook> = {
  invited: { label: 'Invited', color: 'blue' },
  active: { label: 'Active', color: 'teal' },
  blocked: { label: 'Blocked', color: 'red' },
};

export const ROLE: Record<Role, StatusLook & { description: string }> = {
  account_admin: { label: 'Account Administrator', color: 'grape', description: 'Everything in the account: subscriptions, keys, devices, invitations, members, the audit log.' },
  license_admin: { label: 'License Administrator', color: 'blue', description: 'The devices and invitations of the keys assigned to them.' },
  member: { label: 'Regular Member', color: 'gray', description: 'Nothing to manage until given a role or keys.' },
};

/** A status the table did not expect still reads as words. */
export const lookOf = (table: Record<string, StatusLook>, status: string): StatusLook =>
  table[status] ?? { label: status.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()), color: 'gray' };

/** 'deprovisioned': removed by SCIM (their row stays, deactivated, for the record). */
export const SSO_USER_STATUS: Record<SsoUser['status'] | 'deprovisioned', StatusLook> = {
  active: { label: 'Active', color: 'teal' },
  deactivated: { label: 'Deactivated', color: 'gray' },
  deprovisioned: { label: 'Deprovisioned', color: 'red' },
};

export const ssoUserStatus = (u: SsoUser): keyof typeof SSO_USER_STATUS => (u.provisioning?.deprovisionedAt ? 'deprovisioned' : u.status);

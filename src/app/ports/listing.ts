/** Pages and the filters of list reads. */
import type { ActivationStatus, ActorType } from '../../domain/records.ts';
import type { InvitationStatus } from '../../domain/invitations.ts';

export interface Page<T> {
  data: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  nextCursor?: string;
  total?: number;
}

export interface SubscriptionFilter {
  accountId?: string;
  /** Only these (a License Administrator's); absent: no such limit. */
  ids?: readonly string[];
  status?: 'active' | 'expiring' | 'grace' | 'expired';
  now: number;
  limit: number;
  after?: string;
}

export const ACTIVATION_SORTS = [
  'activatedAt',
  'lastCheckInAt',
  'name',
  'os',
  'appVersion',
  'ip',
  'serial',
  'mac',
] as const;
export type ActivationSort = (typeof ACTIVATION_SORTS)[number];

export interface ActivationFilter {
  subscriptionId: string;
  keyId?: string;
  /** Only devices on these keys (a License Administrator's); absent: no such limit. */
  keyIds?: readonly string[];
  status?: ActivationStatus | 'all';
  /** Case-insensitive substring of name, serial, MAC, IP, OS, app version, fingerprint or user. */
  search?: string;
  sort: ActivationSort;
  descending: boolean;
  limit: number;
  offset: number;
}

export interface InvitationFilter {
  subscriptionId: string;
  keyId?: string;
  /** Only invitations on these keys; absent: no such limit. */
  keyIds?: readonly string[];
  status?: InvitationStatus;
  /** Case-insensitive substring of the email. */
  search?: string;
  now: number;
  limit: number;
  offset: number;
}

export interface EventFilter {
  accountId?: string;
  subscriptionId?: string;
  action?: string;
  actorType?: ActorType;
  targetId?: string;
  since?: number;
  until?: number;
  limit: number;
  /** Events older than this id (newest first). */
  before?: string;
}

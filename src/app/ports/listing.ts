/** Pages and the filters of list reads. */
import type { ActivationStatus, ActorType } from '../../domain/records.ts';
import type { InvitationStatus } from '../../domain/invitations.ts';

export interface Page<T> {
  data: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  nextCursor?: string;
  total?: number;
  /** False when `total` is a lower bound: the count stopped at its cap (`count: 'capped'`). */
  totalIsExact?: boolean;
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
  /** Case-insensitive substring of name, serial, MAC, IP, OS, app version, fingerprint or user (`match` says how). */
  search?: string;
  /**
   * `contains` (default): a substring of any of those columns; it reads the subscription's devices
   * in sort order until the page is full, so a rare match reads them all. `prefix`: the start of
   * the name, fingerprint or user, read from indexes.
   */
  match?: ActivationMatch;
  sort: ActivationSort;
  descending: boolean;
  limit: number;
  offset: number;
  /** Keyset: the rows after this one in the sort order (a cursor's position); offset is then 0. */
  after?: SortPosition;
  /** `exact` (default): every matching row counted; `capped`: counted up to a cap; `none`: not counted. */
  count?: CountMode;
}

export const ACTIVATION_MATCHES = ['contains', 'prefix'] as const;
export type ActivationMatch = (typeof ACTIVATION_MATCHES)[number];
export const COUNT_MODES = ['exact', 'capped', 'none'] as const;
export type CountMode = (typeof COUNT_MODES)[number];

/** A row's place in a sorted list: its value of the sort column, then its id. */
export interface SortPosition {
  value: string | number | null;
  id: string;
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

/**
 * SCIM resources as the use-cases take and give them (docs/scim.md). The protocol itself —
 * parsing, the providers' dialects, filters, PATCH, rendering, SCIM's error format — is
 * http/scim/'s; what provisioning does to people, groups, seats and console rights is the
 * use-cases' (provision-users.ts, provision-groups.ts).
 */

/**
 * A SCIM User's attributes as the identity provider sent them, already checked against the
 * schemas (core User and the enterprise extension): no `id`, `meta`, `groups` or `password`.
 * `active` is a boolean here, whatever the provider's dialect sent.
 */
export type ScimUserDoc = { userName: string; active?: boolean; externalId?: string | null } & Record<string, unknown>;

export interface ScimUserResource {
  id: string;
  /** As stored, with `active` as the person's status is now. */
  doc: ScimUserDoc & { active: boolean };
  /** The SCIM groups the person is a member of (User.groups is read-only in SCIM). */
  groups: { id: string; displayName: string }[];
  createdAt: number;
  updatedAt: number;
}

/** A SCIM Group's attributes as sent, checked: no `id`, `meta` or `members` (those are apart). */
export type ScimGroupDoc = { displayName: string; externalId?: string | null } & Record<string, unknown>;

export interface ScimGroupResource {
  id: string;
  doc: ScimGroupDoc;
  /** Members (person ids) with their userName; absent when the query left members out. */
  members?: { id: string; display: string }[];
  createdAt: number;
  updatedAt: number;
}

/** A group as a create, a replace or a PATCH leaves it: its attributes and its members' ids. */
export interface ScimGroupInput {
  doc: ScimGroupDoc;
  members: string[];
}

/**
 * A page of a listing: an exact match the store finds by index (userName regardless of case,
 * externalId, displayName regardless of case), then any other condition of the filter, then
 * SCIM's 1-based `startIndex` and `count`.
 */
export interface ScimListQuery<R> {
  exact?: { userName?: string; externalId?: string; displayName?: string };
  where?: (resource: R) => boolean;
  startIndex: number;
  count: number;
  /** Groups: whether to load members (excludedAttributes=members leaves them out, and is cheaper). */
  members?: boolean;
}

export interface ScimPage<R> {
  totalResults: number;
  resources: R[];
}

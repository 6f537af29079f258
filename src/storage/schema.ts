/**
 * The tables as Kysely sees them. Conventions (the same in SQLite and PostgreSQL):
 * ids are text (UUIDv7), every *_at column is epoch milliseconds (bigint), flags are
 * integers 0/1, JSON is text.
 */
export interface ProductsTable {
  id: string;
  code: string;
  name: string;
  download_url: string | null;
  created_at: number;
}

export interface AccountsTable {
  id: string;
  name: string;
  created_at: number;
}

export interface SubscriptionsTable {
  id: string;
  account_id: string;
  product_id: string;
  seats_total: number;
  used: number;
  reserved_total: number;
  reserved_used: number;
  starts_at: number;
  expires_at: number;
  grace_period_days: number;
  auto_renew: number;
  auto_release_days: number | null;
  expired_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface LicenseKeysTable {
  id: string;
  subscription_id: string;
  account_id: string;
  type: string;
  name: string;
  max_seats: number | null;
  used: number;
  blocked: number;
  expires_at: number | null;
  expired_at: number | null;
  deleted_at: number | null;
  key_hash: string;
  key_cipher: string;
  /** JSON: the identity-provider groups mapped to the key. */
  sso_groups: string;
  sso_priority: number;
  created_at: number;
  updated_at: number;
  /** JSON: the key's own policy settings; null: it inherits the account default (the primary key's). */
  policy: string | null;
  /** With an own policy, its version; without, what is added to the account default's (domain/policy.ts). */
  policy_version: number;
  policy_updated_at: number | null;
  golden_image_id: string | null;
  /** The key's first group (6 of its 30 characters, upper case): searchable, not secret. Null until filled at startup. */
  key_prefix: string | null;
}

export interface ActivationsTable {
  id: string;
  subscription_id: string;
  account_id: string;
  key_id: string;
  fingerprint: string;
  activation_type: string;
  user_email: string | null;
  name: string;
  os: string;
  serial: string | null;
  mac: string | null;
  ip: string | null;
  app_version: string | null;
  status: string;
  end_reason: string | null;
  activated_at: number;
  last_check_in_at: number;
  ended_at: number | null;
  invitation_id: string | null;
  sso_user_id: string | null;
  /** The policy version the activation's last certificate carried. */
  delivered_policy_version: number | null;
}

export interface BlacklistTable {
  id: string;
  subscription_id: string;
  account_id: string;
  fingerprint: string;
  activation_id: string | null;
  device_name: string | null;
  reason: string | null;
  created_at: number;
}

export interface ApiTokensTable {
  id: string;
  account_id: string | null;
  name: string;
  role: string;
  token_hash: string;
  prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface EventsTable {
  id: string;
  at: number;
  account_id: string | null;
  subscription_id: string | null;
  actor_type: string;
  actor_id: string;
  actor_name: string | null;
  action: string;
  target_type: string;
  target_id: string;
  before: string | null;
  after: string | null;
  request_id: string | null;
}

export interface SigningKeysTable {
  kid: string;
  public_jwk: string;
  private_cipher: string;
  created_at: number;
  retired_at: number | null;
}

export interface LeasesTable {
  name: string;
  owner: string;
  expires_at: number;
}

export interface SettingsTable {
  name: string;
  value: string;
}

export interface InvitationsTable {
  id: string;
  subscription_id: string;
  account_id: string;
  key_id: string;
  email: string;
  language: string;
  status: string;
  expires_in_days: number;
  expires_at: number;
  code_cipher: string;
  mail_id: string | null;
  activation_id: string | null;
  revoke_reason: string | null;
  created_at: number;
  updated_at: number;
  accepted_at: number | null;
  revoked_at: number | null;
}

export interface InvitationCodesTable {
  code_hash: string;
  invitation_id: string;
  created_at: number;
  retired_at: number | null;
}

export interface OutboxTable {
  id: string;
  kind: string;
  ref_id: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export interface WebhookEndpointsTable {
  id: string;
  account_id: string | null;
  url: string;
  description: string | null;
  enabled: number;
  secret_cipher: string;
  previous_secret_cipher: string | null;
  previous_secret_until: number | null;
  failure_streak: number;
  disabled_at: number | null;
  disabled_reason: string | null;
  created_at: number;
  updated_at: number;
}

/** An endpoint's event types, with its account and whether it is enabled copied for the fan-out's join. */
export interface WebhookEndpointEventsTable {
  endpoint_id: string;
  event_type: string;
  account_id: string | null;
  enabled: number;
}

export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  message_id: string;
  event_type: string;
  payload: string;
  status: string;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  last_response: string | null;
  next_attempt_at: number | null;
  created_at: number;
  updated_at: number;
  delivered_at: number | null;
}

export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  at: number;
  status_code: number | null;
  error: string | null;
  next_attempt_at: number | null;
}

export interface SubscriptionNoticesTable {
  subscription_id: string;
  notice: string;
  expires_at: number;
  created_at: number;
}

export interface MembersTable {
  id: string;
  account_id: string;
  email: string;
  name: string;
  role: string;
  status: string;
  password_hash: string | null;
  created_at: number;
  updated_at: number;
  last_sign_in_at: number | null;
}

export interface KeyGrantsTable {
  principal_id: string;
  key_id: string;
  subscription_id: string;
}

export interface SessionsTable {
  id_hash: string;
  member_id: string;
  created_at: number;
  last_used_at: number;
  expires_at: number;
}

export interface MemberLinksTable {
  id: string;
  member_id: string;
  kind: string;
  token_hash: string;
  token_cipher: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface SignInThrottleTable {
  key_hash: string;
  failures: number;
  locked_until: number | null;
  updated_at: number;
}

export interface PasswordResetRequestsTable {
  id: string;
  email_cipher: string;
  request_id: string | null;
  created_at: number;
}

/** A change of a seat total: a subscription's seats (key_id null) or a key's maximum. */
export interface SeatTotalsTable {
  subscription_id: string;
  /** The change's place among the subscription's changes, from 1. */
  seq: number;
  key_id: string | null;
  at: number;
  total_before: number;
  total_after: number;
}

export interface SsoConnectionsTable {
  account_id: string;
  protocol: string;
  /** JSON: the protocol's own settings (no secret). */
  settings: string;
  client_secret_cipher: string | null;
  groups_attribute: string | null;
  email_attribute: string | null;
  admin_group: string | null;
  devices_per_user: number;
  enforce: number;
  created_at: number;
  updated_at: number;
}

export interface SsoUsersTable {
  id: string;
  account_id: string;
  email: string;
  name: string | null;
  subject: string;
  /** JSON: the groups the identity provider sent at the last sign-in. */
  groups: string;
  status: string;
  created_at: number;
  updated_at: number;
  last_sign_in_at: number | null;
  deactivated_at: number | null;
  /** SCIM (docs/scim.md): null for a person who was never provisioned. */
  user_name: string | null;
  /** Lower-case userName: SCIM's userName is unique regardless of case. */
  user_name_key: string | null;
  external_id: string | null;
  /** JSON: the SCIM attributes the identity provider sent (no id, meta, groups or password). */
  scim_attributes: string | null;
  provisioned_at: number | null;
  /** The SCIM token that provisioned the person. */
  provisioned_by: string | null;
  /** When SCIM deleted the person (the row stays, deactivated, for the record). */
  deprovisioned_at: number | null;
}

export interface ScimTokensTable {
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface ScimGroupsTable {
  id: string;
  account_id: string;
  display_name: string;
  /** Lower-case displayName: one group per name in an account, as keys are mapped by name. */
  display_name_key: string;
  external_id: string | null;
  /** JSON: the group's other SCIM attributes, as sent. */
  attributes: string;
  provisioned_by: string;
  created_at: number;
  updated_at: number;
}

export interface ScimGroupMembersTable {
  group_id: string;
  user_id: string;
}

/** A sign-in under way through an identity provider, and the one-time code it ends in (device sign-ins). */
export interface SsoRequestsTable {
  id: string;
  account_id: string;
  purpose: string;
  protocol: string;
  subscription_id: string | null;
  client_redirect_uri: string | null;
  client_state: string | null;
  code_challenge: string | null;
  saml_request_id: string | null;
  oidc_nonce: string | null;
  oidc_verifier_cipher: string | null;
  created_at: number;
  expires_at: number;
  answered_at: number | null;
  user_id: string | null;
  code_hash: string | null;
  code_expires_at: number | null;
  code_used_at: number | null;
}

export interface Database {
  products: ProductsTable;
  accounts: AccountsTable;
  subscriptions: SubscriptionsTable;
  license_keys: LicenseKeysTable;
  activations: ActivationsTable;
  blacklist: BlacklistTable;
  api_tokens: ApiTokensTable;
  events: EventsTable;
  signing_keys: SigningKeysTable;
  leases: LeasesTable;
  settings: SettingsTable;
  invitations: InvitationsTable;
  invitation_codes: InvitationCodesTable;
  outbox: OutboxTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_endpoint_events: WebhookEndpointEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  subscription_notices: SubscriptionNoticesTable;
  members: MembersTable;
  key_grants: KeyGrantsTable;
  sessions: SessionsTable;
  member_links: MemberLinksTable;
  sign_in_throttle: SignInThrottleTable;
  password_reset_requests: PasswordResetRequestsTable;
  seat_totals: SeatTotalsTable;
  sso_connections: SsoConnectionsTable;
  sso_users: SsoUsersTable;
  sso_requests: SsoRequestsTable;
  scim_tokens: ScimTokensTable;
  scim_groups: ScimGroupsTable;
  scim_group_members: ScimGroupMembersTable;
  domains: DomainsTable;
  golden_images: GoldenImagesTable;
  operator_members: OperatorMembersTable;
  operator_sessions: OperatorSessionsTable;
}

/** The vendor's people, who sign in to the operator console. */
export interface OperatorMembersTable {
  id: string;
  /** Lower case. */
  email: string;
  name: string;
  status: string;
  password_hash: string;
  created_at: number;
  updated_at: number;
  last_sign_in_at: number | null;
}

export interface OperatorSessionsTable {
  id_hash: string;
  operator_id: string;
  created_at: number;
  last_used_at: number;
  expires_at: number;
}

/** A corporate virtual machine an account's keys may give their devices (one image per architecture at most). */
export interface GoldenImagesTable {
  id: string;
  account_id: string;
  name: string;
  description: string | null;
  /** JSON: { appleSilicon: {url, sha256} | null, intel: {url, sha256} | null }. */
  images: string;
  created_at: number;
  updated_at: number;
}

/** A domain an account added, pending until its TXT record is found (one verified row per name). */
export interface DomainsTable {
  id: string;
  account_id: string;
  domain: string;
  status: string;
  token: string;
  created_at: number;
  verified_at: number | null;
  last_checked_at: number | null;
  /** JSON: { found: string[], error: string | null }. */
  last_check: string | null;
}

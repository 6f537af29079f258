/** Names for the API's shapes, read from the typed paths (never written by hand). */
import type { Paths } from './client';

type Ok<P extends keyof Paths, M extends 'get' | 'post' | 'put' | 'patch' | 'delete'> = Paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never
  : never;
type Query<P extends keyof Paths, M extends 'get'> = Paths[P][M] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Body<P extends keyof Paths, M extends 'post' | 'put' | 'patch'> = Paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : never;

export type Subscription = Ok<'/v1/subscriptions/{id}', 'get'>;
export type SubscriptionStatus = Subscription['status'];
export type SeatSummary = Subscription['seats'];
export type LicenseKey = Ok<'/v1/keys/{id}', 'get'>;
export type KeyType = LicenseKey['type'];
export type KeyStatus = LicenseKey['status'];
export type CreateKeyInput = Body<'/v1/subscriptions/{id}/keys', 'post'>;
export type UpdateKeyInput = Body<'/v1/keys/{id}', 'patch'>;
/** PATCH /v1/me: a new email address needs currentPassword. */
export type MyDetails = Body<'/v1/me', 'patch'>;
export type Device = Ok<'/v1/subscriptions/{id}/activations', 'get'>['data'][number];
export type DeviceQuery = Query<'/v1/subscriptions/{id}/activations', 'get'>;
export type DeviceSort = NonNullable<DeviceQuery['sort']>;
export type BulkDeviceAction = Body<'/v1/subscriptions/{id}/activations/bulk', 'post'>;
export type BulkDeviceResult = Ok<'/v1/subscriptions/{id}/activations/bulk', 'post'>['results'][number];
export type BlacklistEntry = Ok<'/v1/subscriptions/{id}/blacklist', 'get'>['data'][number];
export type AccountKey = Ok<'/v1/accounts/{accountId}/keys', 'get'>['data'][number];
export type Invitation = Ok<'/v1/invitations/{id}', 'get'>;
export type InvitationStatus = Invitation['status'];
export type InvitationLanguage = Invitation['language'];
export type InviteInput = Body<'/v1/keys/{id}/invitations', 'post'>;
export type InviteResult = Ok<'/v1/keys/{id}/invitations', 'post'>;
export type AuditEvent = Ok<'/v1/events', 'get'>['data'][number];
export type EventQuery = Query<'/v1/events', 'get'>;
export type Session = Ok<'/v1/session', 'get'>;
export type Member = Session['member'];
export type Role = Member['role'];
export type MemberStatus = Member['status'];
export type Usage = Ok<'/v1/subscriptions/{id}/usage', 'get'>;
export type UsageDays = NonNullable<Query<'/v1/subscriptions/{id}/usage', 'get'>['days']>;
export type Domain = Ok<'/v1/domains/{id}/verify', 'post'>;
export type SsoConnection = Ok<'/v1/accounts/{accountId}/sso', 'get'>;
export type ServiceProvider = SsoConnection['serviceProvider'];
export type SsoCertificate = SsoConnection['idpCertificates'][number];
export type SsoConnectionInput = NonNullable<Paths['/v1/accounts/{accountId}/sso']['put']['requestBody']>['content']['application/json'];
export type SsoUser = Ok<'/v1/sso-users/{id}', 'get'>;
export type SsoUserQuery = Query<'/v1/accounts/{accountId}/sso-users', 'get'>;
export type SsoUserProvisioning = NonNullable<SsoUser['provisioning']>;
export type ScimTokenList = Ok<'/v1/accounts/{accountId}/scim-tokens', 'get'>;
export type ScimToken = ScimTokenList['data'][number];
export type CreatedScimToken = Ok<'/v1/accounts/{accountId}/scim-tokens', 'post'>;
/** GET /v1/keys/{id}/policy: the key's effective policy, the account default, the last change. */
export type KeyPolicyView = Ok<'/v1/keys/{id}/policy', 'get'>;
export type Policy = KeyPolicyView['policy'];
/** PUT /v1/keys/{id}/policy: the nine settings. */
export type PolicySettings = Body<'/v1/keys/{id}/policy', 'put'>;
export type GoldenImage = Ok<'/v1/golden-images/{id}', 'get'>;
export type GoldenImageInput = Body<'/v1/accounts/{accountId}/golden-images', 'post'>;
export type GoldenImagePatch = Body<'/v1/golden-images/{id}', 'patch'>;
export type Architecture = keyof GoldenImage['images'];

/**
 * The use-cases, bound to their dependencies: what http/ and cli/ call. Each entry is a thin
 * binding; the behaviour lives in use-cases/.
 */
import type { AccountRole } from '../domain/members.ts';
import type { AppDeps, Caller } from './context.ts';
import type { SubscriptionFilter } from './ports/listing.ts';
import { SigningKeyring } from './signing-keyring.ts';
import { activateDevice, type ActivateInput } from './use-cases/activate-device.ts';
import { blacklistActivation, listBlacklist, removeFromBlacklist } from './use-cases/blacklist-device.ts';
import { deleteKey, regenerateKey, setKeyBlocked } from './use-cases/change-key-state.ts';
import { checkCounters } from './use-cases/check-counters.ts';
import { checkInDevice, type CheckInInput } from './use-cases/check-in-device.ts';
import { checkMasterKey } from './use-cases/check-master-key.ts';
import { createSubscription, type CreateSubscriptionInput } from './use-cases/create-subscription.ts';
import { createSublicense, type CreateSublicenseInput } from './use-cases/create-sublicense.ts';
import { deactivateByAdministrator, deactivateFromDevice } from './use-cases/deactivate-device.ts';
import { exportDevices } from './use-cases/export-devices.ts';
import { getActivation, listActivations, type ActivationQuery } from './use-cases/list-activations.ts';
import { listEvents } from './use-cases/list-events.ts';
import { getKey, listAccountKeys, listKeys } from './use-cases/list-keys.ts';
import { createAccount, getAccount, listAccounts } from './use-cases/manage-accounts.ts';
import { createProduct, listProducts, updateProduct, type CreateProductInput } from './use-cases/manage-products.ts';
import { authenticate, createApiToken, listApiTokens, revokeApiToken } from './use-cases/manage-tokens.ts';
import { deliverDueMail } from './use-cases/deliver-mail.ts';
import { deliverDueWebhooks } from './use-cases/deliver-webhooks.ts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookDelivery,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  redeliverWebhook,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhookEndpoint,
  type CreateWebhookEndpointInput,
  type UpdateWebhookEndpointInput,
} from './use-cases/manage-webhooks.ts';
import { inviteUsers, type InviteInput } from './use-cases/invite-users.ts';
import {
  exportInvitations,
  getInvitation,
  listInvitations,
  resendInvitation,
  revokeInvitation,
  type InvitationQuery,
} from './use-cases/manage-invitations.ts';
import { moveDevice } from './use-cases/move-device.ts';
import { actOnDevices, type DeviceAction } from './use-cases/act-on-devices.ts';
import {
  createMember,
  getMember,
  listMembers,
  removeMember,
  resendMemberInvitation,
  setMemberBlocked,
  updateMember,
  type NewMember,
} from './use-cases/manage-members.ts';
import { changePassword, confirmPasswordLink, getMe, updateMe, type MyDetails } from './use-cases/manage-own-account.ts';
import { processPasswordResets, requestPasswordReset } from './use-cases/reset-password.ts';
import { readUsage } from './use-cases/read-usage.ts';
import { authenticateSession, csrfTokenOf, getSession, signIn, signOut } from './use-cases/sign-in.ts';
import { getSubscription, listSubscriptions } from './use-cases/read-subscriptions.ts';
import { runSweeps, runSweepsIfLeader } from './use-cases/run-sweeps.ts';
import { readGauges } from './use-cases/read-gauges.ts';
import { setUpAccount, setupNeeded, type SetupInput } from './use-cases/set-up-account.ts';
import { updateKey, type UpdateKeyInput } from './use-cases/update-key.ts';
import { updateSubscription, type UpdateSubscriptionInput } from './use-cases/update-subscription.ts';
import type { EventFilter } from './ports/listing.ts';
import type { SsoUserSource, SsoUserStatus } from '../domain/records.ts';
import { activateBySso, type SsoActivateInput } from './use-cases/activate-by-sso.ts';
import { finishOidcSignIn, finishSamlSignIn } from './use-cases/finish-sso-sign-in.ts';
import { deleteSsoConnection, getSsoConnection, putSsoConnection, serviceProviderMetadata, type SsoConnectionInput } from './use-cases/manage-sso-connection.ts';
import { deactivateSsoUser, getSsoUser, listSsoUsers, reactivateSsoUser } from './use-cases/manage-sso-users.ts';
import { startConsoleSignIn, startDeviceSignIn, type DeviceSignInInput } from './use-cases/start-sso-sign-in.ts';
import { addDomain, deleteDomain, listDomains, verifyDomain } from './use-cases/manage-domains.ts';
import { createScimUser, deleteScimUser, getScimUser, listScimUsers, patchScimUser, replaceScimUser } from './use-cases/provision-users.ts';
import { createScimGroup, deleteScimGroup, getScimGroup, listScimGroups, patchScimGroup, replaceScimGroup } from './use-cases/provision-groups.ts';
import type { ScimGroupInput, ScimGroupResource, ScimListQuery, ScimUserDoc, ScimUserResource } from './scim-resources.ts';
import { deleteKeyPolicy, getKeyPolicy, putKeyPolicy } from './use-cases/manage-policies.ts';
import {
  createGoldenImage,
  deleteGoldenImage,
  getGoldenImage,
  listGoldenImages,
  updateGoldenImage,
  type CreateGoldenImageInput,
  type UpdateGoldenImageInput,
} from './use-cases/manage-golden-images.ts';
import { authenticateScim, createScimToken, listScimTokens, revokeScimToken } from './use-cases/manage-scim-tokens.ts';
import { authenticateOperatorSession, getOperatorSession, OPERATOR_SESSION_PREFIX, signInOperator, signOutOperator } from './use-cases/sign-in-operator.ts';
import { createOperator, listOperators, removeOperator, type NewOperator } from './use-cases/manage-operators.ts';
import { readOperatorAccount, readOverview, recordSupportView, searchAccounts } from './use-cases/read-operator-console.ts';
import { fillKeyPrefixes } from './use-cases/fill-key-prefixes.ts';

export function createServices(deps: AppDeps) {
  const keyring = new SigningKeyring(deps);
  return {
    deps,
    keyring,
    /** Run once at start: the master key matches the data, and a signing key exists. */
    async prepare() {
      await checkMasterKey(deps);
      await keyring.ensure();
      await fillKeyPrefixes(deps);
    },
    authenticate: (bearer: string) => authenticate(deps, bearer),
    /** Who a SCIM bearer token belongs to (only /scim/v2 takes one). */
    authenticateScim: (bearer: string) => authenticateScim(deps, bearer),
    /** SCIM provisioning, for the identity provider (caller: a SCIM token's actor). */
    scim: {
      users: {
        create: (c: Caller, doc: ScimUserDoc) => createScimUser(deps, c, doc),
        get: (c: Caller, id: string) => getScimUser(deps, c, id),
        list: (c: Caller, q: ScimListQuery<ScimUserResource>) => listScimUsers(deps, c, q),
        replace: (c: Caller, id: string, doc: ScimUserDoc) => replaceScimUser(deps, c, id, doc),
        patch: (c: Caller, id: string, apply: (current: ScimUserDoc & { active: boolean }) => ScimUserDoc) => patchScimUser(deps, c, id, apply),
        delete: (c: Caller, id: string) => deleteScimUser(deps, c, id),
      },
      groups: {
        create: (c: Caller, input: ScimGroupInput) => createScimGroup(deps, c, input),
        get: (c: Caller, id: string, options: { members: boolean }) => getScimGroup(deps, c, id, options),
        list: (c: Caller, q: ScimListQuery<ScimGroupResource>) => listScimGroups(deps, c, q),
        replace: (c: Caller, id: string, input: ScimGroupInput) => replaceScimGroup(deps, c, id, input),
        patch: (c: Caller, id: string, apply: (current: ScimGroupInput) => ScimGroupInput) => patchScimGroup(deps, c, id, apply),
        delete: (c: Caller, id: string) => deleteScimGroup(deps, c, id),
      },
    },
    scimTokens: {
      create: (c: Caller, accountId: string, input: { name: string }) => createScimToken(deps, c, accountId, input),
      list: (c: Caller, accountId: string) => listScimTokens(deps, c, accountId),
      revoke: (c: Caller, id: string) => revokeScimToken(deps, c, id),
    },
    /** The vendor's people: their console sessions (ids start with `op.`), themselves, and the operator console's reads. */
    operator: {
      sessionPrefix: OPERATOR_SESSION_PREFIX,
      signIn: (input: { email: string; password: string; requestId: string | null }) => signInOperator(deps, input),
      authenticate: (sessionId: string) => authenticateOperatorSession(deps, sessionId),
      getSession: (sessionId: string) => getOperatorSession(deps, sessionId),
      signOut: (c: Caller, sessionId: string) => signOutOperator(deps, c, sessionId),
      members: {
        list: (c: Caller) => listOperators(deps, c),
        create: (c: Caller, input: NewOperator) => createOperator(deps, c, input),
        remove: (c: Caller, id: string) => removeOperator(deps, c, id),
      },
      overview: (c: Caller) => readOverview(deps, c),
      search: (c: Caller, query: { q: string; limit?: number }) => searchAccounts(deps, c, query),
      account: (c: Caller, id: string) => readOperatorAccount(deps, c, id),
      supportViewed: (c: Caller, id: string) => recordSupportView(deps, c, id),
    },
    sessions: {
      signIn: (input: { email: string; password: string; requestId: string | null }) => signIn(deps, input),
      authenticate: (sessionId: string) => authenticateSession(deps, sessionId),
      csrfToken: (sessionId: string) => csrfTokenOf(deps, sessionId),
      /** What the store keeps of a session id (to end the others when a password changes). */
      hash: (sessionId: string) => deps.vault.tokenHash(sessionId),
      get: (memberId: string, sessionId: string) => getSession(deps, memberId, sessionId),
      signOut: (c: Caller, sessionId: string) => signOut(deps, c, sessionId),
    },
    members: {
      create: (c: Caller, accountId: string, input: NewMember) => createMember(deps, c, accountId, input),
      list: (c: Caller, accountId: string) => listMembers(deps, c, accountId),
      get: (c: Caller, id: string) => getMember(deps, c, id),
      update: (c: Caller, id: string, input: { name?: string; role?: string; keyIds?: string[] }) => updateMember(deps, c, id, input),
      setBlocked: (c: Caller, id: string, blocked: boolean) => setMemberBlocked(deps, c, id, blocked),
      remove: (c: Caller, id: string) => removeMember(deps, c, id),
      resendInvitation: (c: Caller, id: string) => resendMemberInvitation(deps, c, id),
    },
    me: {
      get: (c: Caller) => getMe(deps, c),
      update: (c: Caller, input: MyDetails) => updateMe(deps, c, input),
      changePassword: (c: Caller, sessionHash: string | null, input: { currentPassword: string; newPassword: string }) =>
        changePassword(deps, c, sessionHash, input),
    },
    passwords: {
      requestReset: (input: { email: string; requestId: string | null }) => requestPasswordReset(deps, input),
      /** Works off queued reset requests (the mail worker and the sweeps do, after the answer). */
      processResets: () => processPasswordResets(deps),
      confirm: (input: { token: string; password: string; requestId: string | null }) => confirmPasswordLink(deps, input),
    },
    /** Ready to serve: the database answers. */
    ready: () => deps.store.ping(),

    products: {
      create: (c: Caller, input: CreateProductInput) => createProduct(deps, c, input),
      list: () => listProducts(deps),
      update: (c: Caller, id: string, patch: { name?: string; downloadUrl?: string | null }) => updateProduct(deps, c, id, patch),
    },
    accounts: {
      create: (c: Caller, input: { name: string }) => createAccount(deps, c, input),
      get: (c: Caller, id: string) => getAccount(deps, c, id),
      list: (c: Caller, page: { limit: number; after?: string }) => listAccounts(deps, c, page),
    },
    tokens: {
      create: (c: Caller, input: { accountId: string | null; name: string; role?: AccountRole; keyIds?: string[] }) => createApiToken(deps, c, input),
      list: (c: Caller, accountId: string | null) => listApiTokens(deps, c, accountId),
      revoke: (c: Caller, id: string) => revokeApiToken(deps, c, id),
    },
    subscriptions: {
      create: (c: Caller, input: CreateSubscriptionInput) => createSubscription(deps, c, input),
      update: (c: Caller, id: string, input: UpdateSubscriptionInput) => updateSubscription(deps, c, id, input),
      get: (c: Caller, id: string) => getSubscription(deps, c, id),
      usage: (c: Caller, id: string, q: { days: number; keyId?: string }) => readUsage(deps, c, id, q),
      list: (c: Caller, q: { accountId?: string; status?: SubscriptionFilter['status']; limit: number; after?: string }) =>
        listSubscriptions(deps, c, q),
    },
    keys: {
      list: (c: Caller, subscriptionId: string) => listKeys(deps, c, subscriptionId),
      listOfAccount: (c: Caller, accountId: string) => listAccountKeys(deps, c, accountId),
      get: (c: Caller, id: string) => getKey(deps, c, id),
      create: (c: Caller, subscriptionId: string, input: CreateSublicenseInput) => createSublicense(deps, c, subscriptionId, input),
      update: (c: Caller, id: string, input: UpdateKeyInput) => updateKey(deps, c, id, input),
      setBlocked: (c: Caller, id: string, blocked: boolean) => setKeyBlocked(deps, c, id, blocked),
      regenerate: (c: Caller, id: string) => regenerateKey(deps, c, id),
      delete: (c: Caller, id: string, options: { deactivateDevices: boolean }) => deleteKey(deps, c, id, options),
    },
    activations: {
      list: (c: Caller, subscriptionId: string, q: ActivationQuery) => listActivations(deps, c, subscriptionId, q),
      get: (c: Caller, id: string) => getActivation(deps, c, id),
      deactivate: (c: Caller, id: string) => deactivateByAdministrator(deps, c, id),
      blacklist: (c: Caller, id: string, reason?: string | null) => blacklistActivation(deps, c, id, reason),
      move: (c: Caller, id: string, keyId: string) => moveDevice(deps, c, id, keyId),
      actOnMany: (c: Caller, subscriptionId: string, ids: readonly string[], action: DeviceAction) => actOnDevices(deps, c, subscriptionId, ids, action),
      export: (c: Caller, subscriptionId: string, filter: Parameters<typeof exportDevices>[3]) => exportDevices(deps, c, subscriptionId, filter),
    },
    blacklist: {
      list: (c: Caller, subscriptionId: string, page: { limit: number; offset: number }) => listBlacklist(deps, c, subscriptionId, page),
      remove: (c: Caller, id: string) => removeFromBlacklist(deps, c, id),
    },
    invitations: {
      invite: (c: Caller, keyId: string, input: InviteInput) => inviteUsers(deps, c, keyId, input),
      get: (c: Caller, id: string) => getInvitation(deps, c, id),
      list: (c: Caller, scope: { subscriptionId: string } | { keyId: string }, q: InvitationQuery) => listInvitations(deps, c, scope, q),
      export: (c: Caller, scope: { subscriptionId: string } | { keyId: string }, filter: Pick<InvitationQuery, 'status' | 'keyId' | 'search'>) =>
        exportInvitations(deps, c, scope, filter),
      resend: (c: Caller, id: string) => resendInvitation(deps, c, id),
      revoke: (c: Caller, id: string) => revokeInvitation(deps, c, id),
    },
    mail: {
      /** Whether an SMTP server is configured (otherwise mail waits in the outbox). */
      configured: deps.mailer !== null,
      /** Sends what is due, as `owner`; null when no SMTP server is configured. */
      deliverDue: async (owner: string) => {
        await processPasswordResets(deps);
        return deps.mailer ? deliverDueMail(deps, deps.mailer, owner) : null;
      },
    },
    client: {
      activate: (requestId: string | null, input: ActivateInput) => activateDevice(deps, keyring, requestId, input),
      checkIn: (input: CheckInInput) => checkInDevice(deps, keyring, input),
      deactivate: (requestId: string | null, input: { activationId: string; fingerprint: string }) =>
        deactivateFromDevice(deps, requestId, input),
    },
    sso: {
      put: (c: Caller, accountId: string, input: SsoConnectionInput) => putSsoConnection(deps, c, accountId, input),
      get: (c: Caller, accountId: string) => getSsoConnection(deps, c, accountId),
      remove: (c: Caller, accountId: string) => deleteSsoConnection(deps, c, accountId),
      spMetadata: (accountId: string) => serviceProviderMetadata(deps, accountId),
      startDevice: (input: DeviceSignInInput) => startDeviceSignIn(deps, input),
      startConsole: (input: { email: string }) => startConsoleSignIn(deps, input),
      finishSaml: (accountId: string, form: { SAMLResponse: string; RelayState?: string }, requestId: string | null) =>
        finishSamlSignIn(deps, accountId, form, requestId),
      finishOidc: (accountId: string, callbackUrl: URL, requestId: string | null) => finishOidcSignIn(deps, accountId, callbackUrl, requestId),
      activate: (requestId: string | null, input: SsoActivateInput) => activateBySso(deps, keyring, requestId, input),
    },
    ssoUsers: {
      list: (c: Caller, accountId: string, q: { status?: SsoUserStatus; source?: SsoUserSource; search?: string; limit: number; after?: string }) => listSsoUsers(deps, c, accountId, q),
      get: (c: Caller, id: string) => getSsoUser(deps, c, id),
      deactivate: (c: Caller, id: string) => deactivateSsoUser(deps, c, id),
      reactivate: (c: Caller, id: string) => reactivateSsoUser(deps, c, id),
    },
    events: {
      list: (c: Caller, q: Omit<EventFilter, 'accountId'> & { accountId?: string }) => listEvents(deps, c, q),
    },
    signingKeys: {
      jwks: () => keyring.jwks(),
      rotate: (c: Caller) => keyring.rotate(c),
    },
    /** `allot doctor`: stored seat counters against a recount of the rows (and, with repair, set to it). */
    counters: {
      check: (c: Caller, options: { repair: boolean }) => checkCounters(deps, c, options),
    },
    /** `allot setup`: whether anyone can sign in yet, and the first account with its administrator and an operator token. */
    setup: {
      needed: () => setupNeeded(deps),
      run: (c: Caller, input: SetupInput) => setUpAccount(deps, c, input),
    },
    /** What /metrics reads from the database (outbox backlog, seats per product). */
    monitoring: {
      gauges: () => readGauges(deps),
    },
    sweeps: {
      // Reset requests are worked off here too, so that they do not wait for an SMTP server to be configured.
      run: async () => ({ ...(await runSweeps(deps)), passwordResets: await processPasswordResets(deps) }),
      runIfLeader: async (owner: string, ttlMs: number) => {
        await processPasswordResets(deps);
        return runSweepsIfLeader(deps, owner, ttlMs);
      },
    },
    /** Verified domains: added, proven by a TXT record, one account's each. */
    domains: {
      add: (c: Caller, accountId: string, input: { domain: string }) => addDomain(deps, c, accountId, input),
      list: (c: Caller, accountId: string) => listDomains(deps, c, accountId),
      verify: (c: Caller, id: string) => verifyDomain(deps, c, id),
      remove: (c: Caller, id: string) => deleteDomain(deps, c, id),
    },
    /** A key's policy (its own, or the account default it inherits). */
    policies: {
      get: (c: Caller, keyId: string) => getKeyPolicy(deps, c, keyId),
      put: (c: Caller, keyId: string, settings: unknown) => putKeyPolicy(deps, c, keyId, settings),
      remove: (c: Caller, keyId: string) => deleteKeyPolicy(deps, c, keyId),
    },
    /** An account's golden images, which keys give their devices. */
    goldenImages: {
      create: (c: Caller, accountId: string, input: CreateGoldenImageInput) => createGoldenImage(deps, c, accountId, input),
      list: (c: Caller, accountId: string) => listGoldenImages(deps, c, accountId),
      get: (c: Caller, id: string) => getGoldenImage(deps, c, id),
      update: (c: Caller, id: string, input: UpdateGoldenImageInput) => updateGoldenImage(deps, c, id, input),
      remove: (c: Caller, id: string, options: { detach: boolean }) => deleteGoldenImage(deps, c, id, options),
    },
    /** Webhook endpoints (an account's or the operator's), their delivery logs, and delivery (docs/webhooks.md). */
    webhooks: {
      create: (c: Caller, input: CreateWebhookEndpointInput) => createWebhookEndpoint(deps, c, input),
      list: (c: Caller, accountId: string | undefined) => listWebhookEndpoints(deps, c, accountId),
      get: (c: Caller, id: string) => getWebhookEndpoint(deps, c, id),
      update: (c: Caller, id: string, input: UpdateWebhookEndpointInput) => updateWebhookEndpoint(deps, c, id, input),
      remove: (c: Caller, id: string) => deleteWebhookEndpoint(deps, c, id),
      rotateSecret: (c: Caller, id: string) => rotateWebhookSecret(deps, c, id),
      deliveries: (c: Caller, id: string, options: { limit?: number; before?: string }) => listWebhookDeliveries(deps, c, id, options),
      delivery: (c: Caller, id: string, deliveryId: string) => getWebhookDelivery(deps, c, id, deliveryId),
      redeliver: (c: Caller, id: string, deliveryId: string) => redeliverWebhook(deps, c, id, deliveryId),
      test: (c: Caller, id: string) => sendTestWebhook(deps, c, id),
      /** Sends what is due, as `owner` (the webhook worker, on every node). */
      deliverDue: (owner: string) => deliverDueWebhooks(deps, owner),
    },
  };
}

export type Services = ReturnType<typeof createServices>;

/** What the adapters take and get back, so they import services.ts rather than use-case files. */
export type { CounterReport, SubscriptionDrift } from './use-cases/check-counters.ts';
export type { ClientDecision } from './client-types.ts';
export type { InviteResult } from './use-cases/invite-users.ts';
export type { SetupInput } from './use-cases/set-up-account.ts';
export type { SsoFinish } from './use-cases/finish-sso-sign-in.ts';

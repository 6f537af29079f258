/**
 * Webhook endpoints (docs/webhooks.md): an account's, which get that account's events, and the
 * operator's (no account), which get every account's. Account Administrators and the operator
 * manage them; the signing secret is shown once, at creation and at each rotation, and kept
 * encrypted with the vault.
 */
import { AllotError, notFound } from '../../domain/errors.ts';
import { WEBHOOK_ATTEMPTS_MAX_ROWS, WEBHOOK_DELIVERIES_PAGE_MAX_ROWS, WEBHOOK_ENDPOINTS_PER_ACCOUNT_MAX_COUNT, WEBHOOK_PREVIOUS_SECRET_MS } from '../../domain/limits.ts';
import {
  checkWebhookDescription,
  checkWebhookEvents,
  checkWebhookUrl,
  webhookPayload,
  type Checked,
  type WebhookDeliveryRecord,
  type WebhookEndpointRecord,
} from '../../domain/webhooks.ts';
import { canSeeAccount, requireAccountAdmin } from '../access.ts';
import { record } from '../audit.ts';
import type { Actor, AppDeps, Caller } from '../context.ts';
import type { WebhookEndpointPatch } from '../ports/repositories.ts';
import type { Tx } from '../ports/store.ts';
import { invalid } from '../validate.ts';
import {
  webhookAttemptView,
  webhookDeliveryView,
  webhookEndpointAuditState,
  webhookEndpointView,
  type WebhookDeliveryListView,
  type WebhookEndpointView,
  type WebhookEndpointWithSecretView,
} from '../views/webhooks.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'timer' | 'ids' | 'vault' | 'webhookTransport' | 'signals'>;

export interface CreateWebhookEndpointInput {
  url: string;
  events: string[];
  description?: string | null;
  /** The operator's choice of account; absent: an operator-wide endpoint. An account caller's is their own. */
  accountId?: string | null;
}

export interface UpdateWebhookEndpointInput {
  url?: string;
  events?: string[];
  description?: string | null;
  /** true re-enables a disabled endpoint and resets its failure streak. */
  enabled?: boolean;
}

function valueOf<T>(c: Checked<T>): T {
  if (!c.ok) throw invalid(`${c.field} ${c.problem}.`, c.field);
  return c.value;
}

const inAccount = (actor: Actor): actor is Extract<Actor, { accountId: string; role: unknown }> => actor.type === 'member' || actor.type === 'token';

/** Who may manage webhooks: the operator and Account Administrators (others: forbidden). */
function requireManager(actor: Actor): void {
  if (actor.type === 'operator') return;
  if (!inAccount(actor)) throw new AllotError('FORBIDDEN', 'Only an Account Administrator or the operator may manage webhooks.');
  requireAccountAdmin(actor);
}

/** The endpoint, if the caller may see it: the operator any, an account its own (404 otherwise). */
async function visibleEndpoint(tx: Tx, actor: Actor, id: string): Promise<WebhookEndpointRecord> {
  requireManager(actor);
  const e = await tx.webhooks.endpointById(id);
  if (!e) throw notFound('webhook endpoint');
  if (actor.type !== 'operator' && (e.accountId === null || !canSeeAccount(actor, e.accountId))) throw notFound('webhook endpoint');
  return e;
}

/** The URL, checked: its form, then that its host resolves only to addresses allowed (SSRF). */
async function checkedUrl(deps: Deps, raw: unknown): Promise<string> {
  const url = valueOf(checkWebhookUrl(raw)).toString();
  const reach = await deps.webhookTransport.checkUrl(url);
  if (!reach.ok) throw new AllotError('WEBHOOK_URL_NOT_ALLOWED', `This URL may not receive webhooks: ${reach.reason}.`, [{ field: 'url', problem: reach.reason }]);
  return url;
}

/** Which account the endpoint is for: an account caller's own, or the operator's choice (null: every account). */
function targetAccount(actor: Actor, requested: string | null | undefined): string | null {
  if (actor.type === 'operator') return requested ?? null;
  if (!inAccount(actor)) throw notFound('account');
  if (requested !== undefined && requested !== null && requested !== actor.accountId) throw notFound('account');
  return actor.accountId;
}

export async function createWebhookEndpoint(deps: Deps, caller: Caller, input: CreateWebhookEndpointInput): Promise<WebhookEndpointWithSecretView> {
  requireManager(caller.actor);
  const accountId = targetAccount(caller.actor, input.accountId);
  const events = valueOf(checkWebhookEvents(input.events));
  const description = valueOf(checkWebhookDescription(input.description));
  const url = await checkedUrl(deps, input.url);
  const secret = deps.webhookTransport.newSecret();
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    if (accountId !== null && !(await tx.accounts.byId(accountId))) throw notFound('account');
    if ((await tx.webhooks.countEndpoints(accountId)) >= WEBHOOK_ENDPOINTS_PER_ACCOUNT_MAX_COUNT)
      throw new AllotError('WEBHOOK_ENDPOINTS_LIMIT', `An account has at most ${WEBHOOK_ENDPOINTS_PER_ACCOUNT_MAX_COUNT} webhook endpoints: delete one first.`);
    const endpoint: WebhookEndpointRecord = {
      id: deps.ids.next(),
      accountId,
      url,
      description,
      events,
      enabled: true,
      secretCipher: deps.vault.encrypt(secret),
      previousSecretCipher: null,
      previousSecretUntil: null,
      failureStreak: 0,
      disabledAt: null,
      disabledReason: null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.webhooks.insertEndpoint(endpoint);
    await record(tx, deps.ids, caller, now, { action: 'webhook_endpoint.created', target: { type: 'webhook_endpoint', id: endpoint.id }, accountId, after: webhookEndpointAuditState(endpoint) });
    return { endpoint: webhookEndpointView(endpoint), secret };
  });
}

export async function listWebhookEndpoints(deps: Deps, caller: Caller, accountId: string | undefined): Promise<WebhookEndpointView[]> {
  requireManager(caller.actor);
  // The operator lists an account's endpoints, or (no accountId) its own operator-wide ones.
  const scope = targetAccount(caller.actor, accountId);
  return deps.store.read(async (tx) => {
    if (scope !== null && !(await tx.accounts.byId(scope))) throw notFound('account');
    return (await tx.webhooks.endpointsOf(scope, WEBHOOK_ENDPOINTS_PER_ACCOUNT_MAX_COUNT)).map(webhookEndpointView);
  });
}

export async function getWebhookEndpoint(deps: Deps, caller: Caller, id: string): Promise<WebhookEndpointView> {
  return deps.store.read(async (tx) => webhookEndpointView(await visibleEndpoint(tx, caller.actor, id)));
}

export async function updateWebhookEndpoint(deps: Deps, caller: Caller, id: string, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointView> {
  requireManager(caller.actor);
  const patch: WebhookEndpointPatch = {};
  if (input.events !== undefined) patch.events = valueOf(checkWebhookEvents(input.events));
  if (input.description !== undefined) patch.description = valueOf(checkWebhookDescription(input.description));
  if (input.enabled !== undefined) {
    if (typeof input.enabled !== 'boolean') throw invalid('enabled must be true or false.', 'enabled');
    patch.enabled = input.enabled;
  }
  // Checked outside the transaction (it resolves a host name), once the caller is known to see the endpoint.
  if (input.url !== undefined) {
    await deps.store.read((tx) => visibleEndpoint(tx, caller.actor, id));
    patch.url = await checkedUrl(deps, input.url);
  }
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const before = await visibleEndpoint(tx, caller.actor, id);
    if (patch.enabled === true && !before.enabled) Object.assign(patch, { failureStreak: 0, disabledAt: null, disabledReason: null });
    if (patch.enabled === false && before.enabled) {
      Object.assign(patch, { disabledAt: now, disabledReason: 'disabled by an administrator' });
      await tx.webhooks.stopPending(id, now);
    }
    patch.updatedAt = now;
    await tx.webhooks.updateEndpoint(id, patch);
    const after = (await tx.webhooks.endpointById(id))!;
    await record(tx, deps.ids, caller, now, {
      action: 'webhook_endpoint.updated',
      target: { type: 'webhook_endpoint', id },
      accountId: before.accountId,
      before: webhookEndpointAuditState(before),
      after: webhookEndpointAuditState(after),
    });
    return webhookEndpointView(after);
  });
}

export async function deleteWebhookEndpoint(deps: Deps, caller: Caller, id: string): Promise<void> {
  const now = deps.clock.now();
  await deps.store.write(async (tx) => {
    const before = await visibleEndpoint(tx, caller.actor, id);
    await tx.webhooks.deleteEndpoint(id);
    await record(tx, deps.ids, caller, now, { action: 'webhook_endpoint.deleted', target: { type: 'webhook_endpoint', id }, accountId: before.accountId, before: webhookEndpointAuditState(before) });
  });
}

/** A new secret, shown once; the one before keeps signing beside it for a day, so receivers can switch without losing a message. */
export async function rotateWebhookSecret(deps: Deps, caller: Caller, id: string): Promise<WebhookEndpointWithSecretView> {
  const secret = deps.webhookTransport.newSecret();
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const before = await visibleEndpoint(tx, caller.actor, id);
    await tx.webhooks.updateEndpoint(id, {
      secretCipher: deps.vault.encrypt(secret),
      previousSecretCipher: before.secretCipher,
      previousSecretUntil: deps.timer.now() + WEBHOOK_PREVIOUS_SECRET_MS,
      updatedAt: now,
    });
    const after = (await tx.webhooks.endpointById(id))!;
    await record(tx, deps.ids, caller, now, { action: 'webhook_endpoint.secret_rotated', target: { type: 'webhook_endpoint', id }, accountId: before.accountId, after: webhookEndpointAuditState(after) });
    return { endpoint: webhookEndpointView(after), secret };
  });
}

export async function listWebhookDeliveries(deps: Deps, caller: Caller, id: string, options: { limit?: number; before?: string }): Promise<WebhookDeliveryListView> {
  const limit = Math.min(options.limit ?? 50, WEBHOOK_DELIVERIES_PAGE_MAX_ROWS);
  return deps.store.read(async (tx) => {
    await visibleEndpoint(tx, caller.actor, id);
    const rows = await tx.webhooks.deliveriesOf(id, limit + 1, options.before ?? null);
    const page = rows.slice(0, limit);
    return { data: page.map(webhookDeliveryView), next: rows.length > limit ? page[page.length - 1]!.id : null };
  });
}

export async function getWebhookDelivery(deps: Deps, caller: Caller, id: string, deliveryId: string) {
  return deps.store.read(async (tx) => {
    await visibleEndpoint(tx, caller.actor, id);
    const d = await tx.webhooks.deliveryById(deliveryId);
    if (!d || d.endpointId !== id) throw notFound('webhook delivery');
    const history = await tx.webhooks.attemptsOf(d.id, WEBHOOK_ATTEMPTS_MAX_ROWS);
    return { ...webhookDeliveryView(d), payload: d.payload, history: history.map(webhookAttemptView) };
  });
}

/** Sends a message again: the same message id (`webhook-id`), a fresh set of attempts. */
export async function redeliverWebhook(deps: Deps, caller: Caller, id: string, deliveryId: string) {
  const now = deps.timer.now();
  return deps.store.write(async (tx) => {
    const endpoint = await visibleEndpoint(tx, caller.actor, id);
    const d = await tx.webhooks.deliveryById(deliveryId);
    if (!d || d.endpointId !== id) throw notFound('webhook delivery');
    if (!endpoint.enabled) throw disabled();
    if (d.status === 'pending' || d.status === 'retrying') return webhookDeliveryView(d);
    await tx.webhooks.updateDelivery(d.id, { status: 'pending', attempts: 0, nextAttemptAt: now, updatedAt: now });
    await tx.outbox.insertMany([
      { id: deps.ids.next(), kind: 'webhook', refId: d.id, status: 'queued', attempts: 0, nextAttemptAt: now, leaseOwner: null, leaseUntil: null, lastError: null, createdAt: now, updatedAt: now, sentAt: null },
    ]);
    tx.afterCommit(() => deps.signals.webhooksQueued());
    return webhookDeliveryView((await tx.webhooks.deliveryById(d.id))!);
  });
}

const disabled = () => new AllotError('WEBHOOK_ENDPOINT_DISABLED', 'The endpoint is disabled: enable it first (PATCH enabled: true).');

/** Queues a `webhook.test` event to this endpoint alone. */
export async function sendTestWebhook(deps: Deps, caller: Caller, id: string) {
  const now = deps.timer.now();
  return deps.store.write(async (tx) => {
    const endpoint = await visibleEndpoint(tx, caller.actor, id);
    if (!endpoint.enabled) throw disabled();
    const messageId = deps.ids.next();
    const delivery: WebhookDeliveryRecord = {
      id: `${messageId}.${endpoint.id}`,
      endpointId: endpoint.id,
      messageId,
      eventType: 'webhook.test',
      payload: webhookPayload('webhook.test', deps.clock.now(), { accountId: endpoint.accountId, endpointId: endpoint.id, message: 'A test event from Allot.' }),
      status: 'pending',
      attempts: 0,
      lastStatusCode: null,
      lastError: null,
      lastResponse: null,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
      deliveredAt: null,
    };
    await tx.webhooks.insertDelivery(delivery, delivery.id);
    tx.afterCommit(() => deps.signals.webhooksQueued());
    return webhookDeliveryView(delivery);
  });
}

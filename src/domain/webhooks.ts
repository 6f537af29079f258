/**
 * Webhooks (docs/webhooks.md): which events an endpoint can subscribe to, and how each one's
 * payload comes from the audit-log event it derives from. Every webhook event but
 * `webhook.test` derives from an audit event: `app/audit.ts` fans them out, in the transaction
 * that records the change, so a message commits with it and goes out after commit.
 *
 * A payload carries ids and names, never a key string, code, secret or token: it is built from
 * the audit payload, which never holds one either (domain/audit-events.ts).
 */
import type { ActivationState, AuditAction, AuditChange } from './audit-events.ts';
import { URL_MAX_CHARS } from './limits.ts';

export const WEBHOOK_EVENT_TYPES = [
  'activation.created',
  'activation.ended',
  'seats.limit_reached',
  'subscription.expiring_soon',
  'subscription.expired',
  'subscription.in_grace',
  'key.blocked',
  'key.regenerated',
  'key.expired',
  'invitation.accepted',
  'sso_user.deprovisioned',
  'webhook.test',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What one audit action becomes, if anything: the webhook type and the data it sends. */
type Derive = (change: AuditChange) => Record<string, unknown>;

const pick = (o: unknown, keys: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  if (o && typeof o === 'object') for (const k of keys) if (k in o) out[k] = (o as Record<string, unknown>)[k];
  return out;
};

const ACTIVATION_FIELDS = ['keyId', 'keyName', 'fingerprint', 'deviceName', 'status', 'endReason', 'userEmail'] as const;
const KEY_FIELDS = ['name', 'type', 'maxSeats', 'blocked', 'expiresAt'] as const;

const activationEnded: Derive = (c) => ({ activationId: c.target.id, ...pick(c.after, ACTIVATION_FIELDS) });

/** The table: audit action → webhook type and its data (besides `accountId` and `subscriptionId`, always there). */
export const WEBHOOK_SOURCES: Partial<Record<AuditAction, { type: WebhookEventType; data: Derive }>> = {
  'activation.created': { type: 'activation.created', data: (c) => ({ activationId: c.target.id, ...pick(c.after, ACTIVATION_FIELDS) }) },
  'activation.deactivated': { type: 'activation.ended', data: activationEnded },
  'activation.released': { type: 'activation.ended', data: activationEnded },
  'activation.blacklisted': { type: 'activation.ended', data: activationEnded },
  'subscription.seats_limit_reached': { type: 'seats.limit_reached', data: (c) => ({ ...pick(c.after, ['keyId', 'keyName', 'scope', 'seats']) }) },
  'subscription.expiring_soon': { type: 'subscription.expiring_soon', data: (c) => pick(c.after, ['expiresAt', 'daysLeft', 'productName']) },
  'subscription.expired': { type: 'subscription.expired', data: (c) => pick(c.after, ['releasedActivations']) },
  'subscription.in_grace': { type: 'subscription.in_grace', data: (c) => pick(c.after, ['expiresAt', 'graceEndsAt', 'productName']) },
  'key.blocked': { type: 'key.blocked', data: (c) => ({ keyId: c.target.id, ...pick(c.after, KEY_FIELDS) }) },
  'key.regenerated': { type: 'key.regenerated', data: (c) => ({ keyId: c.target.id, ...pick(c.after, KEY_FIELDS) }) },
  'key.expired': { type: 'key.expired', data: (c) => ({ keyId: c.target.id, ...pick(c.before, KEY_FIELDS), ...pick(c.after, ['releasedActivations']) }) },
  'invitation.accepted': {
    type: 'invitation.accepted',
    data: (c) => ({ invitationId: c.target.id, ...pick(c.after, ['email', 'keyId', 'keyName', 'activationId', 'deviceName']) }),
  },
  'sso_user.deprovisioned': {
    type: 'sso_user.deprovisioned',
    data: (c) => ({ ssoUserId: c.target.id, ...pick(c.after, ['email', 'name', 'userName', 'endedActivations']) }),
  },
};

/** A webhook event of one change, ready to fan out to the endpoints that want it. */
export interface WebhookEvent {
  /** The message id (`webhook-id`): the audit event's id, the same for every endpoint and retry. */
  id: string;
  accountId: string | null;
  type: WebhookEventType;
  /** The JSON body: `{ type, timestamp, data }`. */
  payload: string;
}

/** The body of a webhook message. */
export function webhookPayload(type: WebhookEventType, at: number, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: new Date(at).toISOString(), data });
}

/** The webhook event an audit event yields, or null when no webhook derives from its action. */
export function webhookEventOf(eventId: string, at: number, change: AuditChange): WebhookEvent | null {
  const source = WEBHOOK_SOURCES[change.action];
  if (!source) return null;
  const data = { accountId: change.accountId, subscriptionId: change.subscriptionId ?? null, ...source.data(change) };
  return { id: eventId, accountId: change.accountId, type: source.type, payload: webhookPayload(source.type, at, data) };
}

/** One device a bulk ending ended: its id and its state once ended (what its activation.ended says). */
export interface EndedActivation {
  id: string;
  state: ActivationState;
}

/**
 * The audit actions that end many devices in one statement. Their audit event keeps a summary
 * (a count), and the devices it ended are handed beside it to the fan-out: each yields its own
 * `activation.ended`, as a device ended alone does.
 */
export const BULK_ENDINGS: ReadonlySet<AuditAction> = new Set<AuditAction>(['key.deleted', 'key.expired', 'subscription.expired']);

/** The message id of the activation.ended that a bulk ending (audit event `eventId`) yields for one device: derived, so the same on every node and retry. */
export const endedMessageId = (eventId: string, activationId: string): string => `${eventId}.${activationId}`;

/**
 * Every webhook event an audit event yields: its own (webhookEventOf), then, for a bulk ending,
 * one `activation.ended` per device it ended (`ended`, ignored for any other action).
 */
export function webhookEventsOf(eventId: string, at: number, change: AuditChange, ended: readonly EndedActivation[] = []): WebhookEvent[] {
  const own = webhookEventOf(eventId, at, change);
  const out = own ? [own] : [];
  if (!BULK_ENDINGS.has(change.action)) return out;
  const subscriptionId = change.subscriptionId ?? null;
  for (const a of ended) {
    const data = { accountId: change.accountId, subscriptionId, activationId: a.id, ...pick(a.state, ACTIVATION_FIELDS) };
    out.push({ id: endedMessageId(eventId, a.id), accountId: change.accountId, type: 'activation.ended', payload: webhookPayload('activation.ended', at, data) });
  }
  return out;
}

// ---------- endpoints ----------

export const WEBHOOK_DESCRIPTION_MAX_CHARS = 500;

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; problem: string };

/** An endpoint's URL: absolute http(s), no credentials, no fragment, bounded. Whether its address may be reached is checked apart (SSRF). */
export function checkWebhookUrl(raw: unknown): Checked<URL> {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > URL_MAX_CHARS) return { ok: false, field: 'url', problem: `must be a URL of at most ${URL_MAX_CHARS} characters` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, field: 'url', problem: 'is not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, field: 'url', problem: 'must be https (http only for allow-listed addresses)' };
  if (url.username || url.password) return { ok: false, field: 'url', problem: 'must not carry credentials' };
  if (url.hash) return { ok: false, field: 'url', problem: 'must not have a fragment' };
  return { ok: true, value: url };
}

/** The events an endpoint subscribes to: at least one, each known, no repeats (webhook.test is always sent when asked). */
export function checkWebhookEvents(raw: unknown): Checked<WebhookEventType[]> {
  if (!Array.isArray(raw) || raw.length === 0) return { ok: false, field: 'events', problem: 'must list at least one event type' };
  const out = new Set<WebhookEventType>();
  for (const e of raw) {
    if (typeof e !== 'string' || !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(e) || e === 'webhook.test')
      return { ok: false, field: 'events', problem: `must be among ${WEBHOOK_EVENT_TYPES.filter((t) => t !== 'webhook.test').join(', ')}` };
    out.add(e as WebhookEventType);
  }
  return { ok: true, value: inTableOrder(out) };
}

/** Event types in the order of WEBHOOK_EVENT_TYPES, however they were given. */
export const inTableOrder = (types: Iterable<WebhookEventType>): WebhookEventType[] => [...types].sort((a, b) => WEBHOOK_EVENT_TYPES.indexOf(a) - WEBHOOK_EVENT_TYPES.indexOf(b));

export function checkWebhookDescription(raw: unknown): Checked<string | null> {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (typeof raw !== 'string' || raw.length > WEBHOOK_DESCRIPTION_MAX_CHARS)
    return { ok: false, field: 'description', problem: `must be text of at most ${WEBHOOK_DESCRIPTION_MAX_CHARS} characters` };
  return { ok: true, value: raw.trim() || null };
}

// ---------- delivery ----------

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'retrying', 'failed', 'stopped'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * When to try a message again after its `attempts`-th failed attempt (1-based), or null when
 * the schedule is spent: the schedule lists the delays after each failure.
 */
export function nextWebhookAttemptAt(scheduleMs: readonly number[], attempts: number, now: number): number | null {
  const delay = scheduleMs[attempts - 1];
  return delay === undefined ? null : now + delay;
}

// ---------- records ----------

export interface WebhookEndpointRecord {
  id: string;
  /** Null: the operator's endpoint, which receives every account's events. */
  accountId: string | null;
  url: string;
  description: string | null;
  events: WebhookEventType[];
  enabled: boolean;
  /** The signing secret (`whsec_…`), encrypted with the vault. */
  secretCipher: string;
  /** The secret before the last rotation, which keeps signing beside the new one until `previousSecretUntil`. */
  previousSecretCipher: string | null;
  previousSecretUntil: number | null;
  /** Failed attempts in a row; a delivered message resets it. */
  failureStreak: number;
  disabledAt: number | null;
  disabledReason: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface WebhookDeliveryRecord {
  id: string;
  endpointId: string;
  /** `webhook-id`: the same for every attempt and every redelivery. */
  messageId: string;
  eventType: WebhookEventType;
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  /** At most the first KiB of the last answer. */
  lastResponse: string | null;
  nextAttemptAt: number | null;
  createdAt: number;
  updatedAt: number;
  deliveredAt: number | null;
}

export interface WebhookAttemptRecord {
  id: string;
  deliveryId: string;
  at: number;
  statusCode: number | null;
  error: string | null;
  nextAttemptAt: number | null;
}

// ---------- seats.limit_reached ----------

/**
 * Whether the activation that left these counters took the last free seat: of the main pool
 * (the primary key or a dynamic key drew on it, and none is left), else of its key (a
 * sublicense key now at its maximum). Null when seats remain on both.
 */
export function seatLimitReached(
  poolAfter: { total: number; used: number; reserved: number; reservedUsed: number },
  keyAfter: { type: 'primary' | 'dynamic' | 'reserved'; maxSeats: number | null; used: number },
): { scope: 'pool' | 'key'; seats: number } | null {
  const main = poolAfter.total - poolAfter.used - poolAfter.reserved + poolAfter.reservedUsed;
  if (keyAfter.type !== 'reserved' && main === 0) return { scope: 'pool', seats: poolAfter.total };
  if (keyAfter.type !== 'primary' && keyAfter.maxSeats !== null && keyAfter.used === keyAfter.maxSeats) return { scope: 'key', seats: keyAfter.maxSeats };
  return null;
}

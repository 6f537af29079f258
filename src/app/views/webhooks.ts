import { Type, type Static } from '@sinclair/typebox';
import type { WebhookEndpointState } from '../../domain/audit-events.ts';
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES, type WebhookAttemptRecord, type WebhookDeliveryRecord, type WebhookEndpointRecord } from '../../domain/webhooks.ts';
import { DateTime, Id, iso, isoOrNull, literals, Nullable } from './common.ts';

export const WebhookEventType = literals(WEBHOOK_EVENT_TYPES);
/** A delivery's id: its message's id and its endpoint's, joined by a dot. */
export const DeliveryId = Type.String({ minLength: 1, maxLength: 140, pattern: '^[A-Za-z0-9_.-]+$', description: 'A delivery: its message id and its endpoint id.' });

export const WebhookEndpoint = Type.Object({
  id: Id,
  accountId: Nullable(Id),
  url: Type.String(),
  description: Nullable(Type.String()),
  events: Type.Array(WebhookEventType),
  enabled: Type.Boolean(),
  /** Failed attempts in a row; at the limit, the endpoint is disabled. */
  failureStreak: Type.Integer(),
  disabledAt: Nullable(DateTime),
  disabledReason: Nullable(Type.String()),
  /** Until when the secret before the last rotation still signs beside the new one. */
  previousSecretUntil: Nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type WebhookEndpointView = Static<typeof WebhookEndpoint>;

export const WebhookEndpointList = Type.Object({ data: Type.Array(WebhookEndpoint) });

/** Creation and rotation answer the secret, once: it is never shown again. */
export const WebhookEndpointWithSecret = Type.Object({
  endpoint: WebhookEndpoint,
  secret: Type.String({ description: 'The signing secret (whsec_…), shown this once.' }),
});
export type WebhookEndpointWithSecretView = Static<typeof WebhookEndpointWithSecret>;

export const WebhookAttempt = Type.Object({
  at: DateTime,
  statusCode: Nullable(Type.Integer()),
  error: Nullable(Type.String()),
  nextAttemptAt: Nullable(DateTime),
});

export const WebhookDelivery = Type.Object({
  id: DeliveryId,
  endpointId: Id,
  messageId: Type.String(),
  eventType: WebhookEventType,
  status: literals(WEBHOOK_DELIVERY_STATUSES),
  attempts: Type.Integer(),
  lastStatusCode: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  lastResponse: Nullable(Type.String({ description: 'At most the first KiB of the last answer.' })),
  nextAttemptAt: Nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
  deliveredAt: Nullable(DateTime),
});
export type WebhookDeliveryView = Static<typeof WebhookDelivery>;

export const WebhookDeliveryDetail = Type.Composite([WebhookDelivery, Type.Object({ payload: Type.String(), history: Type.Array(WebhookAttempt) })]);

export const WebhookDeliveryList = Type.Object({
  data: Type.Array(WebhookDelivery),
  /** Pass as `before` for the next (older) page; null at the end. */
  next: Nullable(DeliveryId),
});
export type WebhookDeliveryListView = Static<typeof WebhookDeliveryList>;

export const webhookEndpointView = (e: WebhookEndpointRecord): WebhookEndpointView => ({
  id: e.id,
  accountId: e.accountId,
  url: e.url,
  description: e.description,
  events: e.events,
  enabled: e.enabled,
  failureStreak: e.failureStreak,
  disabledAt: isoOrNull(e.disabledAt),
  disabledReason: e.disabledReason,
  previousSecretUntil: isoOrNull(e.previousSecretUntil),
  createdAt: iso(e.createdAt),
  updatedAt: iso(e.updatedAt),
});

export const webhookDeliveryView = (d: WebhookDeliveryRecord): WebhookDeliveryView => ({
  id: d.id,
  endpointId: d.endpointId,
  messageId: d.messageId,
  eventType: d.eventType,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  lastResponse: d.lastResponse,
  nextAttemptAt: isoOrNull(d.nextAttemptAt),
  createdAt: iso(d.createdAt),
  updatedAt: iso(d.updatedAt),
  deliveredAt: isoOrNull(d.deliveredAt),
});

export const webhookAttemptView = (a: WebhookAttemptRecord) => ({ at: iso(a.at), statusCode: a.statusCode, error: a.error, nextAttemptAt: isoOrNull(a.nextAttemptAt) });

export const webhookEndpointAuditState = (e: WebhookEndpointRecord): WebhookEndpointState => ({ url: e.url, events: e.events, description: e.description, enabled: e.enabled });

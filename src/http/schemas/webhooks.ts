import { Type } from '@sinclair/typebox';
import { Id, Nullable } from '../../app/views/common.ts';
import { DeliveryId, WebhookEventType } from '../../app/views/webhooks.ts';
import { URL_MAX_CHARS, WEBHOOK_DELIVERIES_PAGE_MAX_ROWS } from '../../domain/limits.ts';
import { WEBHOOK_DESCRIPTION_MAX_CHARS, WEBHOOK_EVENT_TYPES } from '../../domain/webhooks.ts';
import { closed } from './common.ts';

const EndpointUrl = Type.String({ format: 'uri', minLength: 1, maxLength: URL_MAX_CHARS, description: 'https (http only to allow-listed addresses).' });
const Events = Type.Array(WebhookEventType, { minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length, description: 'The event types it receives.' });
const Description = Type.String({ maxLength: WEBHOOK_DESCRIPTION_MAX_CHARS });

export const CreateWebhookEndpointBody = Type.Object(
  {
    url: EndpointUrl,
    events: Events,
    description: Type.Optional(Nullable(Description)),
    accountId: Type.Optional(Nullable(Id)),
  },
  closed,
);

export const UpdateWebhookEndpointBody = Type.Object(
  {
    url: Type.Optional(EndpointUrl),
    events: Type.Optional(Events),
    description: Type.Optional(Nullable(Description)),
    enabled: Type.Optional(Type.Boolean({ description: 'true re-enables a disabled endpoint and resets its failure streak; false disables it.' })),
  },
  { ...closed, minProperties: 1 },
);

export const WebhookEndpointQuery = Type.Object({ accountId: Type.Optional(Id) }, closed);

export const DeliveryParams = Type.Object({ id: Id, deliveryId: DeliveryId }, closed);

export const DeliveriesQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: WEBHOOK_DELIVERIES_PAGE_MAX_ROWS, default: 50 })),
    before: Type.Optional(DeliveryId),
  },
  closed,
);

import { Type, type TSchema } from '@sinclair/typebox';
import { ACTIVATION_STATUSES } from '../../domain/records.ts';
import { ACTIVATION_MATCHES, ACTIVATION_SORTS, COUNT_MODES } from '../../app/ports/listing.ts';
import { Id, literals, Nullable } from '../../app/views/common.ts';
import { closed, Limit, Offset, Text } from './common.ts';
import { BULK_DEVICES_MAX_COUNT, DEVICE_COUNT_CAPPED_MAX_ROWS, NAME_MAX_CHARS } from '../../domain/limits.ts';

const described = <T extends TSchema>(schema: T, description: string): T => ({ ...schema, description });

const ActivationFilters = {
  status: Type.Optional(literals([...ACTIVATION_STATUSES, 'all'] as const)),
  keyId: Type.Optional(Id),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Search name, serial, MAC, IP, OS, app version, fingerprint, user.' })),
  match: Type.Optional(
    described(
      literals(ACTIVATION_MATCHES),
        'How q matches. contains (default): a substring of any of those fields; it reads the devices in sort order until the page is full, so a rare match reads them all. prefix: the start of the name, fingerprint or user, read from an index.',
    ),
  ),
  sort: Type.Optional(literals(ACTIVATION_SORTS)),
  order: Type.Optional(literals(['asc', 'desc'] as const)),
};
export const ActivationQuery = Type.Object(
  {
    ...ActivationFilters,
    limit: Type.Optional(Limit),
    offset: Type.Optional(Offset),
    cursor: Type.Optional(
      Type.String({ minLength: 1, maxLength: 2048, description: 'The nextCursor of the previous page (same filters, sort and order; no offset): keyset paging, as fast on page 20,000 as on page 1.' }),
    ),
    count: Type.Optional(
      described(
        literals(COUNT_MODES),
        `How total is counted. exact (default): every matching device. capped: at most ${DEVICE_COUNT_CAPPED_MAX_ROWS.toLocaleString('en')}, past which total is that cap and totalIsExact false (what the console asks: flat cost at a million devices). none: no total.`,
      ),
    ),
  },
  closed,
);
export const ActivationExportQuery = Type.Object(ActivationFilters, closed);
export const BlacklistBody = Type.Object({ reason: Type.Optional(Nullable(Text(NAME_MAX_CHARS))) }, closed);
export const MoveBody = Type.Object({ keyId: Id }, closed);

export const BulkDevicesBody = Type.Object(
  {
    activationIds: Type.Array(Id, { maxItems: BULK_DEVICES_MAX_COUNT, description: `From 1 to ${BULK_DEVICES_MAX_COUNT} devices.` }),
    action: literals(['deactivate', 'blacklist', 'move'] as const),
    keyId: Type.Optional(Id),
    reason: Type.Optional(Nullable(Type.String({ maxLength: NAME_MAX_CHARS }))),
  },
  closed,
);

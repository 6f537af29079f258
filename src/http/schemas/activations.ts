import { Type } from '@sinclair/typebox';
import { ACTIVATION_STATUSES } from '../../domain/records.ts';
import { ACTIVATION_SORTS } from '../../app/ports/listing.ts';
import { Id, literals, Nullable } from '../../app/views/common.ts';
import { closed, Limit, Offset, Text } from './common.ts';
import { BULK_DEVICES_MAX_COUNT, NAME_MAX_CHARS } from '../../domain/limits.ts';

const ActivationFilters = {
  status: Type.Optional(literals([...ACTIVATION_STATUSES, 'all'] as const)),
  keyId: Type.Optional(Id),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Search name, serial, MAC, IP, OS, app version, fingerprint, user.' })),
  sort: Type.Optional(literals(ACTIVATION_SORTS)),
  order: Type.Optional(literals(['asc', 'desc'] as const)),
};
export const ActivationQuery = Type.Object({ ...ActivationFilters, limit: Type.Optional(Limit), offset: Type.Optional(Offset) }, closed);
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

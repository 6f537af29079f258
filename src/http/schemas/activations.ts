import { Type } from '@sinclair/typebox';
import { ACTIVATION_STATUSES } from '../../domain/records.ts';
import { ACTIVATION_SORTS } from '../../app/ports/listing.ts';
import { Id, literals, Nullable } from '../../app/views/common.ts';
import { LIMITS } from '../../app/validate.ts';
import { closed, Limit, Offset, Text } from './common.ts';

const ActivationFilters = {
  status: Type.Optional(literals([...ACTIVATION_STATUSES, 'all'] as const)),
  keyId: Type.Optional(Id),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Search name, serial, MAC, IP, OS, app version, fingerprint, user.' })),
  sort: Type.Optional(literals(ACTIVATION_SORTS)),
  order: Type.Optional(literals(['asc', 'desc'] as const)),
};
export const ActivationQuery = Type.Object({ ...ActivationFilters, limit: Type.Optional(Limit), offset: Type.Optional(Offset) }, closed);
export const ActivationExportQuery = Type.Object(ActivationFilters, closed);
export const BlacklistBody = Type.Object({ reason: Type.Optional(Nullable(Text(LIMITS.nameLength))) }, closed);
export const MoveBody = Type.Object({ keyId: Id }, closed);

export const BulkDevicesBody = Type.Object(
  {
    activationIds: Type.Array(Id, { maxItems: 500, description: 'From 1 to 500 devices.' }),
    action: literals(['deactivate', 'blacklist', 'move'] as const),
    keyId: Type.Optional(Id),
    reason: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.nameLength }))),
  },
  closed,
);

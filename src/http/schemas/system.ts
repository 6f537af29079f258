import { Type } from '@sinclair/typebox';
import { DateTime, Id, literals } from '../../app/views/common.ts';
import { closed, Cursor, Limit } from './common.ts';

export const EventQuery = Type.Object(
  {
    accountId: Type.Optional(Id),
    subscriptionId: Type.Optional(Id),
    action: Type.Optional(Type.String({ maxLength: 64, description: 'An action such as key.created, or a prefix such as key.*' })),
    actorType: Type.Optional(literals(['operator', 'token', 'member', 'device', 'system', 'scim'] as const)),
    targetId: Type.Optional(Id),
    since: Type.Optional(DateTime),
    until: Type.Optional(DateTime),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  closed,
);

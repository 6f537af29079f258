import { Type, type Static } from '@sinclair/typebox';
import { AUDIT_ACTIONS, type AuditAction } from '../../domain/audit-events.ts';
import type { EventRecord } from '../../domain/records.ts';
import { DateTime, Id, iso, literals, Nullable } from './common.ts';

export const Event = Type.Object({
  id: Id,
  at: DateTime,
  accountId: Nullable(Id),
  subscriptionId: Nullable(Id),
  actor: Type.Object({ type: Type.String(), id: Type.String(), name: Nullable(Type.String({ description: 'As they were called then: a member\'s name and email, a token\'s name' })) }),
  action: literals(AUDIT_ACTIONS),
  target: Type.Object({ type: Type.String(), id: Type.String() }),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Nullable(Type.String()),
});
export type EventView = Static<typeof Event>;

export const eventView = (e: EventRecord): EventView => ({
  id: e.id,
  at: iso(e.at),
  accountId: e.accountId,
  subscriptionId: e.subscriptionId,
  actor: { type: e.actorType, id: e.actorId, name: e.actorName },
  // Every event is recorded through the table of domain/audit-events.ts.
  action: e.action as AuditAction,
  target: { type: e.targetType, id: e.targetId },
  before: e.before,
  after: e.after,
  requestId: e.requestId,
});

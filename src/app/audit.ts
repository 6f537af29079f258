import type { AuditChange } from '../domain/audit-events.ts';
import type { Caller } from './context.ts';
import type { EventRecord } from '../domain/records.ts';
import type { Ids } from './ports/clock-ids.ts';
import type { Tx } from './ports/store.ts';

/** A change to record: its action and payload as the table in domain/audit-events.ts says. */
export type Change = AuditChange;

/** Appends to the event log inside the caller's transaction: the change and its record commit together. */
export async function record(tx: Tx, ids: Ids, caller: Caller, at: number, change: Change): Promise<void> {
  await tx.events.append(toEvent(ids, caller, at, change));
}

/** Many changes at once (a batch of invitations): one statement per few hundred events. */
export async function recordMany(tx: Tx, ids: Ids, caller: Caller, at: number, changes: readonly Change[]): Promise<void> {
  await tx.events.appendMany(changes.map((c) => toEvent(ids, caller, at, c)));
}

/** The event that records `change`, its id drawn now. */
export function toEvent(ids: Ids, caller: Caller, at: number, change: Change): EventRecord {
  return {
    id: ids.next(),
    at,
    accountId: change.accountId,
    subscriptionId: change.subscriptionId ?? null,
    actorType: caller.actor.type,
    actorId: caller.actor.id,
    actorName: 'name' in caller.actor ? (caller.actor.name ?? null) : null,
    action: change.action,
    targetType: change.target.type,
    targetId: change.target.id,
    before: change.before ?? null,
    after: change.after ?? null,
    requestId: caller.requestId,
  };
}

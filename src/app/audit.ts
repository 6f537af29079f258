import type { AuditChange } from '../domain/audit-events.ts';
import type { Caller } from './context.ts';
import type { EventRecord } from '../domain/records.ts';
import type { Ids } from './ports/clock-ids.ts';
import type { Tx } from './ports/store.ts';
import { webhookEventsOf, type EndedActivation } from '../domain/webhooks.ts';

/** A change to record: its action and payload as the table in domain/audit-events.ts says. */
export type Change = AuditChange;

/**
 * Appends to the event log inside the caller's transaction: the change and its record commit together.
 * `ended`: the devices a bulk ending (domain/webhooks.ts BULK_ENDINGS) ended, handed beside the
 * change to the fan-out (one activation.ended each) and kept out of the audit row, which says how many.
 */
export async function record(tx: Tx, ids: Ids, caller: Caller, at: number, change: Change, ended?: readonly EndedActivation[]): Promise<void> {
  const event = toEvent(ids, caller, at, change);
  await tx.events.append(event);
  await fanOut(tx, [event], ended && new Map([[event.id, ended]]));
}

/** Many changes at once (a batch of invitations): one statement per few hundred events. */
export async function recordMany(tx: Tx, ids: Ids, caller: Caller, at: number, changes: readonly Change[]): Promise<void> {
  const events = changes.map((c) => toEvent(ids, caller, at, c));
  await tx.events.appendMany(events);
  await fanOut(tx, events);
}

/**
 * The one place webhooks fan out: each recorded event that a webhook derives from
 * (domain/webhooks.ts) is queued, in the same transaction, for the endpoints that want it, with
 * the activation.ended of each device a bulk ending ended (`ended`, by event id). One statement
 * for all of `events` (per 500 messages) when no endpoint matches, none when no event has a webhook.
 */
export async function fanOut(tx: Tx, events: readonly EventRecord[], ended?: ReadonlyMap<string, readonly EndedActivation[]>): Promise<void> {
  const hooks = events.flatMap((e) => webhookEventsOf(e.id, e.at, changeOf(e), ended?.get(e.id)));
  if (hooks.length) await tx.webhooks.fanOut(hooks, events[0]!.at);
}

/** The change an event recorded, as the webhook table reads it. */
const changeOf = (e: EventRecord): Change =>
  ({ action: e.action, target: { type: e.targetType, id: e.targetId }, accountId: e.accountId, subscriptionId: e.subscriptionId, before: e.before, after: e.after }) as Change;

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

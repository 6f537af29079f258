import { AllotError, notFound } from '../domain/errors.ts';
import type { AccountAccess, Actor } from './context.ts';
import type { ActivationRecord, InvitationRecord, KeyRecord, SubscriptionRecord } from '../domain/records.ts';
import type { Tx } from './ports/store.ts';

/**
 * Who may see and do what (docs/members.md). A caller that may not see a resource is told it
 * does not exist: another tenant, or a License Administrator looking past their keys, never
 * learns that an id is real. A caller that may see a resource but not change it is FORBIDDEN.
 */
type AccountActor = Extract<Actor, AccountAccess>;
const inAccount = (actor: Actor): actor is AccountActor => actor.type === 'token' || actor.type === 'member';

export const canSeeAccount = (actor: Actor, accountId: string): boolean =>
  actor.type === 'operator' || actor.type === 'system' || ((inAccount(actor) || actor.type === 'scim') && actor.accountId === accountId);

/**
 * The keys a caller is limited to, or null when it sees its whole account (the operator, an
 * Account Administrator). A License Administrator sees their keys; a Regular Member none.
 */
export function grantedKeys(actor: Actor): ReadonlySet<string> | null {
  if (!inAccount(actor) || actor.role === 'account_admin') return null;
  return new Set(actor.role === 'license_admin' ? actor.keys.map((k) => k.keyId) : []);
}

/** For listings: the keys a caller is limited to, or undefined for all of them. */
export const keyLimit = (actor: Actor): string[] | undefined => {
  const granted = grantedKeys(actor);
  return granted ? [...granted] : undefined;
};

/** For listings: the subscriptions a caller is limited to (those of their keys), or undefined for all. */
export const subscriptionLimit = (actor: Actor): string[] | undefined => {
  const granted = grantedKeys(actor);
  if (!granted || !inAccount(actor)) return undefined;
  return [...new Set(actor.keys.filter((k) => granted.has(k.keyId)).map((k) => k.subscriptionId))];
};

const mayUseKey = (actor: Actor, keyId: string): boolean => grantedKeys(actor)?.has(keyId) ?? true;

export function requireOperator(actor: Actor): void {
  if (actor.type !== 'operator') throw new AllotError('FORBIDDEN', 'Only the operator may do this.');
}

/** Subscriptions, keys, members, tokens and the audit log are managed by Account Administrators (and the operator). */
export function requireAccountAdmin(actor: Actor): void {
  if (inAccount(actor) && actor.role !== 'account_admin') throw new AllotError('FORBIDDEN', 'Only an Account Administrator may do this.');
  if (actor.type === 'device' || actor.type === 'scim') throw new AllotError('FORBIDDEN', 'Only an Account Administrator may do this.');
}

/** SCIM's resources are for the identity provider provisioning the account, with its SCIM token. */
export function requireScim(actor: Actor): Extract<Actor, { type: 'scim' }> {
  if (actor.type !== 'scim') throw new AllotError('FORBIDDEN', 'Only an identity provider with a SCIM token may do this.');
  return actor;
}

export function requireAccountAccess(actor: Actor, accountId: string): void {
  if (!canSeeAccount(actor, accountId)) throw notFound('account');
}

/** The account a listing is limited to: an account caller's own; the operator's choice. */
export const accountScope = (actor: Actor, requested?: string): string | undefined => (inAccount(actor) ? actor.accountId : requested);

export async function visibleSubscription(tx: Tx, actor: Actor, id: string, lock = false): Promise<SubscriptionRecord> {
  const sub = lock ? await tx.subscriptions.lock(id) : await tx.subscriptions.byId(id);
  const granted = grantedKeys(actor);
  const limitedOut = granted !== null && inAccount(actor) && !actor.keys.some((k) => k.subscriptionId === id && granted.has(k.keyId));
  if (!sub || !canSeeAccount(actor, sub.accountId) || limitedOut) throw notFound('subscription');
  return sub;
}

export async function visibleKey(tx: Tx, actor: Actor, id: string): Promise<KeyRecord> {
  const key = await tx.keys.byId(id);
  if (!key || key.deletedAt !== null || !canSeeAccount(actor, key.accountId) || !mayUseKey(actor, key.id)) throw notFound('key');
  return key;
}

export async function visibleActivation(tx: Tx, actor: Actor, id: string): Promise<ActivationRecord> {
  const a = await tx.activations.byId(id);
  if (!a || !canSeeAccount(actor, a.accountId) || !mayUseKey(actor, a.keyId)) throw notFound('activation');
  return a;
}

export async function visibleInvitation(tx: Tx, actor: Actor, id: string): Promise<InvitationRecord> {
  const i = await tx.invitations.byId(id);
  if (!i || !canSeeAccount(actor, i.accountId) || !mayUseKey(actor, i.keyId)) throw notFound('invitation');
  return i;
}

/** An audit event in words: who did what to which thing, and what changed (never raw JSON). */
import type { AuditEvent } from '../../api/types';
import { formatDateTime, formatNumber } from '../../lib/format';
import { lookOf, ROLE } from '../../lib/status';

/** Every action the API can report, in words: one missing or misspelled fails `tsc -p web`. */
const ACTIONS: Record<AuditEvent['action'], string> = {
  'key.created': 'Key created',
  'key.updated': 'Key changed',
  'key.blocked': 'Key blocked',
  'key.unblocked': 'Key unblocked',
  'key.regenerated': 'Key regenerated',
  'key.deleted': 'Key deleted',
  'key.expired': 'Key expired',
  'activation.created': 'Device activated',
  'activation.deactivated': 'Device deactivated',
  'activation.released': 'Device released',
  'activation.blacklisted': 'Device blacklisted',
  'activation.moved': 'Device moved to another key',
  'blacklist.added': 'Added to the blacklist',
  'blacklist.removed': 'Removed from the blacklist',
  'invitation.created': 'Invited',
  'invitation.resent': 'Invitation resent',
  'invitation.revoked': 'Invitation revoked',
  'invitation.accepted': 'Invitation accepted',
  'invitation.delivered': 'Invitation email sent',
  'invitation.delivery_failed': 'Invitation email failed',
  'subscription.created': 'Subscription created',
  'subscription.updated': 'Subscription changed',
  'subscription.expired': 'Subscription expired',
  'subscription.counters_repaired': 'Seat counters repaired',
  'member.created': 'Member added',
  'member.joined': 'Member joined',
  'member.updated': 'Member changed',
  'member.blocked': 'Member blocked',
  'member.unblocked': 'Member unblocked',
  'member.removed': 'Member removed',
  'member.left': 'Member left',
  'member.invitation_resent': 'Member invitation resent',
  'member.signed_in': 'Signed in',
  'member.signed_out': 'Signed out',
  'member.password_changed': 'Password changed',
  'member.password_reset': 'Password reset',
  'member.password_reset_requested': 'Password reset requested',
  'token.created': 'API token created',
  'token.revoked': 'API token revoked',
  'account.created': 'Account created',
  'product.created': 'Product created',
  'product.updated': 'Product changed',
  'signing_key.rotated': 'Signing key rotated',
  'sso_connection.saved': 'SSO connection saved',
  'sso_connection.removed': 'SSO connection removed',
  'sso_user.created': 'SSO user signed in for the first time',
  'sso_user.groups_changed': "SSO user's groups changed",
  'sso_user.deactivated': 'SSO user deactivated',
  'sso_user.reactivated': 'SSO user reactivated',
  'sso_user.seat_moved': "SSO user's seat moved to another key",
  'sso_user.provisioned': 'User provisioned by SCIM',
  'sso_user.updated': 'User updated by SCIM',
  'sso_user.deprovisioned': 'User deprovisioned by SCIM',
  'scim_token.created': 'SCIM token created',
  'scim_token.revoked': 'SCIM token revoked',
  'scim_group.created': 'Group provisioned by SCIM',
  'scim_group.updated': 'Group renamed by SCIM',
  'scim_group.members_changed': 'Group members changed by SCIM',
  'scim_group.deleted': 'Group deleted by SCIM',
  'domain.added': 'Domain added',
  'domain.verified': 'Domain verified',
  'domain.verification_failed': 'Domain verification failed',
  'domain.removed': 'Domain removed',
  'key.policy_changed': 'Policy changed',
  'golden_image.created': 'Golden image created',
  'golden_image.updated': 'Golden image changed',
  'golden_image.deleted': 'Golden image deleted',
  'operator.signed_in': 'Operator signed in',
  'operator.signed_out': 'Operator signed out',
  'operator.created': 'Operator added',
  'operator.removed': 'Operator removed',
  'account.support_viewed': 'Support view opened',
  'subscription.seats_limit_reached': 'Last free seat taken',
  'subscription.expiring_soon': 'Subscription expiring soon',
  'subscription.in_grace': 'Subscription in grace period',
  'webhook_endpoint.created': 'Webhook endpoint created',
  'webhook_endpoint.updated': 'Webhook endpoint changed',
  'webhook_endpoint.deleted': 'Webhook endpoint deleted',
  'webhook_endpoint.secret_rotated': 'Webhook secret rotated',
  'webhook_endpoint.disabled': 'Webhook endpoint disabled after failures',
};

/** `key.created` → `key.*`: the filters by kind, checked against the actions there are. */
type Category<A extends string> = A extends `${infer Kind}.${string}` ? `${Kind}.*` : never;

export const CATEGORIES: { value: '' | Category<AuditEvent['action']>; label: string }[] = [
  { value: '', label: 'All actions' },
  { value: 'key.*', label: 'Keys' },
  { value: 'activation.*', label: 'Devices' },
  { value: 'blacklist.*', label: 'Blacklist' },
  { value: 'invitation.*', label: 'Invitations' },
  { value: 'member.*', label: 'Members' },
  { value: 'subscription.*', label: 'Subscriptions' },
  { value: 'domain.*', label: 'Domains' },
  { value: 'golden_image.*', label: 'Golden images' },
  { value: 'webhook_endpoint.*', label: 'Webhooks' },
  { value: 'sso_connection.*', label: 'SSO connection' },
  { value: 'sso_user.*', label: 'SSO users' },
  { value: 'scim_group.*', label: 'SCIM groups' },
  { value: 'scim_token.*', label: 'SCIM tokens' },
];

/** "signing_key.rotated" → "Signing key rotated", "availableDynamic" → "Available dynamic". */
const humanize = (text: string): string =>
  text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[._]/g, ' ')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

type Fields = Record<string, unknown>;
const asFields = (v: unknown): Fields => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Fields) : {});

/** What happened, in words. A member created without a password was invited by email; with one (by the operator), added. */
export function actionLabel(event: Pick<AuditEvent, 'action' | 'after'>): string {
  if (event.action === 'member.created' && asFields(event.after).status === 'invited') return 'Member invited';
  // An action newer than this console: in words all the same.
  return (ACTIONS as Partial<Record<string, string>>)[event.action] ?? humanize(event.action);
}

/** "Ana Admin <ana@acme.com>" (how events record a member who acts) → "Ana Admin"; a token's name as it is. */
export function recordedName(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  const person = /^(.*) <([^<>]+)>$/.exec(name);
  return person ? person[1]!.trim() || person[2]! : name;
}

/** Names of the account's things by id (keys, members, subscriptions), to show instead of ids. */
export type NameOf = (id: string) => string | undefined;

/**
 * What the event is about, by name as it was then: from its own record, or the actor's recorded
 * name when members act on themselves (signing in, changing their password). Only an event that
 * recorded no name (written before names were kept) falls back to today's name.
 */
export function targetName(event: AuditEvent, nameOf: NameOf): string {
  for (const state of [asFields(event.after), asFields(event.before)])
    for (const field of ['name', 'deviceName', 'email', 'domain', 'displayName'])
      if (typeof state[field] === 'string' && state[field]) return state[field] as string;
  if (event.actor.id === event.target.id && event.actor.type === event.target.type) {
    const self = recordedName(event.actor.name);
    if (self) return self;
  }
  return nameOf(event.target.id) ?? humanize(event.target.type);
}

const ACTOR_WORDS: Record<string, string> = { operator: 'The vendor', system: 'Allot', device: 'A device' };

/** Who did it, by the name recorded with the event (a former member, a renamed token keep theirs). */
export function actorName(event: AuditEvent, nameOf: NameOf): string {
  const { type, id, name } = event.actor;
  if (type === 'member') return recordedName(name) ?? nameOf(id) ?? 'A former member';
  if (type === 'token') return name ? `API token “${name}”` : 'An API token';
  if (type === 'scim') return name ? `SCIM (“${name}”)` : 'SCIM';
  // A vendor's staff member (an operator session records "Name <email>"); the operator token says nothing more than "the vendor".
  if (type === 'operator' && name && /<[^<>]+>$/.test(name)) return `${recordedName(name)} (the vendor)`;
  return ACTOR_WORDS[type] ?? humanize(type);
}

/** The name recorded beside an id in an event's state (`keyId` → `keyName`), as it was when the event happened. */
const NAME_BESIDE: Record<string, string> = { keyId: 'keyName', activationId: 'deviceName' };

const FIELD_NAMES: Record<string, string> = {
  maxSeats: 'seats',
  expiresAt: 'expires',
  keyId: 'key',
  deviceName: 'computer name',
  endReason: 'reason',
  keyIds: 'keys',
  activationId: 'device',
};

/** Fields that say nothing to a reader: the record's own id and account, its timestamps (the event has its time), a device's fingerprint. */
const UNSHOWN = new Set(['id', 'accountId', 'createdAt', 'updatedAt', 'fingerprint', 'messageId']);

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';

function valueText(value: unknown, nameOf: NameOf, isId: boolean, field = ''): string {
  if (isEmpty(value)) return '—';
  if (field === 'role' && typeof value === 'string') return lookOf(ROLE, value).label;
  if (isId && typeof value === 'string') return nameOf(value) ?? `${value.slice(0, 8)}…`;
  if (isId && Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => valueText(v, nameOf, true)).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => valueText(v, nameOf, false)).join(', ');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'object') {
    // a thing by its name (a product: "Desktop Pro (desktop-pro)"), the seat box by its total
    const fields = value as Fields;
    if (typeof fields.name === 'string') return typeof fields.code === 'string' ? `${fields.name} (${fields.code})` : fields.name;
    if (typeof fields.total === 'number') return formatNumber(fields.total);
    return Object.entries(fields)
      .filter(([k]) => !UNSHOWN.has(k))
      .map(([k, v]) => `${humanize(k).toLowerCase()} ${valueText(v, nameOf, false)}`)
      .join(', ');
  }
  return String(value);
}

export interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

/** The fields that changed (or, for a creation or deletion, the fields it had). */
export function changesOf(event: AuditEvent, nameOf: NameOf): Change[] {
  const before = asFields(event.before);
  const after = asFields(event.after);
  const all = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  // A name recorded beside its id says what the id was called then: it names the id, and is no change of its own.
  const besides = new Set(all.filter((f) => NAME_BESIDE[f]).map((f) => NAME_BESIDE[f]!));
  const fields = all.filter((f) => !UNSHOWN.has(f) && !besides.has(f));
  const hasBefore = event.before != null;
  const hasAfter = event.after != null;
  const isId = (f: string) => f.endsWith('Id') || f.endsWith('Ids');
  const text = (state: Fields, f: string) => {
    const recorded = NAME_BESIDE[f] && state[NAME_BESIDE[f]];
    return typeof recorded === 'string' && recorded ? recorded : valueText(state[f], nameOf, isId(f), f);
  };
  return fields
    .filter((f) => (hasBefore && hasAfter ? JSON.stringify(before[f]) !== JSON.stringify(after[f]) : !isEmpty(before[f] ?? after[f])))
    .map((f) => ({
      field: FIELD_NAMES[f] ?? humanize(f).toLowerCase(),
      before: hasBefore ? text(before, f) : null,
      after: hasAfter ? text(after, f) : null,
    }));
}

export const ACTOR_TYPES = [
  { value: '', label: 'Anyone' },
  { value: 'member', label: 'Members' },
  { value: 'token', label: 'API tokens' },
  { value: 'device', label: 'Devices' },
  { value: 'scim', label: 'SCIM' },
  { value: 'operator', label: 'The vendor' },
  { value: 'system', label: 'Allot itself' },
];

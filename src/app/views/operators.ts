import { Type, type Static } from '@sinclair/typebox';
import { ACCOUNT_ROLES, MEMBER_STATUSES } from '../../domain/members.ts';
import { DOMAIN_STATUSES } from '../../domain/domains.ts';
import type { FleetSubscriptionRow, OperatorMemberRecord } from '../ports/operators.ts';
import { DateTime, Id, iso, isoOrNull, literals, Nullable } from './common.ts';
import { Account } from './products-accounts.ts';
import { Subscription } from './subscriptions.ts';

export const OperatorMember = Type.Object({
  id: Id,
  email: Type.String(),
  name: Type.String(),
  status: literals(['active', 'blocked'] as const),
  createdAt: DateTime,
  lastSignInAt: Nullable(DateTime),
});
export type OperatorMemberView = Static<typeof OperatorMember>;

export const operatorMemberView = (m: OperatorMemberRecord): OperatorMemberView => ({
  id: m.id,
  email: m.email,
  name: m.name,
  status: m.status,
  createdAt: iso(m.createdAt),
  lastSignInAt: isoOrNull(m.lastSignInAt),
});

export const OperatorSessionInfo = Type.Object({
  operator: Type.Object({ id: Id, email: Type.String(), name: Type.String() }),
  csrfToken: Type.String({ description: 'Send it as x-csrf-token with every change made with this session.' }),
});
export type OperatorSessionInfoView = Static<typeof OperatorSessionInfo>;

const Seats = Type.Object({ total: Type.Integer(), used: Type.Integer() });

export const OperatorOverview = Type.Object({
  figures: Type.Object({
    accounts: Type.Integer(),
    activeDevices: Type.Integer(),
    seatsSold: Type.Integer({ description: 'Seats of the subscriptions that have not expired (grace included).' }),
    seatsUsed: Type.Integer(),
    subscriptionsExpiringSoon: Type.Integer({ description: 'Expiring in the next 30 days.' }),
    accountsAtLimit: Type.Integer({ description: 'Accounts with a subscription whose pool has no free seat.' }),
  }),
  expiringSoon: Type.Array(
    Type.Object({ subscriptionId: Id, accountId: Id, accountName: Type.String(), productName: Type.String(), expiresAt: DateTime, seats: Seats }),
    { description: 'At most 20, soonest first.' },
  ),
  atLimit: Type.Array(Type.Object({ subscriptionId: Id, accountId: Id, accountName: Type.String(), productName: Type.String(), seats: Seats }), {
    description: 'At most 20.',
  }),
});
export type OperatorOverviewView = Static<typeof OperatorOverview>;

export const expiringView = (r: FleetSubscriptionRow) => ({
  subscriptionId: r.subscriptionId,
  accountId: r.accountId,
  accountName: r.accountName,
  productName: r.productName,
  expiresAt: iso(r.expiresAt),
  seats: { total: r.total, used: r.used },
});
export const atLimitView = (r: FleetSubscriptionRow) => ({
  subscriptionId: r.subscriptionId,
  accountId: r.accountId,
  accountName: r.accountName,
  productName: r.productName,
  seats: { total: r.total, used: r.used },
});

export const SEARCH_FIELDS = ['name', 'domain', 'member_email', 'key_prefix', 'device_fingerprint'] as const;

export const AccountSearchResult = Type.Object({
  items: Type.Array(
    Type.Object({
      account: Account,
      matches: Type.Array(
        Type.Object({ field: literals(SEARCH_FIELDS), value: Type.String({ description: "What matched; of a key, only its first group." }) }),
      ),
    }),
  ),
});
export type AccountSearchResultView = Static<typeof AccountSearchResult>;

export const OperatorAccount = Type.Object({
  account: Account,
  subscriptions: Type.Array(Subscription),
  members: Type.Array(
    Type.Object({ id: Id, name: Type.String(), email: Type.String(), role: literals(ACCOUNT_ROLES), status: literals(MEMBER_STATUSES), lastSignInAt: Nullable(DateTime) }),
  ),
  domains: Type.Array(Type.Object({ id: Id, domain: Type.String(), status: literals(DOMAIN_STATUSES) })),
  sso: Type.Object({
    protocol: Type.Union([literals(['saml', 'oidc'] as const), Type.Null()]),
    enforce: Type.Boolean(),
    scimTokens: Type.Integer(),
    ssoUsers: Type.Integer(),
  }),
  activeDevices: Type.Integer(),
});
export type OperatorAccountView = Static<typeof OperatorAccount>;

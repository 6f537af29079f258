import type { Migration } from 'kysely';
import * as core from './2026-11-23T00-00-00-core.ts';
import * as invitations from './2026-11-24T00-00-00-invitations.ts';
import * as members from './2026-11-25T00-00-00-members.ts';
import * as eventActorNames from './2026-11-26T00-00-00-event-actor-names.ts';
import * as deviceLookupIndex from './2026-11-27T00-00-00-device-lookup-index.ts';
import * as passwordResetRequests from './2026-12-02T00-00-00-password-reset-requests.ts';
import * as seatTotals from './2026-12-03T00-00-00-seat-totals.ts';
import * as sso from './2026-12-05T00-00-00-sso.ts';
import * as domains from './2026-12-04T00-00-00-domains.ts';
import * as scim from './2026-12-06T00-00-00-scim.ts';
import * as policies from './2026-12-07T00-00-00-policies.ts';
import * as adminReadIndexes from './2026-12-08T00-00-00-admin-read-indexes.ts';
import * as operators from './2026-12-09T00-00-00-operators.ts';
import * as webhooks from './2026-12-10T00-00-00-webhooks.ts';
import * as webhookLogRetention from './2026-12-11T00-00-00-webhook-log-retention.ts';

/** Every migration, by name; names are ISO timestamps so they sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026-11-23T00-00-00-core': core,
  '2026-11-24T00-00-00-invitations': invitations,
  '2026-11-25T00-00-00-members': members,
  '2026-11-26T00-00-00-event-actor-names': eventActorNames,
  '2026-11-27T00-00-00-device-lookup-index': deviceLookupIndex,
  '2026-12-02T00-00-00-password-reset-requests': passwordResetRequests,
  '2026-12-03T00-00-00-seat-totals': seatTotals,
  '2026-12-05T00-00-00-sso': sso,
  '2026-12-04T00-00-00-domains': domains,
  '2026-12-06T00-00-00-scim': scim,
  '2026-12-07T00-00-00-policies': policies,
  '2026-12-08T00-00-00-admin-read-indexes': adminReadIndexes,
  '2026-12-09T00-00-00-operators': operators,
  '2026-12-10T00-00-00-webhooks': webhooks,
  '2026-12-11T00-00-00-webhook-log-retention': webhookLogRetention,
};

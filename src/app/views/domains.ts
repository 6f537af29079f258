import { Type, type Static } from '@sinclair/typebox';
import type { DomainState } from '../../domain/audit-events.ts';
import { verificationRecord, type DomainStatus } from '../../domain/domains.ts';
import type { DomainRecord } from '../../domain/records.ts';
import { DateTime, Id, iso, isoOrNull, literals, Nullable } from './common.ts';

export const DomainCheck = Type.Object({
  found: Type.Array(Type.String(), { description: 'The TXT values found at the record’s name (at most 20, each cut at 500 characters).' }),
  error: Nullable(Type.String({ description: 'Why DNS did not answer (ETIMEOUT, ECONNREFUSED, ESERVFAIL …); null when it did.' })),
});

export const Domain = Type.Object({
  id: Id,
  accountId: Id,
  domain: Type.String({ description: 'Lower case, without a trailing dot.' }),
  status: literals(['pending', 'verified'] as const satisfies readonly DomainStatus[]),
  verification: Type.Object(
    {
      type: literals(['TXT'] as const),
      name: Type.String({ description: 'Where to publish the record: _allot-challenge.{domain}.' }),
      value: Type.String({ description: 'The record’s value: allot-domain-verification={token}.' }),
    },
    { description: 'The DNS record that proves the domain is the account’s. It may be removed once the domain is verified.' },
  ),
  createdAt: DateTime,
  verifiedAt: Nullable(DateTime),
  lastCheckedAt: Nullable(DateTime),
  lastCheck: Nullable(DomainCheck),
});
export type DomainView = Static<typeof Domain>;

export const domainView = (d: DomainRecord): DomainView => ({
  id: d.id,
  accountId: d.accountId,
  domain: d.domain,
  status: d.status,
  verification: verificationRecord(d.domain, d.token),
  createdAt: iso(d.createdAt),
  verifiedAt: isoOrNull(d.verifiedAt),
  lastCheckedAt: isoOrNull(d.lastCheckedAt),
  lastCheck: d.lastCheck,
});

export const domainAuditState = (d: Pick<DomainRecord, 'domain' | 'status'>): DomainState => ({ domain: d.domain, status: d.status });

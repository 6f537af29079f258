import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconBuildingPlus, IconSearchOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SEARCH_MIN, useAccounts, useAccountSearch, type AccountSummary, type MatchField, type SearchResult } from '../../api/operator';
import { AppTable, wrap } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState } from '../../components/states';
import { AccountSearchBox } from '../../features/operator/account-search-box';
import { CreateAccountDialog } from '../../features/operator/create-account-dialog';
import { formatDate } from '../../lib/format';

export const MATCH_FIELD: Record<MatchField, string> = {
  name: 'Name',
  domain: 'Domain',
  member_email: 'Member email',
  key_prefix: 'Key prefix',
  device_fingerprint: 'Device fingerprint',
};

const accountLink = (a: AccountSummary) => (
  <Anchor component={Link} to={`/operator/accounts/${a.id}`} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
    {a.name}
  </Anchor>
);

export default function OperatorAccountsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Accounts"
        description="Find an account by its name, a domain, a member's email, the start of a license key or a device fingerprint."
        actions={
          <Button leftSection={<IconBuildingPlus size={16} />} onClick={() => setCreating(true)}>
            Create an account
          </Button>
        }
      />
      <Stack gap="md">
        <AccountSearchBox key={q} initial={q} autoFocus onSearch={(text) => setParams(text ? { q: text } : {}, { replace: true })} />
        {q.trim().length >= SEARCH_MIN ? <SearchResults q={q} /> : <AllAccounts />}
      </Stack>
      {creating && <CreateAccountDialog onClose={() => setCreating(false)} />}
    </>
  );
}

function SearchResults({ q }: { q: string }) {
  const search = useAccountSearch(q);
  if (search.isError) return <ErrorState error={search.error} onRetry={() => search.refetch()} />;
  return (
    <AppTable<SearchResult>
      records={search.data ?? []}
      fetching={search.isFetching}
      idAccessor={(r) => r.account.id}
      emptyState={
        !search.isPending && (
          <EmptyState icon={IconSearchOff} title={`No account matches “${q.trim()}”`}>
            A member's email matches from its start, a key by its first group of six characters, a fingerprint from its first four characters.
          </EmptyState>
        )
      }
      columns={[
        { accessor: 'account.name', title: 'Account', ...wrap(220), render: (r) => accountLink(r.account) },
        {
          accessor: 'matches',
          title: 'Matched on',
          ...wrap(260),
          render: (r) => (
            <Stack gap={4}>
              {r.matches.map((m) => (
                <Group key={`${m.field}:${m.value}`} gap={6} wrap="nowrap" data-testid={`match-${m.field}`}>
                  <Badge size="sm" variant="light" color="orange" style={{ flexShrink: 0 }}>
                    {MATCH_FIELD[m.field] ?? m.field}
                  </Badge>
                  <Text size="sm" className={m.field === 'key_prefix' || m.field === 'device_fingerprint' ? 'mono' : undefined} style={{ overflowWrap: 'anywhere' }}>
                    {m.value}
                  </Text>
                </Group>
              ))}
            </Stack>
          ),
        },
        { accessor: 'account.createdAt', title: 'Customer since', render: (r) => <Text size="sm">{formatDate(r.account.createdAt)}</Text> },
      ]}
    />
  );
}

function AllAccounts() {
  const accounts = useAccounts();
  const records = accounts.data?.pages.flatMap((p) => p.data) ?? [];
  if (accounts.isError) return <ErrorState error={accounts.error} onRetry={() => accounts.refetch()} />;
  return (
    <>
      <AppTable<AccountSummary>
        records={records}
        fetching={accounts.isPending}
        idAccessor="id"
        emptyState={!accounts.isPending && <EmptyState icon={IconBuildingPlus} title="No accounts yet">Create the first customer account.</EmptyState>}
        columns={[
          { accessor: 'name', title: 'Account', ...wrap(240), render: accountLink },
          { accessor: 'createdAt', title: 'Customer since', render: (a) => <Text size="sm">{formatDate(a.createdAt)}</Text> },
        ]}
      />
      {accounts.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => accounts.fetchNextPage()} loading={accounts.isFetchingNextPage}>
            Show more accounts
          </Button>
        </Group>
      )}
    </>
  );
}

import { Anchor, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconUserScan } from '@tabler/icons-react';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useScimTokens } from '../api/scim';
import { useSsoUsers } from '../api/sso';
import type { SsoUser, SsoUserProvisioning, SsoUserQuery } from '../api/types';
import { AppTable, wrap } from '../components/data-table';
import { PageHeader } from '../components/page-header';
import { SearchField } from '../components/search-field';
import { EmptyState, ErrorState } from '../components/states';
import { StatusBadge } from '../components/status-badge';
import { SsoUserActions } from '../features/sso/sso-user-actions';
import { formatDate, formatDateTime, formatNumber, formatRelative } from '../lib/format';
import { usePermissions } from '../lib/permissions';
import { useSignedIn } from '../lib/signed-in';
import { SSO_USER_STATUS, ssoUserStatus } from '../lib/status';
import { useUrlState } from '../lib/use-url-state';
import NotFoundPage from './not-found-page';

const PAGE_ROWS = 100;

type Source = '' | NonNullable<SsoUserQuery['source']>;

export default function SsoUsersPage() {
  const permissions = usePermissions();
  if (!permissions.canManageSso) return <NotFoundPage />;
  return <SsoUsers />;
}

function SsoUsers() {
  const { account } = useSignedIn();
  const [view, setView] = useUrlState({ q: '', status: '', source: '' });
  const source = view.source as Source;
  const query: Omit<SsoUserQuery, 'cursor'> = {
    search: view.q || undefined,
    status: (view.status || undefined) as SsoUserQuery['status'],
    source: (source || undefined) as SsoUserQuery['source'],
    limit: PAGE_ROWS,
  };
  const users = useSsoUsers(account.id, query);
  const records = users.data?.pages.flatMap((p) => p.data) ?? [];
  const filtered = Boolean(view.q || view.status || source);
  // where a person comes from is worth saying once SCIM is in use (a token, or someone it provisioned)
  const scimTokens = useScimTokens(account.id);
  const scimUsed = Boolean(source) || (scimTokens.data?.data.length ?? 0) > 0 || records.some((u) => u.provisioning);
  const search = useCallback((q: string) => setView({ q }), [setView]);

  return (
    <>
      <PageHeader title="Users" description="The people who signed in with your identity provider, or whom it provisioned over SCIM: where they come from, their groups (from SCIM when it is on, else as of their last sign-in), the key their seat is on, and their devices." />
      <Stack gap="md">
        <Group gap="sm" wrap="wrap" align="flex-end">
          <SearchField label="Search users" placeholder="Search email or name…" value={view.q} onSearch={search} />
          <Select
            aria-label="Status"
            data={[
              { value: '', label: 'All statuses' },
              { value: 'active', label: 'Active' },
              { value: 'deactivated', label: 'Deactivated' },
            ]}
            value={view.status}
            onChange={(v) => setView({ status: v ?? '' })}
            allowDeselect={false}
            w={170}
          />
          {scimUsed && (
            <Select
              aria-label="Source"
              data={[
                { value: '', label: 'All sources' },
                { value: 'scim', label: 'Provisioned by SCIM' },
                { value: 'sign-in', label: 'Signed in only' },
              ]}
              value={view.source}
              onChange={(v) => setView({ source: v ?? '' })}
              allowDeselect={false}
              w={200}
            />
          )}
        </Group>
        {users.isError ? (
          <ErrorState error={users.error} onRetry={() => users.refetch()} />
        ) : (
          <AppTable<SsoUser>
            records={records}
            fetching={users.isFetching && !users.isFetchingNextPage}
            idAccessor="id"
            verticalAlign="top"
            pinLastColumn
            emptyState={
              !users.isPending &&
              (filtered ? (
                <EmptyState icon={IconUserScan} title="No users match" />
              ) : (
                <EmptyState icon={IconUserScan} title="Nobody has signed in with SSO yet">
                  People appear here after their first sign-in with your identity provider, or when it provisions them over SCIM.{' '}
                  <Anchor component={Link} to="/sso" size="sm">
                    Set up SSO
                  </Anchor>
                  .
                </EmptyState>
              ))
            }
            columns={[
              {
                accessor: 'email',
                title: 'Person',
                ...wrap(200),
                render: (u) => (
                  <Stack gap={0}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {u.name || u.email}
                    </Text>
                    {u.name && (
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {u.email}
                      </Text>
                    )}
                    {scimUsed && <Source provisioning={u.provisioning} />}
                  </Stack>
                ),
              },
              {
                accessor: 'status',
                title: 'Status',
                render: (u) => (
                  <Stack gap={2} align="flex-start">
                    <StatusBadge table={SSO_USER_STATUS} status={ssoUserStatus(u)} />
                    {u.provisioning?.deprovisionedAt ? (
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} title={`Removed by SCIM on ${formatDateTime(u.provisioning.deprovisionedAt)}`}>
                        Removed {formatDate(u.provisioning.deprovisionedAt)}
                      </Text>
                    ) : (
                      u.deactivatedAt && (
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} title={formatDateTime(u.deactivatedAt)}>
                          Since {formatDate(u.deactivatedAt)}
                        </Text>
                      )
                    )}
                  </Stack>
                ),
              },
              {
                accessor: 'groups',
                title: 'Groups',
                ...wrap(170),
                render: (u) =>
                  u.groups.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  ) : (
                    <Group gap={4}>
                      {u.groups.map((g) => (
                        <Badge key={g} variant="light" color="gray" tt="none" maw={170} title={g} styles={{ root: { minWidth: 0 }, label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}>
                          {g}
                        </Badge>
                      ))}
                    </Group>
                  ),
              },
              {
                accessor: 'seats',
                title: 'Seat on key',
                ...wrap(140),
                render: (u) =>
                  u.seats.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      No seat
                    </Text>
                  ) : (
                    <Stack gap={0}>
                      {u.seats.map((s) => (
                        <Text key={s.subscriptionId} size="sm" style={{ overflowWrap: 'anywhere' }} title={s.productName}>
                          {s.keyName}
                          {u.seats.length > 1 && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              · {s.productName}
                            </Text>
                          )}
                        </Text>
                      ))}
                    </Stack>
                  ),
              },
              { accessor: 'devices', title: 'Devices', textAlign: 'right', render: (u) => <Text size="sm" className="tabular">{formatNumber(u.devices)}</Text> },
              {
                accessor: 'lastSignInAt',
                title: 'Last sign-in',
                render: (u) => (
                  <Text size="sm" title={u.lastSignInAt ? formatDateTime(u.lastSignInAt) : undefined}>
                    {u.lastSignInAt ? formatRelative(u.lastSignInAt) : 'Never'}
                  </Text>
                ),
              },
              { accessor: 'actions', title: <span className="sr-only">Actions</span>, textAlign: 'right', render: (u) => <SsoUserActions user={u} /> },
            ]}
          />
        )}
        {users.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => users.fetchNextPage()} loading={users.isFetchingNextPage}>
              Show more users
            </Button>
          </Group>
        )}
      </Stack>
    </>
  );
}

/** Provisioned by SCIM (which token, when), or known by their sign-ins alone. */
function Source({ provisioning: p }: { provisioning: SsoUserProvisioning | null }) {
  if (!p)
    return (
      <Group gap={6} mt={4}>
        <Badge size="xs" variant="outline" color="gray" tt="none" title="Not provisioned by SCIM: known from their SSO sign-ins">
          Signed in only
        </Badge>
      </Group>
    );
  return (
    <Group gap={6} mt={4} wrap="nowrap" title={`Provisioned by SCIM with the token “${p.provider}” on ${formatDateTime(p.provisionedAt)}`}>
      <Badge size="xs" variant="light" color="blue" tt="none" style={{ flex: 'none' }}>
        SCIM
      </Badge>
      <Text size="xs" c="dimmed" truncate="end">
        {p.provider} · {formatDate(p.provisionedAt)}
      </Text>
    </Group>
  );
}

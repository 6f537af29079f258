import { Anchor, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconKeyOff } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSubscriptions } from '../api/subscriptions';
import type { Subscription, SubscriptionStatus } from '../api/types';
import { AppTable, wrap } from '../components/data-table';
import { NothingToManage } from '../components/nothing-to-manage';
import { PageHeader } from '../components/page-header';
import { SeatMeter } from '../components/seat-meter';
import { EmptyState, ErrorState } from '../components/states';
import { StatusBadge } from '../components/status-badge';
import { formatDate, formatNumber, formatRelative } from '../lib/format';
import { usePermissions } from '../lib/permissions';
import { SUBSCRIPTION_STATUS } from '../lib/status';

const FILTERS = [
  { value: 'all', label: 'All' },
  ...(Object.entries(SUBSCRIPTION_STATUS) as [SubscriptionStatus, { label: string }][]).map(([value, look]) => ({ value, label: look.label })),
];

export default function SubscriptionsPage() {
  const permissions = usePermissions();
  if (permissions.hasNothingToManage) return <NothingToManage />;
  return <SubscriptionList />;
}

function SubscriptionList() {
  const [params, setParams] = useSearchParams();
  const filter = params.get('status') ?? 'all';
  const status = filter === 'all' ? undefined : (filter as SubscriptionStatus);
  const list = useSubscriptions(status);
  const navigate = useNavigate();
  const records = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <>
      <PageHeader title="Subscriptions" description="Each subscription licenses one product with a number of seats. Open one to manage its keys, devices and invitations." />
      <Stack gap="md">
        <SegmentedControl
          aria-label="Filter subscriptions by status"
          data={FILTERS}
          value={filter}
          onChange={(value) => setParams(value === 'all' ? {} : { status: value }, { replace: true })}
          style={{ alignSelf: 'flex-start' }}
        />
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <AppTable<Subscription>
            records={records}
            fetching={list.isFetching && !list.isFetchingNextPage}
            idAccessor="id"
            onRowClick={({ record }) => navigate(`/subscriptions/${record.id}`)}
            emptyState={
              !list.isPending && (
                <EmptyState icon={IconKeyOff} title={status ? `No subscriptions ${SUBSCRIPTION_STATUS[status].label.toLowerCase()}` : 'No subscriptions yet'}>
                  {status ? 'Try another filter.' : 'Subscriptions appear here once your vendor sells one to this account.'}
                </EmptyState>
              )
            }
            columns={[
              {
                accessor: 'product',
                title: 'Product',
                ...wrap(180),
                render: (s) => (
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/subscriptions/${s.id}`} fw={600} size="sm" onClick={(e) => e.stopPropagation()}>
                      {s.product.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {s.product.code}
                    </Text>
                  </Stack>
                ),
              },
              { accessor: 'status', title: 'Status', render: (s) => <StatusBadge table={SUBSCRIPTION_STATUS} status={s.status} /> },
              { accessor: 'seats', title: 'Seats used', render: (s) => <SeatMeter used={s.seats.used} limit={s.seats.total} /> },
              {
                accessor: 'available',
                title: 'Unused',
                textAlign: 'right',
                render: (s) => (
                  <Text size="sm" className="tabular">
                    {formatNumber(s.seats.unused)}
                  </Text>
                ),
              },
              {
                accessor: 'expiresAt',
                title: 'Expires',
                render: (s) => (
                  <Stack gap={0}>
                    <Text size="sm">{formatDate(s.expiresAt)}</Text>
                    <Text size="xs" c="dimmed">
                      {formatRelative(s.expiresAt)}
                      {s.autoRenew ? ' · renews automatically' : ''}
                    </Text>
                  </Stack>
                ),
              },
            ]}
          />
        )}
        {list.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
              Show more subscriptions
            </Button>
          </Group>
        )}
      </Stack>
    </>
  );
}

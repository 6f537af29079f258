import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconGauge } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useOverview, type AtLimitSubscription, type ExpiringSubscription } from '../../api/operator';
import { AppTable, wrap } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { SeatMeter } from '../../components/seat-meter';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { AccountSearchBox } from '../../features/operator/account-search-box';
import { formatDate, formatNumber, formatRelative } from '../../lib/format';

function Figure({ label, value, help, testId }: { label: string; value: ReactNode; help: string; testId: string }) {
  return (
    <Card>
      <Stack gap={2}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
          {label}
        </Text>
        <Text fz={28} fw={650} lh={1.15} className="tabular" data-testid={testId}>
          {value}
        </Text>
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      </Stack>
    </Card>
  );
}

const accountCell = (s: { accountId: string; accountName: string }) => (
  <Anchor component={Link} to={`/operator/accounts/${s.accountId}`} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
    {s.accountName}
  </Anchor>
);

export default function OperatorOverviewPage() {
  const overview = useOverview();
  return (
    <>
      <PageHeader title="Overview" description="The whole fleet: every account, every subscription, every active device." />
      <Stack gap="lg">
        <AccountSearchBox />
        {overview.isPending ? (
          <LoadingState />
        ) : overview.isError ? (
          <ErrorState error={overview.error} onRetry={() => overview.refetch()} />
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
              <Figure label="Active devices" value={formatNumber(overview.data.figures.activeDevices)} help="Activated and not released, every account" testId="figure-active-devices" />
              <Figure
                label="Seats used / sold"
                value={
                  <>
                    {formatNumber(overview.data.figures.seatsUsed)}
                    <Text span c="dimmed" fz={20} fw={500}>
                      {' / '}
                      {formatNumber(overview.data.figures.seatsSold)}
                    </Text>
                  </>
                }
                help="In subscriptions that have not expired"
                testId="figure-seats"
              />
              <Figure label="Expiring in 30 days" value={formatNumber(overview.data.figures.subscriptionsExpiringSoon)} help="Subscriptions to renew soon" testId="figure-expiring" />
              <Figure label="Accounts at their limit" value={formatNumber(overview.data.figures.accountsAtLimit)} help="No free seat left in a subscription's pool" testId="figure-at-limit" />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
              <Card>
                <Stack gap="md">
                  <Stack gap={2}>
                    <Title order={2}>Expiring soon</Title>
                    <Text size="sm" c="dimmed">
                      The next 30 days, soonest first.
                    </Text>
                  </Stack>
                  <AppTable<ExpiringSubscription>
                    records={overview.data.expiringSoon}
                    idAccessor="subscriptionId"
                    emptyState={<EmptyState icon={IconCalendarCheck} title="Nothing expires in the next 30 days" />}
                    columns={[
                      { accessor: 'accountName', title: 'Account', ...wrap(160), render: accountCell },
                      { accessor: 'productName', title: 'Product', ...wrap(120) },
                      {
                        accessor: 'expiresAt',
                        title: 'Expires',
                        render: (s) => (
                          <Stack gap={0}>
                            <Text size="sm">{formatDate(s.expiresAt)}</Text>
                            <Text size="xs" c="dimmed">
                              {formatRelative(s.expiresAt)}
                            </Text>
                          </Stack>
                        ),
                      },
                      { accessor: 'seats', title: 'Seats', render: (s) => <SeatMeter used={s.seats.used} limit={s.seats.total} width={130} /> },
                    ]}
                  />
                </Stack>
              </Card>
              <Card>
                <Stack gap="md">
                  <Stack gap={2}>
                    <Title order={2}>At their limit</Title>
                    <Text size="sm" c="dimmed">
                      No free seat: the next activation is refused. Time to sell seats.
                    </Text>
                  </Stack>
                  <AppTable<AtLimitSubscription>
                    records={overview.data.atLimit}
                    idAccessor="subscriptionId"
                    emptyState={<EmptyState icon={IconGauge} title="No subscription is full" />}
                    columns={[
                      { accessor: 'accountName', title: 'Account', ...wrap(160), render: accountCell },
                      { accessor: 'productName', title: 'Product', ...wrap(120) },
                      { accessor: 'seats', title: 'Seats', render: (s) => <SeatMeter used={s.seats.used} limit={s.seats.total} width={130} /> },
                    ]}
                  />
                </Stack>
              </Card>
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {formatNumber(overview.data.figures.accounts)} accounts in all.
            </Text>
          </>
        )}
      </Stack>
    </>
  );
}

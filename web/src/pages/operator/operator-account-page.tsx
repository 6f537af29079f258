import { Anchor, Badge, Button, Card, Group, Menu, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconDots, IconEye, IconHourglass, IconKeyOff, IconPlus, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAccountDetail, type AccountDetail } from '../../api/operator';
import type { Subscription } from '../../api/types';
import { AppTable, wrap } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { StatusBadge } from '../../components/status-badge';
import { CreateSubscriptionDialog, ExtendDialog, SeatsDialog, TermsDialog } from '../../features/operator/subscription-dialogs';
import { ExpiryLine } from '../../features/subscription/expiry-line';
import { SeatBox } from '../../features/subscription/seat-box';
import { formatDate, formatNumber, formatRelative, plural } from '../../lib/format';
import { MEMBER_STATUS, ROLE, SUBSCRIPTION_STATUS } from '../../lib/status';

const CRUMBS = [{ label: 'Accounts', to: '/operator/accounts' }];

export default function OperatorAccountPage() {
  const id = useParams().accountId!;
  const detail = useAccountDetail(id);
  const [selling, setSelling] = useState(false);

  if (detail.isPending) return <LoadingState />;
  if (detail.isError)
    return (
      <>
        <PageHeader title="Account" crumbs={CRUMBS} />
        <ErrorState error={detail.error} title="This account cannot be shown" onRetry={() => detail.refetch()} />
      </>
    );
  const d = detail.data;
  return (
    <>
      <PageHeader
        crumbs={CRUMBS}
        title={d.account.name}
        description={`Customer since ${formatDate(d.account.createdAt)} · ${plural(d.activeDevices, 'active device')} · ${plural(d.subscriptions.length, 'subscription')}`}
        actions={
          <>
            <Button component={Link} to={`/operator/accounts/${d.account.id}/support`} variant="default" leftSection={<IconEye size={16} />}>
              Support view
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setSelling(true)}>
              Sell a subscription
            </Button>
          </>
        }
      />
      <Stack gap="xl">
        <Stack gap="md">
          <Title order={2}>Subscriptions</Title>
          {d.subscriptions.length === 0 ? (
            <Card>
              <EmptyState icon={IconKeyOff} title="No subscription yet" action={<Button onClick={() => setSelling(true)}>Sell a subscription</Button>}>
                A subscription licenses one product with a number of seats, and comes with its primary key.
              </EmptyState>
            </Card>
          ) : (
            d.subscriptions.map((s) => <SubscriptionCard key={s.id} subscription={s} />)
          )}
        </Stack>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <SsoCard sso={d.sso} />
          <DomainsCard domains={d.domains} />
        </SimpleGrid>
        <MembersCard members={d.members} />
      </Stack>
      {selling && <CreateSubscriptionDialog accountId={d.account.id} onClose={() => setSelling(false)} />}
    </>
  );
}

type Dialog = 'seats' | 'extend' | 'terms' | null;

function SubscriptionCard({ subscription: s }: { subscription: Subscription }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <Stack gap="sm" data-testid={`subscription-${s.product.code}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Group gap="sm" wrap="nowrap">
            <Title order={3} style={{ overflowWrap: 'anywhere' }}>
              {s.product.name}
            </Title>
            <StatusBadge table={SUBSCRIPTION_STATUS} status={s.status} />
          </Group>
          <Text size="sm" c="dimmed">
            <ExpiryLine subscription={s} /> · grace {plural(s.gracePeriodDays, 'day')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" size="sm" leftSection={<IconUsersPlus size={16} />} onClick={() => setDialog('seats')}>
            Add seats
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" size="sm" px="xs" aria-label={`More changes to ${s.product.name}`}>
                <IconDots size={16} />
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconCalendarPlus size={16} />} onClick={() => setDialog('extend')}>
                Extend
              </Menu.Item>
              <Menu.Item leftSection={<IconHourglass size={16} />} onClick={() => setDialog('terms')}>
                Grace and auto-renew
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <SeatBox seats={s.seats} />
      {dialog === 'seats' && <SeatsDialog subscription={s} onClose={close} />}
      {dialog === 'extend' && <ExtendDialog subscription={s} onClose={close} />}
      {dialog === 'terms' && <TermsDialog subscription={s} onClose={close} />}
    </Stack>
  );
}

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} ta="right" component="div">
        {children}
      </Text>
    </Group>
  );
}

function SsoCard({ sso }: { sso: AccountDetail['sso'] }) {
  return (
    <Card>
      <Stack gap="sm">
        <Title order={2}>Single sign-on</Title>
        <Line label="Identity provider">{sso.protocol ? <Badge color="teal">{sso.protocol === 'saml' ? 'SAML 2.0' : 'OpenID Connect'}</Badge> : <Badge color="gray">Not set up</Badge>}</Line>
        <Line label="Passwords for its domains">{sso.enforce ? 'Turned off (SSO required)' : 'Allowed'}</Line>
        <Line label="SCIM tokens">{formatNumber(sso.scimTokens)}</Line>
        <Line label="SSO users">{formatNumber(sso.ssoUsers)}</Line>
      </Stack>
    </Card>
  );
}

function DomainsCard({ domains }: { domains: AccountDetail['domains'] }) {
  return (
    <Card>
      <Stack gap="sm">
        <Title order={2}>Domains</Title>
        {domains.length === 0 ? (
          <Text size="sm" c="dimmed">
            No domain added. The account's administrators add and verify them on their SSO page.
          </Text>
        ) : (
          domains.map((d) => (
            <Line key={d.id} label={d.domain}>
              <Badge color={d.status === 'verified' ? 'teal' : 'yellow'}>{d.status === 'verified' ? 'Verified' : 'Pending'}</Badge>
            </Line>
          ))
        )}
      </Stack>
    </Card>
  );
}

function MembersCard({ members }: { members: AccountDetail['members'] }) {
  return (
    <Card>
      <Stack gap="md">
        <Title order={2}>Members</Title>
        <AppTable<AccountDetail['members'][number]>
          records={members}
          idAccessor="id"
          emptyState={<EmptyState title="No members">Nobody signs in to this account's console yet.</EmptyState>}
          columns={[
            {
              accessor: 'name',
              title: 'Member',
              ...wrap(200),
              render: (m) => (
                <Stack gap={0}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {m.name || m.email}
                  </Text>
                  <Anchor href={`mailto:${m.email}`} size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {m.email}
                  </Anchor>
                </Stack>
              ),
            },
            { accessor: 'role', title: 'Role', render: (m) => <StatusBadge table={ROLE} status={m.role} /> },
            { accessor: 'status', title: 'Status', render: (m) => <StatusBadge table={MEMBER_STATUS} status={m.status} /> },
            { accessor: 'lastSignInAt', title: 'Last sign-in', render: (m) => <Text size="sm">{m.lastSignInAt ? formatRelative(m.lastSignInAt) : 'Never'}</Text> },
          ]}
        />
      </Stack>
    </Card>
  );
}

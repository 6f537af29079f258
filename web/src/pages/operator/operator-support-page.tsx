/**
 * What the account's administrators see, for the vendor's support staff: read-only. Opening it
 * is recorded in the account's audit log (POST …/support-views), where the operator's own
 * changes also appear under their name.
 */
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDevicesOff, IconEye, IconHistoryOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { recordSupportView, SUPPORT_DEVICES, useAccountDetail, useAccountEvents, useAccountKeysOf, useRecentDevices } from '../../api/operator';
import { queryKeys } from '../../api/query-keys';
import type { AccountKey, AuditEvent, Device, Subscription } from '../../api/types';
import { AppTable, wrap } from '../../components/data-table';
import { KeyString } from '../../components/key-string';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { StatusBadge } from '../../components/status-badge';
import { actionLabel, actorName, recordedName, targetName, type NameOf } from '../../features/audit/describe-event';
import { EventChanges } from '../../features/audit/event-changes';
import { deviceColumns } from '../../features/devices/device-columns';
import { ExpiryLine } from '../../features/subscription/expiry-line';
import { SeatBox } from '../../features/subscription/seat-box';
import { formatDate, formatDateTime, formatNumber, formatRelative } from '../../lib/format';
import { notifyFailure } from '../../lib/notify';
import { KEY_STATUS, KEY_TYPE, MEMBER_STATUS, ROLE, SUBSCRIPTION_STATUS } from '../../lib/status';

/**
 * Opening the view is recorded once per visit (not again on a re-render). Answers whether the
 * record has settled: the audit log waits for it, since a log read while the record is being
 * written would miss the visit, and invalidating then does not help (a query's first fetch in
 * flight is joined, not restarted).
 */
function useRecordSupportView(accountId: string): boolean {
  const recorded = useRef<string | null>(null);
  const [settled, setSettled] = useState<string | null>(null);
  const client = useQueryClient();
  useEffect(() => {
    if (recorded.current === accountId) return;
    recorded.current = accountId;
    // A support call is about now: what an earlier page cached of this account is read again.
    void client.invalidateQueries({ queryKey: queryKeys.operatorAccount(accountId) });
    recordSupportView(accountId)
      .then(
        // the log below shows this visit too
        () => client.invalidateQueries({ queryKey: queryKeys.events }),
        (error: unknown) => notifyFailure('The support view was not recorded', error),
      )
      .finally(() => setSettled(accountId));
  }, [accountId, client]);
  return settled === accountId;
}

export default function OperatorSupportPage() {
  const accountId = useParams().accountId!;
  const recorded = useRecordSupportView(accountId);
  const detail = useAccountDetail(accountId);
  const keys = useAccountKeysOf(accountId);

  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorState error={detail.error} title="This account cannot be shown" onRetry={() => detail.refetch()} />;
  const d = detail.data;
  const keysOf = (s: Subscription) => (keys.data ?? []).filter((k) => k.subscriptionId === s.id);
  const names = new Map<string, string>([
    [d.account.id, d.account.name],
    ...d.members.map((m): [string, string] => [m.id, m.name || m.email]),
    ...(keys.data ?? []).map((k): [string, string] => [k.id, k.name]),
    ...d.subscriptions.map((s): [string, string] => [s.id, s.product.name]),
  ]);
  const nameOf: NameOf = (id) => names.get(id);

  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Accounts', to: '/operator/accounts' },
          { label: d.account.name, to: `/operator/accounts/${d.account.id}` },
        ]}
        title={`Support view: ${d.account.name}`}
      />
      <Alert color="orange" variant="light" icon={<IconEye size={18} />} title="Read-only" mb="lg" data-testid="support-banner" role="note">
        You see what the administrators of {d.account.name} see in their console. Nothing here changes the account; opening this view is recorded in its audit log. To
        change a subscription, go back to the{' '}
        <Anchor component={Link} to={`/operator/accounts/${d.account.id}`} size="sm">
          account page
        </Anchor>
        .
      </Alert>
      <Stack gap="xl">
        {d.subscriptions.length === 0 && (
          <Card>
            <EmptyState title="No subscription">The customer's console shows nothing to manage yet.</EmptyState>
          </Card>
        )}
        {d.subscriptions.map((s) => (
          <Stack key={s.id} gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Title order={2} style={{ overflowWrap: 'anywhere' }}>
                {s.product.name}
              </Title>
              <StatusBadge table={SUBSCRIPTION_STATUS} status={s.status} />
            </Group>
            <Text size="sm" c="dimmed">
              <ExpiryLine subscription={s} />
            </Text>
            <SeatBox seats={s.seats} />
            <KeysTable keys={keysOf(s)} pending={keys.isPending} error={keys.error} />
            <DevicesTable subscriptionId={s.id} />
          </Stack>
        ))}
        <Card>
          <Stack gap="md">
            <Title order={2}>Members</Title>
            <AppTable<(typeof d.members)[number]>
              records={d.members}
              idAccessor="id"
              emptyState={<EmptyState title="No members" />}
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
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {m.email}
                      </Text>
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
        <AuditLog accountId={d.account.id} nameOf={nameOf} ready={recorded} />
      </Stack>
    </>
  );
}

const count = (n: number | null, fallback = '—') => (
  <Text size="sm" className="tabular">
    {n === null ? fallback : formatNumber(n)}
  </Text>
);

function KeysTable({ keys, pending, error }: { keys: AccountKey[]; pending: boolean; error: unknown }) {
  if (error) return <ErrorState error={error} />;
  return (
    <AppTable<AccountKey>
      records={keys}
      fetching={pending}
      idAccessor="id"
      noRecordsText="No keys"
      columns={[
        {
          accessor: 'name',
          title: 'Key',
          ...wrap(220),
          render: (k) => (
            <Stack gap={2} align="flex-start">
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {k.name}
              </Text>
              <KeyString value={k.key} label={`${k.name} key`} />
            </Stack>
          ),
        },
        { accessor: 'type', title: 'Type', render: (k) => <StatusBadge table={KEY_TYPE} status={k.type} /> },
        { accessor: 'maxSeats', title: 'Max', textAlign: 'right', render: (k) => count(k.maxSeats, 'Main pool') },
        { accessor: 'used', title: 'Used', textAlign: 'right', render: (k) => count(k.used) },
        { accessor: 'available', title: 'Available', textAlign: 'right', render: (k) => count(k.available) },
        { accessor: 'expiresAt', title: 'Expires', render: (k) => <Text size="sm">{formatDate(k.expiresAt)}</Text> },
        { accessor: 'status', title: 'Status', render: (k) => <StatusBadge table={KEY_STATUS} status={k.status} /> },
      ]}
    />
  );
}

const DEVICE_COLUMNS = new Set(['name', 'os', 'keyName', 'userEmail', 'activatedAt', 'lastCheckInAt']);
const supportDeviceColumns = deviceColumns(false)
  .filter((c) => DEVICE_COLUMNS.has(String(c.accessor)))
  .map((c) => ({ ...c, toggleable: undefined, defaultToggle: undefined, sortable: undefined }));

function DevicesTable({ subscriptionId }: { subscriptionId: string }) {
  const devices = useRecentDevices(subscriptionId);
  if (devices.isError) return <ErrorState error={devices.error} onRetry={() => devices.refetch()} />;
  const list = devices.data?.devices ?? [];
  const total = devices.data?.total;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        Active devices{' '}
        <Text span size="sm" c="dimmed" fw={400}>
          {total !== undefined && total > list.length ? `(the latest ${formatNumber(list.length)} of ${formatNumber(total)})` : list.length > 0 ? `(${formatNumber(list.length)})` : ''}
        </Text>
      </Text>
      <AppTable<Device>
        records={list}
        fetching={devices.isPending}
        idAccessor="id"
        columns={[...supportDeviceColumns, { accessor: 'fingerprint', title: 'Fingerprint', render: (dv) => <span className="mono nowrap" title={dv.fingerprint}>{dv.fingerprint.length > 12 ? `${dv.fingerprint.slice(0, 12)}…` : dv.fingerprint}</span> }]}
        emptyState={!devices.isPending && <EmptyState icon={IconDevicesOff} title="No active device" />}
      />
      {list.length >= SUPPORT_DEVICES && (
        <Text size="xs" c="dimmed">
          The latest {SUPPORT_DEVICES} activations only.
        </Text>
      )}
    </Stack>
  );
}

/** An operator session records "Name <email>"; the operator token records its own label, which says nothing to a reader. */
const operatorName = (name: string | null | undefined): string => (name && /<[^<>]+>$/.test(name) ? recordedName(name)! : 'Operator token (automation)');

/** Who did it; the vendor's own staff by name, tagged, so that their changes stand out. */
function Actor({ event, nameOf }: { event: AuditEvent; nameOf: NameOf }) {
  if (event.actor.type === 'operator')
    return (
      <Group gap={6} wrap="wrap">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} title={event.actor.name ?? undefined}>
          {operatorName(event.actor.name)}
        </Text>
        <Badge size="xs" color="orange" variant="light">
          Operator
        </Badge>
      </Group>
    );
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {actorName(event, nameOf)}
    </Text>
  );
}

function AuditLog({ accountId, nameOf, ready }: { accountId: string; nameOf: NameOf; ready: boolean }) {
  const events = useAccountEvents(accountId, ready);
  return (
    <Card>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2}>Audit log</Title>
          <Text size="sm" c="dimmed">
            The account's log, as its administrators read it. Newest first.
          </Text>
        </Stack>
        {events.isError ? (
          <ErrorState error={events.error} onRetry={() => events.refetch()} />
        ) : (
          <AppTable<AuditEvent>
            records={events.data ?? []}
            fetching={!ready || (events.isFetching && !events.isFetchingNextPage)}
            idAccessor="id"
            verticalAlign="top"
            emptyState={!events.isPending && <EmptyState icon={IconHistoryOff} title="Nothing has happened yet" />}
            columns={[
              {
                accessor: 'at',
                title: 'When',
                width: 170,
                render: (e) => (
                  <Stack gap={0}>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatRelative(e.at)}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(e.at)}
                    </Text>
                  </Stack>
                ),
              },
              { accessor: 'actor', title: 'Who', ...wrap(160), render: (e) => <Actor event={e} nameOf={nameOf} /> },
              {
                accessor: 'action',
                title: 'What',
                ...wrap(200),
                render: (e) => (
                  <Stack gap={0}>
                    <Text size="sm" fw={600}>
                      {actionLabel(e)}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {[...new Set([targetName(e, nameOf), e.subscriptionId && nameOf(e.subscriptionId)])].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                ),
              },
              { accessor: 'changes', title: 'Changes', ...wrap(240), render: (e) => <EventChanges event={e} nameOf={nameOf} /> },
            ]}
          />
        )}
        {events.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => events.fetchNextPage()} loading={events.isFetchingNextPage}>
              Show older events
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

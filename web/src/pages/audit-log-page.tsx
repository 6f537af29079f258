import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconHistoryOff } from '@tabler/icons-react';
import { useEvents } from '../api/events';
import { useAccountKeys } from '../api/keys';
import { useMembers } from '../api/members';
import { useSignedIn } from '../lib/signed-in';
import { useSubscriptions } from '../api/subscriptions';
import type { AuditEvent, EventQuery } from '../api/types';
import { AppTable, wrap } from '../components/data-table';
import { PageHeader } from '../components/page-header';
import { EmptyState, ErrorState } from '../components/states';
import { ACTOR_TYPES, actionLabel, actorName, CATEGORIES, targetName } from '../features/audit/describe-event';
import { EventChanges } from '../features/audit/event-changes';
import { endOfDayIso, formatDateTime, formatRelative } from '../lib/format';
import { usePermissions } from '../lib/permissions';
import { useUrlState } from '../lib/use-url-state';
import NotFoundPage from './not-found-page';

export default function AuditLogPage() {
  const permissions = usePermissions();
  if (!permissions.canReadAuditLog) return <NotFoundPage />;
  return <AuditLog />;
}

function AuditLog() {
  const { account } = useSignedIn();
  const [view, setView] = useUrlState({ subscriptionId: '', action: '', actor: '', since: '', until: '' });
  const subscriptions = useSubscriptions(undefined);
  const members = useMembers(account.id);
  const accountKeys = useAccountKeys(account.id);
  const query: Omit<EventQuery, 'cursor'> = {
    subscriptionId: view.subscriptionId || undefined,
    action: view.action || undefined,
    actorType: (view.actor || undefined) as EventQuery['actorType'],
    since: view.since ? new Date(`${view.since}T00:00:00`).toISOString() : undefined,
    until: view.until ? endOfDayIso(view.until) : undefined,
    limit: 50,
  };
  const events = useEvents(query);
  const records = events.data?.pages.flatMap((p) => p.data) ?? [];
  const subscriptionList = subscriptions.data?.pages.flatMap((p) => p.data) ?? [];
  const names = new Map<string, string>([
    ...(members.data ?? []).map((m): [string, string] => [m.id, m.name || m.email]),
    ...accountKeys.keys.map(({ key }): [string, string] => [key.id, key.name]),
    ...subscriptionList.map((s): [string, string] => [s.id, s.product.name]),
  ]);
  const nameOf = (id: string) => names.get(id);
  const filtered = Object.values(view).some(Boolean);

  return (
    <>
      <PageHeader title="Audit log" description="Every change in the account: who made it, when, and what changed. Newest first." />
      <Stack gap="md">
        <Group gap="sm" wrap="wrap" align="flex-end">
          <Select
            label="Subscription"
            data={[{ value: '', label: 'All subscriptions' }, ...subscriptionList.map((s) => ({ value: s.id, label: `${s.product.name} (${s.product.code})` }))]}
            value={view.subscriptionId}
            onChange={(v) => setView({ subscriptionId: v ?? '' })}
            allowDeselect={false}
            w={220}
          />
          <Select label="What" data={CATEGORIES} value={view.action} onChange={(v) => setView({ action: v ?? '' })} allowDeselect={false} w={160} />
          <Select label="Who" data={ACTOR_TYPES} value={view.actor} onChange={(v) => setView({ actor: v ?? '' })} allowDeselect={false} w={160} />
          <TextInput type="date" label="From" value={view.since} max={view.until || undefined} onChange={(e) => setView({ since: e.currentTarget.value })} w={160} />
          <TextInput type="date" label="To" value={view.until} min={view.since || undefined} onChange={(e) => setView({ until: e.currentTarget.value })} w={160} />
          {filtered && (
            <Button variant="subtle" onClick={() => setView({ subscriptionId: '', action: '', actor: '', since: '', until: '' })}>
              Clear filters
            </Button>
          )}
        </Group>
        {events.isError ? (
          <ErrorState error={events.error} onRetry={() => events.refetch()} />
        ) : (
          <AppTable<AuditEvent>
            records={records}
            fetching={events.isFetching && !events.isFetchingNextPage}
            idAccessor="id"
            verticalAlign="top"
            emptyState={!events.isPending && <EmptyState icon={IconHistoryOff} title={filtered ? 'No events match' : 'Nothing has happened yet'} />}
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
              {
                accessor: 'actor',
                title: 'Who',
                render: (e) => (
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }} title={e.actor.type === 'member' ? (e.actor.name ?? undefined) : undefined}>
                    {actorName(e, nameOf)}
                  </Text>
                ),
              },
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
    </>
  );
}

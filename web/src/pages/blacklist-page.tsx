import { Button, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useBlacklist, useUnblacklist } from '../api/devices';
import type { BlacklistEntry } from '../api/types';
import { ConfirmDialog } from '../components/confirm-dialog';
import { AppTable, wrap } from '../components/data-table';
import { EmptyState, ErrorState } from '../components/states';
import { useCurrentSubscription } from '../features/subscription/context';
import { formatDateTime } from '../lib/format';
import { useUrlState } from '../lib/use-url-state';

const PAGE_SIZE = 50;

export default function BlacklistPage() {
  const subscription = useCurrentSubscription();
  const [view, setView] = useUrlState({ page: '1' });
  const page = Math.max(1, Number(view.page) || 1);
  const list = useBlacklist(subscription.id, page, PAGE_SIZE);
  const unblacklist = useUnblacklist(subscription.id);
  const [removing, setRemoving] = useState<BlacklistEntry | null>(null);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        A blacklisted device cannot activate on this subscription, with any key, until you take it off the list.
      </Text>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <AppTable<BlacklistEntry>
          records={list.data?.data ?? []}
          fetching={list.isFetching}
          idAccessor="id"
          pinLastColumn
          totalRecords={list.data?.total ?? 0}
          recordsPerPage={PAGE_SIZE}
          page={page}
          onPageChange={(p) => setView({ page: String(p) })}
          emptyState={
            !list.isPending && (
              <EmptyState icon={IconShieldCheck} title="The blacklist is empty">
                Blacklist a device from the device list to keep it from activating again.
              </EmptyState>
            )
          }
          columns={[
            { accessor: 'deviceName', title: 'Computer name', ...wrap(160), render: (e) => <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{e.deviceName ?? 'Unknown device'}</Text> },
            { accessor: 'fingerprint', title: 'Fingerprint', ...wrap(200), render: (e) => <Text className="mono" style={{ overflowWrap: 'anywhere' }}>{e.fingerprint}</Text> },
            { accessor: 'reason', title: 'Reason', ...wrap(160), render: (e) => <Text size="sm" c={e.reason ? undefined : 'dimmed'}>{e.reason ?? '—'}</Text> },
            { accessor: 'createdAt', title: 'Blacklisted', render: (e) => <Text size="sm">{formatDateTime(e.createdAt)}</Text> },
            {
              accessor: 'actions',
              title: <span className="sr-only">Actions</span>,
              textAlign: 'right',
              render: (e) => (
                <Button size="xs" variant="default" onClick={() => setRemoving(e)}>
                  Remove from blacklist
                </Button>
              ),
            },
          ]}
        />
      )}
      {removing && (
        <ConfirmDialog
          opened
          onClose={() => setRemoving(null)}
          title={`Take “${removing.deviceName ?? 'this device'}” off the blacklist?`}
          confirmLabel="Remove from blacklist"
          loading={unblacklist.isPending}
          onConfirm={() => unblacklist.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        >
          The device can activate again, with any key of this subscription. It is not activated by this.
        </ConfirmDialog>
      )}
    </Stack>
  );
}

import { Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { Invitation } from '../../api/types';
import { wrap } from '../../components/data-table';
import { KeyString } from '../../components/key-string';
import { StatusBadge } from '../../components/status-badge';
import { formatDate, formatRelative } from '../../lib/format';
import { DELIVERY_STATUS, INVITATION_STATUS, lookOf } from '../../lib/status';
import { languageName } from './invitation-options';
import { InvitationRowActions } from './invitation-row-actions';

/** The invitation's state and, under it, how its email is doing (with the last error, if any). */
function StatusCell({ invitation: { status, delivery } }: { invitation: Invitation }) {
  return (
    <Stack gap={2} align="flex-start">
      <StatusBadge table={INVITATION_STATUS} status={status} />
      <Text size="xs" c={delivery.status === 'failed' || delivery.status === 'retrying' ? 'red.7' : 'dimmed'} title={delivery.lastError ?? undefined}>
        Email {lookOf(DELIVERY_STATUS, delivery.status).label.toLowerCase()}
        {delivery.attempts > 1 ? ` (${delivery.attempts} attempts)` : ''}
      </Text>
    </Stack>
  );
}

export function invitationColumns(subscriptionId: string): DataTableColumn<Invitation>[] {
  return [
    {
      accessor: 'email',
      title: 'Email',
      ...wrap(200),
      render: (i) => (
        <Stack gap={0}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {i.email}
          </Text>
          <Text size="xs" c="dimmed">
            {languageName(i.language)} · sent {formatDate(i.createdAt)}
          </Text>
        </Stack>
      ),
    },
    { accessor: 'keyName', title: 'Key', ...wrap(110), render: (i) => <Text size="sm">{i.keyName}</Text> },
    { accessor: 'status', title: 'Status', render: (i) => <StatusCell invitation={i} /> },
    {
      accessor: 'expiresAt',
      title: 'Expires',
      render: (i) => (
        <Text size="sm" title={formatDate(i.expiresAt)}>
          {i.status === 'pending' ? formatRelative(i.expiresAt) : formatDate(i.expiresAt)}
        </Text>
      ),
    },
    { accessor: 'code', title: 'Code', render: (i) => <KeyString value={i.code} label={`code of ${i.email}`} /> },
    { accessor: 'actions', title: <span className="sr-only">Actions</span>, textAlign: 'right', render: (i) => <InvitationRowActions invitation={i} subscriptionId={subscriptionId} /> },
  ];
}

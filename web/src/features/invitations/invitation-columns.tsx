import { Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useMailConfigured } from '../../api/system';
import type { Invitation } from '../../api/types';
import { wrap } from '../../components/data-table';
import { KeyString } from '../../components/key-string';
import { StatusBadge } from '../../components/status-badge';
import { formatDate, formatDateTime, formatRelative } from '../../lib/format';
import { DELIVERY_STATUS, INVITATION_STATUS, lookOf } from '../../lib/status';
import { languageName } from './invitation-options';
import { InvitationRowActions } from './invitation-row-actions';

/** How the email of a pending invitation is doing (with the last error, if any); waiting, when the server has no SMTP server. */
function DeliveryLine({ delivery }: { delivery: Invitation['delivery'] }) {
  const mail = useMailConfigured();
  if (mail === false && delivery.status === 'queued')
    return (
      <Text size="xs" c="yellow.8">
        Email waiting: mail is not set up
      </Text>
    );
  return (
    <Text size="xs" c={delivery.status === 'failed' || delivery.status === 'retrying' ? 'red.7' : 'dimmed'} title={delivery.lastError ?? undefined}>
      Email {lookOf(DELIVERY_STATUS, delivery.status).label.toLowerCase()}
      {delivery.attempts > 1 ? ` (${delivery.attempts} attempts)` : ''}
    </Text>
  );
}

/** The invitation's state and, under it: while pending, its email; once accepted, on which device and when; once revoked, when. */
function StatusCell({ invitation }: { invitation: Invitation }) {
  const { status } = invitation;
  return (
    <Stack gap={2} align="flex-start">
      <StatusBadge table={INVITATION_STATUS} status={status} />
      {status === 'pending' && <DeliveryLine delivery={invitation.delivery} />}
      {status === 'accepted' && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }} title={formatDateTime(invitation.acceptedAt)}>
          {invitation.deviceName ? `on ${invitation.deviceName} · ` : ''}
          {formatDate(invitation.acceptedAt)}
        </Text>
      )}
      {status === 'revoked' && invitation.revokedAt && (
        <Text size="xs" c="dimmed">
          {formatDate(invitation.revokedAt)}
        </Text>
      )}
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
            {languageName(i.language)} · invited {formatDate(i.createdAt)}
          </Text>
        </Stack>
      ),
    },
    { accessor: 'keyName', title: 'Key', ...wrap(110), render: (i) => <Text size="sm">{i.keyName}</Text> },
    { accessor: 'status', title: 'Status', render: (i) => <StatusCell invitation={i} /> },
    {
      accessor: 'expiresAt',
      title: 'Expires',
      render: (i) =>
        i.status === 'pending' || i.status === 'expired' ? (
          <Text size="sm" title={formatDate(i.expiresAt)}>
            {i.status === 'pending' ? formatRelative(i.expiresAt) : formatDate(i.expiresAt)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" aria-label="No expiry: the code was used or revoked">
            —
          </Text>
        ),
    },
    { accessor: 'code', title: 'Code', render: (i) => <KeyString value={i.code} label={`code of ${i.email}`} /> },
    { accessor: 'actions', title: <span className="sr-only">Actions</span>, textAlign: 'right', render: (i) => <InvitationRowActions invitation={i} subscriptionId={subscriptionId} /> },
  ];
}

import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { IconDownload, IconMailOff, IconMailPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { downloadInvitations, useInvitations } from '../api/invitations';
import { useKeys } from '../api/keys';
import type { Invitation, InvitationStatus } from '../api/types';
import { AppTable } from '../components/data-table';
import { KeyFilter } from '../components/key-filter';
import { SearchField } from '../components/search-field';
import { MailNotice } from '../components/mail-notice';
import { EmptyState, ErrorState } from '../components/states';
import { invitationColumns } from '../features/invitations/invitation-columns';
import { InviteDialog } from '../features/invitations/invite-dialog';
import { useCurrentSubscription } from '../features/subscription/context';
import { slug, today } from '../lib/format';
import { usePermissions } from '../lib/permissions';
import { INVITATION_STATUS } from '../lib/status';
import { useDownload } from '../lib/use-download';
import { useUrlState } from '../lib/use-url-state';

const PAGE_SIZE = 50;
const FILTERS = [{ value: 'all', label: 'All' }, ...Object.entries(INVITATION_STATUS).map(([value, look]) => ({ value, label: look.label }))];

export default function InvitationsPage() {
  const subscription = useCurrentSubscription();
  const permissions = usePermissions();
  const keys = useKeys(subscription.id, permissions.isAccountAdmin ? undefined : permissions.seesKey);
  const [view, setView] = useUrlState({ status: 'all', keyId: '', q: '', page: '1', invite: '' });
  const [inviting, setInviting] = useState(false);
  const downloads = useDownload('Could not download the invitations');
  const search = useCallback((q: string) => setView({ q, page: '1' }), [setView]);

  const page = Math.max(1, Number(view.page) || 1);
  const status = view.status === 'all' ? undefined : (view.status as InvitationStatus);
  const list = useInvitations(subscription.id, { status, keyId: view.keyId || undefined, q: view.q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const dialogOpen = inviting || view.invite !== '';
  const filtered = Boolean(status || view.keyId || view.q);

  const download = () => downloads.run(() => downloadInvitations(subscription.id, status, `invitations-${slug(subscription.product.name)}-${today()}.csv`));

  return (
    <Stack gap="md">
      <MailNotice what="invitations" />
      <Group justify="space-between" gap="sm" wrap="wrap">
        <SegmentedControl aria-label="Filter invitations by status" data={FILTERS} value={view.status} onChange={(v) => setView({ status: v, page: '1' })} />
        <Group gap="sm">
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={download} loading={downloads.busy}>
            Download invitations
          </Button>
          <Button leftSection={<IconMailPlus size={16} />} onClick={() => setInviting(true)} disabled={subscription.status === 'expired'}>
            Invite users
          </Button>
        </Group>
      </Group>
      <Group gap="sm" wrap="wrap">
        <SearchField label="Search by email" placeholder="Search by email" value={view.q} onSearch={search} />
        <KeyFilter keys={keys.data} value={view.keyId} onChange={(keyId) => setView({ keyId, page: '1' })} />
      </Group>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <AppTable<Invitation>
          records={list.data?.data ?? []}
          fetching={list.isFetching}
          idAccessor="id"
          pinLastColumn
          columns={invitationColumns(subscription.id)}
          totalRecords={list.data?.total ?? 0}
          recordsPerPage={PAGE_SIZE}
          page={page}
          onPageChange={(p) => setView({ page: String(p) })}
          emptyState={
            !list.isPending && (
              <EmptyState icon={IconMailOff} title={filtered ? 'No invitations match' : 'No invitations yet'}>
                {filtered ? 'Try another filter.' : 'Invite people instead of handing out a key: each gets a personal code by email.'}
              </EmptyState>
            )
          }
        />
      )}
      {dialogOpen && keys.data && (
        <InviteDialog
          subscriptionId={subscription.id}
          keys={keys.data}
          initialKeyId={view.invite || null}
          onClose={() => {
            setInviting(false);
            setView({ invite: '' });
          }}
        />
      )}
    </Stack>
  );
}

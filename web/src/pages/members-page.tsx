import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useAccountKeys } from '../api/keys';
import { useMembers } from '../api/members';
import { useSignedIn } from '../lib/signed-in';
import type { Member } from '../api/types';
import { AppTable, wrap } from '../components/data-table';
import { PageHeader } from '../components/page-header';
import { EmptyState, ErrorState } from '../components/states';
import { StatusBadge } from '../components/status-badge';
import { InviteMemberDialog } from '../features/members/invite-member-dialog';
import { MemberActions } from '../features/members/member-actions';
import { formatRelative } from '../lib/format';
import { usePermissions } from '../lib/permissions';
import { MEMBER_STATUS, ROLE } from '../lib/status';
import NotFoundPage from './not-found-page';

export default function MembersPage() {
  const permissions = usePermissions();
  if (!permissions.canManageMembers) return <NotFoundPage />;
  return <MemberList />;
}

function MemberList() {
  const { member: me, account } = useSignedIn();
  const members = useMembers(account.id);
  const accountKeys = useAccountKeys(account.id);
  const [inviting, setInviting] = useState(false);
  const keyName = new Map(accountKeys.keys.map(({ key, subscription }) => [key.id, subscription ? `${key.name} · ${subscription.product.name}` : key.name]));

  return (
    <>
      <PageHeader
        title="Members"
        description={`The people of ${account.name} who sign in to this console, and what each may do.`}
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)}>
            Invite a member
          </Button>
        }
      />
      {members.isError ? (
        <ErrorState error={members.error} onRetry={() => members.refetch()} />
      ) : (
        <AppTable<Member>
          records={members.data ?? []}
          fetching={members.isPending}
          idAccessor="id"
          pinLastColumn
          emptyState={!members.isPending && <EmptyState icon={IconUsers} title="No members yet" />}
          columns={[
            {
              accessor: 'name',
              title: 'Member',
              ...wrap(200),
              render: (m) => (
                <Stack gap={0}>
                  <Group gap={6}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {m.name || m.email}
                    </Text>
                    {m.id === me.id && (
                      <Badge size="xs" color="gray">
                        you
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {m.email}
                  </Text>
                </Stack>
              ),
            },
            { accessor: 'role', title: 'Role', render: (m) => <StatusBadge table={ROLE} status={m.role} /> },
            {
              accessor: 'keyIds',
              title: 'Keys',
              ...wrap(180),
              render: (m) =>
                m.role === 'license_admin' ? (
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {m.keyIds.map((id) => keyName.get(id) ?? 'a key').join(', ') || '—'}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {m.role === 'account_admin' ? 'All' : '—'}
                  </Text>
                ),
            },
            { accessor: 'status', title: 'Status', render: (m) => <StatusBadge table={MEMBER_STATUS} status={m.status} /> },
            { accessor: 'lastSignInAt', title: 'Last sign-in', render: (m) => <Text size="sm">{m.lastSignInAt ? formatRelative(m.lastSignInAt) : 'Never'}</Text> },
            {
              accessor: 'actions',
              title: <span className="sr-only">Actions</span>,
              textAlign: 'right',
              render: (m) => <MemberActions member={m} self={m.id === me.id} />,
            },
          ]}
        />
      )}
      {inviting && <InviteMemberDialog accountId={account.id} onClose={() => setInviting(false)} />}
    </>
  );
}

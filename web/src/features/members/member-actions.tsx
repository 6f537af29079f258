import { ActionIcon, Menu } from '@mantine/core';
import { IconBan, IconCircleCheck, IconDots, IconMailForward, IconUserCog, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useMemberCommand, useRemoveMember } from '../../api/members';
import type { Member } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormError } from '../../components/form-error';
import { EditMemberDialog } from './edit-member-dialog';
import { memberErrorMessage } from './member-errors';

type Dialog = 'role' | 'block' | 'remove' | null;

export function MemberActions({ member, self }: { member: Member; self: boolean }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const block = useMemberCommand(member, 'block');
  const unblock = useMemberCommand(member, 'unblock');
  const resend = useMemberCommand(member, 'resend-invitation');
  const remove = useRemoveMember(member);
  const who = member.name || member.email;
  const close = () => setDialog(null);

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${who}`}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconUserCog size={16} />} onClick={() => setDialog('role')}>
            Change role{member.role === 'license_admin' ? ' or keys' : ''}…
          </Menu.Item>
          {member.status === 'invited' && (
            <Menu.Item leftSection={<IconMailForward size={16} />} onClick={() => resend.mutate()}>
              Resend the invitation
            </Menu.Item>
          )}
          {!self &&
            (member.status === 'blocked' ? (
              <Menu.Item leftSection={<IconCircleCheck size={16} />} onClick={() => unblock.mutate()}>
                Unblock
              </Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconBan size={16} />} onClick={() => setDialog('block')}>
                Block…
              </Menu.Item>
            ))}
          <Menu.Item color="red" leftSection={<IconUserMinus size={16} />} onClick={() => setDialog('remove')}>
            {self ? 'Leave the account…' : 'Remove…'}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {dialog === 'role' && <EditMemberDialog member={member} onClose={close} />}
      {dialog === 'block' && (
        <ConfirmDialog
          opened
          onClose={close}
          title={`Block ${who}?`}
          confirmLabel="Block"
          danger
          loading={block.isPending}
          onConfirm={() => block.mutate(undefined, { onSuccess: close })}
          extra={block.isError && <FormError error={block.error} message={memberErrorMessage(block.error)} />}
        >
          They are signed out everywhere now and cannot sign in until you unblock them. Their role and keys stay.
        </ConfirmDialog>
      )}
      {dialog === 'remove' && (
        <ConfirmDialog
          opened
          onClose={close}
          title={self ? 'Leave the account?' : `Remove ${who}?`}
          confirmLabel={self ? 'Leave' : 'Remove'}
          danger
          loading={remove.isPending}
          onConfirm={() => remove.mutate(undefined, { onSuccess: close })}
          extra={remove.isError && <FormError error={remove.error} message={memberErrorMessage(remove.error)} />}
        >
          {self ? 'You lose access to this account at once.' : `${who} loses access to the account at once. Devices and invitations stay as they are.`}
        </ConfirmDialog>
      )}
    </>
  );
}

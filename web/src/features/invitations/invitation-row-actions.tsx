import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconMailForward, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useInvitationCommand } from '../../api/invitations';
import type { Invitation } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { MailNotice } from '../../components/mail-notice';

/** Resend (pending or expired: a new code, the old one stops working) and revoke (pending). */
export function InvitationRowActions({ invitation, subscriptionId }: { invitation: Invitation; subscriptionId: string }) {
  const resend = useInvitationCommand(subscriptionId, 'resend');
  const revoke = useInvitationCommand(subscriptionId, 'revoke');
  const [confirming, setConfirming] = useState<'resend' | 'revoke' | null>(null);
  const canResend = invitation.status === 'pending' || invitation.status === 'expired';
  const canRevoke = invitation.status === 'pending';
  if (!canResend && !canRevoke) return null;
  const close = () => setConfirming(null);

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for the invitation of ${invitation.email}`}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {canResend && (
            <Menu.Item leftSection={<IconMailForward size={16} />} onClick={() => setConfirming('resend')}>
              Resend with a new code…
            </Menu.Item>
          )}
          {canRevoke && (
            <Menu.Item color="red" leftSection={<IconX size={16} />} onClick={() => setConfirming('revoke')}>
              Revoke…
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {confirming === 'resend' && (
        <ConfirmDialog
          opened
          onClose={close}
          title={`Resend to ${invitation.email}?`}
          confirmLabel="Resend"
          loading={resend.isPending}
          onConfirm={() => resend.mutate(invitation, { onSuccess: close })}
          extra={<MailNotice what="invitations" />}
        >
          A new email goes out with a new code and a new expiry of {invitation.expiresInDays} days. The current code stops working at once.
        </ConfirmDialog>
      )}
      {confirming === 'revoke' && (
        <ConfirmDialog
          opened
          onClose={close}
          title={`Revoke the invitation of ${invitation.email}?`}
          confirmLabel="Revoke"
          danger
          loading={revoke.isPending}
          onConfirm={() => revoke.mutate(invitation, { onSuccess: close })}
        >
          The code stops working at once; an email not sent yet is cancelled.
        </ConfirmDialog>
      )}
    </>
  );
}

import { Button } from '@mantine/core';
import { useState } from 'react';
import { useSsoUserCommand } from '../../api/sso';
import type { SsoUser } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';

/** Deactivate (with confirmation) or reactivate an SSO user; a person SCIM removed comes back only through SCIM. */
export function SsoUserActions({ user }: { user: SsoUser }) {
  const deactivate = useSsoUserCommand(user, 'deactivate');
  const reactivate = useSsoUserCommand(user, 'reactivate');
  const [confirming, setConfirming] = useState(false);
  const who = user.name || user.email;
  if (user.provisioning?.deprovisionedAt) return null;
  if (user.status === 'deactivated')
    return (
      <Button size="xs" variant="default" loading={reactivate.isPending} onClick={() => reactivate.mutate()} aria-label={`Reactivate ${who}`}>
        Reactivate
      </Button>
    );
  return (
    <>
      <Button size="xs" variant="default" color="red" onClick={() => setConfirming(true)} aria-label={`Deactivate ${who}`}>
        Deactivate
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={`Deactivate ${who}?`}
        confirmLabel="Deactivate"
        danger
        loading={deactivate.isPending}
        onConfirm={() => deactivate.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      >
        Their devices stop at their next check-in; their seat is freed now. They cannot activate again until you reactivate them. To keep them out for good, remove them
        from the application in your identity provider too.
        {user.provisioning && ` ${user.provisioning.provider} provisions them over SCIM: it may set them active again at its next update.`}
      </ConfirmDialog>
    </>
  );
}

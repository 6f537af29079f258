import { Alert, Code } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useMailConfigured } from '../api/system';

const WAITS = {
  invitations: (
    <>
      The invitation emails wait in the server’s outbox and go out once the operator sets <Code>ALLOT_SMTP_URL</Code>. Meanwhile, “Download invitations” gives you
      the codes to hand out yourself.
    </>
  ),
  memberLink: (
    <>
      The email with the link to set a password waits in the server’s outbox and goes out once the operator sets <Code>ALLOT_SMTP_URL</Code>. Until then, the
      person cannot join.
    </>
  ),
  reset: (
    <>
      A reset link waits in the server’s outbox and goes out once the operator sets <Code>ALLOT_SMTP_URL</Code>. If you need to sign in sooner, ask whoever runs
      this server.
    </>
  ),
};

/**
 * Shown wherever the console would send an email while the server has no SMTP server: nothing is
 * lost (the mail waits in the outbox), but nothing arrives yet either.
 */
export function MailNotice({ what }: { what: keyof typeof WAITS }) {
  if (useMailConfigured() !== false) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconMailOff size={18} />} title="Email is not set up on this server" data-testid="mail-notice">
      {WAITS[what]}
    </Alert>
  );
}

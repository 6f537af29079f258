import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { errorCode, errorMessage } from '../lib/errors';

/** Why the server refused a form, as a sentence (the code stays out of sight, in data-code, for whoever inspects the page). */
export function FormError({ error, title, message }: { error: unknown; title?: string; message?: string }) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" title={title} data-code={errorCode(error) ?? undefined}>
      {message ?? errorMessage(error)}
    </Alert>
  );
}

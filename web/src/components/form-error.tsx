import { Alert, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { errorCode, errorMessage } from '../lib/errors';

/** Why the server refused a form, in its words, with its code. */
export function FormError({ error, title, message }: { error: unknown; title?: string; message?: string }) {
  const code = errorCode(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" title={title}>
      {message ?? errorMessage(error)}
      {code && (
        <Text span size="xs" c="dimmed" className="mono" ml={6}>
          {code}
        </Text>
      )}
    </Alert>
  );
}

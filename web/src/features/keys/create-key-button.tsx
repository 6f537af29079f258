import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useCreateKey } from '../../api/keys';
import type { Subscription } from '../../api/types';
import { expiryOf } from './key-draft';
import { KeyFormDialog } from './key-form-dialog';

export function CreateKeyButton({ subscription }: { subscription: Subscription }) {
  const [opened, dialog] = useDisclosure(false);
  const create = useCreateKey(subscription.id);
  return (
    <>
      <Button leftSection={<IconPlus size={16} />} onClick={dialog.open} disabled={subscription.status === 'expired'}>
        Create license key
      </Button>
      {opened && (
        <KeyFormDialog
          opened
          onClose={() => {
            create.reset();
            dialog.close();
          }}
          title="Create license key"
          submitLabel="Create key"
          subscription={subscription}
          licenseKey={null}
          pending={create.isPending}
          error={create.error}
          onSubmit={(d) =>
            create.mutateAsync({ name: d.name.trim(), type: d.type, maxSeats: Number(d.maxSeats), expiresAt: expiryOf(d, subscription) })
          }
        />
      )}
    </>
  );
}

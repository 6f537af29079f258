import { Checkbox, List } from '@mantine/core';
import { useState } from 'react';
import { useDeleteKey } from '../../api/keys';
import type { LicenseKey } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { plural } from '../../lib/format';
import { FormError } from '../../components/form-error';

/** Deleting a key with devices needs the explicit choice to deactivate them (KEY_HAS_ACTIVATIONS otherwise). */
export function DeleteKeyDialog({ licenseKey, onClose }: { licenseKey: LicenseKey; onClose: () => void }) {
  const remove = useDeleteKey(licenseKey);
  const [deactivate, setDeactivate] = useState(false);
  const hasDevices = licenseKey.used > 0;
  return (
    <ConfirmDialog
      opened
      onClose={onClose}
      title={`Delete “${licenseKey.name}”?`}
      confirmLabel={hasDevices ? `Delete and deactivate ${plural(licenseKey.used, 'device')}` : 'Delete key'}
      danger
      loading={remove.isPending}
      confirmDisabled={hasDevices && !deactivate}
      onConfirm={() => {
        if (!hasDevices || deactivate) remove.mutate(hasDevices, { onSuccess: onClose });
      }}
      extra={
        <>
          {hasDevices && (
            <Checkbox
              checked={deactivate}
              onChange={(e) => setDeactivate(e.currentTarget.checked)}
              label={`Deactivate its ${plural(licenseKey.used, 'device')} too`}
              description="Their seats return to the pool; the devices stop working at their next check-in."
            />
          )}
          {remove.isError && (
            <FormError error={remove.error} />
          )}
        </>
      }
    >
      <List size="sm" spacing={4}>
        <List.Item>The key stops working at once: nobody can activate with it any more.</List.Item>
        <List.Item>Its pending invitations are revoked.</List.Item>
        {licenseKey.type === 'reserved' && <List.Item>Its {plural(licenseKey.maxSeats ?? 0, 'reserved seat')} go back to the main pool.</List.Item>}
        {hasDevices ? (
          <List.Item>
            {plural(licenseKey.used, 'device')} still use it: a key with devices can only be deleted together with them.
          </List.Item>
        ) : (
          <List.Item>No device uses it.</List.Item>
        )}
      </List>
    </ConfirmDialog>
  );
}

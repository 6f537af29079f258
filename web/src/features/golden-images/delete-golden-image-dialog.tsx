import { Checkbox, List } from '@mantine/core';
import { useState } from 'react';
import { useDeleteGoldenImage } from '../../api/golden-images';
import type { GoldenImage } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormError } from '../../components/form-error';
import { plural } from '../../lib/format';

/** An image in use is deleted only with the explicit choice to detach it from its keys (GOLDEN_IMAGE_IN_USE otherwise). */
export function DeleteGoldenImageDialog({ image, keyNames, onClose }: { image: GoldenImage; keyNames: string[]; onClose: () => void }) {
  const remove = useDeleteGoldenImage(image);
  const [detach, setDetach] = useState(false);
  const inUse = image.keyIds.length > 0;
  return (
    <ConfirmDialog
      opened
      onClose={onClose}
      title={`Delete “${image.name}”?`}
      confirmLabel={inUse ? `Delete and detach from ${plural(image.keyIds.length, 'key')}` : 'Delete image'}
      danger
      loading={remove.isPending}
      confirmDisabled={inUse && !detach}
      onConfirm={() => remove.mutate(inUse && detach, { onSuccess: onClose })}
      extra={
        <>
          {inUse && (
            <Checkbox
              checked={detach}
              onChange={(e) => {
                setDetach(e.currentTarget.checked);
                remove.reset();
              }}
              label={`Detach it from ${plural(image.keyIds.length, 'key')}`}
              description={`${image.keyIds.length === 1 ? 'That key has' : 'Those keys have'} no golden image afterwards; their devices learn it at their next check-in.`}
            />
          )}
          {remove.isError && <FormError error={remove.error} />}
        </>
      }
    >
      <List size="sm" spacing={4}>
        {inUse ? (
          <List.Item>
            In use by {keyNames.length > 0 ? keyNames.map((n) => `“${n}”`).join(', ') : plural(image.keyIds.length, 'key')}: an image in use can only be deleted together with
            detaching it.
          </List.Item>
        ) : (
          <List.Item>No key uses it.</List.Item>
        )}
        <List.Item>The files at its download addresses are not touched: Allot only stores the addresses and checksums.</List.Item>
      </List>
    </ConfirmDialog>
  );
}

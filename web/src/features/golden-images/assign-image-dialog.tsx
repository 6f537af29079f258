import { Anchor, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAssignGoldenImage, useGoldenImages } from '../../api/golden-images';
import type { LicenseKey } from '../../api/types';
import { FormError } from '../../components/form-error';
import { ErrorState, LoadingState } from '../../components/states';

const NONE = '';

/** A key's golden image, chosen among the account's, or none. */
export function AssignImageDialog({ licenseKey, accountId, onClose }: { licenseKey: LicenseKey; accountId: string; onClose: () => void }) {
  const images = useGoldenImages(accountId);
  const assign = useAssignGoldenImage(licenseKey);
  const [choice, setChoice] = useState<string>(licenseKey.goldenImageId ?? NONE);
  const unchanged = choice === (licenseKey.goldenImageId ?? NONE);
  return (
    <Modal opened onClose={onClose} title={`Golden image of “${licenseKey.name}”`} size="md">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          The corporate virtual machine people of this key start from. Their devices get it at their next check-in.
        </Text>
        {images.isError ? (
          <ErrorState error={images.error} onRetry={() => images.refetch()} />
        ) : images.isPending ? (
          <LoadingState minHeight={80} />
        ) : images.data.length === 0 ? (
          <Text size="sm">
            The account has no golden image yet.{' '}
            <Anchor component={Link} to="/golden-images">
              Create one
            </Anchor>{' '}
            first.
          </Text>
        ) : (
          <Select
            label="Golden image"
            data={[{ value: NONE, label: 'None' }, ...images.data.map((image) => ({ value: image.id, label: image.name }))]}
            value={choice}
            onChange={(v) => {
              setChoice(v ?? NONE);
              assign.reset();
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
        )}
        {assign.isError && <FormError error={assign.error} title="The server refused" />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={assign.isPending}>
            Cancel
          </Button>
          <Button onClick={() => assign.mutate(choice === NONE ? null : choice, { onSuccess: onClose })} loading={assign.isPending} disabled={unchanged}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

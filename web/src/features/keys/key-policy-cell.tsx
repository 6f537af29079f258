import { Badge, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconDisc } from '@tabler/icons-react';
import { useGoldenImage } from '../../api/golden-images';
import type { GoldenImage, LicenseKey } from '../../api/types';

interface KeyPolicyCellProps {
  licenseKey: LicenseKey;
  /** The account's images, when the member may list them (Account Administrators); else the key's own is read. */
  images: GoldenImage[] | undefined;
  onPolicy: () => void;
  /** Choosing the image; absent for whoever may not change it. */
  onImage?: () => void;
}

/** A key's policy (its own, the account default, or inherited) and its golden image, on its row; each opens where it is changed. */
export function KeyPolicyCell({ licenseKey: key, images, onPolicy, onImage }: KeyPolicyCellProps) {
  const one = useGoldenImage(key.goldenImageId, images === undefined);
  const image = key.goldenImageId === null ? null : (images?.find((i) => i.id === key.goldenImageId) ?? one.data ?? null);
  const policy =
    key.type === 'primary'
      ? { label: 'Account default', color: 'grape', tip: 'Its policy is the account default: keys without their own follow it.' }
      : key.ownPolicy
        ? { label: 'Own policy', color: 'blue', tip: 'This key has a policy of its own.' }
        : { label: 'Default policy', color: 'gray', tip: 'Inherits the account default (the primary key’s policy).' };
  const imageLabel = key.goldenImageId === null ? 'No golden image' : (image?.name ?? '…');
  const imageText = (
    <Group gap={4} wrap="nowrap">
      <IconDisc size={14} stroke={1.6} color={key.goldenImageId ? 'var(--mantine-color-brand-6)' : 'var(--mantine-color-dimmed)'} />
      <Text size="xs" c={key.goldenImageId ? undefined : 'dimmed'} truncate maw={170} data-testid={`key-image-${key.name}`}>
        {imageLabel}
      </Text>
    </Group>
  );
  return (
    <Group gap={6} mt={2} wrap="wrap">
      <Tooltip label={policy.tip}>
        <UnstyledButton onClick={onPolicy} aria-label={`Policy of ${key.name}: ${policy.label}`}>
          <Badge color={policy.color} style={{ cursor: 'pointer' }} data-testid={`key-policy-${key.name}`}>
            {policy.label}
          </Badge>
        </UnstyledButton>
      </Tooltip>
      {onImage ? (
        <Tooltip label={key.goldenImageId ? 'Change its golden image' : 'Assign a golden image'}>
          <UnstyledButton onClick={onImage} aria-label={`Golden image of ${key.name}: ${imageLabel}`}>
            {imageText}
          </UnstyledButton>
        </Tooltip>
      ) : (
        imageText
      )}
    </Group>
  );
}

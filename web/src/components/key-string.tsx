import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';

/** A license key or code: hidden but for its ends until shown, and copied whole. */
export function KeyString({ value, label = 'key' }: { value: string; label?: string }) {
  const [shown, setShown] = useState(false);
  const groups = value.split('-');
  const masked = groups.length > 2 ? `${groups[0]}-••••-${groups[groups.length - 1]}` : '••••••';
  return (
    <Group gap={2} wrap="nowrap">
      <Text className="mono" c="dimmed" style={{ whiteSpace: 'nowrap' }} aria-label={shown ? value : `${label}, hidden`}>
        {shown ? value : masked}
      </Text>
      <Tooltip label={shown ? `Hide the ${label}` : `Show the ${label}`}>
        <ActionIcon variant="subtle" color="gray" size="sm" onClick={() => setShown((s) => !s)} aria-label={shown ? `Hide the ${label}` : `Show the ${label}`}>
          {shown ? <IconEyeOff size={15} /> : <IconEye size={15} />}
        </ActionIcon>
      </Tooltip>
      <CopyButton value={value} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : `Copy the ${label}`}>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" onClick={copy} aria-label={`Copy the ${label}`}>
              {copied ? <IconCheck size={15} /> : <IconCopy size={15} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** A SHA-256: its first and last characters on the page, whole on hover, copied whole with one click. */
export function Checksum({ value, label }: { value: string; label: string }) {
  const short = value.length > 20 ? `${value.slice(0, 10)}…${value.slice(-6)}` : value;
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={<span className="mono">{value}</span>} multiline maw={360} style={{ overflowWrap: 'anywhere' }}>
        <Text className="mono" size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} aria-label={`${label}: ${value}`} data-sha256={value}>
          {short}
        </Text>
      </Tooltip>
      <CopyButton value={value} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : `Copy the ${label}`}>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" onClick={copy} aria-label={`Copy the ${label}`}>
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowsExchange, IconBan, IconPlugConnectedX } from '@tabler/icons-react';
import type { Device } from '../../api/types';
import { plural } from '../../lib/format';
import type { DeviceAction } from './device-action-dialog';

/** What can be done to the selected devices at once. */
export function SelectionBar({ selected, onAction, onClear }: { selected: Device[]; onAction: (action: DeviceAction, devices: Device[]) => void; onClear: () => void }) {
  return (
    <Paper withBorder px="md" py="xs" radius="md" bg="brand.0" role="region" aria-label="Selected devices">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={600}>
          {plural(selected.length, 'device')} selected
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconArrowsExchange size={14} />} onClick={() => onAction('move', selected)}>
            Move…
          </Button>
          <Button size="xs" variant="default" leftSection={<IconPlugConnectedX size={14} />} onClick={() => onAction('deactivate', selected)}>
            Deactivate…
          </Button>
          <Button size="xs" variant="default" color="red" leftSection={<IconBan size={14} />} onClick={() => onAction('blacklist', selected)}>
            Blacklist…
          </Button>
          <Button size="xs" variant="subtle" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowsExchange, IconBan, IconDots, IconPlugConnectedX } from '@tabler/icons-react';
import type { Device } from '../../api/types';
import type { DeviceAction } from './device-action-dialog';

export function DeviceRowActions({ device, onAction }: { device: Device; onAction: (action: DeviceAction, devices: Device[]) => void }) {
  if (device.status !== 'active') return null;
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${device.device.name}`} onClick={(e) => e.stopPropagation()}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconArrowsExchange size={16} />} onClick={() => onAction('move', [device])}>
          Move to another key…
        </Menu.Item>
        <Menu.Item leftSection={<IconPlugConnectedX size={16} />} onClick={() => onAction('deactivate', [device])}>
          Deactivate…
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconBan size={16} />} onClick={() => onAction('blacklist', [device])}>
          Blacklist…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

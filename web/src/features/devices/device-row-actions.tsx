import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowsExchange, IconBan, IconDots, IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Device } from '../../api/types';
import type { DeviceAction } from './device-action-dialog';

/**
 * A device's menu. Only its button renders until it is first opened: a page of closed menus
 * (each a popover with its positioning and focus handling) made the list slow to render.
 */
export function DeviceRowActions({ device, onAction }: { device: Device; onAction: (action: DeviceAction, devices: Device[]) => void }) {
  const [used, setUsed] = useState(false);
  if (device.status !== 'active') return null;
  const button = (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={`Actions for ${device.device.name}`}
      aria-haspopup="menu"
      onClick={(e) => {
        e.stopPropagation();
        setUsed(true);
      }}
    >
      <IconDots size={18} />
    </ActionIcon>
  );
  if (!used) return button;
  return (
    <Menu position="bottom-end" defaultOpened>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        {/* an SSO device's seat follows its person's groups (SSO_SEAT_BY_GROUP): not moved by hand */}
        {device.activationType !== 'SSO' && (
          <Menu.Item leftSection={<IconArrowsExchange size={16} />} onClick={() => onAction('move', [device])}>
            Move to another key…
          </Menu.Item>
        )}
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

import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { exportDevices } from '../../api/devices';
import type { DeviceQuery, Subscription } from '../../api/types';
import { slug, today } from '../../lib/format';
import { useDownload } from '../../lib/use-download';

/**
 * The device list as CSV, with the list's search, key and sort (every page): its active devices,
 * or every device ever activated.
 */
export function ExportMenu({ subscription, filter }: { subscription: Subscription; filter: Omit<DeviceQuery, 'limit' | 'offset'> }) {
  const downloads = useDownload('Could not export the devices');
  const narrowed = filter.keyId || filter.q ? ' (as filtered)' : '';
  const run = (status: 'active' | 'all') =>
    downloads.run(() => exportDevices(subscription.id, { ...filter, status }, `devices-${slug(subscription.product.name)}-${today()}.csv`));
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={downloads.busy}>
          Export CSV
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => run('active')}>Active devices{narrowed}</Menu.Item>
        <Menu.Item onClick={() => run('all')}>All devices, past ones too{narrowed}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { exportDevices } from '../../api/devices';
import type { Subscription } from '../../api/types';
import { slug, today } from '../../lib/format';
import { useDownload } from '../../lib/use-download';

/** The device list as CSV: every active device (of the chosen key), or every device ever activated. */
export function ExportMenu({ subscription, keyId }: { subscription: Subscription; keyId: string | undefined }) {
  const downloads = useDownload('Could not export the devices');
  const run = (status: 'active' | 'all') =>
    downloads.run(() => exportDevices(subscription.id, { keyId, status }, `devices-${slug(subscription.product.name)}-${today()}.csv`));
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={downloads.busy}>
          Export CSV
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => run('active')}>Active devices{keyId ? ' of this key' : ''}</Menu.Item>
        <Menu.Item onClick={() => run('all')}>All devices, past ones too{keyId ? ' (this key)' : ''}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { ActionIcon, Menu } from '@mantine/core';
import { IconAdjustments, IconBan, IconDisc, IconShieldCog, IconCircleCheck, IconDevices, IconDots, IconMailForward, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useKeyCommand } from '../../api/keys';
import type { LicenseKey, Subscription } from '../../api/types';
import { DeleteKeyDialog } from './delete-key-dialog';
import { EditKeyDialog } from './edit-key-dialog';
import { KeyCommandDialog } from './key-command-dialog';

type Dialog = 'edit' | 'block' | 'regenerate' | 'delete' | null;

/** Everything an Account Administrator can do to one key. */
export function KeyActions({
  licenseKey,
  subscription,
  onPolicy,
  onImage,
}: {
  licenseKey: LicenseKey;
  subscription: Subscription;
  /** Open the key's policy editor, its golden-image choice (both kept by the keys card, which the row's badges open too). */
  onPolicy: () => void;
  onImage: () => void;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const unblock = useKeyCommand(licenseKey, 'unblock');
  const navigate = useNavigate();
  const primary = licenseKey.type === 'primary';
  const base = `/subscriptions/${subscription.id}`;
  const close = () => setDialog(null);

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for key ${licenseKey.name}`}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {!primary && (
            <Menu.Item leftSection={<IconAdjustments size={16} />} onClick={() => setDialog('edit')}>
              Change seats, type or expiry
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconShieldCog size={16} />} onClick={onPolicy}>
            {primary ? 'Policy (account default)…' : 'Policy…'}
          </Menu.Item>
          <Menu.Item leftSection={<IconDisc size={16} />} onClick={onImage}>
            Golden image…
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconMailForward size={16} />} onClick={() => navigate(`${base}/invitations?invite=${licenseKey.id}`)}>
            Invite users with this key
          </Menu.Item>
          <Menu.Item leftSection={<IconDevices size={16} />} onClick={() => navigate(`${base}/devices?keyId=${licenseKey.id}`)}>
            Show its devices
          </Menu.Item>
          <Menu.Divider />
          {licenseKey.status === 'blocked' ? (
            <Menu.Item leftSection={<IconCircleCheck size={16} />} onClick={() => unblock.mutate()}>
              Unblock
            </Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconBan size={16} />} onClick={() => setDialog('block')} disabled={licenseKey.status === 'expired'}>
              Block
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconRefresh size={16} />} onClick={() => setDialog('regenerate')}>
            Regenerate…
          </Menu.Item>
          {!primary && (
            <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
              Delete…
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {dialog === 'edit' && <EditKeyDialog licenseKey={licenseKey} subscription={subscription} onClose={close} />}
      {(dialog === 'block' || dialog === 'regenerate') && <KeyCommandDialog licenseKey={licenseKey} command={dialog} onClose={close} />}
      {dialog === 'delete' && <DeleteKeyDialog licenseKey={licenseKey} onClose={close} />}
    </>
  );
}

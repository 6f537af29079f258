import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useBulkDeviceAction } from '../../api/devices';
import type { BulkDeviceResult, Device, LicenseKey } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatNumber, plural } from '../../lib/format';
import { notifyProblems, notifySuccess } from '../../lib/notify';

export type DeviceAction = 'deactivate' | 'blacklist' | 'move';

interface DeviceActionDialogProps {
  action: DeviceAction;
  devices: Device[];
  subscriptionId: string;
  /** The keys a device may move to. */
  keys: LicenseKey[];
  onClose: () => void;
  /** After the action ran (some devices may have failed). */
  onDone: () => void;
}

const PAST = { deactivate: 'deactivated', blacklist: 'blacklisted', move: 'moved' } as const;

/** How many devices the action changed, and why the others were refused (each device has a result of its own). */
function report(action: DeviceAction, devices: Device[], results: BulkDeviceResult[]): void {
  const nameOf = new Map(devices.map((d) => [d.id, d.device.name]));
  const done = results.filter((r) => r.ok).length;
  const failed = results.filter((r) => !r.ok);
  if (done > 0) notifySuccess(`${plural(done, 'device')} ${PAST[action]}.`);
  if (failed.length > 0)
    notifyProblems(
      `${plural(failed.length, 'device')} could not be ${PAST[action]}`,
      failed.map((r) => ({ name: nameOf.get(r.activationId) ?? r.activationId, message: r.error?.message || 'Refused.' })),
    );
}

/** Deactivate, blacklist or move the selected devices, after saying what that does. */
export function DeviceActionDialog({ action, devices, subscriptionId, keys, onClose, onDone }: DeviceActionDialogProps) {
  const bulk = useBulkDeviceAction(subscriptionId);
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const what = devices.length === 1 ? `“${devices[0]!.device.name}”` : plural(devices.length, 'device');
  const finish = (results: BulkDeviceResult[]) => {
    report(action, devices, results);
    onDone();
  };

  const currentKeys = new Set(devices.map((d) => d.keyId));
  const targets = keys.filter((k) => k.status === 'active' && !(currentKeys.size === 1 && currentKeys.has(k.id)));
  const targetKey = keys.find((k) => k.id === target);

  const run = () => {
    const activationIds = devices.map((d) => d.id);
    if (action === 'deactivate') bulk.mutate({ action, activationIds }, { onSuccess: finish });
    if (action === 'blacklist') bulk.mutate({ action, activationIds, reason: reason.trim() || null }, { onSuccess: finish });
    if (action === 'move' && target) bulk.mutate({ action, activationIds, keyId: target }, { onSuccess: finish });
  };

  const text = {
    deactivate: {
      title: `Deactivate ${what}?`,
      confirm: 'Deactivate',
      body: `${devices.length === 1 ? 'It loses' : 'They lose'} the license now and ${devices.length === 1 ? 'its seat returns' : 'their seats return'} to the pool. ${devices.length === 1 ? 'It' : 'They'} can activate again later.`,
    },
    blacklist: {
      title: `Blacklist ${what}?`,
      confirm: 'Blacklist',
      body: `${devices.length === 1 ? 'It is' : 'They are'} deactivated now and cannot activate again on this subscription, with any key, until taken off the blacklist.`,
    },
    move: {
      title: `Move ${what} to another key`,
      confirm: 'Move',
      body: `${devices.length === 1 ? 'Its seat moves' : 'Their seats move'} with ${devices.length === 1 ? 'it' : 'them'}: the target key needs a free seat for each device.`,
    },
  }[action];

  return (
    <ConfirmDialog
      opened
      onClose={onClose}
      title={text.title}
      confirmLabel={text.confirm}
      danger={action !== 'move'}
      loading={bulk.isPending}
      confirmDisabled={action === 'move' && !target}
      onConfirm={run}
      extra={
        <Stack gap="sm">
          {action === 'blacklist' && (
            <TextInput label="Reason" description="Optional; shown in the blacklist." value={reason} maxLength={200} onChange={(e) => setReason(e.currentTarget.value)} />
          )}
          {action === 'move' && (
            <>
              <Select
                label="Target key"
                placeholder="Pick a key"
                required
                data={targets.map((k) => ({ value: k.id, label: `${k.name} — ${formatNumber(k.available)} available` }))}
                value={target}
                onChange={setTarget}
                nothingFoundMessage="No other active key"
                comboboxProps={{ withinPortal: true }}
              />
              {targetKey && targetKey.available < devices.length && (
                <Text size="sm" c="orange.8">
                  “{targetKey.name}” has {plural(targetKey.available, 'seat')} available for {plural(devices.length, 'device')}: the first ones move, the others stay.
                </Text>
              )}
            </>
          )}
        </Stack>
      }
    >
      {text.body}
    </ConfirmDialog>
  );
}

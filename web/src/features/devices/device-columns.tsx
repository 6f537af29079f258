import { Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { wrap } from '../../components/data-table';
import type { Device, DeviceSort } from '../../api/types';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime, formatRelative } from '../../lib/format';
import { DEVICE_STATUS } from '../../lib/status';

const text = (value: string | null) => (
  <Text size="sm" c={value ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
    {value ?? '—'}
  </Text>
);
const mono = (value: string | null) => (
  <Text className="mono" c={value ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
    {value ?? '—'}
  </Text>
);
/** "9 minutes ago", the exact time on hover: one line per device keeps the list dense. */
const when = (iso: string) => (
  <Text size="sm" title={formatDateTime(iso)}>
    {formatRelative(iso)}
  </Text>
);

/** The sort keys the API takes (ActivationQuery.sort), by column. */
export const SORTABLE: Record<string, DeviceSort> = {
  name: 'name',
  serial: 'serial',
  mac: 'mac',
  ip: 'ip',
  os: 'os',
  appVersion: 'appVersion',
  activatedAt: 'activatedAt',
  lastCheckInAt: 'lastCheckInAt',
};

/** The computer list's columns; the administrator picks which show (serial, MAC, IP and app version start hidden). */
export function deviceColumns(showStatus: boolean): DataTableColumn<Device>[] {
  const columns: DataTableColumn<Device>[] = [
    { accessor: 'name', title: 'Computer name', toggleable: false, ...wrap(140), render: (d) => <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{d.device.name}</Text> },
    { accessor: 'serial', title: 'Serial', toggleable: true, defaultToggle: false, render: (d) => mono(d.device.serial) },
    { accessor: 'mac', title: 'MAC', toggleable: true, defaultToggle: false, render: (d) => mono(d.device.mac) },
    { accessor: 'ip', title: 'IP', toggleable: true, defaultToggle: false, render: (d) => mono(d.device.ip) },
    { accessor: 'os', title: 'OS', toggleable: true, render: (d) => text(d.device.os) },
    { accessor: 'appVersion', title: 'App version', toggleable: true, defaultToggle: false, render: (d) => text(d.device.appVersion) },
    { accessor: 'keyName', title: 'Key', toggleable: true, ...wrap(110), render: (d) => text(d.keyName) },
    { accessor: 'userEmail', title: 'User', toggleable: true, ...wrap(120), render: (d) => text(d.userEmail) },
    { accessor: 'activatedAt', title: 'Activated', toggleable: true, render: (d) => when(d.activatedAt) },
    { accessor: 'lastCheckInAt', title: 'Last check-in', toggleable: true, render: (d) => when(d.lastCheckInAt) },
  ];
  if (showStatus) columns.push({ accessor: 'status', title: 'Status', toggleable: true, render: (d) => <StatusBadge table={DEVICE_STATUS} status={d.status} /> });
  return columns.map((c) => ({ ...c, sortable: c.accessor in SORTABLE }));
}

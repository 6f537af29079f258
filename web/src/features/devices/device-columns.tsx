import type { DataTableColumn } from 'mantine-datatable';
import { wrap } from '../../components/data-table';
import type { Device, DeviceSort } from '../../api/types';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime, formatRelative } from '../../lib/format';
import { DEVICE_STATUS } from '../../lib/status';

// Cells are plain elements styled by styles.css, not <Text>: a page of devices holds hundreds
// of them, and a Mantine component per cell made the first render of the list several times slower.
const text = (value: string | null) => <span className={value ? 'cell-text' : 'cell-none'}>{value ?? '—'}</span>;
const mono = (value: string | null) => <span className={value ? 'mono nowrap' : 'cell-none'}>{value ?? '—'}</span>;
/** The person of a device: an SSO activation's user (tagged SSO), or the invited address a key activation came from. */
const user = (d: Device) =>
  d.activationType === 'SSO' && d.userEmail ? (
    <span className="cell-text">
      {d.userEmail} <span className="cell-tag" title="Activated by single sign-on: one seat per person">SSO</span>
    </span>
  ) : (
    text(d.userEmail)
  );
/** "9 minutes ago", the exact time on hover: one line per device keeps the list dense. */
const when = (iso: string) => <span title={formatDateTime(iso)}>{formatRelative(iso)}</span>;

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
    { accessor: 'name', title: 'Computer name', toggleable: false, ...wrap(140), render: (d) => <span className="cell-text cell-strong">{d.device.name}</span> },
    { accessor: 'serial', title: 'Serial', toggleable: true, defaultToggle: false, render: (d) => mono(d.device.serial) },
    { accessor: 'mac', title: 'MAC', toggleable: true, defaultToggle: false, render: (d) => mono(d.device.mac) },
    { accessor: 'ip', title: 'IP', toggleable: true, defaultToggle: false, render: (d) => mono(d.device.ip) },
    { accessor: 'os', title: 'OS', toggleable: true, render: (d) => text(d.device.os) },
    { accessor: 'appVersion', title: 'App version', toggleable: true, defaultToggle: false, render: (d) => text(d.device.appVersion) },
    { accessor: 'keyName', title: 'Key', toggleable: true, ...wrap(110), render: (d) => text(d.keyName) },
    { accessor: 'userEmail', title: 'User', toggleable: true, ...wrap(120), render: user },
    { accessor: 'activatedAt', title: 'Activated', toggleable: true, render: (d) => when(d.activatedAt) },
    { accessor: 'lastCheckInAt', title: 'Last check-in', toggleable: true, render: (d) => when(d.lastCheckInAt) },
  ];
  if (showStatus) columns.push({ accessor: 'status', title: 'Status', toggleable: true, render: (d) => <StatusBadge table={DEVICE_STATUS} status={d.status} /> });
  return columns.map((c) => ({ ...c, sortable: c.accessor in SORTABLE }));
}

import { Group, Select, Stack } from '@mantine/core';
import { IconDevicesOff } from '@tabler/icons-react';
import { useDataTableColumns, type DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { useDevices } from '../api/devices';
import { useKeys } from '../api/keys';
import type { Device } from '../api/types';
import { KeyFilter } from '../components/key-filter';
import { ListTable } from '../components/list-table';
import { PageSizeSelect } from '../components/page-size-select';
import { RowCheckbox } from '../components/row-checkbox';
import { SearchField } from '../components/search-field';
import { EmptyState, ErrorState } from '../components/states';
import { ColumnPicker } from '../features/devices/column-picker';
import { DeviceActionDialog, type DeviceAction } from '../features/devices/device-action-dialog';
import { deviceColumns, SORTABLE } from '../features/devices/device-columns';
import { DeviceRowActions } from '../features/devices/device-row-actions';
import { DEVICE_VIEW, deviceFilterOf, deviceQueryOf, isFiltered, PAGE_SIZES, pageOf, pageSizeOf } from '../features/devices/device-view';
import { ExportMenu } from '../features/devices/export-menu';
import { SelectionBar } from '../features/devices/selection-bar';
import { useCurrentSubscription } from '../features/subscription/context';
import { usePermissions } from '../lib/permissions';
import { useUrlState } from '../lib/use-url-state';

const STATUSES = [
  { value: 'active', label: 'Active' },
  { value: 'deactivated', label: 'Deactivated' },
  { value: 'blacklisted', label: 'Blacklisted' },
  { value: 'released', label: 'Released' },
  { value: 'all', label: 'All statuses' },
];
const COLUMNS_KEY = 'allot-devices-columns';

export default function DevicesPage() {
  const subscription = useCurrentSubscription();
  const permissions = usePermissions();
  const keys = useKeys(subscription.id, permissions.isAccountAdmin ? undefined : permissions.seesKey);
  const [view, setView] = useUrlState(DEVICE_VIEW);
  const [selected, setSelected] = useState<Device[]>([]);
  const [dialog, setDialog] = useState<{ action: DeviceAction; devices: Device[] } | null>(null);

  const search = useCallback((q: string) => setView({ q, page: '1' }), [setView]);

  const page = pageOf(view);
  const size = pageSizeOf(view);
  // the same query as the route's loader (router.tsx), so the page finds the answer it started
  const devices = useDevices(subscription.id, deviceQueryOf(view));
  const showStatus = view.status !== 'active';
  // Stable columns: the column hook stores their toggles and would loop on a new array every render.
  const columns = useMemo(() => deviceColumns(showStatus), [showStatus]);
  // the saved choice is read at once, not in an effect (which would render the whole list a second time)
  const { effectiveColumns, columnsToggle, setColumnsToggle, resetColumnsToggle } = useDataTableColumns<Device>({ key: COLUMNS_KEY, columns, getInitialValueInEffect: false });
  const clear = () => setSelected([]);
  const filtered = isFiltered(view);
  const records = devices.data?.data ?? [];

  // Selection: only active devices can be acted on; the selection is of this page's devices.
  const selectable = records.filter((d) => d.status === 'active');
  const selectedIds = new Set(selected.map((d) => d.id));
  const selectedHere = selectable.filter((d) => selectedIds.has(d.id)).length;
  const selectColumn: DataTableColumn<Device> = {
    accessor: 'select',
    width: 44,
    title: (
      <RowCheckbox
        label="Select all devices on this page"
        checked={selectedHere > 0 && selectedHere === selectable.length}
        indeterminate={selectedHere > 0 && selectedHere < selectable.length}
        disabled={selectable.length === 0}
        onChange={(all) => setSelected(all ? selectable : [])}
      />
    ),
    render: (d) =>
      d.status === 'active' && (
        <RowCheckbox
          label={`Select ${d.device.name}`}
          checked={selectedIds.has(d.id)}
          onChange={(on) => setSelected(on ? [...selected, d] : selected.filter((s) => s.id !== d.id))}
        />
      ),
  };
  const actionsColumn: DataTableColumn<Device> = {
    accessor: 'actions',
    title: <span className="sr-only">Actions</span>,
    textAlign: 'right',
    // kept in view when the table scrolls sideways (styles.css)
    titleClassName: 'pinned-end',
    cellsClassName: 'pinned-end',
    render: (d) => <DeviceRowActions device={d} onAction={(action, list) => setDialog({ action, devices: list })} />,
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="wrap" style={{ flex: '1 1 520px' }}>
          <SearchField label="Search devices" placeholder="Search name, serial, MAC, IP, OS, user…" value={view.q} onSearch={search} />
          <KeyFilter
            keys={keys.data}
            value={view.keyId}
            onChange={(keyId) => {
              clear();
              setView({ keyId, page: '1' });
            }}
          />
          <Select
            aria-label="Filter by status"
            data={STATUSES}
            value={view.status}
            onChange={(v) => {
              clear();
              setView({ status: v ?? 'active', page: '1' });
            }}
            allowDeselect={false}
            w={160}
          />
        </Group>
        <Group gap="sm">
          <ColumnPicker columns={columns} toggles={columnsToggle} onChange={setColumnsToggle} onReset={resetColumnsToggle} />
          <ExportMenu subscription={subscription} filter={deviceFilterOf(view)} />
        </Group>
      </Group>

      {selected.length > 0 && <SelectionBar selected={selected} onAction={(action, list) => setDialog({ action, devices: list })} onClear={clear} />}

      {devices.isError ? (
        <ErrorState error={devices.error} onRetry={() => devices.refetch()} />
      ) : (
        <ListTable<Device>
          records={records}
          idOf={(d) => d.id}
          columns={[
            selectColumn,
            // the picker above toggles columns
            ...effectiveColumns,
            actionsColumn,
          ]}
          isSelected={(d) => selectedIds.has(d.id)}
          sort={{ column: view.sort, direction: view.order === 'asc' ? 'asc' : 'desc' }}
          onSort={(column, order) => {
            const sort = SORTABLE[column];
            if (sort) setView({ sort, order, page: '1' });
          }}
          total={devices.data?.total ?? 0}
          totalIsExact={devices.data?.totalIsExact ?? true}
          pageSize={size}
          page={page}
          onPage={(p) => {
            clear();
            setView({ page: String(p) });
          }}
          paginationExtra={
            <PageSizeSelect
              label="Devices per page"
              sizes={PAGE_SIZES}
              value={size}
              onChange={(n) => {
                clear();
                setView({ size: String(n), page: '1' });
              }}
            />
          }
          // a loader over the list while a page (or filter) loads, not at each refresh every 15 seconds
          fetching={devices.isPending || devices.isPlaceholderData}
          empty={
            <EmptyState icon={IconDevicesOff} title={filtered ? 'No devices match' : 'No devices yet'}>
              {filtered ? 'Try another search or filter.' : 'Devices appear here as they activate with one of the keys, or with an invitation code.'}
            </EmptyState>
          }
        />
      )}

      {dialog && (
        <DeviceActionDialog
          action={dialog.action}
          devices={dialog.devices}
          subscriptionId={subscription.id}
          keys={keys.data ?? []}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            clear();
          }}
        />
      )}
    </Stack>
  );
}

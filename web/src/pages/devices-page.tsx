import { Group, Select, Stack } from '@mantine/core';
import { IconDevicesOff } from '@tabler/icons-react';
import { useDataTableColumns, type DataTableSortStatus } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { useDevices } from '../api/devices';
import { useKeys } from '../api/keys';
import type { Device, DeviceQuery, DeviceSort } from '../api/types';
import { AppTable } from '../components/data-table';
import { PageSizeSelect } from '../components/page-size-select';
import { KeyFilter } from '../components/key-filter';
import { SearchField } from '../components/search-field';
import { EmptyState, ErrorState } from '../components/states';
import { ColumnPicker } from '../features/devices/column-picker';
import { DeviceActionDialog, type DeviceAction } from '../features/devices/device-action-dialog';
import { deviceColumns, SORTABLE } from '../features/devices/device-columns';
import { DeviceRowActions } from '../features/devices/device-row-actions';
import { ExportMenu } from '../features/devices/export-menu';
import { SelectionBar } from '../features/devices/selection-bar';
import { useCurrentSubscription } from '../features/subscription/context';
import { usePermissions } from '../lib/permissions';
import { useUrlState } from '../lib/use-url-state';

const PAGE_SIZES = [25, 50, 100, 200];
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
  const [view, setView] = useUrlState({ q: '', keyId: '', status: 'active', sort: 'activatedAt', order: 'desc', page: '1', size: '50' });
  const [selected, setSelected] = useState<Device[]>([]);
  const [dialog, setDialog] = useState<{ action: DeviceAction; devices: Device[] } | null>(null);

  const search = useCallback((q: string) => setView({ q, page: '1' }), [setView]);

  const page = Math.max(1, Number(view.page) || 1);
  const size = PAGE_SIZES.includes(Number(view.size)) ? Number(view.size) : 50;
  const query: DeviceQuery = {
    q: view.q || undefined,
    keyId: view.keyId || undefined,
    status: view.status as DeviceQuery['status'],
    sort: view.sort as DeviceSort,
    order: view.order === 'asc' ? 'asc' : 'desc',
    limit: size,
    offset: (page - 1) * size,
  };
  const devices = useDevices(subscription.id, query);
  const showStatus = view.status !== 'active';
  // Stable columns: the column hook stores their toggles and would loop on a new array every render.
  const columns = useMemo(() => deviceColumns(showStatus), [showStatus]);
  const { effectiveColumns, columnsToggle, setColumnsToggle, resetColumnsToggle } = useDataTableColumns<Device>({ key: COLUMNS_KEY, columns });
  const clear = () => setSelected([]);
  const filtered = Boolean(view.q || view.keyId || view.status !== 'active');

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
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
          <ExportMenu subscription={subscription} keyId={view.keyId || undefined} />
        </Group>
      </Group>

      {selected.length > 0 && <SelectionBar selected={selected} onAction={(action, list) => setDialog({ action, devices: list })} onClear={clear} />}

      {devices.isError ? (
        <ErrorState error={devices.error} onRetry={() => devices.refetch()} />
      ) : (
        <AppTable<Device>
          records={devices.data?.data ?? []}
          fetching={devices.isFetching}
          idAccessor="id"
          pinLastColumn
          verticalSpacing="xs"
          columns={[
            // the picker above toggles columns; the table's own header toggles stay off
            ...effectiveColumns.map(({ toggleable: _t, defaultToggle: _d, ...column }) => column),
            { accessor: 'actions', title: <span className="sr-only">Actions</span>, textAlign: 'right', render: (d) => <DeviceRowActions device={d} onAction={(action, list) => setDialog({ action, devices: list })} /> },
          ]}
          sortStatus={{ columnAccessor: view.sort, direction: view.order === 'asc' ? 'asc' : 'desc' }}
          onSortStatusChange={(s: DataTableSortStatus<Device>) => {
            const sort = SORTABLE[String(s.columnAccessor)];
            if (sort) setView({ sort, order: s.direction, page: '1' });
          }}
          selectedRecords={selected}
          onSelectedRecordsChange={setSelected}
          isRecordSelectable={(d) => d.status === 'active'}
          allRecordsSelectionCheckboxProps={{ 'aria-label': 'Select all devices on this page' }}
          getRecordSelectionCheckboxProps={(d) => ({ 'aria-label': `Select ${d.device.name}` })}
          totalRecords={devices.data?.total ?? 0}
          recordsPerPage={size}
          page={page}
          onPageChange={(p) => {
            clear();
            setView({ page: String(p) });
          }}
          // The table's own page-size menu loops on render with Mantine 9.7 (React error 185): a Select instead.
          renderPagination={({ Controls }) => (
            <Group justify="space-between" w="100%" gap="sm">
              <Controls.Text />
              <Group gap="md">
                <PageSizeSelect
                  label="Devices per page"
                  sizes={PAGE_SIZES}
                  value={size}
                  onChange={(n) => {
                    clear();
                    setView({ size: String(n), page: '1' });
                  }}
                />
                <Controls.Pagination />
              </Group>
            </Group>
          )}
          emptyState={
            !devices.isPending && (
              <EmptyState icon={IconDevicesOff} title={filtered ? 'No devices match' : 'No devices yet'}>
                {filtered ? 'Try another search or filter.' : 'Devices appear here as they activate with one of the keys, or with an invitation code.'}
              </EmptyState>
            )
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

import { Button, Checkbox, Menu, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import type { DataTableColumn, DataTableColumnToggle } from 'mantine-datatable';

interface ColumnPickerProps<T> {
  columns: DataTableColumn<T>[];
  toggles: DataTableColumnToggle[];
  onChange: (toggles: DataTableColumnToggle[]) => void;
  onReset: () => void;
}

/** Which columns the table shows (remembered in this browser). */
export function ColumnPicker<T>({ columns, toggles, onChange, onReset }: ColumnPickerProps<T>) {
  const titleOf = (accessor: string) => String(columns.find((c) => c.accessor === accessor)?.title ?? accessor);
  return (
    <Menu closeOnItemClick={false} position="bottom-end" width={220}>
      <Menu.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          Columns
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Show columns</Menu.Label>
        <Stack gap={8} px="sm" py={6}>
          {toggles
            .filter((t) => t.toggleable)
            .map((t) => (
              <Checkbox
                key={t.accessor}
                label={titleOf(t.accessor)}
                checked={t.toggled}
                onChange={(e) => onChange(toggles.map((x) => (x.accessor === t.accessor ? { ...x, toggled: e.currentTarget.checked } : x)))}
              />
            ))}
        </Stack>
        <Menu.Divider />
        <Menu.Item onClick={onReset}>Reset to default</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

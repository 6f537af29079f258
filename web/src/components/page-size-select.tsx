import { Group, Select, Text } from '@mantine/core';
import { useId } from 'react';

/** How many rows a page shows. */
export function PageSizeSelect({ label, sizes, value, onChange }: { label: string; sizes: number[]; value: number; onChange: (size: number) => void }) {
  const id = useId();
  return (
    <Group gap={8} wrap="nowrap">
      <Text component="label" htmlFor={id} size="sm" c="dimmed">
        {label}
      </Text>
      <Select
        id={id}
        size="xs"
        w={76}
        data={sizes.map(String)}
        value={String(value)}
        onChange={(v) => v && onChange(Number(v))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}

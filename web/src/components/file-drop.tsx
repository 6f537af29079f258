import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useId, useState, type DragEvent } from 'react';
import classes from './file-drop.module.css';

interface FileDropProps {
  label: string;
  hint: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** Drop a file here, or pick one: a real file input underneath, so the keyboard and screen readers reach it. */
export function FileDrop({ label, hint, accept, onFile, disabled }: FileDropProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <label
      htmlFor={id}
      className={classes.zone}
      data-over={over || undefined}
      data-disabled={disabled || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <input
        id={id}
        type="file"
        accept={accept}
        className={classes.input}
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          e.currentTarget.value = '';
        }}
      />
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" size={36} radius="md">
          <IconFileSpreadsheet size={20} />
        </ThemeIcon>
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {label}
          </Text>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </Stack>
      </Group>
    </label>
  );
}

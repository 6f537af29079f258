import { Group, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useUpdateKey } from '../../api/keys';
import type { LicenseKey } from '../../api/types';
import { NAME_MAX } from './key-draft';

/** The key's name; an administrator clicks it to rename the key (Enter saves, Escape cancels). */
export function KeyNameEditor({ licenseKey, editable }: { licenseKey: LicenseKey; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(licenseKey.name);
  const update = useUpdateKey(licenseKey);

  if (!editable)
    return (
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {licenseKey.name}
      </Text>
    );

  if (!editing)
    return (
      <UnstyledButton
        onClick={() => {
          setName(licenseKey.name);
          setEditing(true);
        }}
        aria-label={`Rename key ${licenseKey.name}`}
        title="Click to rename"
      >
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {licenseKey.name}
          </Text>
          <IconPencil size={14} color="var(--mantine-color-dimmed)" aria-hidden />
        </Group>
      </UnstyledButton>
    );

  const save = () => {
    const trimmed = name.trim();
    if (!trimmed || trimmed === licenseKey.name) return setEditing(false);
    update.mutate({ name: trimmed }, { onSuccess: () => setEditing(false) });
  };
  return (
    <TextInput
      size="xs"
      aria-label="Key name"
      value={name}
      maxLength={NAME_MAX}
      autoFocus
      disabled={update.isPending}
      error={update.isError ? update.error.message : !name.trim() ? 'A name is required' : undefined}
      onChange={(e) => setName(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') setEditing(false);
      }}
      onClick={(e) => e.stopPropagation()}
      miw={160}
    />
  );
}

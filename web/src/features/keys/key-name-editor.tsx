import { Group, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useUpdateKey } from '../../api/keys';
import type { LicenseKey } from '../../api/types';
import { NAME_MAX } from './key-draft';

/**
 * The key's name; an administrator clicks it to rename the key (Enter or leaving the field saves,
 * Escape cancels). One edit sends at most one request: Enter disables the field while it saves,
 * and the blur that follows (or the editor closing) must not save a second time.
 */
export function KeyNameEditor({ licenseKey, editable }: { licenseKey: LicenseKey; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(licenseKey.name);
  const update = useUpdateKey(licenseKey);
  /** Set once this edit is settled (saving, saved or cancelled); cleared when the editor opens again or a save failed. */
  const settled = useRef(false);

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
          settled.current = false;
          update.reset();
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

  const close = () => {
    settled.current = true;
    setEditing(false);
  };
  const save = () => {
    if (settled.current || update.isPending) return;
    const trimmed = name.trim();
    if (!trimmed || trimmed === licenseKey.name) return close();
    settled.current = true;
    update.mutate(
      { name: trimmed },
      {
        onSuccess: () => setEditing(false),
        // the field stays open with the server's reason; the next Enter or blur tries again
        onError: () => {
          settled.current = false;
        },
      },
    );
  };
  return (
    <TextInput
      size="xs"
      aria-label="Key name"
      value={name}
      maxLength={NAME_MAX}
      autoFocus
      readOnly={update.isPending}
      error={update.isError ? update.error.message : !name.trim() ? 'A name is required' : undefined}
      onChange={(e) => setName(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          save();
        }
        if (e.key === 'Escape') close();
      }}
      onClick={(e) => e.stopPropagation()}
      miw={160}
    />
  );
}

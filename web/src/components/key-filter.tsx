import { Select } from '@mantine/core';
import type { LicenseKey } from '../api/types';

/** "All keys" or one of them ('' for all). */
export function KeyFilter({ keys, value, onChange }: { keys: LicenseKey[] | undefined; value: string; onChange: (keyId: string) => void }) {
  return (
    <Select
      aria-label="Filter by key"
      data={[{ value: '', label: 'All keys' }, ...(keys ?? []).map((k) => ({ value: k.id, label: k.name }))]}
      value={value}
      onChange={(v) => onChange(v ?? '')}
      allowDeselect={false}
      w={190}
    />
  );
}

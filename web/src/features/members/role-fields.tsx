import { MultiSelect, Radio, Stack } from '@mantine/core';
import { OptionCard } from '../../components/option-card';
import type { Role } from '../../api/types';
import { useAccountKeys } from '../../api/keys';
import { useSignedIn } from '../../lib/signed-in';
import { ROLE } from '../../lib/status';

const ROLES: Role[] = ['account_admin', 'license_admin', 'member'];

interface RoleFieldsProps {
  role: Role;
  keyIds: string[];
  onRole: (role: Role) => void;
  onKeys: (keyIds: string[]) => void;
  keysError?: string | null;
}

/** The role, and for a License Administrator the keys they manage. */
export function RoleFields({ role, keyIds, onRole, onKeys, keysError }: RoleFieldsProps) {
  const accountKeys = useAccountKeys(useSignedIn().account.id);
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const { key, subscription } of accountKeys.keys) {
    const group = subscription ? `${subscription.product.name} (${subscription.product.code})` : 'Other subscriptions';
    groups.set(group, [...(groups.get(group) ?? []), { value: key.id, label: key.type === 'primary' ? `${key.name} (primary key)` : key.name }]);
  }
  return (
    <Stack gap="md">
      <Radio.Group label="Role" required value={role} onChange={(v) => onRole(v as Role)}>
        <Stack gap="xs" mt="xs">
          {ROLES.map((r) => (
            <OptionCard key={r} value={r} label={ROLE[r].label} description={ROLE[r].description} />
          ))}
        </Stack>
      </Radio.Group>
      {role === 'license_admin' && (
        <MultiSelect
          label="Keys they manage"
          description="They see these keys with their devices and invitations, and nothing else."
          placeholder={accountKeys.isPending ? 'Loading keys…' : 'Pick keys'}
          data={[...groups].map(([group, items]) => ({ group, items }))}
          value={keyIds}
          onChange={onKeys}
          searchable
          clearable
          error={keysError}
          comboboxProps={{ withinPortal: true }}
          nothingFoundMessage="No key matches"
        />
      )}
    </Stack>
  );
}

import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useUpdateMember } from '../../api/members';
import type { Member, Role } from '../../api/types';
import { memberErrorMessage } from './member-errors';
import { RoleFields } from './role-fields';
import { FormError } from '../../components/form-error';

/** Change a member's role, or the keys of a License Administrator. */
export function EditMemberDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const update = useUpdateMember(member);
  const [role, setRole] = useState<Role>(member.role);
  const [keyIds, setKeyIds] = useState<string[]>(member.keyIds);
  const [submitted, setSubmitted] = useState(false);
  const keysProblem = role === 'license_admin' && keyIds.length === 0 ? 'Pick at least one key.' : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (keysProblem) return;
    update.mutate({ role, ...(role === 'license_admin' && { keyIds }) }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={`Role of ${member.name || member.email}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {update.isError && (
            <FormError error={update.error} message={memberErrorMessage(update.error)} />
          )}
          <RoleFields role={role} keyIds={keyIds} onRole={setRole} onKeys={setKeyIds} keysError={submitted ? keysProblem : null} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={update.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useInviteMember } from '../../api/members';
import type { Role } from '../../api/types';
import { memberErrorMessage } from './member-errors';
import { RoleFields } from './role-fields';
import { FormError } from '../../components/form-error';
import { MailNotice } from '../../components/mail-notice';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A new member gets an email with a link to set their password (valid 7 days). */
export function InviteMemberDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const invite = useInviteMember(accountId);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('license_admin');
  const [keyIds, setKeyIds] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const problems = {
    email: EMAIL.test(email.trim()) ? null : 'Enter an email address.',
    name: name.trim() ? null : 'Enter their name.',
    keys: role === 'license_admin' && keyIds.length === 0 ? 'Pick at least one key.' : null,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.email || problems.name || problems.keys) return;
    invite.mutate(
      { email: email.trim(), name: name.trim(), role, ...(role === 'license_admin' && { keyIds }) },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Invite a member" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            They get an email with a link to set their password and sign in. The link works for 7 days.
          </Text>
          <MailNotice what="memberLink" />
          {invite.isError && (
            <FormError error={invite.error} message={memberErrorMessage(invite.error)} />
          )}
          <Group grow align="flex-start">
            <TextInput label="Email" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={submitted && problems.email} data-autofocus />
            <TextInput label="Name" required value={name} maxLength={200} onChange={(e) => setName(e.currentTarget.value)} error={submitted && problems.name} />
          </Group>
          <RoleFields role={role} keyIds={keyIds} onRole={setRole} onKeys={setKeyIds} keysError={submitted ? problems.keys : null} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={invite.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

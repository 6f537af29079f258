import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCreateAccount } from '../../api/operator';
import { FormError } from '../../components/form-error';

/** A new business account: its name; then its page, to sell it a subscription and add its administrator. */
export function CreateAccountDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const create = useCreateAccount();
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(name.trim(), { onSuccess: (account) => navigate(`/operator/accounts/${account.id}`) });
  };
  return (
    <Modal opened onClose={onClose} title="Create an account" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            A customer organisation. Afterwards, sell it a subscription from its page.
          </Text>
          {create.isError && <FormError error={create.error} title="The server refused" />}
          <TextInput label="Name" required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus placeholder="Acme Corp" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
              Create the account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

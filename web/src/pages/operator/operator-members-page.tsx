import { Badge, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash, IconUserPlus, IconUserShield } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useAddOperator, useOperators, useRemoveOperator, type OperatorMember } from '../../api/operator';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { AppTable, wrap } from '../../components/data-table';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState } from '../../components/states';
import { formatDate, formatRelative } from '../../lib/format';
import { useOperator } from '../../lib/operator-signed-in';
import { passwordProblem } from '../../lib/passwords';

export default function OperatorMembersPage() {
  const operators = useOperators();
  const { operator: me } = useOperator();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<OperatorMember | null>(null);
  const active = (operators.data ?? []).filter((m) => m.status === 'active').length;
  return (
    <>
      <PageHeader
        title="Operators"
        description="The vendor's staff who sign in here. They see and change every account: keep the list short."
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
            Add an operator
          </Button>
        }
      />
      {operators.isError ? (
        <ErrorState error={operators.error} onRetry={() => operators.refetch()} />
      ) : (
        <AppTable<OperatorMember>
          records={operators.data ?? []}
          fetching={operators.isPending}
          idAccessor="id"
          pinLastColumn
          emptyState={!operators.isPending && <EmptyState icon={IconUserShield} title="No operators" />}
          columns={[
            {
              accessor: 'name',
              title: 'Operator',
              ...wrap(220),
              render: (m) => (
                <Stack gap={0}>
                  <Group gap={6}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {m.name || m.email}
                    </Text>
                    {m.id === me.id && (
                      <Badge size="xs" color="gray">
                        you
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {m.email}
                  </Text>
                </Stack>
              ),
            },
            { accessor: 'status', title: 'Status', render: (m) => <Badge color={m.status === 'active' ? 'teal' : 'red'}>{m.status === 'active' ? 'Active' : 'Blocked'}</Badge> },
            { accessor: 'lastSignInAt', title: 'Last sign-in', render: (m) => <Text size="sm">{m.lastSignInAt ? formatRelative(m.lastSignInAt) : 'Never'}</Text> },
            { accessor: 'createdAt', title: 'Added', render: (m) => <Text size="sm">{formatDate(m.createdAt)}</Text> },
            {
              accessor: 'actions',
              title: <span className="sr-only">Actions</span>,
              textAlign: 'right',
              render: (m) => {
                const last = m.status === 'active' && active <= 1;
                return (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    disabled={last}
                    title={last ? 'The last active operator stays: add another first' : undefined}
                    onClick={() => setRemoving(m)}
                    aria-label={`Remove ${m.name || m.email}`}
                  >
                    Remove
                  </Button>
                );
              },
            },
          ]}
        />
      )}
      {adding && <AddOperatorDialog onClose={() => setAdding(false)} />}
      {removing && <RemoveOperatorDialog member={removing} self={removing.id === me.id} onClose={() => setRemoving(null)} />}
    </>
  );
}

function RemoveOperatorDialog({ member, self, onClose }: { member: OperatorMember; self: boolean; onClose: () => void }) {
  const remove = useRemoveOperator(member);
  return (
    <ConfirmDialog
      opened
      title={`Remove ${member.name || member.email}?`}
      confirmLabel="Remove"
      danger
      loading={remove.isPending}
      onConfirm={() => remove.mutate(undefined, { onSuccess: onClose })}
      onClose={onClose}
    >
      {self ? 'You remove yourself: your session ends and you can no longer sign in here.' : 'They can no longer sign in as an operator; their sessions end.'} What they did stays in
      the accounts' audit logs under their name.
    </ConfirmDialog>
  );
}

function AddOperatorDialog({ onClose }: { onClose: () => void }) {
  const add = useAddOperator();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const emailOk = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
  const problem = passwordProblem(password);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!emailOk || !name.trim() || problem) return;
    add.mutate({ email: email.trim(), name: name.trim(), password }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title="Add an operator" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Give them the password in person or through your password manager; they sign in at /operator/sign-in.
          </Text>
          {add.isError && <FormError error={add.error} title="The server refused" />}
          <TextInput label="Name" required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus error={submitted && !name.trim() ? 'Enter their name.' : undefined} />
          <TextInput label="Email" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={submitted && !emailOk ? 'Enter an email address such as name@example.com.' : undefined} />
          <PasswordInput label="Password" required autoComplete="new-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} description="10 to 200 characters." error={submitted ? problem : undefined} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={add.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add the operator
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Card, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useChangePassword, useRenameMe } from '../api/profile';
import { useSignedIn } from '../lib/signed-in';
import { PageHeader } from '../components/page-header';
import { StatusBadge } from '../components/status-badge';
import { passwordProblem } from '../lib/passwords';
import { ROLE } from '../lib/status';

function NameCard() {
  const { member } = useSignedIn();
  const rename = useRenameMe();
  const [name, setName] = useState(member.name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) rename.mutate(name.trim());
  };
  return (
    <Card component="form" onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2}>Your details</Title>
        <TextInput label="Email" value={member.email} readOnly description="Ask an Account Administrator to change it." />
        <TextInput label="Name" value={name} maxLength={200} required onChange={(e) => setName(e.currentTarget.value)} error={rename.isError && rename.error.message} />
        <Group justify="space-between">
          <StatusBadge table={ROLE} status={member.role} />
          <Button type="submit" loading={rename.isPending} disabled={!name.trim() || name.trim() === member.name}>
            Save name
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function PasswordCard() {
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const problem = passwordProblem(next);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!problem && current)
      change.mutate(
        { currentPassword: current, newPassword: next },
        {
          onSuccess: () => {
            setCurrent('');
            setNext('');
            setSubmitted(false);
          },
        },
      );
  };
  return (
    <Card component="form" onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2}>Password</Title>
        <Text size="sm" c="dimmed">
          Changing it signs you out everywhere else.
        </Text>
        <PasswordInput label="Current password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.currentTarget.value)} error={change.isError && change.error.message} />
        <PasswordInput label="New password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.currentTarget.value)} error={(submitted || next.length > 0) && problem} />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export default function ProfilePage() {
  const { member, account } = useSignedIn();
  return (
    <>
      <PageHeader title="Your profile" description={`${ROLE[member.role].label} of ${account.name}. ${ROLE[member.role].description}`} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <NameCard />
        <PasswordCard />
      </SimpleGrid>
    </>
  );
}

import { Button, Card, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useChangePassword, useUpdateMe, type MyDetails } from '../api/profile';
import { useSignedIn } from '../lib/signed-in';
import { FormError } from '../components/form-error';
import { PageHeader } from '../components/page-header';
import { StatusBadge } from '../components/status-badge';
import { errorCode, errorMessage } from '../lib/errors';
import { passwordProblem } from '../lib/passwords';
import { ROLE } from '../lib/status';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Your name and email address; a new address needs your current password (the API's rule). */
function DetailsCard() {
  const { member } = useSignedIn();
  const update = useUpdateMe();
  const [name, setName] = useState(member.name);
  const [email, setEmail] = useState(member.email);
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const newEmail = email.trim().toLowerCase() !== member.email;
  const changed = name.trim() !== member.name || newEmail;
  const problems = {
    name: name.trim() ? null : 'Enter your name.',
    email: EMAIL.test(email.trim()) ? null : 'Enter an email address such as name@example.com.',
    password: newEmail && !password ? 'Enter your current password to change your email address.' : null,
  };
  // The server's refusal, on the field it concerns.
  const code = update.isError ? errorCode(update.error) : null;
  const serverError = {
    email: code === 'MEMBER_EXISTS' ? errorMessage(update.error) : null,
    password: code === 'PASSWORD_INCORRECT' ? errorMessage(update.error) : null,
  };
  const elsewhere = update.isError && !serverError.email && !serverError.password;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!changed || problems.name || problems.email || problems.password) return;
    const body: MyDetails = {};
    if (name.trim() !== member.name) body.name = name.trim();
    if (newEmail) Object.assign(body, { email: email.trim(), currentPassword: password });
    update.mutate(body, {
      onSuccess: (saved) => {
        setEmail(saved.email);
        setName(saved.name);
        setPassword('');
        setSubmitted(false);
      },
    });
  };
  return (
    <Card component="form" onSubmit={submit} noValidate>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2}>Your details</Title>
          <StatusBadge table={ROLE} status={member.role} />
        </Group>
        {elsewhere && <FormError error={update.error} />}
        <TextInput label="Name" value={name} maxLength={200} required onChange={(e) => setName(e.currentTarget.value)} error={(submitted && problems.name) || undefined} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          maxLength={254}
          required
          description="You sign in with it, and the emails of this console go to it."
          onChange={(e) => {
            setEmail(e.currentTarget.value);
            if (update.isError) update.reset();
          }}
          error={(submitted && problems.email) || serverError.email || undefined}
        />
        {newEmail && (
          <PasswordInput
            label="Current password"
            description="Needed to change your email address."
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              if (update.isError) update.reset();
            }}
            error={(submitted && problems.password) || serverError.password || undefined}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} disabled={!changed}>
            {newEmail ? 'Save and change email' : 'Save changes'}
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
        <PasswordInput label="Current password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.currentTarget.value)} error={change.isError && errorMessage(change.error)} />
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
        <DetailsCard />
        <PasswordCard />
      </SimpleGrid>
    </>
  );
}

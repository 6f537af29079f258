import { Alert, Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '../api/session';
import { useMailConfigured } from '../api/system';
import { AuthCard } from '../components/auth-card';
import { FormError } from '../components/form-error';
import { MailNotice } from '../components/mail-notice';

export default function ForgotPasswordPage() {
  const reset = useRequestPasswordReset();
  const mail = useMailConfigured();
  const [email, setEmail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate(email.trim());
  };

  if (reset.isSuccess)
    return (
      <AuthCard title={mail === false ? 'Your request is noted' : 'Check your email'}>
        <Alert color="teal" variant="light" icon={<IconMailCheck size={18} />}>
          {mail === false
            ? `If ${email.trim()} belongs to a member, a link to set a new password is ready, but this server cannot send email yet.`
            : `If ${email.trim()} belongs to a member, a link to set a new password is on its way. It works for one hour.`}
        </Alert>
        <MailNotice what="reset" />
        <Anchor component={Link} to="/sign-in" size="sm">
          Back to sign in
        </Anchor>
      </AuthCard>
    );

  return (
    <AuthCard title="Forgot your password?" description="Enter your email address and we will send you a link to set a new one.">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <MailNotice what="reset" />
          {reset.isError && <FormError error={reset.error} />}
          <TextInput label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoFocus />
          <Group justify="space-between" mt={4}>
            <Anchor component={Link} to="/sign-in" size="sm">
              Back to sign in
            </Anchor>
            <Button type="submit" loading={reset.isPending} disabled={!email.includes('@')}>
              Send the link
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}

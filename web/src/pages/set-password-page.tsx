import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useConfirmPassword } from '../api/session';
import { AuthCard } from '../components/auth-card';
import { errorCode, errorMessage } from '../lib/errors';
import { passwordProblem } from '../lib/passwords';

/** Where the emailed links land: an invitation to join, or a password reset. */
export default function SetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPassword();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = passwordProblem(password);
  const mismatch = again !== '' && again !== password ? 'The two passwords differ.' : null;

  if (!token)
    return (
      <AuthCard title="This link is incomplete">
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
          Open the link from your email again, or ask for a new one.
        </Alert>
        <Anchor component={Link} to="/forgot-password" size="sm">
          Send me a new link
        </Anchor>
      </AuthCard>
    );

  if (confirm.isSuccess)
    return (
      <AuthCard title="Your password is set">
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
          You can now sign in with {confirm.data.member.email}.
        </Alert>
        <Button component={Link} to={`/sign-in?email=${encodeURIComponent(confirm.data.member.email)}`}>
          Sign in
        </Button>
      </AuthCard>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!problem && !mismatch && again === password) confirm.mutate({ token, password });
  };
  const expired = errorCode(confirm.error) === 'TOKEN_INVALID';

  return (
    <AuthCard title="Set your password" description="At least 10 characters. A passphrase of a few words works well.">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {confirm.isError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {expired ? 'This link no longer works: it was used already, or it expired.' : errorMessage(confirm.error)}{' '}
              {expired && (
                <Anchor component={Link} to="/forgot-password" size="sm">
                  Send me a new link
                </Anchor>
              )}
            </Alert>
          )}
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={touched && problem}
            autoFocus
          />
          <PasswordInput
            label="Repeat the password"
            autoComplete="new-password"
            required
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            error={(touched || again.length >= password.length) && mismatch}
          />
          <Button type="submit" loading={confirm.isPending} mt={4}>
            Set password
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useConfirmPassword } from '../api/session';
import { AuthCard } from '../components/auth-card';
import { errorCode, errorMessage } from '../lib/errors';
import { passwordProblem } from '../lib/passwords';

/** The token of an emailed link: in the fragment (`#token=…`, which browsers never send to a server), or, in links mailed before, the query. */
function tokenOf(location: { hash: string; search: string }): { token: string; inQuery: boolean } {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) return { token: fromHash, inQuery: false };
  const fromQuery = new URLSearchParams(location.search).get('token');
  return { token: fromQuery ?? '', inQuery: Boolean(fromQuery) };
}

/** Where the emailed links land: an invitation to join, or a password reset. */
export default function SetPasswordPage() {
  const location = useLocation();
  const navigate = useNavigate();
  // Read once: the address bar changes below, the token does not.
  const [{ token, inQuery }] = useState(() => tokenOf(location));
  useEffect(() => {
    // An older link carries the token in the query, which goes into server and proxy logs and the
    // Referer of what the page loads: it moves to the fragment at once (history.replaceState).
    if (inQuery) navigate({ pathname: location.pathname, search: '', hash: `token=${encodeURIComponent(token)}` }, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);
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
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-code={errorCode(confirm.error) ?? undefined}>
              {errorMessage(confirm.error)}{' '}
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

import { Alert, Anchor, Button, Code, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconTerminal2 } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession, useSignIn } from '../api/session';
import { useSetupNeeded } from '../api/system';
import { AuthCard } from '../components/auth-card';
import { LoadingState } from '../components/states';
import { FormError } from '../components/form-error';

/** Only a path of this console: never another site after signing in. */
const safeNext = (next: string | null): string => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export default function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const setupNeeded = useSetupNeeded();

  if (session.isPending) return <LoadingState minHeight="100vh" />;
  if (session.data) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <AuthCard title="Sign in to Allot" description="Manage your subscriptions, license keys, devices and invitations.">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {setupNeeded && (
            <Alert color="blue" variant="light" icon={<IconTerminal2 size={18} />} title="Nobody can sign in yet" data-testid="setup-needed">
              <Text size="sm">
                This server is new. In a terminal, in the directory Allot runs from, run <Code style={{ whiteSpace: 'nowrap' }}>npx allot setup</Code>: it creates the first account
                and its administrator. Then sign in here with that email and password.
              </Text>
            </Alert>
          )}
          {signIn.isError && (
            <FormError error={signIn.error} />
          )}
          <TextInput label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoFocus />
          <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Group justify="space-between" mt={4}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot your password?
            </Anchor>
            <Button type="submit" loading={signIn.isPending} disabled={!email.trim() || !password}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}

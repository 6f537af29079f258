import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useOperatorSession, useOperatorSignIn } from '../../api/operator';
import { AuthCard } from '../../components/auth-card';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/states';

/** Only a page of the operator console: never another site, nor the customers' console, after signing in. */
const safeNext = (next: string | null): string => (next && next.startsWith('/operator') && !next.startsWith('//') ? next : '/operator');

export default function OperatorSignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useOperatorSession();
  const signIn = useOperatorSignIn();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session.isPending) return <LoadingState minHeight="100vh" />;
  if (session.data) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <AuthCard title="Operator sign-in" description="For the vendor's staff: accounts, subscriptions, products and the fleet.">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconBuildingStore size={18} />} role="note">
            This is the vendor's console. Customers sign in on the{' '}
            <Anchor component={Link} to="/sign-in" size="sm">
              member sign-in page
            </Anchor>
            .
          </Alert>
          {signIn.isError && <FormError error={signIn.error} />}
          <TextInput label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoFocus />
          <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Group justify="flex-end" mt={4}>
            <Button type="submit" color="orange" loading={signIn.isPending} disabled={!email.trim() || !password}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}

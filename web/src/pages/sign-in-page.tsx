import { Alert, Anchor, Button, Code, Divider, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconShieldLock, IconTerminal2 } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession, useSignIn } from '../api/session';
import { useSetupNeeded } from '../api/system';
import { AuthCard } from '../components/auth-card';
import { LoadingState } from '../components/states';
import { FormError } from '../components/form-error';
import { errorCode } from '../lib/errors';

/** Only a path of this console: never another site after signing in. */
const safeNext = (next: string | null): string => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

/** The sign-in page's query in the other mode, keeping where to go next and the email typed so far. */
function modeParams(params: URLSearchParams, sso: boolean, email: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (sso) next.set('sso', '1');
  else next.delete('sso');
  if (email.trim()) next.set('email', email.trim());
  else next.delete('email');
  return next;
}

const modeLink = (params: URLSearchParams, sso: boolean, email: string): string => `/sign-in?${modeParams(params, sso, email)}`;

export default function SignInPage() {
  const [params, setParams] = useSearchParams();
  const next = safeNext(params.get('next'));
  const sso = params.get('sso') === '1';
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
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => navigate(next, { replace: true }),
        // the account signs in with its identity provider: offer that, the address kept
        onError: (error) => {
          if (errorCode(error) === 'SSO_REQUIRED') setParams(modeParams(params, true, email), { replace: true });
        },
      },
    );
  };

  if (sso) return <SsoSignIn email={email} onEmail={setEmail} required={errorCode(signIn.error) === 'SSO_REQUIRED'} passwordLink={modeLink(params, false, email)} />;

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
          <Divider label="or" labelPosition="center" />
          {/* a link, not a button: the page changes mode, and the form's one button stays "Sign in" */}
          <Button component={Link} to={modeLink(params, true, email)} variant="default" leftSection={<IconShieldLock size={16} />} fullWidth>
            Sign in with SSO
          </Button>
          <Anchor component={Link} to="/operator/sign-in" size="xs" c="dimmed" ta="center">
            Vendor staff? Sign in as operator
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}

/**
 * SSO: the email first, then the whole page goes to /sso/console, which sends the browser on to
 * the account's identity provider (a navigation, not a request: the provider's pages and
 * cookies are the browser's business).
 */
function SsoSignIn({ email, onEmail, required, passwordLink }: { email: string; onEmail: (email: string) => void; required: boolean; passwordLink: string }) {
  const [going, setGoing] = useState(false);
  const valid = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    setGoing(true);
    window.location.assign(`/sso/console?${new URLSearchParams({ email: email.trim() })}`);
  };
  return (
    <AuthCard title="Sign in with SSO" description="Sign in with your organization's identity provider (Microsoft Entra ID, Okta, Google Workspace…).">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {required && (
            <Alert color="blue" variant="light" icon={<IconShieldLock size={18} />} title="Your organization uses single sign-on" role="alert" data-code="SSO_REQUIRED">
              Passwords are turned off for your address. Continue with your identity provider.
            </Alert>
          )}
          <TextInput
            label="Work email"
            description="Your organization is found by the domain of your address."
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => onEmail(e.currentTarget.value)}
            autoFocus
          />
          <Group justify="space-between" mt={4}>
            <Anchor component={Link} to={passwordLink} size="sm">
              Sign in with a password
            </Anchor>
            <Button type="submit" loading={going} disabled={!valid}>
              Continue
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}

import { AppShell, Avatar, Badge, Box, Burger, Center, Group, Menu, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingStore, IconChevronDown, IconGauge, IconLogout, IconPackage, IconUserShield, IconWebhook } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useOperatorSession, useOperatorSignOut, type OperatorSession } from '../../api/operator';
import { notifyFailure } from '../../lib/notify';
import { OperatorContext } from '../../lib/operator-signed-in';
import { Brand } from '../brand';
import { ErrorState, LoadingState } from '../states';

/** The operator's pages. */
export const OPERATOR_NAV = [
  { to: '/operator', label: 'Overview', icon: IconGauge, exact: true },
  { to: '/operator/accounts', label: 'Accounts', icon: IconBuildingStore, exact: false },
  { to: '/operator/products', label: 'Products', icon: IconPackage, exact: false },
  { to: '/operator/webhooks', label: 'Webhooks', icon: IconWebhook, exact: false },
  { to: '/operator/operators', label: 'Operators', icon: IconUserShield, exact: false },
];

/** The vendor's area: without an operator session, the operator sign-in page (and back here afterwards). */
export function OperatorLayout() {
  const session = useOperatorSession();
  const [navOpened, nav] = useDisclosure(false);
  const { pathname } = useLocation();

  if (session.isPending) return <LoadingState label="Signing in…" minHeight="100vh" />;
  if (session.isError)
    return (
      <Center mih="100vh" p="md">
        <Box maw={480} w="100%">
          <ErrorState error={session.error} title="The server did not answer" onRetry={() => session.refetch()} />
        </Box>
      </Center>
    );
  if (!session.data) {
    const next = window.location.pathname + window.location.search;
    return <Navigate to={next === '/operator' ? '/operator/sign-in' : `/operator/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }

  return (
    <OperatorContext.Provider value={session.data}>
      <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 'md', collapsed: { mobile: !navOpened } }} padding={0}>
        <AppShell.Header className="operator-header">
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="md" size="sm" color="white" aria-label={navOpened ? 'Close navigation' : 'Open navigation'} />
              <Link to="/operator" style={{ color: 'inherit', textDecoration: 'none' }} aria-label="Operator overview">
                <Brand />
              </Link>
              <Badge color="orange" variant="filled" radius="sm" size="lg" data-testid="operator-badge">
                Operator
              </Badge>
            </Group>
            <OperatorMenu session={session.data} />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <AppShell.Section grow>
            <Stack gap={4} component="nav" aria-label="Operator">
              {OPERATOR_NAV.map(({ to, label, icon: Icon, exact }) => {
                const active = exact ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
                return (
                  <NavLink
                    key={to}
                    component={Link}
                    to={to}
                    label={label}
                    leftSection={<Icon size={18} stroke={1.6} />}
                    active={active}
                    color="orange"
                    aria-current={active ? 'page' : undefined}
                    onClick={nav.close}
                    style={{ borderRadius: 'var(--mantine-radius-md)' }}
                    fw={500}
                  />
                );
              })}
            </Stack>
          </AppShell.Section>
          <AppShell.Section>
            <Text size="xs" c="dimmed" px="sm" pb={4}>
              Vendor console: every account
            </Text>
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main>
          <Box px={{ base: 'md', md: 'xl' }} py="lg" maw={1440}>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </Box>
        </AppShell.Main>
      </AppShell>
    </OperatorContext.Provider>
  );
}

const initials = (text: string): string =>
  text
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

function OperatorMenu({ session }: { session: OperatorSession }) {
  const signOut = useOperatorSignOut();
  const navigate = useNavigate();
  const { operator } = session;
  const name = operator.name || operator.email;
  const leave = () =>
    signOut.mutate(undefined, {
      onSuccess: () => navigate('/operator/sign-in', { replace: true }),
      onError: (error) => notifyFailure('Could not sign out', error),
    });
  return (
    <Menu position="bottom-end" width={260}>
      <Menu.Target>
        <UnstyledButton aria-label={`Operator menu for ${name}`} style={{ borderRadius: 'var(--mantine-radius-md)', padding: '4px 8px', color: 'inherit' }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="orange" variant="filled" radius="xl" size={32}>
              {initials(name)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm" style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} lh={1.2} truncate maw={180}>
                {name}
              </Text>
              <Text size="xs" lh={1.2} truncate maw={180} opacity={0.75}>
                Operator
              </Text>
            </Stack>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {operator.email}
          </Text>
          <Text size="xs" c="dimmed">
            Operator (vendor staff)
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={leave} disabled={signOut.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

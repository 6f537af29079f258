import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useSignOut } from '../../api/session';
import type { Session } from '../../api/types';
import { notifyFailure } from '../../lib/notify';
import { ROLE } from '../../lib/status';

const initials = (text: string): string =>
  text
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

export function UserMenu({ session }: { session: Session }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { member } = session;
  const name = member.name || member.email;
  const leave = () =>
    signOut.mutate(undefined, {
      onSuccess: () => navigate('/sign-in', { replace: true }),
      onError: (error) => notifyFailure('Could not sign out', error),
    });
  return (
    <Menu position="bottom-end" width={260}>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${name}`} style={{ borderRadius: 'var(--mantine-radius-md)', padding: '4px 8px' }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="brand" radius="xl" size={32}>
              {initials(name)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm" style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} lh={1.2} truncate maw={180}>
                {name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} truncate maw={180}>
                {session.account.name}
              </Text>
            </Stack>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {member.email}
          </Text>
          <Text size="xs" c="dimmed">
            {ROLE[member.role].label} · {session.account.name}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={16} />}>
          Your profile
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={leave} disabled={signOut.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

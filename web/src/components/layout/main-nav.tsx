import { NavLink, Stack } from '@mantine/core';
import { IconDisc, IconKey, IconListDetails, IconShieldLock, IconUserCircle, IconUserScan, IconUsers, IconWebhook } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import type { Permissions } from '../../lib/permissions';

export function MainNav({ permissions, onNavigate }: { permissions: Permissions; onNavigate: () => void }) {
  const { pathname } = useLocation();
  const items = [
    { to: '/subscriptions', label: 'Subscriptions', icon: IconKey, show: !permissions.hasNothingToManage },
    { to: '/members', label: 'Members', icon: IconUsers, show: permissions.canManageMembers },
    { to: '/golden-images', label: 'Golden images', icon: IconDisc, show: permissions.canManageKeys },
    { to: '/webhooks', label: 'Webhooks', icon: IconWebhook, show: permissions.isAccountAdmin },
    { to: '/sso', label: 'SSO', icon: IconShieldLock, show: permissions.canManageSso },
    { to: '/sso-users', label: 'Users', icon: IconUserScan, show: permissions.canManageSso },
    { to: '/audit-log', label: 'Audit log', icon: IconListDetails, show: permissions.canReadAuditLog },
    { to: '/profile', label: 'Your profile', icon: IconUserCircle, show: true },
  ];
  return (
    <Stack gap={4} component="nav" aria-label="Main">
      {items
        .filter((item) => item.show)
        .map(({ to, label, icon: Icon }) => (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={label}
            leftSection={<Icon size={18} stroke={1.6} />}
            active={pathname === to || pathname.startsWith(`${to}/`)}
            aria-current={pathname === to ? 'page' : undefined}
            onClick={onNavigate}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            fw={500}
          />
        ))}
    </Stack>
  );
}

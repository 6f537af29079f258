import { Tabs } from '@mantine/core';
import { IconChartLine, IconDevices, IconKey, IconMail, IconBan } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  { value: 'overview', label: 'Seats & keys', icon: IconKey },
  { value: 'devices', label: 'Devices', icon: IconDevices },
  { value: 'invitations', label: 'Invitations', icon: IconMail },
  { value: 'usage', label: 'Usage', icon: IconChartLine },
  { value: 'blacklist', label: 'Blacklist', icon: IconBan },
];

/** The sections of a subscription, as tabs that change the URL (so each has a link of its own). */
export function SubscriptionTabs({ subscriptionId }: { subscriptionId: string }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const base = `/subscriptions/${subscriptionId}`;
  const current = pathname.slice(base.length + 1).split('/')[0] || 'overview';
  return (
    <Tabs value={current} onChange={(value) => navigate(value && value !== 'overview' ? `${base}/${value}` : base)} mb="lg" keepMounted={false}>
      <Tabs.List>
        {TABS.map(({ value, label, icon: Icon }) => (
          <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} stroke={1.7} />}>
            {label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

import { Alert, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartAreaLine } from '@tabler/icons-react';
import { useKeys } from '../api/keys';
import type { Usage, UsageDays } from '../api/types';
import { useUsage } from '../api/usage';
import { ErrorState, LoadingState } from '../components/states';
import { useCurrentSubscription } from '../features/subscription/context';
import { UsageChart } from '../features/usage/usage-chart';
import { formatDate, formatNumber } from '../lib/format';
import { usePermissions } from '../lib/permissions';
import { useUrlState } from '../lib/use-url-state';

const PERIODS = ['7', '30', '90'];

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text fz={22} fw={650} className="tabular">
        {value}
      </Text>
    </Stack>
  );
}

/** A chart needs a few days: with today alone (or yesterday and today) there is no line to read yet. */
const SHORT_HISTORY_POINTS = 2;

function Summary({ usage }: { usage: Usage }) {
  const last = usage.points[usage.points.length - 1];
  const peak = usage.points.reduce((m, p) => Math.max(m, p.used), 0);
  const whole = usage.points.length >= usage.days;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }}>
      <Figure label="In use now" value={last ? `${formatNumber(last.used)} / ${formatNumber(last.total)}` : '—'} />
      <Figure label={whole ? `Peak, ${usage.days} days` : `Peak since ${formatDate(usage.startedAt)}`} value={formatNumber(peak)} />
      <Figure label="Days at the limit" value={formatNumber(usage.points.filter((p) => p.total > 0 && p.used >= p.total).length)} />
    </SimpleGrid>
  );
}

/** Too young for a chart: when it began, and that the chart comes with the days. */
function ShortHistory({ usage, what }: { usage: Usage; what: 'subscription' | 'key' }) {
  return (
    <Alert variant="light" color="gray" icon={<IconChartAreaLine size={18} />} title="Not enough history for a chart yet" data-testid="usage-short-history">
      {what === 'subscription' ? 'This subscription started' : 'This key was created'} on {formatDate(usage.startedAt)}; the chart fills in as days pass, one point
      per day (counted at the end of the day, UTC).
    </Alert>
  );
}

export default function UsagePage() {
  const subscription = useCurrentSubscription();
  const permissions = usePermissions();
  const keys = useKeys(subscription.id, permissions.isAccountAdmin ? undefined : permissions.seesKey);
  // A License Administrator reads usage for their keys only: one of them is always chosen.
  const firstKey = permissions.isAccountAdmin ? '' : (keys.data?.[0]?.id ?? '');
  const [view, setView] = useUrlState({ days: '30', keyId: '' });
  const keyId = view.keyId || firstKey;
  const days = (PERIODS.includes(view.days) ? Number(view.days) : 30) as UsageDays;
  const usage = useUsage(subscription.id, days, keyId || undefined);
  const key = keys.data?.find((k) => k.id === keyId);
  const waiting = !permissions.isAccountAdmin && !keyId;

  return (
    <Card>
      <Stack gap="lg">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Stack gap={2}>
            <Title order={2}>Usage over time</Title>
            <Text size="sm" c="dimmed">
              Seats in use at the end of each day (UTC), against {key ? (key.type === 'primary' ? 'the subscription’s seats' : 'the key’s maximum') : 'the subscription’s seats'}.
            </Text>
          </Stack>
          <Group gap="sm">
            <Select
              aria-label="Show usage of"
              data={[...(permissions.isAccountAdmin ? [{ value: '', label: 'The whole subscription' }] : []), ...(keys.data ?? []).map((k) => ({ value: k.id, label: k.name }))]}
              value={keyId}
              onChange={(v) => setView({ keyId: v ?? '' })}
              allowDeselect={false}
              w={220}
            />
            <SegmentedControl aria-label="Period" data={PERIODS.map((d) => ({ value: d, label: `${d} days` }))} value={String(days)} onChange={(v) => setView({ days: v })} />
          </Group>
        </Group>
        {usage.isError ? (
          <ErrorState error={usage.error} onRetry={() => usage.refetch()} />
        ) : usage.isPending || waiting ? (
          <LoadingState minHeight={320} />
        ) : (
          <>
            <Summary usage={usage.data} />
            {usage.data.points.length <= SHORT_HISTORY_POINTS ? (
              <ShortHistory usage={usage.data} what={key && key.type !== 'primary' ? 'key' : 'subscription'} />
            ) : (
              <Stack gap={4}>
                {usage.data.points.length < usage.data.days && (
                  <Text size="xs" c="dimmed">
                    From {formatDate(usage.data.startedAt)}, when the {key && key.type !== 'primary' ? 'key was created' : 'subscription started'}.
                  </Text>
                )}
                <UsageChart usage={usage.data} limitLabel={key && key.type !== 'primary' ? 'Key maximum' : 'Total seats'} />
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

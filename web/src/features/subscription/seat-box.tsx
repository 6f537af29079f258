import { Box, Card, Group, Progress, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { SeatSummary } from '../../api/types';
import { formatNumber } from '../../lib/format';

const FIGURES: { key: keyof SeatSummary; label: string; help: string }[] = [
  { key: 'total', label: 'Total', help: 'Seats in the subscription' },
  { key: 'used', label: 'Used', help: 'Active devices, on every key' },
  { key: 'unused', label: 'Unused', help: 'Total − used' },
  { key: 'availableDynamic', label: 'Available dynamic', help: 'Free in the main pool, for the primary and dynamic keys' },
  { key: 'availableReserved', label: 'Available reserved', help: 'Set aside by reserved keys, not in use yet' },
];

/** The parts of the total, left to right: they add up to it (DOMAIN.md, "Counting seats"). */
const parts = (s: SeatSummary) => [
  { label: 'In use from the main pool', value: s.used - s.reservedUsed, color: 'brand.6' },
  { label: 'In use on reserved keys', value: s.reservedUsed, color: 'cyan.6' },
  { label: 'Reserved, not in use', value: s.availableReserved, color: 'cyan.2' },
  { label: 'Free in the main pool', value: s.availableDynamic, color: 'gray.3' },
];

/** The License Seats box: the five numbers of the seat formulas, exactly as the API gives them. */
export function SeatBox({ seats }: { seats: SeatSummary }) {
  const segments = parts(seats);
  return (
    <Card>
      <Stack gap="lg">
        <Title order={2}>License seats</Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="lg" verticalSpacing="lg">
          {FIGURES.map((f) => (
            <Stack key={f.key} gap={2}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                {f.label}
              </Text>
              <Text fz={28} fw={650} lh={1.15} className="tabular" data-testid={`seats-${f.key}`}>
                {formatNumber(seats[f.key])}
              </Text>
              <Text size="xs" c="dimmed">
                {f.help}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        {seats.total > 0 && (
          <Stack gap="xs">
            <Progress.Root size={12} aria-label="How the seats are split">
              {segments.map((p) =>
                p.value > 0 ? (
                  <Tooltip key={p.label} label={`${p.label}: ${formatNumber(p.value)}`}>
                    <Progress.Section value={(p.value / seats.total) * 100} color={p.color} />
                  </Tooltip>
                ) : null,
              )}
            </Progress.Root>
            <Group gap="lg" wrap="wrap">
              {segments.map((p) => (
                <Group key={p.label} gap={6} wrap="nowrap">
                  <Box w={10} h={10} style={{ borderRadius: 3, background: `var(--mantine-color-${p.color.replace('.', '-')})` }} />
                  <Text size="xs" c="dimmed">
                    {p.label}{' '}
                    <Text span size="xs" fw={600} c="var(--mantine-color-text)" className="tabular">
                      {formatNumber(p.value)}
                    </Text>
                  </Text>
                </Group>
              ))}
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

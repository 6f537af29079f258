import { Group, Progress, Stack, Text } from '@mantine/core';
import { formatNumber } from '../lib/format';

/** "38 / 50" over a bar: used against a limit; the bar turns orange, then red, as it fills. */
export function SeatMeter({ used, limit, width = 170 }: { used: number; limit: number | null; width?: number }) {
  const share = limit ? Math.min(100, (used / limit) * 100) : 0;
  const color = share >= 100 ? 'red' : share >= 85 ? 'orange' : 'brand';
  return (
    <Stack gap={4} w={width}>
      <Group gap={4} justify="space-between" wrap="nowrap">
        <Text size="sm" className="tabular" fw={500} style={{ whiteSpace: 'nowrap' }}>
          {formatNumber(used)}
          <Text span c="dimmed" size="sm">
            {' / '}
            {limit === null ? '—' : formatNumber(limit)}
          </Text>
        </Text>
        {limit !== null && limit > 0 && (
          <Text size="xs" c="dimmed" className="tabular">
            {Math.round(share)}%
          </Text>
        )}
      </Group>
      {limit !== null && <Progress value={share} color={color} size="sm" aria-label={`${formatNumber(used)} of ${formatNumber(limit)} used`} />}
    </Stack>
  );
}

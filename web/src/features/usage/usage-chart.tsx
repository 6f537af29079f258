import '@mantine/charts/styles.css';
import { AreaChart } from '@mantine/charts';
import type { Usage } from '../../api/types';
import { formatDay, formatNumber } from '../../lib/format';

/** Seats in use at the end of each day against the seats there were, as the API counts them. */
export function UsageChart({ usage, limitLabel }: { usage: Usage; limitLabel: string }) {
  const data = usage.points.map((p) => ({ day: formatDay(p.date), used: p.used, total: p.total }));
  return (
    <AreaChart
      h={320}
      data={data}
      dataKey="day"
      series={[
        { name: 'used', label: 'Used seats', color: 'brand.6' },
        { name: 'total', label: limitLabel, color: 'gray.6', strokeDasharray: '6 4' },
      ]}
      curveType="stepAfter"
      withDots={false}
      fillOpacity={0.18}
      withLegend
      legendProps={{ verticalAlign: 'top', height: 36 }}
      valueFormatter={formatNumber}
      areaProps={(series) => (series.name === 'total' ? { fillOpacity: 0 } : {})}
      yAxisProps={{ allowDecimals: false, domain: [0, 'auto'] }}
      xAxisProps={{ minTickGap: 24 }}
      gridAxis="y"
    />
  );
}

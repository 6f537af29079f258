import { DataTable, type DataTableProps } from 'mantine-datatable';
import { formatNumber } from '../lib/format';

/**
 * Every table of the console looks the same: bordered, aligned, with an empty text of its own.
 * Cells do not wrap (numbers, badges, dates stay on one line); a column of free text says
 * `wrap` and gets a sensible minimum width instead.
 */
export function AppTable<T>(props: DataTableProps<T>) {
  const merged = {
    withTableBorder: true,
    borderRadius: 'md',
    verticalSpacing: 'sm',
    horizontalSpacing: 'sm',
    highlightOnHover: true,
    minHeight: props.records && props.records.length > 0 ? undefined : 200,
    loaderType: 'dots',
    defaultColumnProps: { noWrap: true },
    paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) =>
      `${formatNumber(from)}–${formatNumber(to)} of ${formatNumber(totalRecords)}`,
    ...props,
  } as DataTableProps<T>;
  return <DataTable<T> {...merged} />;
}

/** Column props for free text (names, emails): wraps, but never narrower than `minWidth`. */
export const wrap = (minWidth = 160) => ({ noWrap: false as const, cellsStyle: () => ({ minWidth }) });

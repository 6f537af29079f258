import { LoadingOverlay, Pagination } from '@mantine/core';
import { IconArrowDown, IconArrowsVertical, IconArrowUp } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import type { ReactNode } from 'react';
import { formatNumber } from '../lib/format';

export type SortDirection = 'asc' | 'desc';

interface ListTableProps<T> {
  /** The columns as AppTable takes them (useDataTableColumns works): title, render, hidden, width, alignment, sortable, wrapping and class names are used. */
  columns: DataTableColumn<T>[];
  records: T[];
  idOf: (record: T) => string;
  sort: { column: string; direction: SortDirection };
  onSort: (column: string, direction: SortDirection) => void;
  page: number;
  pageSize: number;
  total: number;
  /** False when total is a lower bound (a capped count): shown as "of more than …". */
  totalIsExact?: boolean;
  onPage: (page: number) => void;
  /** A loader over the rows (the next page or filter loading). */
  fetching: boolean;
  /** In place of the rows when there are none. */
  empty: ReactNode;
  /** Beside the page numbers (the page size). */
  paginationExtra?: ReactNode;
  isSelected?: (record: T) => boolean;
}

const SORT_ORDER = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A long list (the devices: up to 200 rows a page) in plain table elements, in the look of
 * AppTable: bordered, sortable headers, a footer with the count and the pages (styles.css,
 * "list-table"). mantine-datatable renders several components and hooks per cell, which was
 * most of the devices page's first render.
 */
export function ListTable<T>({ columns: all, records, idOf, sort, onSort, page, pageSize, total, totalIsExact = true, onPage, fetching, empty, paginationExtra, isSelected }: ListTableProps<T>) {
  const columns = all.filter((c) => !c.hidden); // hidden: toggled off in a column picker
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  return (
    <div className="list-table" ref={markOverflow}>
      <div className="list-table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map((c) => {
                const name = String(c.accessor);
                const sorted = sort.column === name ? sort.direction : null;
                return (
                  <th key={name} className={c.titleClassName} style={{ width: c.width, textAlign: c.textAlign }} aria-sort={c.sortable ? (sorted ? SORT_ORDER[sorted] : 'none') : undefined}>
                    {c.sortable ? (
                      <button type="button" className="list-table-sort" onClick={() => onSort(name, sorted === 'asc' ? 'desc' : 'asc')}>
                        <span>{c.title}</span>
                        {sorted === 'asc' ? <IconArrowUp size={14} /> : sorted === 'desc' ? <IconArrowDown size={14} /> : <IconArrowsVertical size={14} className="list-table-unsorted" />}
                      </button>
                    ) : (
                      c.title
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {records.map((record, index) => (
              <tr key={idOf(record)} data-selected={isSelected?.(record) || undefined}>
                {columns.map((c) => (
                  <td
                    key={String(c.accessor)}
                    className={[c.noWrap === false ? undefined : 'nowrap', typeof c.cellsClassName === 'string' ? c.cellsClassName : undefined].filter(Boolean).join(' ') || undefined}
                    style={{ width: c.width, textAlign: c.textAlign, ...(c.cellsStyle?.(record, index) as object | undefined) }}
                  >
                    {c.render ? c.render(record, index) : String((record as Record<string, unknown>)[String(c.accessor)] ?? '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {records.length === 0 && !fetching && <div className="list-table-empty">{empty}</div>}
      </div>
      <div className="list-table-footer">
        <div className="list-table-count">{total === 0 ? 'No records' : `${formatNumber(from)}–${formatNumber(from + records.length - 1)} of ${totalIsExact ? '' : 'more than '}${formatNumber(total)}`}</div>
        {paginationExtra}
        <Pagination size="sm" total={Math.max(1, Math.ceil(total / pageSize))} value={page} onChange={onPage} />
      </div>
      <LoadingOverlay visible={fetching} loaderProps={{ type: 'dots' }} overlayProps={{ backgroundOpacity: 0.5 }} />
    </div>
  );
}

/** The pinned last column shows its shadow only when the table is wider than its box (scrolls sideways). */
function markOverflow(root: HTMLDivElement | null): (() => void) | undefined {
  const scroll = root?.firstElementChild as HTMLElement | null | undefined;
  if (!root || !scroll) return undefined;
  const observer = new ResizeObserver(() => root.toggleAttribute('data-overflowing', scroll.scrollWidth > scroll.clientWidth + 1));
  observer.observe(scroll);
  observer.observe(scroll.firstElementChild!);
  return () => observer.disconnect();
}

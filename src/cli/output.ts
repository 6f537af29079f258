/** How commands print: JSON for scripts (--json), aligned text for people. */
export function print(value: unknown, json: boolean, table?: { columns: string[]; rows: (string | number | null)[][] }): void {
  if (json || !table) {
    process.stdout.write(JSON.stringify(value, null, 2) + '\n');
    return;
  }
  const cells = [table.columns, ...table.rows.map((r) => r.map((c) => (c === null ? '' : String(c))))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  for (const row of cells) process.stdout.write(row.map((c, i) => String(c ?? '').padEnd(widths[i]!)).join('  ').trimEnd() + '\n');
}

/**
 * How commands print, one way for all of them: lists as aligned tables, a create or an action
 * as a short summary for people, the whole answer as JSON with --json; what an export wrote is
 * said on standard error, so that the CSV on standard output stays clean.
 */
export type Table = { columns: string[]; rows: (string | number | null)[][] };

export function print(value: unknown, json: boolean, table?: Table): void {
  if (json || !table) {
    process.stdout.write(JSON.stringify(value, null, 2) + '\n');
    return;
  }
  const cells = [table.columns, ...table.rows.map((r) => r.map((c) => (c === null ? '' : String(c))))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  for (const row of cells) process.stdout.write(row.map((c, i) => String(c ?? '').padEnd(widths[i]!)).join('  ').trimEnd() + '\n');
}

/** A create's or an action's answer: `summary` (a line or a few) for people, `value` as JSON with --json. */
export function printSummary(value: unknown, json: boolean, summary: string | readonly string[]): void {
  if (json) print(value, true);
  else process.stdout.write((typeof summary === 'string' ? [summary] : summary).join('\n') + '\n');
}

/** `1 device`, `12 devices`. */
export const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;

/** What an export wrote, on standard error: `wrote 12 devices to devices.csv`. */
export function reportWritten(rows: number, noun: string, out: string | undefined): void {
  process.stderr.write(`wrote ${count(rows, noun)} to ${out ?? 'standard output'}\n`);
}

import { parse } from 'csv-parse/sync';
import { AllotError } from '../domain/errors.ts';
import type { BatchEntry } from '../domain/invitations.ts';
import { EMAIL_CSV_CELL_MAX_CHARS } from '../domain/limits.ts';

const HEADER_NAMES = new Set(['email', 'e-mail', 'mail', 'email address', 'e-mail address']);

/**
 * Reads a list of addresses from a CSV file: one per line, with an optional header. A header
 * naming an email column picks that column; otherwise the first column is read. Blank lines
 * and a byte-order mark are skipped; each entry keeps its line number (1 is the first line).
 */
export function parseEmailCsv(text: string): BatchEntry[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    throw new AllotError('INVALID_REQUEST', `The CSV file cannot be read: ${(error as Error).message}`, [{ field: 'body', problem: 'is not valid CSV' }]);
  }
  let column = 0;
  const first = records[0]?.record ?? [];
  const named = first.findIndex((cell) => HEADER_NAMES.has(cell.toLowerCase()));
  const isHeader = named >= 0 || (first.length > 0 && !first.some((cell) => cell.includes('@')));
  if (named >= 0) column = named;
  return records
    .slice(isHeader ? 1 : 0)
    .filter(({ record }) => record.some((cell) => cell !== ''))
    .map(({ record, info }) => ({ email: (record[column] ?? '').slice(0, EMAIL_CSV_CELL_MAX_CHARS), line: info.lines }));
}

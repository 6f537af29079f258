import { stringify } from 'csv-stringify';
import type { ActivationRow } from '../app/use-cases/list-activations.ts';

export const DEVICE_CSV_COLUMNS = [
  'computer_name',
  'serial',
  'mac',
  'ip',
  'os',
  'app_version',
  'key',
  'user',
  'status',
  'activated_at',
  'last_check_in_at',
  'fingerprint',
  'activation_id',
] as const;

/** A spreadsheet must not run what a device sent: cells that look like formulas are quoted. */
export const safeCell = (v: string | null): string => (v === null ? '' : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const toRecord = (a: ActivationRow): string[] => [
  a.device.name,
  a.device.serial,
  a.device.mac,
  a.device.ip,
  a.device.os,
  a.device.appVersion,
  a.keyName,
  a.userEmail,
  a.status,
  a.activatedAt,
  a.lastCheckInAt,
  a.fingerprint,
  a.id,
].map(safeCell);

/** Streams devices as CSV (RFC 4180, header row first). */
export function devicesCsv(rows: AsyncIterable<ActivationRow>): NodeJS.ReadableStream {
  const out = stringify({ header: true, columns: [...DEVICE_CSV_COLUMNS] });
  (async () => {
    try {
      for await (const row of rows) if (!out.write(toRecord(row))) await new Promise((r) => out.once('drain', r));
      out.end();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}

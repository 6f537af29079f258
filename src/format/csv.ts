import { stringify } from 'csv-stringify';
import type { ActivationRow } from '../app/use-cases/list-activations.ts';
import type { InvitationExportRow } from '../app/use-cases/manage-invitations.ts';

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

/**
 * Cells quoted beyond RFC 4180's must (a comma, a quote, a line break): a semicolon or a tab
 * (what a spreadsheet in many locales splits on), and leading or trailing white space (which
 * readers trim when unquoted). Inner quotes are doubled.
 */
const QUOTED_CELL = /[;\t"\r\n]|^\s|\s$/;

/** Streams rows as CSV (RFC 4180, header row first), honouring back-pressure. */
export function csvStream<T>(columns: readonly string[], rows: AsyncIterable<T>, toRecord: (row: T) => string[]): NodeJS.ReadableStream {
  const out = stringify({ header: true, columns: [...columns], quoted_match: QUOTED_CELL });
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

export const devicesCsv = (rows: AsyncIterable<ActivationRow>): NodeJS.ReadableStream => csvStream(DEVICE_CSV_COLUMNS, rows, toRecord);

export const INVITATION_CSV_COLUMNS = ['email', 'code', 'status', 'key', 'language', 'expires_at', 'delivery', 'download_url'] as const;

/** "Download invitations": who was invited, with which code, and how far it got. */
export const invitationsCsv = (rows: AsyncIterable<InvitationExportRow>): NodeJS.ReadableStream =>
  csvStream(INVITATION_CSV_COLUMNS, rows, (i) =>
    [i.email, i.code, i.status, i.keyName, i.language, i.expiresAt, i.delivery.status, i.downloadUrl].map(safeCell),
  );

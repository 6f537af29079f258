import { stringify } from 'csv-stringify';

/** What a device row must hold to be written (format/ knows rows, not the use-cases that make them). */
interface DeviceCsvRow {
  id: string;
  fingerprint: string;
  device: { name: string; os: string; serial: string | null; mac: string | null; ip: string | null; appVersion: string | null };
  keyName: string;
  userEmail: string | null;
  status: string;
  activatedAt: string;
  lastCheckInAt: string;
}

/** What an invitation row must hold to be written. */
interface InvitationCsvRow {
  email: string;
  code: string;
  status: string;
  keyName: string;
  language: string;
  expiresAt: string;
  delivery: { status: string };
  downloadUrl: string | null;
}

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

const toRecord = (a: DeviceCsvRow): string[] => [
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

export const devicesCsv = (rows: AsyncIterable<DeviceCsvRow>): NodeJS.ReadableStream => csvStream(DEVICE_CSV_COLUMNS, rows, toRecord);

export const INVITATION_CSV_COLUMNS = ['email', 'code', 'status', 'key', 'language', 'expires_at', 'delivery', 'download_url'] as const;

/** "Download invitations": who was invited, with which code, and how far it got. */
export const invitationsCsv = (rows: AsyncIterable<InvitationCsvRow>): NodeJS.ReadableStream =>
  csvStream(INVITATION_CSV_COLUMNS, rows, (i) =>
    [i.email, i.code, i.status, i.keyName, i.language, i.expiresAt, i.delivery.status, i.downloadUrl].map(safeCell),
  );

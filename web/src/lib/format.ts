/** How numbers, dates and counts read everywhere in the console. */
const numbers = new Intl.NumberFormat('en-US');
const dates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimes = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const shortDates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const DAY_MS = 86_400_000;

export const formatNumber = (n: number): string => numbers.format(n);

/** "1 seat", "12 seats", "1,200 devices". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

export const formatDate = (iso: string | null | undefined): string => (iso ? dates.format(new Date(iso)) : '—');
export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTimes.format(new Date(iso)) : '—');
/** A UTC day of the usage series ("2026-11-23") as "23 Nov". */
export const formatDay = (day: string): string => shortDates.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));

/** Whole days from now until `iso` (negative when past). */
export const daysUntil = (iso: string, now = Date.now()): number => Math.ceil((Date.parse(iso) - now) / DAY_MS);

/** "in 12 days", "yesterday", "3 hours ago". */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const ms = Date.parse(iso) - now;
  const abs = Math.abs(ms);
  if (abs < 60_000) return 'just now';
  if (abs < 3_600_000) return relative.format(Math.round(ms / 60_000), 'minute');
  if (abs < DAY_MS) return relative.format(Math.round(ms / 3_600_000), 'hour');
  if (abs < 60 * DAY_MS) return relative.format(Math.round(ms / DAY_MS), 'day');
  return relative.format(Math.round(ms / (30 * DAY_MS)), 'month');
}

/** A date input's "2027-01-31" as the end of that day in the user's time zone, in ISO 8601. */
export const endOfDayIso = (day: string): string => new Date(`${day}T23:59:59`).toISOString();
/** An ISO instant as the "2027-01-31" a date input shows (local time). */
export function toDateInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A file name part: "Acme Desktop" → "acme-desktop". */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'export';

export const today = (): string => toDateInput(new Date().toISOString());

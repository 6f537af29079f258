import type { LicenseKey, Subscription } from '../../api/types';
import { endOfDayIso, today, toDateInput } from '../../lib/format';
import { seatProblem, type SublicenseType } from './seat-rules';

/** A key as its form holds it; `expiresOn` is a date input's value, '' for "with the subscription". */
export interface KeyDraft {
  name: string;
  maxSeats: number | '';
  type: SublicenseType;
  expiresOn: string;
}

export type DraftProblems = Partial<Record<keyof KeyDraft, string>>;

export const NAME_MAX = 200;

export function draftOf(key: LicenseKey | null): KeyDraft {
  if (!key || key.type === 'primary') return { name: '', maxSeats: '', type: 'dynamic', expiresOn: '' };
  return { name: key.name, maxSeats: key.maxSeats ?? '', type: key.type, expiresOn: key.expiresWithSubscription ? '' : toDateInput(key.expiresAt) };
}

export function draftProblems(draft: KeyDraft, subscription: Subscription, key: LicenseKey | null): DraftProblems {
  const problems: DraftProblems = {};
  if (!draft.name.trim()) problems.name = 'Name the key after the group of people it serves.';
  else if (draft.name.length > NAME_MAX) problems.name = `At most ${NAME_MAX} characters.`;
  const seats = seatProblem(subscription.seats, key, { type: draft.type, maxSeats: draft.maxSeats === '' ? 0 : draft.maxSeats });
  if (seats) problems.maxSeats = seats;
  if (draft.expiresOn) {
    if (draft.expiresOn <= today()) problems.expiresOn = 'Pick a day after today.';
    else if (draft.expiresOn > toDateInput(subscription.expiresAt)) problems.expiresOn = 'A key cannot expire after its subscription.';
  }
  return problems;
}

/** The key's own expiry for the API: the end of the chosen day, never after the subscription's end. */
export function expiryOf(draft: KeyDraft, subscription: Subscription): string | null {
  if (!draft.expiresOn) return null;
  const end = endOfDayIso(draft.expiresOn);
  return end > subscription.expiresAt ? subscription.expiresAt : end;
}

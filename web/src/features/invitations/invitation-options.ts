import type { InvitationLanguage, InviteInput } from '../../api/types';

export type ExpiryDays = NonNullable<InviteInput['expiresInDays']>;

/** The languages of the invitation email (docs/invitations.md), each in its own name. */
export const LANGUAGES: { value: InvitationLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
  { value: 'ja', label: '日本語' },
];

export const EXPIRY_DAYS: ExpiryDays[] = [1, 3, 7, 14, 30];
export const INVITE_MAX = 10_000;
export const CSV_MAX_BYTES = 2 * 1024 * 1024;

export const languageName = (code: string): string => LANGUAGES.find((l) => l.value === code)?.label ?? code;

/** Pasted addresses: one per line, or separated by commas, semicolons or spaces. The server judges each. */
export const splitAddresses = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export const REJECTION: Record<string, string> = {
  invalid_email: 'not an email address',
  duplicate: 'appears twice',
  already_invited: 'already has a pending invitation on this key',
};

import { AllotError } from '../domain/errors.ts';

/**
 * Business-level checks on input that every entrance (HTTP, CLI) shares. HTTP schemas catch
 * the shape first; these catch what a schema cannot say, and protect callers that have none.
 */
export const LIMITS = {
  seatsMax: 1_000_000,
  nameLength: 200,
  gracePeriodDaysMax: 365,
  autoReleaseDaysMax: 3650,
  pageMax: 500,
  /** Keys one License Administrator is assigned. */
  grantsMax: 1000,
  /** Subscriptions read at once for one account (an account has a few, one per product and term). */
  subscriptionsPerAccountMax: 1000,
} as const;

export function invalid(message: string, field?: string): AllotError {
  return new AllotError('INVALID_REQUEST', message, field ? [{ field, problem: message }] : undefined);
}

export function wholeNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw invalid(`${field} must be a whole number from ${min} to ${max}.`, field);
  return value;
}

export function text(value: unknown, field: string, maxLength = LIMITS.nameLength): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxLength)
    throw invalid(`${field} must be a non-empty text of at most ${maxLength} characters.`, field);
  return value.trim();
}

/** An ISO 8601 date-time to epoch milliseconds. */
export function instant(value: unknown, field: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms) || !/^\d{4}-\d{2}-\d{2}/.test(String(value)))
    throw invalid(`${field} must be an ISO 8601 date-time, such as 2027-01-31T00:00:00Z.`, field);
  return ms;
}

export function optionalUrl(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.length <= 2000) {
    try {
      const u = new URL(value);
      if (u.protocol === 'https:' || u.protocol === 'http:') return value;
    } catch {
      // reported below
    }
  }
  throw invalid(`${field} must be an http(s) URL.`, field);
}

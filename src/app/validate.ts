/**
 * Business-level checks on input that every entrance (HTTP, CLI) shares. HTTP schemas catch
 * the shape first; these catch what a schema cannot say, and protect callers that have none.
 */
import { AllotError } from '../domain/errors.ts';
import { NAME_MAX_CHARS, URL_MAX_CHARS } from '../domain/limits.ts';

export function invalid(message: string, field?: string): AllotError {
  return new AllotError('INVALID_REQUEST', message, field ? [{ field, problem: message }] : undefined);
}

export function wholeNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw invalid(`${field} must be a whole number from ${min} to ${max}.`, field);
  return value;
}

export function text(value: unknown, field: string, maxLength = NAME_MAX_CHARS): string {
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
  if (typeof value === 'string' && value.length <= URL_MAX_CHARS) {
    try {
      const u = new URL(value);
      if (u.protocol === 'https:' || u.protocol === 'http:') return value;
    } catch {
      // reported below
    }
  }
  throw invalid(`${field} must be an http(s) URL.`, field);
}

import { ApiError, type ErrorDetail } from '../api/client';

/** What went wrong, in the API's words, with the fields it names. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : 'Something went wrong.';
  const fields = Array.isArray(error.details)
    ? (error.details as ErrorDetail[])
        .filter((d) => d.field && d.problem)
        .map((d) => `${d.field!.replace(/^body\./, '')}: ${d.problem}`)
    : [];
  return fields.length > 0 ? `${error.message} (${fields.join('; ')})` : error.message;
}

export const errorCode = (error: unknown): string | null => (error instanceof ApiError ? error.code : null);

export const isUnauthorized = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

/**
 * The one way the console talks to the server: the public HTTP API, typed from its OpenAPI
 * document, with the session cookie. Writes carry the session's CSRF token; a refused token is
 * fetched again once; every failure becomes an ApiError with the API's code and message.
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export type Paths = paths;

export const api = createClient<Paths>({ baseUrl: '', credentials: 'same-origin' });

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
let csrfToken: string | null = null;

/** Kept in memory only: the sign-in answer and GET /v1/session give it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

api.use({
  onRequest({ request }) {
    if (csrfToken && WRITES.has(request.method)) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
});

export interface ErrorDetail {
  field?: string;
  problem?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 0: the request never got an answer. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function toApiError(response: Response, body: unknown): ApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: unknown; requestId?: string } } | undefined)?.error;
  if (error?.code) return new ApiError(response.status, error.code, error.message ?? '', error.details, error.requestId);
  return new ApiError(response.status, `HTTP_${response.status}`, `The server answered ${response.status} ${response.statusText}.`.trim());
}

async function send<T>(request: () => Promise<Answer<T>>): Promise<Answer<T>> {
  try {
    return await request();
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'The server cannot be reached. Check your connection and try again.');
  }
}

const isCsrfRefusal = (answer: Answer<unknown>): boolean =>
  answer.response.status === 403 && (answer.error as { error?: { code?: string } } | undefined)?.error?.code === 'CSRF_TOKEN_INVALID';

/** The member session's token, or else the operator session's (an operator session starts with "op."; the server knows which). */
async function refreshCsrfToken(): Promise<void> {
  const answer = await send(() => api.GET('/v1/session'));
  if (answer.response.ok && answer.data) return setCsrfToken(answer.data.csrfToken);
  const operator = await send(() => api.GET('/v1/operator/session'));
  setCsrfToken(operator.response.ok && operator.data ? operator.data.csrfToken : null);
}

/** Sends a request and returns its data, or throws an ApiError. */
export async function call<T>(request: () => Promise<Answer<T>>): Promise<T> {
  let answer = await send(request);
  if (isCsrfRefusal(answer)) {
    await refreshCsrfToken();
    answer = await send(request);
  }
  if (!answer.response.ok) throw toApiError(answer.response, answer.error);
  return answer.data as T;
}

/** Saves a file answer (a CSV export) as the browser's own download, named as the server says. */
export async function download(request: () => Promise<Answer<Blob>>, fallbackName: string): Promise<void> {
  const blob = await call(request);
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fallbackName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

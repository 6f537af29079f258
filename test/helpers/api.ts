import { expect } from 'vitest';
import type { App } from '../../src/http/types.ts';
import { OPERATOR_TOKEN } from './harness.ts';
import { noteSecret, noteSecretsIn } from './run-log.ts';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  text: string;
}

/** A small client over Fastify's inject: the whole HTTP stack but the socket. */
export function apiClient(app: App, token: string | null = OPERATOR_TOKEN) {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await app.inject({
      method,
      url,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    let parsed: unknown = undefined;
    try {
      parsed = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      parsed = undefined;
    }
    noteSecret(token);
    if (body !== undefined && typeof body !== 'string') noteSecretsIn(body);
    noteSecretsIn(parsed);
    return { status: res.statusCode, body: parsed as any, headers: res.headers, text: res.body };
  };
  return {
    get: (url: string, headers?: Record<string, string>) => call('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => call('POST', url, body, headers),
    put: (url: string, body?: unknown) => call('PUT', url, body),
    patch: (url: string, body?: unknown) => call('PATCH', url, body),
    del: (url: string) => call('DELETE', url),
    as: (other: string | null) => apiClient(app, other),
  };
}

export type Api = ReturnType<typeof apiClient>;

/** The body of an answer that must have `status` (200 unless said). */
export function ok(res: Answer, status = 200): any {
  expect(res.status, res.text).toBe(status);
  return res.body;
}

/** The error of an answer refused with `status` and `code`. */
export function refused(res: Answer, status: number, code: string): any {
  expect(res.status, res.text).toBe(status);
  expect(res.body.error.code, res.text).toBe(code);
  return res.body.error;
}

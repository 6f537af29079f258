import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError } from 'fastify';
import type { ErrorCode } from '../domain/errors.ts';

/** What a connection may cost the server before a request reaches a route (docs/security.md). */
export interface ServerLimits {
  /** All request headers together (Node answers 431 beyond it). */
  maxHeaderBytes: number;
  /** Until the last header has arrived (slowloris). */
  headersTimeoutMs: number;
  /** Until the whole request, body included, has arrived (408 beyond it). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection waits this long for its next request. */
  keepAliveTimeoutMs: number;
}

/** How often Node looks for requests past their timeouts (its default, 30 s, would let them run that much longer). */
const TIMEOUT_CHECK_MS = 1000;

/**
 * Node refuses a request itself before any route sees it (headers too large, too slow, not
 * HTTP): the answer still has the usual error shape, then the connection closes.
 */
function refuseConnection(limits: ServerLimits) {
  return (error: ConnectionError, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, code, message] = ((): [number, ErrorCode, string] => {
      if (error.code === 'HPE_HEADER_OVERFLOW') return [431, 'INVALID_REQUEST', `The request headers are larger than ${limits.maxHeaderBytes} bytes.`];
      if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return [408, 'INVALID_REQUEST', 'The request did not arrive in time.'];
      return [400, 'INVALID_REQUEST', 'The request is not valid HTTP.'];
    })();
    if (socket.writable) {
      const requestId = randomUUID();
      const body = JSON.stringify({ error: { code, message, requestId } });
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `X-Request-Id: ${requestId}\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    }
    socket.destroy(error);
  };
}

/** Fastify's server options for these limits; a socket silent for longer than a request and a keep-alive wait is closed. */
export const serverOptions = (limits: ServerLimits) => ({
  http: {
    maxHeaderSize: limits.maxHeaderBytes,
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_MS,
  },
  requestTimeout: limits.requestTimeoutMs,
  keepAliveTimeout: limits.keepAliveTimeoutMs,
  connectionTimeout: limits.requestTimeoutMs + limits.keepAliveTimeoutMs,
  clientErrorHandler: refuseConnection(limits),
});

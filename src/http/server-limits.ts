import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { Socket } from 'node:net';
import type { ConnectionError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../domain/errors.ts';
import { LINGER_MAX_BYTES, LINGER_MAX_MS, TIMEOUT_CHECK_INTERVAL_MS } from '../domain/limits.ts';

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

/** Connections answered before their request's body had arrived: the rest of it is being read and thrown away. */
const lingering = new WeakSet<Socket>();


/**
 * Node refuses a request itself before any route sees it (headers too large, too slow, not
 * HTTP): the answer still has the usual error shape, then the connection closes.
 */
function refuseConnection(limits: ServerLimits) {
  return (error: ConnectionError, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    // The answer is out already (the client stopped mid-body, or took too long): nothing more to say.
    if (lingering.has(socket)) {
      socket.destroy();
      return;
    }
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

/**
 * Closing a connection while the client is still sending makes the kernel reset it, and a reset
 * can discard the answer before the client has read it: the client sees EPIPE or ECONNRESET
 * instead of its 413. So an answer given before the body has all arrived says
 * `Connection: close`, and once it is out the connection stays open while the rest of the body
 * is read and thrown away; when it has all arrived the connection closes gracefully (and the
 * client, which has read the answer meanwhile, sees no error). Should the body go on past
 * LINGER_MAX_BYTES or LINGER_MAX_MS, the connection is dropped. For the onSend hook; inject has
 * no socket and is left alone.
 */
export function closeAfterBody(request: FastifyRequest, reply: FastifyReply): void {
  const req = request.raw;
  const socket = req.socket;
  if (req.complete !== false || !(socket instanceof Socket) || socket.destroyed) return;
  reply.header('connection', 'close');
  if (lingering.has(socket)) return;
  lingering.add(socket);
  let readBytes = 0;
  const stop = () => {
    clearTimeout(timer);
    req.off('data', count);
  };
  const drop = () => {
    stop();
    socket.destroy();
  };
  const count = (chunk: Buffer) => {
    readBytes += chunk.length;
    if (readBytes > LINGER_MAX_BYTES) drop();
  };
  const timer = setTimeout(drop, LINGER_MAX_MS);
  // Reads the rest of the body (Node throws it away once counted).
  req.on('data', count);
  socket.once('close', stop);
  // Node ends a `Connection: close` answer's connection with destroySoon once the answer is out:
  // this one waits for the body's end first.
  const destroySoon = socket.destroySoon;
  socket.destroySoon = function closeOnceBodyArrived() {
    socket.destroySoon = destroySoon;
    const close = () => {
      stop();
      destroySoon.call(socket);
    };
    if (req.complete) close();
    else req.once('end', close);
  };
}

/** Fastify's server options for these limits; a socket silent for longer than a request and a keep-alive wait is closed. */
export const serverOptions = (limits: ServerLimits) => ({
  http: {
    maxHeaderSize: limits.maxHeaderBytes,
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  },
  requestTimeout: limits.requestTimeoutMs,
  keepAliveTimeout: limits.keepAliveTimeoutMs,
  connectionTimeout: limits.requestTimeoutMs + limits.keepAliveTimeoutMs,
  clientErrorHandler: refuseConnection(limits),
});

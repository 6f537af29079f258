import { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';
import { clientAddress } from './client-limits.ts';

/** Secrets never reach the logs: no authorization header, no cookie, no body. */
export const LOG_REDACT = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'];

/**
 * A URL as the request log writes it: the path, and the query's parameter names with every
 * value replaced. A query can carry anything a client puts there (a search for a person, a
 * token pasted by mistake, a link that used to carry one), so no value of it is written.
 */
export function loggedUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const names = url
    .slice(q + 1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? part : `${part.slice(0, eq)}=~`;
    });
  return `${url.slice(0, q)}?${names.join('&')}`;
}

/** What the request log says of a request (Fastify's default fields, with the URL's query values left out). */
export function requestLogFields(req: FastifyRequest) {
  return {
    method: req.method,
    url: loggedUrl(req.url),
    host: req.host,
    // A forwarded value that is no address (anything a client wrote) is not written either.
    remoteAddress: clientAddress(req) ?? undefined,
    remotePort: req.socket?.remotePort,
  };
}

/** The device API: its answers are summarised rather than written one line each (below). */
const DEVICE_API_PREFIX = '/v1/client/';
/** pino's level number of `debug`: at it or below, every request has its lines. */
const DEBUG_LEVEL = 20;

export interface RequestLogOptions {
  /** How often the summary of the device API's answers is written. */
  summaryIntervalMs: number;
  /** A device-API request that takes at least this long has a line of its own. */
  slowMs: number;
}

/** One route's answers of one status in the current interval. */
interface Tally {
  route: string;
  statusCode: number;
  count: number;
  totalMs: number;
  maxMs: number;
}

const pathOf = (url: string): string => {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
};
const roundMs = (ms: number): number => Math.round(ms * 10) / 10;
const levelOf = (log: FastifyBaseLogger): number => (log as unknown as { levelVal: number }).levelVal;

/**
 * The request log. Every route but the device API's has Fastify's two lines per request
 * ("incoming request", "request completed"), with the error code of an error answer. The
 * device API (/v1/client/…, hit by every installed copy, many times a minute) at `info` has a
 * line only for what an operator acts on: an answer of 400 or more (with its code: refusals,
 * bad requests, limits), a request slower than `slowMs`, an error; every answer is also
 * counted by route and status, and the counts (with mean and maximum latency) written in one
 * line per interval ("device API requests"). At `debug`, every request has its lines again.
 * Nothing here writes a body: keys, codes and tokens stay out (LOG_REDACT, loggedUrl).
 */
export class RequestLog extends LogController {
  /** Tallies by path, then by status: two lookups with strings the request already has, nothing built per request. */
  private readonly tallies = new Map<string, Map<number, Tally>>();
  private sinceMs = Date.now();
  private logger: FastifyBaseLogger | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: RequestLogOptions) {
    super();
  }

  /** Starts writing summaries to `logger`, every interval. */
  start(logger: FastifyBaseLogger): void {
    this.logger = logger;
    this.sinceMs = Date.now();
    this.timer = setInterval(() => this.flush(), this.options.summaryIntervalMs);
    this.timer.unref();
  }

  /** Writes what is counted and stops (the server is closing). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.flush();
  }

  /** The summary of the interval so far, written and reset; nothing when nothing was counted. */
  flush(): void {
    const nowMs = Date.now();
    const requests: { route: string; statusCode: number; count: number; meanMs: number; maxMs: number }[] = [];
    for (const byStatus of this.tallies.values())
      for (const t of byStatus.values()) {
        if (t.count > 0) requests.push({ route: t.route, statusCode: t.statusCode, count: t.count, meanMs: roundMs(t.totalMs / t.count), maxMs: roundMs(t.maxMs) });
        t.count = 0;
        t.totalMs = 0;
        t.maxMs = 0;
      }
    const seconds = Math.round((nowMs - this.sinceMs) / 1000);
    this.sinceMs = nowMs;
    if (requests.length > 0 && this.logger) this.logger.info({ seconds, total: requests.reduce((n, r) => n + r.count, 0), requests }, 'device API requests');
  }

  /** A request of the device API, at a level above debug. */
  private summarised(request: FastifyRequest): boolean {
    return request.url.startsWith(DEVICE_API_PREFIX) && !request.is404 && levelOf(request.log) > DEBUG_LEVEL;
  }

  override incomingRequest(request: FastifyRequest, reply: FastifyReply): void {
    if (!this.summarised(request)) super.incomingRequest(request, reply);
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const responseTime = reply.elapsedTime;
    const code = reply.errorCode ?? undefined;
    if (!this.summarised(request)) {
      if (error) reply.log.error({ res: reply, err: error, responseTime }, 'request errored');
      else reply.log.info({ res: reply, code, responseTime }, 'request completed');
      return;
    }
    this.count(request, reply.statusCode, responseTime);
    // Without the incoming line, the request's own fields go in this one.
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime }, 'request errored');
    else if (reply.statusCode >= 400) reply.log.info({ req: request, res: reply, code, responseTime }, 'request completed');
    else if (responseTime >= this.options.slowMs) reply.log.warn({ req: request, res: reply, responseTime }, 'slow request');
  }

  private count(request: FastifyRequest, statusCode: number, ms: number): void {
    const url = request.url;
    let byStatus = this.tallies.get(url);
    if (byStatus === undefined) {
      // A device route called with a query string (refused, but counted) is counted under its path.
      const path = pathOf(url);
      byStatus = this.tallies.get(path);
      if (byStatus === undefined) {
        byStatus = new Map();
        this.tallies.set(path, byStatus);
      }
    }
    let t = byStatus.get(statusCode);
    if (t === undefined) {
      t = { route: `${request.method} ${pathOf(url)}`, statusCode, count: 0, totalMs: 0, maxMs: 0 };
      byStatus.set(statusCode, t);
    }
    t.count++;
    t.totalMs += ms;
    if (ms > t.maxMs) t.maxMs = ms;
  }
}

/**
 * Load through autocannon's programmatic API: a number of keep-alive connections, each sending
 * its next request as soon as the previous one is answered (no pipelining), for a time or for
 * a number of requests. Figures are of the answered requests.
 */
import autocannon from 'autocannon';

export interface LoadSpec {
  /** The server, e.g. http://127.0.0.1:8080. */
  url: string;
  connections: number;
  /** Run for this long (seconds)… */
  durationSeconds?: number;
  /** …or until this many requests are answered. */
  amount?: number;
  request: autocannon.Request;
}

export interface Load {
  /** Answered requests per second over the run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  seconds: number;
  /** Requests answered (any status). */
  answered: number;
  /** Requests sent but not answered when the run stopped (in flight, timed out, or lost with a connection). */
  unanswered: number;
  /** Answers by status code. */
  statuses: Record<string, number>;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  /** The run's start and end on the monotonic clock (µs), as V8's CPU profiles count time. */
  startUs: number;
  endUs: number;
}

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

export async function runLoad(spec: LoadSpec): Promise<Load> {
  const startUs = monotonicUs();
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    pipelining: 1,
    timeout: 30,
    ...(spec.amount ? { amount: spec.amount } : { duration: spec.durationSeconds ?? 10 }),
    requests: [spec.request],
  });
  const endUs = monotonicUs();
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    rps: answered / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    seconds: result.duration,
    answered,
    unanswered: Math.max(0, result.requests.sent - answered),
    statuses,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    startUs,
    endUs,
  };
}

/** A JSON POST whose body `body(n)` builds afresh for each request (n = 0, 1, 2, … across all connections). */
export function jsonPosts(path: string, body: (n: number) => string, extra: Pick<autocannon.Request, 'onResponse'> & { headers?: Record<string, string> } = {}): autocannon.Request & { built(): number } {
  let n = 0;
  return {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', ...extra.headers },
    setupRequest: (request) => ({ ...request, body: body(n++) }),
    ...(extra.onResponse && { onResponse: extra.onResponse }),
    built: () => n,
  };
}

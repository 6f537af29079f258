import http from 'node:http';
import type { Socket } from 'node:net';
import { OPERATOR_TOKEN } from './harness.ts';
import { noteSecret, noteSecretsIn } from './run-log.ts';

export interface HttpAnswer<T = any> {
  status: number;
  body: T;
  text: string;
  /** Milliseconds from sending the request to the end of the answer. */
  ms: number;
}

export interface LoadStats {
  requests: number;
  /** Distinct TCP connections the requests travelled on. */
  sockets: number;
  /** Most requests on the wire at once (written, answer not yet complete). */
  maxOnWire: number;
}

/**
 * An HTTP client over real sockets (node:http with a keep-alive agent of `maxSockets`
 * connections), unlike helpers/api.ts which uses inject. It counts the connections used and
 * how many requests were on the wire at once, so a test can show its requests overlapped.
 */
export class HttpLoad {
  private readonly agent: http.Agent;
  private readonly seen = new WeakSet<Socket>();
  private onWire = 0;
  readonly stats: LoadStats = { requests: 0, sockets: 0, maxOnWire: 0 };

  constructor(
    readonly baseUrl: string,
    maxSockets = 128,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  request(method: string, path: string, body?: unknown, token: string | null = OPERATOR_TOKEN): Promise<HttpAnswer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    noteSecret(token);
    noteSecretsIn(body);
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    this.stats.requests++;
    return new Promise((resolve, reject) => {
      const started = performance.now();
      let counted = false;
      const done = () => {
        if (counted) this.onWire--;
        counted = false;
      };
      const req = http.request(new URL(path, this.baseUrl), { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e) => {
          done();
          reject(e);
        });
        res.on('end', () => {
          done();
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          noteSecretsIn(parsed);
          resolve({ status: res.statusCode ?? 0, body: parsed as any, text, ms: performance.now() - started });
        });
      });
      req.on('socket', (socket: Socket) => {
        if (!this.seen.has(socket)) {
          this.seen.add(socket);
          this.stats.sockets++;
        }
        counted = true;
        this.onWire++;
        this.stats.maxOnWire = Math.max(this.stats.maxOnWire, this.onWire);
      });
      req.on('error', (e) => {
        done();
        reject(e);
      });
      req.end(payload);
    });
  }

  /** The same shape as helpers/api.ts, over the network. */
  api(token: string | null = OPERATOR_TOKEN) {
    return {
      get: (url: string) => this.request('GET', url, undefined, token),
      post: (url: string, body?: unknown) => this.request('POST', url, body, token),
      patch: (url: string, body?: unknown) => this.request('PATCH', url, body, token),
      del: (url: string) => this.request('DELETE', url, undefined, token),
    };
  }

  close(): void {
    this.agent.destroy();
  }
}

export type HttpApi = ReturnType<HttpLoad['api']>;

/** Counts answers by "status code" (e.g. "201", "409 NO_SEATS_POOL"). */
export function tally(answers: readonly HttpAnswer[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of answers) {
    const label = a.body?.error?.code ? `${a.status} ${a.body.error.code}` : String(a.status);
    out[label] = (out[label] ?? 0) + 1;
  }
  return out;
}

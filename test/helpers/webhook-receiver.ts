import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  id: string;
  timestamp: number;
  signature: string;
  body: any;
  /** Whether one of the receiver's secrets verified it (standardwebhooks' Webhook.verify). */
  verified: boolean;
  /** The status the receiver answered. */
  answered: number;
}

/**
 * A webhook receiver on loopback: it verifies every message with the standardwebhooks package
 * against the secrets it was given, keeps it, and answers what `answer` says (200 by default).
 */
export interface Receiver {
  url: string;
  received: ReceivedWebhook[];
  secrets: string[];
  answer: (msg: ReceivedWebhook) => number;
  /** Distinct message ids, and how many times each came. */
  counts(): Map<string, number>;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hooks'): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    received: [],
    secrets: [],
    answer: () => 200,
    counts() {
      const m = new Map<string, number>();
      for (const r of receiver.received) m.set(r.id, (m.get(r.id) ?? 0) + 1);
      return m;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const headers = {
        'webhook-id': String(req.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
      };
      const verified = receiver.secrets.some((s) => {
        try {
          new Webhook(s).verify(text, headers);
          return true;
        } catch {
          return false;
        }
      });
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      const msg: ReceivedWebhook = { id: headers['webhook-id'], timestamp: Number(headers['webhook-timestamp']), signature: headers['webhook-signature'], body, verified, answered: 0 };
      msg.answered = receiver.answer(msg);
      receiver.received.push(msg);
      res.writeHead(msg.answered, { 'content-type': 'text/plain' });
      res.end(msg.answered < 300 ? 'ok' : 'receiver says no');
    });
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return receiver;
}

/** Server settings for webhook tests: loopback allowed, quick polling and a short retry schedule. */
export const webhookEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
  ALLOT_WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
  ALLOT_WEBHOOK_POLL_MS: '25',
  ALLOT_WEBHOOK_RETRY_SCHEDULE: '20ms,40ms,80ms,160ms',
  ...extra,
});

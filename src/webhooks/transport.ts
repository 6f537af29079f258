import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { randomBytes } from 'node:crypto';
import { isIP, type LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { UrlCheck, WebhookRequest, WebhookResponse, WebhookTransport } from '../app/ports/webhooks.ts';
import { addressPolicy } from './address-policy.ts';

export interface TransportOptions {
  /** ALLOT_WEBHOOK_ALLOWED_NETWORKS: CIDRs and host names that may be reached despite being private. */
  allowList: readonly string[];
  timeoutMs: number;
  /** How much of an answer is read; the rest is dropped. */
  responseMaxBytes: number;
  /** Every address a host name resolves to, throwing when none (boot gives dns/address-resolver.ts's). */
  resolve: (host: string) => Promise<{ address: string; family: number }[]>;
}

/** Lookup failures that mean the name has no address (any other: DNS did not answer). */
const NO_SUCH_NAME = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);

type Resolved = { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: string };

/** The Standard Webhooks signatures of a message, one per secret, space-separated. */
export function signatures(secrets: readonly string[], messageId: string, at: number, body: string): string {
  return secrets.map((s) => new Webhook(s).sign(messageId, new Date(at), body)).join(' ');
}

export function createWebhookTransport(options: TransportOptions): WebhookTransport {
  const policy = addressPolicy(options.allowList);

  /** The address to connect to, checked: every address the host resolves to must be allowed (or public). */
  async function resolveChecked(raw: string): Promise<Resolved & { url?: URL }> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { ok: false, reason: 'the URL does not parse' };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'only https (or http to allow-listed addresses) is allowed' };
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    let addresses: { address: string; family: number }[];
    if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
    else {
      try {
        addresses = (await options.resolve(host)).slice(0, 32);
      } catch (error) {
        const code = String((error as { code?: unknown }).code ?? 'EUNKNOWN');
        return { ok: false, reason: NO_SUCH_NAME.has(code) ? `${host} does not resolve` : `DNS did not answer for ${host} (${code})` };
      }
      if (addresses.length === 0) return { ok: false, reason: `${host} does not resolve` };
    }
    const hostAllowed = !isIP(host) && policy.hostAllowed(host);
    const classes = addresses.map((a) => (hostAllowed ? 'allowed' : policy.classify(a.address)));
    const refused = classes.indexOf('denied');
    if (refused >= 0) return { ok: false, reason: `${host} resolves to ${addresses[refused]!.address}, a private or reserved address that is not allow-listed` };
    if (url.protocol === 'http:' && classes.some((c) => c !== 'allowed')) return { ok: false, reason: 'http is allowed only to allow-listed addresses: use https' };
    const first = addresses[0]!;
    return { ok: true, address: first.address, family: first.family === 6 ? 6 : 4, url };
  }

  return {
    async checkUrl(url): Promise<UrlCheck> {
      const r = await resolveChecked(url);
      return r.ok ? { ok: true } : r;
    },
    newSecret: () => `whsec_${randomBytes(24).toString('base64')}`,
    async send(req: WebhookRequest): Promise<WebhookResponse> {
      const checked = await resolveChecked(req.url);
      if (!checked.ok) return { status: null, body: null, error: `refused: ${checked.reason}` };
      const url = checked.url!;
      // Connect to the address just checked, whatever DNS answers now.
      const pinned: LookupFunction = (_host, opts, callback) => {
        if (opts && (opts as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: checked.address, family: checked.family }]);
        else callback(null, checked.address, checked.family);
      };
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'Allot-Webhooks/1',
        'webhook-id': req.messageId,
        'webhook-timestamp': String(Math.floor(req.at / 1000)),
        'webhook-signature': signatures(req.secrets, req.messageId, req.at, req.body),
        'content-length': String(Buffer.byteLength(req.body)),
      };
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      return new Promise<WebhookResponse>((resolvePromise) => {
        let settled = false;
        const done = (r: WebhookResponse) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolvePromise(r);
        };
        const request = send(url, { method: 'POST', headers, lookup: pinned, agent: false }, (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size >= options.responseMaxBytes) return;
            chunks.push(chunk.subarray(0, options.responseMaxBytes - size));
            size += chunk.length;
            if (size >= options.responseMaxBytes) {
              done({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString('utf8'), error: null });
              res.destroy();
            }
          });
          res.on('end', () => done({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString('utf8'), error: null }));
          res.on('error', (e) => done({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString('utf8'), error: e.message }));
        });
        const timer = setTimeout(() => {
          done({ status: null, body: null, error: `no answer within ${options.timeoutMs} ms` });
          request.destroy();
        }, options.timeoutMs);
        request.on('error', (e) => done({ status: null, body: null, error: e.message }));
        request.end(req.body);
      });
    },
  };
}

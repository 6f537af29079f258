/**
 * Issue 16: what a webhook POST does with a receiver that misbehaves (real HTTP servers on
 * loopback, allow-listed): an answer that never comes ends at the timeout, an answer that never
 * finishes too, a huge answer is read only up to the cap and the connection is cut, and a
 * redirect is not followed (it is a failed attempt, and its target never hears of the message).
 * Nothing here asserts on elapsed time: each case waits for the transport's own verdict.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAddressResolver } from '../../src/dns/address-resolver.ts';
import { createWebhookTransport } from '../../src/webhooks/transport.ts';

const SECRET = 'whsec_' + Buffer.alloc(24, 7).toString('base64');
const servers: Server[] = [];

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; hits: string[]; closed: Promise<void> }> {
  const hits: string[] = [];
  let closedResolve!: () => void;
  const closed = new Promise<void>((resolve) => (closedResolve = resolve));
  const server = createServer((req, res) => {
    hits.push(String(req.headers['webhook-id']));
    res.on('close', () => closedResolve());
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, hits, closed };
}

const transport = (timeoutMs: number, responseMaxBytes = 64 * 1024) => createWebhookTransport({ allowList: ['127.0.0.0/8'], timeoutMs, responseMaxBytes, resolve: createAddressResolver(null) });
const message = (url: string, id = 'msg_1') => ({ url, messageId: id, at: Date.now(), body: '{"type":"test"}', secrets: [SECRET] });

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

describe('webhook transport', () => {
  it('gives up on a receiver that never answers, at the timeout, and closes the connection', async () => {
    const silent = await serve(() => {
      /* reads the request, never answers */
    });
    const sent = await transport(2_000).send(message(silent.url));
    expect(sent).toEqual({ status: null, body: null, error: 'no answer within 2000 ms' });
    // the receiver sees its connection go
    await silent.closed;
    expect(silent.hits).toEqual(['msg_1']);
  });

  it('gives up on an answer that starts but never finishes', async () => {
    const trickle = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('still going');
    });
    const sent = await transport(2_000).send(message(trickle.url));
    expect(sent.status).toBeNull();
    expect(sent.error).toBe('no answer within 2000 ms');
    await trickle.closed;
  });

  it('reads a huge answer only up to the cap, then cuts the connection', async () => {
    const huge = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      // 4 MiB, written as the socket takes it; the transport stops reading at 64 KiB
      let left = 64;
      const chunk = 'x'.repeat(64 * 1024);
      const more = () => {
        while (left > 0) {
          left--;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    const sent = await transport(60_000).send(message(huge.url));
    expect(sent.status).toBe(200);
    expect(sent.error).toBeNull();
    expect(sent.body!.length).toBe(64 * 1024);
    expect(sent.body).toMatch(/^x+$/);
    await huge.closed;
  });

  it('does not follow a redirect: the attempt reports the 3xx and the target hears nothing', async () => {
    const target = await serve((_req, res) => res.end('ok'));
    const redirecting = await serve((_req, res) => {
      res.writeHead(307, { location: target.url });
      res.end('moved');
    });
    const sent = await transport(60_000).send(message(redirecting.url));
    expect(sent).toEqual({ status: 307, body: 'moved', error: null });
    expect(target.hits).toEqual([]);
  });
});

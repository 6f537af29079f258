/**
 * The native app's side of an SSO sign-in (RFC 8252 with PKCE, docs/sso.md): a loopback listener
 * on 127.0.0.1 and a random port, the system browser sent to Allot, the one-time code back.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AllotClientError } from './errors.ts';

/** A PKCE pair: the verifier the app keeps, the S256 challenge the browser carries. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/**
 * Opens `url` in the system browser: `open` (macOS), the URL handler through rundll32 (Windows:
 * unlike `start`, no shell parses the URL's `&`), `xdg-open` (elsewhere).
 */
export function openSystemBrowser(url: string): Promise<void> {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command as string, args as string[], { stdio: 'ignore', detached: true });
    child.once('error', (e) => reject(new AllotClientError(`Cannot open the browser (${String(command)}): ${e.message}. Open ${url} yourself.`)));
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

/** The sign-in was abandoned, denied or never came back. */
export class SsoSignInFailed extends AllotClientError {
  override name = 'SsoSignInFailed';
}

const page = (title: string, text: string) =>
  `<!doctype html><meta charset="utf-8"><title>${title}</title><body style="font-family:sans-serif;margin:3em"><h1>${title}</h1><p>${text}</p></body>`;

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export interface LoopbackSignIn {
  redirectUri: string;
  /** Resolves with the code once the browser comes back with the expected state. */
  code: Promise<string>;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 (a random port) for the browser's redirect to `/callback?code&state`. A
 * request with another state is answered 400 and ignored (not ours); `error=` ends the sign-in.
 */
export async function listenForCode(state: string, timeoutMs: number): Promise<LoopbackSignIn> {
  let settle!: { resolve: (code: string) => void; reject: (e: Error) => void };
  const code = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  code.catch(() => undefined);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, title: string, text: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
      res.end(page(title, text));
    };
    if (req.method !== 'GET' || url.pathname !== '/callback') return send(404, 'Not found', 'Nothing here.');
    const got = url.searchParams.get('state') ?? '';
    if (!sameText(got, state)) return send(400, 'Sign-in not recognised', 'This answer does not belong to the sign-in this app started.');
    const error = url.searchParams.get('error');
    const value = url.searchParams.get('code');
    if (error || !value) {
      send(400, 'Sign-in failed', 'You can close this window and try again from the app.');
      return settle.reject(new SsoSignInFailed(`The sign-in failed: ${error ?? 'no code came back'}.`));
    }
    send(200, 'Signed in', 'You can close this window and return to the app.');
    settle.resolve(value);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const timer = setTimeout(() => settle.reject(new SsoSignInFailed(`No sign-in came back within ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs);
  timer.unref();
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    code,
    async close() {
      clearTimeout(timer);
      settle.reject(new SsoSignInFailed('The sign-in was cancelled.'));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `allot wait [--url URL] [--timeout-seconds N]`: until a server answers, for scripts that start one (`npm start &`). */
import { type Command, InvalidArgumentError } from 'commander';
import { readConfig, type Config } from '../boot/config.ts';
import { positiveInt } from './common.ts';
import { printSummary } from './output.ts';
import { WAIT_POLL_INTERVAL_MS, WAIT_TIMEOUT_DEFAULT_SECONDS } from '../domain/limits.ts';


/** The server this environment starts: ALLOT_HOST (any interface: loopback) and ALLOT_PORT. */
export function localUrl(config: Pick<Config, 'host' | 'port'>): string {
  const host = config.host === '0.0.0.0' || config.host === '' ? '127.0.0.1' : config.host === '::' ? '::1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

/** Why the last attempt did not answer 200, in a few words. */
function whyNot(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

/** Polls `healthz` until it answers 200 (true), or the time is up (the last reason). */
export async function waitForHealth(healthz: string, timeoutMs: number): Promise<true | string> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no attempt';
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return last;
    try {
      const res = await fetch(healthz, { signal: AbortSignal.timeout(Math.max(1, Math.min(left, 2000))) });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status === 200) return true;
      last = `answered ${res.status}`;
    } catch (error) {
      // An attempt cut short by the deadline says nothing new: keep the reason the server gave before.
      const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
      if (!timedOut || last === 'no attempt') last = whyNot(error);
    }
    await new Promise((r) => setTimeout(r, Math.min(WAIT_POLL_INTERVAL_MS, Math.max(0, deadline - Date.now()))));
  }
}

export function waitCommand(program: Command): void {
  program
    .command('wait')
    .description('wait until the server answers /healthz with 200 (exit 1 if it does not in time): for scripts that start it')
    .option('--url <url>', 'the server (default: http://127.0.0.1:$ALLOT_PORT, or ALLOT_HOST when it names one interface)')
    .option('--timeout-seconds <n>', `how long to wait (default ${WAIT_TIMEOUT_DEFAULT_SECONDS})`, positiveInt, WAIT_TIMEOUT_DEFAULT_SECONDS)
    .option('--json', 'print JSON: {url, healthy}')
    .action(async (o: { url?: string; timeoutSeconds: number; json?: boolean }) => {
      const base = (o.url ?? localUrl(readConfig())).replace(/\/+$/, '');
      if (!URL.canParse(base)) throw new InvalidArgumentError(`--url: not a URL (${base})`);
      const healthz = base.endsWith('/healthz') ? base : `${base}/healthz`;
      const outcome = await waitForHealth(healthz, o.timeoutSeconds * 1000);
      if (outcome !== true) throw new Error(`no answer 200 from ${healthz} within ${o.timeoutSeconds} s (last: ${outcome})`);
      printSummary({ url: base, healthy: true }, Boolean(o.json), `Allot is up at ${base}`);
    });
}

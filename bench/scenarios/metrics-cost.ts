/**
 * What Prometheus metrics cost the device API (issue 16): the throughput scenario's `activate`
 * load against two `allot serve` processes started side by side on databases of their own, one
 * without metrics and one with ALLOT_METRICS_TOKEN set (every request timed by route, every
 * decision and shared transaction counted) and scraped every second meanwhile (a scraper's
 * usual interval is 15 s or more). The loads alternate off, on, on, off, so that drift of the
 * machine falls on both alike; the figure is the ratio of requests/s, on over off, in the same
 * run. Every answer must be 2xx, or the run fails rather than report figures. Beside it, the
 * metrics' own work per activation, timed in process (`metricsUsPerRequest`).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createMetrics } from '../../src/boot/metrics.ts';
import type { AllotProcess } from '../allot.ts';
import type { BenchContext, Figures, Scenario } from '../scenario.ts';
import type { Load } from '../throughput/load.ts';
import { activations, NO_LIMIT, timing, warmThenMeasure } from './throughput.ts';

const SCRAPE_EVERY_MS = 1000;

async function subscription(allot: AllotProcess): Promise<{ id: string; key: string }> {
  const expiresAt = new Date(Date.now() + 365 * 86_400_000).toISOString();
  await allot.expect(201, 'POST', '/v1/products', { code: 'bench', name: 'Bench Pro', downloadUrl: 'https://example.com/download' });
  const account = (await allot.expect(201, 'POST', '/v1/accounts', { name: 'Bench Corp' })).body;
  const sub = (await allot.expect(201, 'POST', `/v1/accounts/${account.id}/subscriptions`, { product: 'bench', seats: 1_000_000, expiresAt })).body;
  return { id: sub.id as string, key: sub.primaryKey.key as string };
}

/** Scrapes `url` every second until stopped; how many scrapes answered 200. */
function scraper(url: string, token: string): { stop(): Promise<number> } {
  let ok = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      await res.text();
      if (res.status !== 200) throw new Error(`metrics-cost: /metrics answered ${res.status}`);
      ok++;
      await new Promise((r) => setTimeout(r, SCRAPE_EVERY_MS));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return ok;
    },
  };
}

/**
 * The metrics' own work for one activation, in process and apart from any load (so that a busy
 * machine blurs it less than the ratio): the route's count and latency, the decision, and a
 * share of a shared transaction of 16 writes and of a batch, in µs per request.
 */
function usPerActivation(): number {
  const m = createMetrics({ version: 'bench', sweepIntervalMs: 60_000, processMetrics: false });
  const round = (n: number) => {
    for (let i = 0; i < n; i++) {
      m.request('/v1/client/activate', 'POST', 201, 3 + (i % 7));
      m.decision('activation', i % 10 === 0 ? 'NO_SEATS_POOL' : 'ok');
      if (i % 16 === 0) {
        m.store.sharedTransaction(16);
        m.store.batch(16);
      }
    }
  };
  round(50_000);
  const n = 500_000;
  const start = performance.now();
  round(n);
  return ((performance.now() - start) * 1000) / n;
}

export const metricsCost: Scenario = {
  name: 'metrics-cost',
  description: 'activate throughput with metrics off and on (scraped every second), alternating off/on/on/off; the ratio on/off',
  async run(ctx: BenchContext): Promise<Figures[]> {
    const t = timing(ctx);
    const token = randomBytes(24).toString('hex');
    const base = {
      ALLOT_LOG_LEVEL: 'info',
      ALLOT_CLIENT_PER_IP_PER_MINUTE: NO_LIMIT,
      ALLOT_KEY_GUESSES_PER_IP: NO_LIMIT,
      ALLOT_ACTIVATIONS_PER_KEY_PER_MINUTE: NO_LIMIT,
    };
    const off = await ctx.spawnAllot({ env: base });
    const on = await ctx.spawnAllot({ env: { ...base, ALLOT_METRICS_TOKEN: token } });
    const subs = new Map([
      [off, await subscription(off)],
      [on, await subscription(on)],
    ]);
    const loads: { metrics: 'off' | 'on'; load: Load }[] = [];
    let scrapes = 0;
    for (const [metrics, allot] of [['off', off], ['on', on], ['on', on], ['off', off]] as const) {
      const scrape = metrics === 'on' ? scraper(on.url, token) : null;
      const { measured } = await warmThenMeasure(ctx, t, `activate, metrics ${metrics}`, { url: allot.url, request: activations(() => subs.get(allot)!.key) });
      scrapes += (await scrape?.stop()) ?? 0;
      if (measured.non2xx > 0 || measured.errors > 0) throw new Error(`metrics-cost: ${measured.non2xx} answers not 2xx, ${measured.errors} errors (metrics ${metrics})`);
      loads.push({ metrics, load: measured });
      ctx.log(`activate, metrics ${metrics}: ${Math.round(measured.rps)} requests/s, p99 ${measured.p99Ms} ms`);
    }
    const sum = (m: 'off' | 'on', f: (l: Load) => number) => loads.filter((l) => l.metrics === m).reduce((a, l) => a + f(l.load), 0) / 2;
    const row = (m: 'off' | 'on'): Figures => ({ case: `activate, metrics ${m}`, rps: Math.round(sum(m, (l) => l.rps)), p50Ms: sum(m, (l) => l.p50Ms), p99Ms: sum(m, (l) => l.p99Ms) });
    const ratio = sum('on', (l) => l.rps) / sum('off', (l) => l.rps);
    ctx.log(`metrics on/off: ${ratio.toFixed(3)} of the requests/s (${scrapes} scrapes during the 'on' loads)`);
    const us = usPerActivation();
    ctx.log(`the metrics' own work: ${us.toFixed(2)} µs per activation`);
    return [row('off'), { ...row('on'), ratio: Number(ratio.toFixed(3)), scrapes, metricsUsPerRequest: Number(us.toFixed(2)) }];
  },
};

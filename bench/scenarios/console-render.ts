/**
 * "With 10,000 devices on one subscription, the devices page first renders in under a second":
 * Allot runs as `allot serve` in a process of its own, with the device API's abuse limits off
 * (the seeding is 10,000 activations from one address in seconds); 10,000 devices activate
 * through the client API (POST /v1/client/activate, many at once), an Account Administrator
 * signs in through the console's form once, then the devices page is opened several times at
 * 1280 × 900 in headless Chromium:
 *
 * - cold: a new browser context each time (nothing cached: index.html, every script, style and
 *   font fetched again), holding only the session cookie;
 * - warm: the same context reloading the page (assets from the browser's cache, as on a revisit).
 *
 * Each time is the browser's own clock from the navigation's start (performance.timeOrigin) to
 * the first animation frame in which the first page of rows is in the table (50 rows) and its
 * count reads "1–50 of 10,000". Chromium: /usr/bin/chromium (ALLOT_CHROMIUM), as in
 * test/helpers/browser.ts.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { Figures, Scenario } from '../scenario.ts';

const DEVICES = 10_000;
const CONCURRENCY = 32;
const COLD_RUNS = 7;
const WARM_RUNS = 7;
const PAGE_SIZE = 50;
const VIEWPORT = { width: 1280, height: 900 };
const PASSWORD = 'bench password 0123456789';
const CHROMIUM_PATH = process.env.ALLOT_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * In the page: the first page of rows is in the table and its count is shown (what the user reads
 * first); then the page's clock, else false. (A function, not a string: the console's CSP allows no eval.)
 */
function firstPageShown({ rows, total }: { rows: number; total: string }): number | false {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc = (globalThis as any).document;
  const count: string = doc.querySelector('.list-table-count')?.textContent ?? '';
  return doc.querySelectorAll('tbody tr').length >= rows && count.includes(`of ${total}`) ? performance.now() : false;
}

interface Load {
  /** Navigation start to the first page of rows shown. */
  shownMs: number;
  /** Navigation start to the device list's answer (GET …/activations) fully received. */
  dataMs: number;
}

/** The device list request's responseEnd, on the page's clock. */
function listAnswered(): number {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const entries = performance.getEntriesByType('resource') as any[];
  const list = entries.find((e) => /\/activations\?/.test(e.name));
  return list ? list.responseEnd : Number.NaN;
}

/** Opens `url` in `context` (or reloads its page) and times the first page of rows. */
async function load(context: BrowserContext, url: string, reload: boolean): Promise<Load> {
  const page = context.pages()[0] ?? (await context.newPage());
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  const shown = await page.waitForFunction(firstPageShown, { rows: PAGE_SIZE, total: DEVICES.toLocaleString('en-US') }, { polling: 'raf', timeout: 30_000 });
  const shownMs = (await shown.jsonValue()) as number;
  if (page.url() !== url) throw new Error(`console-render: ended on ${page.url()}, not ${url}`);
  return { shownMs, dataMs: await page.evaluate(listAnswered) };
}

const figures = (loads: Load[]) => ({
  median: Math.round(median(loads.map((l) => l.shownMs))),
  max: Math.round(Math.max(...loads.map((l) => l.shownMs))),
  dataMedian: Math.round(median(loads.map((l) => l.dataMs))),
});

export const consoleRender: Scenario = {
  name: 'console-render',
  description: `The console's devices page with ${DEVICES.toLocaleString('en')} devices: navigation start to the first ${PAGE_SIZE} rows shown (headless Chromium, ${VIEWPORT.width} px)`,
  async run(ctx): Promise<Figures> {
    // The device API's abuse limits (per address, guesses, per key) off: the seeding would meet them.
    const limitsOff = { ALLOT_CLIENT_PER_IP_PER_MINUTE: '0', ALLOT_KEY_GUESSES_PER_IP: '0', ALLOT_ACTIVATIONS_PER_KEY_PER_MINUTE: '0' };
    const allot = await ctx.spawnAllot({ env: limitsOff });
    await allot.expect(201, 'POST', '/v1/products', { code: 'bench', name: 'Bench Pro', downloadUrl: 'https://example.com/download' });
    const account = (await allot.expect(201, 'POST', '/v1/accounts', { name: 'Bench Corp' })).body;
    const expiresAt = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const sub = (await allot.expect(201, 'POST', `/v1/accounts/${account.id}/subscriptions`, { product: 'bench', seats: DEVICES, expiresAt })).body;
    const email = 'admin@bench.example.com';
    await allot.expect(201, 'POST', `/v1/accounts/${account.id}/members`, { email, name: 'Bench Admin', role: 'account_admin', password: PASSWORD });

    ctx.log(`activating ${DEVICES} devices through POST /v1/client/activate, ${CONCURRENCY} at a time`);
    const seeding = performance.now();
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < DEVICES; i = next++) {
        const device = { name: `ws-${String(i).padStart(5, '0')}`, os: i % 3 ? 'Windows 11' : 'macOS 15.1', serial: `SN${i}`, mac: null, appVersion: '20.1.0' };
        // as a device does: no bearer token, the key is the credential
        const res = await fetch(`${allot.url}/v1/client/activate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ key: sub.primaryKey.key, fingerprint: `bench-fp-${i}`, device }),
        });
        const text = await res.text();
        if (res.status !== 201) throw new Error(`console-render: activation ${i} answered ${res.status}: ${text.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seedMs = performance.now() - seeding;
    const seats = (await allot.expect(200, 'GET', `/v1/subscriptions/${sub.id}`)).body.seats;
    if (seats.used !== DEVICES) throw new Error(`console-render: ${seats.used} seats used, expected ${DEVICES}`);

    // The API's own share: one first page of the list, as the console asks for it.
    const listQuery = `/v1/subscriptions/${sub.id}/activations?status=active&sort=activatedAt&order=desc&limit=${PAGE_SIZE}&offset=0`;
    const apiTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const list = await allot.expect(200, 'GET', listQuery);
      apiTimes.push(performance.now() - started);
      if (list.body.total !== DEVICES || list.body.data.length !== PAGE_SIZE) throw new Error(`console-render: the list answered total ${list.body.total}, ${list.body.data.length} rows`);
    }

    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      const url = `${allot.url}/subscriptions/${sub.id}/devices`;

      ctx.log('signing in through the form');
      const signedIn = await browser.newContext({ viewport: VIEWPORT });
      const page = await signedIn.newPage();
      await page.goto(`${allot.url}/sign-in`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((u) => u.pathname === '/subscriptions');
      const session = await signedIn.storageState();

      ctx.log(`${COLD_RUNS} cold and ${WARM_RUNS} warm loads of the devices page`);
      const cold: Load[] = [];
      for (let i = 0; i < COLD_RUNS; i++) {
        const context = await browser.newContext({ viewport: VIEWPORT, storageState: session });
        try {
          cold.push(await load(context, url, false));
        } finally {
          await context.close();
        }
      }
      const warm: Load[] = [];
      await load(signedIn, url, false); // fills the cache
      for (let i = 0; i < WARM_RUNS; i++) warm.push(await load(signedIn, url, true));
      const c = figures(cold);
      const w = figures(warm);

      return {
        devices: DEVICES,
        seedMs: Math.round(seedMs),
        activationsPerSecond: Math.round((DEVICES * 1000) / seedMs),
        listApiMedianMs: Math.round(median(apiTimes)),
        runs: `${COLD_RUNS} cold, ${WARM_RUNS} warm`,
        coldListAnsweredMs: c.dataMedian,
        coldMedianMs: c.median,
        coldMaxMs: c.max,
        warmListAnsweredMs: w.dataMedian,
        warmMedianMs: w.median,
        warmMaxMs: w.max,
      };
    } finally {
      await browser?.close();
    }
  },
};

/**
 * The browser of the end-to-end suites (test/e2e): Debian's Chromium driven by playwright-core,
 * never a downloaded browser. One browser per test file, a new context (fresh cookies, storage
 * and CSRF token in memory) per test.
 *
 * Outside CI a missing Chromium skips the e2e suites with a loud banner; in CI (CI=true) or with
 * ALLOT_REQUIRE_BROWSER=1 it fails them. ALLOT_CHROMIUM names another executable.
 *
 * Every page records its uncaught errors, its console errors and any JavaScript dialog; the
 * test fails afterwards when one happened that the test did not expect (an uncaught error or a
 * dialog always fails it).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';

export const CHROMIUM_PATH = process.env.ALLOT_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Screenshots and downloads; gitignored. */
export const RESULTS_DIR = join(ROOT, 'test-results', 'e2e');

/** Whether Chromium is installed where the suites look for it. */
export function browserAvailable(): boolean {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** In CI (or when asked), a missing Chromium fails the run instead of skipping. */
export const browserRequired = (): boolean => process.env.CI === 'true' || process.env.ALLOT_REQUIRE_BROWSER === '1';

/**
 * `describe` for an e2e suite: skipped, with a banner, when Chromium is missing outside CI; in
 * CI it runs, and launching the browser fails with a message saying what is missing.
 */
export function describeE2E(name: string, body: () => void): void {
  if (browserAvailable() || browserRequired()) {
    describe(name, body);
    return;
  }
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! Chromium is not installed at ${CHROMIUM_PATH}.\n!! The browser suite "${name}" is SKIPPED. ` +
      `Install it (apt-get install chromium), or set ALLOT_CHROMIUM.\n${line}\n`,
  );
  describe.skip(name, body);
}

export async function launchBrowser(): Promise<Browser> {
  if (!browserAvailable())
    throw new Error(`Chromium is required here (CI=true or ALLOT_REQUIRE_BROWSER=1) but not installed at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const WEB_DIR = join(ROOT, 'web');
const INDEX_HTML = join(WEB_DIR, 'dist', 'index.html');

/** The newest modification time under `path`, leaving out web/dist and node_modules (as scripts/ensure-web.mjs does). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (path === WEB_DIR && (entry === 'dist' || entry === 'node_modules')) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

let staleWarned = false;

/**
 * The suites test the built console (web/dist, as the server serves it). When it is missing it
 * is built once (scripts/build-web.ts, as `npm ci` and `npm run build:web` do); test files
 * running in parallel wait for the one that builds. A build older than web/ is only reported:
 * building also regenerates web/src/api/schema.d.ts, which is not the tests' to change
 * (`npm run build:web` brings it up to date).
 */
export async function ensureConsoleBuilt(): Promise<void> {
  if (existsSync(INDEX_HTML)) {
    if (!staleWarned && statSync(INDEX_HTML).mtimeMs < newest(WEB_DIR)) {
      staleWarned = true;
      console.warn('e2e: web/dist is older than web/: testing the console as last built (run `npm run build:web` to test the latest sources).');
    }
    return;
  }
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const lock = join(ROOT, 'test-results', '.console-build.lock');
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // another file builds: wait for it (a lock left by a killed run is taken over after 5 minutes)
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmdirSync(lock);
      if (Date.now() > deadline) throw new Error(`the console build lock ${lock} is held for too long`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (existsSync(INDEX_HTML)) return;
    console.warn('e2e: web/dist is missing: building the console (scripts/build-web.ts)…');
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'build-web.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (run.status !== 0 || !existsSync(INDEX_HTML)) throw new Error(`the console build failed:\n${run.stdout}\n${run.stderr}`);
  } finally {
    rmdirSync(lock);
  }
}

/** What went wrong on a page while a test drove it. */
export interface PageProblems {
  /** Uncaught exceptions (`pageerror`): always a failure. */
  pageErrors: string[];
  /** console.error messages, and resources that failed to load. */
  consoleErrors: string[];
  /** alert/confirm/prompt dialogs (dismissed at once). */
  dialogs: string[];
}

/**
 * A failed request that is no fault: the console asking who is signed in while nobody is (401 on
 * /v1/session), or one the test provoked (a 401 after the session expired, a 403 without CSRF token).
 */
const isExpectedHttpError = (message: string, allowed: number[]): boolean =>
  (message.includes('the server responded with a status of 401') && /\/v1\/session\]$/.test(message)) ||
  allowed.some((status) => message.includes(`the server responded with a status of ${status}`));

export interface ConsoleSession {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** HTTP error statuses this test provokes (e.g. 401, 403): their "Failed to load resource" console lines are expected. */
  allowHttpErrors(...statuses: number[]): void;
}

export interface E2E {
  /** The browser of this file (launched in beforeAll). */
  readonly browser: Browser;
  /** A new context (nothing shared with other pages) and a page in it, at `width` × 900. */
  open(baseUrl: string, options?: BrowserContextOptions & { width?: number }): Promise<ConsoleSession>;
}

/**
 * One browser for the test file, launched before its tests (and the console built first if
 * needed); every context a test opens is closed after it, and the test fails if one of its
 * pages threw, opened a dialog, or logged an error it did not allow.
 */
export function useBrowser(): E2E {
  let browser: Browser | undefined;
  let sessions: (ConsoleSession & { allowed: number[] })[] = [];

  beforeAll(async () => {
    await ensureConsoleBuilt();
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const done = sessions;
    sessions = [];
    for (const s of done) await s.context.close().catch(() => undefined);
    for (const s of done) {
      expect(s.problems.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(s.problems.dialogs, 'JavaScript dialogs opened by the page').toEqual([]);
      expect(
        s.problems.consoleErrors.filter((m) => !isExpectedHttpError(m, s.allowed)),
        'console errors in the page',
      ).toEqual([]);
    }
  });

  return {
    get browser() {
      if (!browser) throw new Error('the browser is not launched (use useBrowser() at the top of a describeE2E)');
      return browser;
    },
    async open(baseUrl, { width = 1280, ...options } = {}) {
      if (!browser) throw new Error('the browser is not launched');
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: { width, height: 900 },
        locale: 'en-GB',
        acceptDownloads: true,
        ...options,
      });
      // Every wait of the page (locators, navigation): a loaded machine renders slowly, only what never comes runs into it.
      context.setDefaultTimeout(30_000);
      const page = await context.newPage();
      const problems: PageProblems = { pageErrors: [], consoleErrors: [], dialogs: [] };
      page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url } = message.location();
        problems.consoleErrors.push(url ? `${message.text()} [${url}]` : message.text());
      });
      page.on('dialog', (dialog) => {
        problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
      const session = {
        context,
        page,
        problems,
        allowed: [] as number[],
        allowHttpErrors(...statuses: number[]) {
          session.allowed.push(...statuses);
        },
      };
      sessions.push(session);
      return session;
    },
  };
}

/** Signs in through the sign-in form (labelled Email and Password), then waits to leave it. */
export async function signIn(page: Page, email: string, password: string, options: { path?: string } = {}): Promise<void> {
  if (options.path !== undefined || !page.url().includes('/sign-in')) await page.goto(options.path ?? '/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/**
 * Screenshots of the whole page at each width (1280 px and 900 px by default), as
 * test-results/e2e/<name>-<width>.png; the viewport is put back afterwards.
 */
export async function screenshots(page: Page, name: string, widths: number[] = [1280, 900]): Promise<string[]> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const before = page.viewportSize();
  const paths: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    // the layout settles (AppShell breakpoints, charts measure their container)
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    await page.waitForTimeout(150);
    const path = join(RESULTS_DIR, `${name}-${width}.png`);
    // notifications come and go: left out, so that they hide nothing of the page
    await page.screenshot({ path, fullPage: true, animations: 'disabled', style: '.mantine-Notifications-root { display: none !important; }' });
    paths.push(path);
  }
  if (before) await page.setViewportSize(before);
  return paths;
}

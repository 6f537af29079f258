/**
 * The console's set-password page, with real emailed links (a real SMTP server on 127.0.0.1):
 * the token travels in the URL fragment (`/set-password#token=…`), which the browser never sends,
 * so no request the page makes carries it, in its URL or its Referer; a link mailed before that,
 * with `?token=`, still works once, and the page moves the token out of the query at once
 * (history.replaceState). SQLite only (see support.ts).
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeE2E, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/harness.ts';
import { mailEnv, startSmtp, type ReceivedMail, type Smtp } from '../helpers/smtp.ts';
import { addMember, seedAccount, startConsoleServer } from './support.ts';

const NEW_PASSWORD = 'a brand new passphrase';
const RESET_PASSWORD = 'another passphrase, reset';

/** The token of a set-password email, whichever form its link has (`#token=` now, `?token=` in older mail). */
function tokenOf(mail: ReceivedMail): string {
  const match = /\/set-password[?#]token=([^\s&"'<>]+)/.exec(mail.text);
  if (!match) throw new Error(`no set-password link in:\n${mail.text}`);
  return decodeURIComponent(match[1]!);
}

/** Every request the page makes, with its Referer. */
function recordRequests(page: Page): { url: string; referer: string }[] {
  const seen: { url: string; referer: string }[] = [];
  page.on('request', (request: Request) => seen.push({ url: request.url(), referer: request.headers().referer ?? '' }));
  return seen;
}

describeE2E('console: set-password links', () => {
  const e2e = useBrowser();
  let smtp: Smtp;
  let server: TestServer;
  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startConsoleServer(mailEnv(smtp.url));
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.stop();
  });

  it('sets a password from an emailed link with the token in the fragment, which no request carries; an older ?token= link works too, and leaves the address bar at once', async () => {
    const account = await seedAccount(server, 5);
    await addMember(account, { email: 'ana@links.test', name: 'Ana Admin', role: 'account_admin' });
    expect((await account.op.as(null).get('/v1/system')).body).toMatchObject({ mail: { configured: true }, setupNeeded: false });

    // An administrator invites Bo: the email carries his link.
    const invited = await account.admin.post(`/v1/accounts/${account.accountId}/members`, { email: 'bo@links.test', name: 'Bo', role: 'member' });
    expect(invited.status, invited.text).toBe(201);
    await smtp.waitFor(1);
    const joinToken = tokenOf(smtp.to('bo@links.test')[0]!);

    const { page } = await e2e.open(server.url);
    const requests = recordRequests(page);
    await page.goto(`/set-password#token=${encodeURIComponent(joinToken)}`);
    await page.getByRole('heading', { name: 'Set your password' }).waitFor();
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByLabel('Repeat the password').fill(NEW_PASSWORD);
    await screenshots(page, 'set-password');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('heading', { name: 'Your password is set' }).waitFor();
    await page.getByText('You can now sign in with bo@links.test.').waitFor();
    await screenshots(page, 'set-password-done');
    // The token never left the browser: in no request's URL, in no Referer.
    expect(requests.some((r) => r.url.endsWith('/v1/password-reset/confirm'))).toBe(true);
    for (const r of requests) {
      expect(r.url, 'a request URL').not.toContain(joinToken);
      expect(r.referer, `the Referer of ${r.url}`).not.toContain(joinToken);
    }
    // Bo is a member now: he signs in from the page's button.
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await page.getByLabel('Email').inputValue()).toBe('bo@links.test');
    await signIn(page, 'bo@links.test', NEW_PASSWORD);
    await page.getByRole('heading', { name: 'Nothing to manage yet' }).waitFor();
    const bo = ((await account.admin.get(`/v1/accounts/${account.accountId}/members`)).body.data as any[]).find((m) => m.email === 'bo@links.test');
    expect(bo.status).toBe('active');

    // A reset link in the older form, ?token=: it works, and the query is gone from the address bar at once.
    expect((await account.op.as(null).post('/v1/password-reset', { email: 'bo@links.test' })).status).toBe(202);
    await smtp.waitFor(2);
    const resetToken = tokenOf(smtp.to('bo@links.test')[1]!);
    const { page: older, allowHttpErrors } = await e2e.open(server.url);
    allowHttpErrors(400); // the used link, tried again at the end
    const later = recordRequests(older);
    await older.goto(`/set-password?token=${encodeURIComponent(resetToken)}`);
    await older.getByRole('heading', { name: 'Set your password' }).waitFor();
    await older.waitForURL((url) => url.search === '' && url.hash !== '');
    expect(new URL(older.url()).hash).toBe(`#token=${encodeURIComponent(resetToken)}`);
    const firstLoad = later.length;
    await older.getByLabel('New password').fill(RESET_PASSWORD);
    await older.getByLabel('Repeat the password').fill(RESET_PASSWORD);
    await older.getByRole('button', { name: 'Set password' }).click();
    await older.getByRole('heading', { name: 'Your password is set' }).waitFor();
    // Nothing asked for after the address bar changed carries the token (the link itself was one request, before).
    const confirm = later.slice(firstLoad).find((r) => r.url.endsWith('/v1/password-reset/confirm'));
    expect(confirm, 'the confirm request').toBeDefined();
    for (const r of later.slice(firstLoad)) {
      expect(r.url).not.toContain(resetToken);
      expect(r.referer, `the Referer of ${r.url}`).not.toContain(resetToken);
    }
    // Reloading keeps working until the link is used, and the used link is refused in words.
    await older.reload();
    await older.getByLabel('New password').fill(RESET_PASSWORD);
    await older.getByLabel('Repeat the password').fill(RESET_PASSWORD);
    await older.getByRole('button', { name: 'Set password' }).click();
    await older.getByText('This link no longer works: it was used already, it expired, or a newer link replaced it.').waitFor();
    expect((await account.op.as(null).post('/v1/session', { email: 'bo@links.test', password: RESET_PASSWORD })).status).toBe(200);
  });
});

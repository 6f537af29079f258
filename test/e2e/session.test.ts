/**
 * The console's session: a write without the session's CSRF token is refused (and the console,
 * refused once, fetches the token again and retries); a session idle past 12 hours is refused,
 * and the console sends the user to sign in and back to where they were. SQLite only (see
 * support.ts).
 */
import { expect, it } from 'vitest';
import { describeE2E, signIn, useBrowser } from '../helpers/browser.ts';
import { addMember, createKey, fetchFromPage, PASSWORD, row, seedAccount, useConsoleServer } from './support.ts';

const HOUR = 3_600_000;

describeE2E('console: session', () => {
  const e2e = useBrowser();
  const ctx = useConsoleServer();

  it("refuses a write without the session's CSRF token; refused once, the console fetches the token again and retries", async () => {
    const account = await seedAccount(ctx.server, 10);
    const ana = await addMember(account, { email: 'ana@csrf.test', name: 'Ana Admin', role: 'account_admin' });
    const key = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 5 });
    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    allowHttpErrors(403);
    await signIn(page, ana.email, PASSWORD, { path: `/subscriptions/${account.subscriptionId}` });
    await row(page, 'Engineering').waitFor();

    // A request from the page with the session cookie but no token, or a made-up one: refused.
    const attempts: Record<string, string>[] = [{}, { 'x-csrf-token': 'forged-token' }];
    for (const headers of attempts) {
      const res = await fetchFromPage(page, `/v1/keys/${key.id}`, { method: 'PATCH', headers, body: { name: 'Hijacked' } });
      expect({ status: res.status, code: res.body.error?.code }, JSON.stringify(headers)).toEqual({ status: 403, code: 'CSRF_TOKEN_INVALID' });
    }
    expect((await account.admin.get(`/v1/keys/${key.id}`)).body.name).toBe('Engineering');
    // The same request with the session's token goes through: the token was the only thing missing.
    const { csrfToken } = (await fetchFromPage(page, '/v1/session')).body;
    const ok = await fetchFromPage(page, `/v1/keys/${key.id}`, { method: 'PATCH', headers: { 'x-csrf-token': csrfToken }, body: { name: 'Engineering EU' } });
    expect(ok.status).toBe(200);
    expect((await account.admin.get(`/v1/keys/${key.id}`)).body.name).toBe('Engineering EU');
    await page.reload();
    await row(page, 'Engineering EU').waitFor();

    // The console's own write, its token tampered with on the way once: refused, token fetched again, retried.
    let tampered = 0;
    await page.route(`**/v1/keys/${key.id}`, (route) => {
      const request = route.request();
      if (request.method() !== 'PATCH' || tampered++ > 0) return route.continue();
      return route.continue({ headers: { ...request.headers(), 'x-csrf-token': 'stale-token' } });
    });
    const seen: string[] = [];
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (path === `/v1/keys/${key.id}` || path === '/v1/session') seen.push(`${res.request().method()} ${path} ${res.status()}`);
    });
    await page.getByRole('button', { name: 'Actions for key Engineering EU' }).click();
    await page.getByRole('menuitem', { name: 'Change seats, type or expiry' }).click();
    const dialog = page.getByRole('dialog', { name: 'Seats, type and expiry of “Engineering EU”' });
    await dialog.getByLabel('Seats (maximum)').fill('6');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row(page, 'Engineering EU').getByRole('cell').nth(2).innerText()).toBe('6');
    expect(seen).toEqual([`PATCH /v1/keys/${key.id} 403`, 'GET /v1/session 200', `PATCH /v1/keys/${key.id} 200`]);
    expect((await account.admin.get(`/v1/keys/${key.id}`)).body.maxSeats).toBe(6);
  });

  // Last in this file: it moves the server's clock 12 hours on, twice.
  it('sends the user to sign in when the session has been idle for 12 hours, then back to the page', async () => {
    const account = await seedAccount(ctx.server, 10);
    const ana = await addMember(account, { email: 'ana@idle.test', name: 'Ana Admin', role: 'account_admin' });
    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    allowHttpErrors(401);
    const overview = `/subscriptions/${account.subscriptionId}`;
    const devices = `${overview}/devices`;
    await signIn(page, ana.email, PASSWORD, { path: overview });
    await page.getByRole('button', { name: 'Create license key' }).waitFor();

    // 12 hours and a minute later, a write: refused, and the console asks to sign in again.
    ctx.server.clock.advance(12 * HOUR + 60_000);
    expect((await fetchFromPage(page, '/v1/session')).status).toBe(401);
    await page.getByRole('button', { name: 'Create license key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create license key' });
    await dialog.getByLabel('Name').fill('Too late');
    await dialog.getByLabel('Seats (maximum)').fill('2');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === overview);
    const keys = (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}/keys`)).body.data as any[];
    expect(keys.map((k) => k.name)).toEqual(['Primary key']);
    await signIn(page, ana.email, PASSWORD);
    expect(new URL(page.url()).pathname).toBe(overview);
    await page.getByRole('heading', { name: 'License seats' }).waitFor();

    // Idle again, then a read (opening the Devices tab): the same, and back on the devices afterwards.
    ctx.server.clock.advance(12 * HOUR + 60_000);
    await page.getByRole('tab', { name: 'Devices' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === devices);
    await signIn(page, ana.email, PASSWORD);
    expect(new URL(page.url()).pathname).toBe(devices);
    await page.getByRole('textbox', { name: 'Search devices' }).waitFor();
    expect((await fetchFromPage(page, '/v1/session')).status).toBe(200);
  });
});

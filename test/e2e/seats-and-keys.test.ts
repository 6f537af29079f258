/**
 * The console, seats and keys: an Account Administrator signs in through the form (from a deep
 * link, and lands back on it), creates a dynamic and a reserved key, and watches the seat box
 * follow the formulas as keys are created and devices activate; renames a key inline; names
 * that are HTML render as text. SQLite only (see support.ts).
 */
import { expect, it } from 'vitest';
import { describeE2E, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import { activate, addMember, createKey, expectedSeats, expectSeatBox, PASSWORD, row, seedAccount, useConsoleServer, XSS } from './support.ts';

describeE2E('console: seats and keys', () => {
  const e2e = useBrowser();
  const ctx = useConsoleServer();

  it('creates a dynamic and a reserved key, and the seat box follows the formulas on screen and in the API', async () => {
    const account = await seedAccount(ctx.server, 20);
    const ana = await addMember(account, { email: 'ana@acme.test', name: 'Ana Admin', role: 'account_admin' });
    // Berlin, so that "the end of the chosen day in local time" is not the end of the UTC day
    const { page } = await e2e.open(ctx.server.url, { timezoneId: 'Europe/Berlin' });
    const overview = `/subscriptions/${account.subscriptionId}`;

    // A deep link while signed out: the sign-in form, then back to the link.
    await page.goto(overview);
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === overview);
    await screenshots(page, 'sign-in');
    await signIn(page, ana.email, PASSWORD);
    expect(new URL(page.url()).pathname).toBe(overview);
    await page.getByRole('heading', { name: 'License seats' }).waitFor();

    const keys = { primary: { type: 'primary' as const, maxSeats: null, used: 0 } };
    await expectSeatBox(page, account, expectedSeats(20, [keys.primary]));

    // A dynamic key: a cap on the main pool, nothing set aside.
    await page.getByRole('button', { name: 'Create license key' }).click();
    let dialog = page.getByRole('dialog', { name: 'Create license key' });
    await dialog.getByLabel('Name').fill('Engineering');
    expect(await dialog.getByRole('radio', { name: /^Dynamic/ }).getAttribute('aria-checked')).toBe('true'); // the default
    await dialog.getByLabel('Seats (maximum)').fill('8');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row(page, 'Engineering').waitFor();
    const engineering = { type: 'dynamic' as const, maxSeats: 8, used: 0 };
    await expectSeatBox(page, account, expectedSeats(20, [keys.primary, engineering]));

    // A reserved key: its seats leave the main pool at once; it expires at the end of the chosen day, Berlin time.
    await page.getByRole('button', { name: 'Create license key' }).click();
    dialog = page.getByRole('dialog', { name: 'Create license key' });
    await dialog.getByLabel('Name').fill('Design');
    await dialog.getByRole('radio', { name: /^Reserved/ }).click();
    await dialog.getByLabel('Seats (maximum)').fill('21');
    await dialog.getByText('The subscription has 20 seats: a key cannot have more.').waitFor();
    await dialog.getByLabel('Seats (maximum)').fill('5');
    await dialog.getByLabel('Expires on').fill('2029-06-30');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row(page, 'Design').waitFor();
    const design = { type: 'reserved' as const, maxSeats: 5, used: 0 };
    await expectSeatBox(page, account, expectedSeats(20, [keys.primary, engineering, design]));

    const listed = (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}/keys`)).body.data as any[];
    const byName = Object.fromEntries(listed.map((k) => [k.name, k]));
    expect(byName.Engineering).toMatchObject({ type: 'dynamic', maxSeats: 8, expiresWithSubscription: true });
    expect(byName.Design).toMatchObject({ type: 'reserved', maxSeats: 5, expiresWithSubscription: false });
    expect(Date.parse(byName.Design.expiresAt)).toBe(Date.parse('2029-06-30T21:59:59Z')); // 23:59:59 CEST
    await row(page, 'Design').getByText('30 Jun 2029').waitFor();

    // Devices activate through the client API (no browser): 3 on Engineering, 2 on Design, 1 on the primary key.
    for (let i = 0; i < 3; i++) await activate(account, byName.Engineering.key, { fingerprint: `eng-${i}`, name: `eng-${i}` });
    for (let i = 0; i < 2; i++) await activate(account, byName.Design.key, { fingerprint: `des-${i}`, name: `des-${i}` });
    await activate(account, account.primaryKey, { fingerprint: 'pri-0', name: 'pri-0' });
    Object.assign(engineering, { used: 3 });
    Object.assign(design, { used: 2 });
    Object.assign(keys.primary, { used: 1 });
    await page.reload();
    const want = expectedSeats(20, [keys.primary, engineering, design]);
    expect(want).toMatchObject({ total: 20, used: 6, unused: 14, availableDynamic: 11, availableReserved: 3 });
    await expectSeatBox(page, account, want);

    // Each key's row: max, used and available as the formulas say, as the API says.
    const after = (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}/keys`)).body.data as any[];
    for (const [name, state, available] of [
      ['Primary key', keys.primary, want.keyAvailable[0]],
      ['Engineering', engineering, want.keyAvailable[1]],
      ['Design', design, want.keyAvailable[2]],
    ] as const) {
      const api = after.find((k) => k.name === name);
      expect({ used: api.used, available: api.available }, name).toEqual({ used: state.used, available });
      // the columns Max, Used, Available
      const cells = row(page, name).getByRole('cell');
      await expect.poll(async () => (await cells.allInnerTexts()).slice(2, 5).map((t) => t.trim()), { message: name }).toEqual([String(state.maxSeats ?? 'Main pool'), String(state.used), String(available)]);
    }
    await screenshots(page, 'subscription-overview');

    // Renaming inline: click the name, type, Enter.
    await page.getByRole('button', { name: 'Rename key Engineering' }).click();
    const input = page.getByRole('textbox', { name: 'Key name' });
    await input.fill('Engineering EU');
    await input.press('Enter');
    await page.getByRole('button', { name: 'Rename key Engineering EU' }).waitFor();
    expect((await account.admin.get(`/v1/keys/${byName.Engineering.id}`)).body.name).toBe('Engineering EU');
    // nothing else moved
    await expectSeatBox(page, account, want);

    // The list of subscriptions shows the same numbers.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Subscriptions' }).click();
    const subscriptionRow = row(page, 'Desktop Pro');
    await subscriptionRow.getByText(`${want.used} / ${want.total}`).waitFor();
    expect((await subscriptionRow.getByRole('cell').nth(3).innerText()).trim()).toBe(String(want.unused));
    await screenshots(page, 'subscriptions');
  });

  it('renames a key inline with one request: Enter saves, and the blur that follows does not save again', async () => {
    const account = await seedAccount(ctx.server, 10);
    const ana = await addMember(account, { email: 'ana@rename.test', name: 'Ana Admin', role: 'account_admin' });
    const key = await createKey(account, { name: 'Support', type: 'dynamic', maxSeats: 2 });
    const { page } = await e2e.open(ctx.server.url);
    await signIn(page, ana.email, PASSWORD, { path: `/subscriptions/${account.subscriptionId}` });
    const renames: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && r.url().endsWith(`/v1/keys/${key.id}`)) renames.push(r.postData() ?? '');
    });

    await page.getByRole('button', { name: 'Rename key Support' }).click();
    await page.getByRole('textbox', { name: 'Key name' }).fill('Support desk');
    await page.getByRole('textbox', { name: 'Key name' }).press('Enter');
    await page.getByRole('button', { name: 'Rename key Support desk' }).waitFor();
    await page.waitForLoadState('networkidle');

    expect((await account.admin.get(`/v1/keys/${key.id}`)).body.name).toBe('Support desk');
    const events = (await account.admin.get(`/v1/events?subscriptionId=${account.subscriptionId}&action=key.updated`)).body.data as any[];
    expect({ requests: renames, events: events.length }).toEqual({ requests: ['{"name":"Support desk"}'], events: 1 });
    expect(await page.getByText('Key “Support desk” saved.').count()).toBe(1);
  });

  it('renders a key name and a device name that are HTML as text: no element, no script', async () => {
    const account = await seedAccount(ctx.server, 10);
    const ana = await addMember(account, { email: 'ana@xss.test', name: 'Ana Admin', role: 'account_admin' });
    const { page, problems } = await e2e.open(ctx.server.url);
    await signIn(page, ana.email, PASSWORD, { path: `/subscriptions/${account.subscriptionId}` });

    // The key is named through the console's own form…
    await page.getByRole('button', { name: 'Create license key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create license key' });
    await dialog.getByLabel('Name').fill(XSS);
    await dialog.getByLabel('Seats (maximum)').fill('3');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const keys = (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}/keys`)).body.data as any[];
    const key = keys.find((k) => k.name === XSS);
    expect(key, 'the key keeps its name verbatim').toBeDefined();
    // …and a device reports the same name when it activates.
    await activate(account, key.key, { fingerprint: 'xss-1', name: XSS, os: XSS });

    const noInjectedImage = async () => {
      const images = await page.evaluate(`[...document.querySelectorAll('img')].map((i) => i.outerHTML)`);
      expect((images as string[]).filter((html) => html.includes('onerror') || /src="x"/.test(html))).toEqual([]);
      expect(await page.locator('[onerror]').count()).toBe(0);
    };

    await page.reload();
    await page.getByRole('button', { name: `Rename key ${XSS}` }).waitFor();
    expect(await page.getByText(XSS, { exact: true }).first().isVisible()).toBe(true);
    await noInjectedImage();

    await page.getByRole('tab', { name: 'Devices' }).click();
    await page.getByRole('checkbox', { name: `Select ${XSS}` }).waitFor();
    // the computer name, the OS and the key name: three cells of text
    expect(await row(page, XSS).getByText(XSS, { exact: true }).count()).toBe(3);
    await noInjectedImage();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByText(XSS).first().waitFor();
    await noInjectedImage();
    expect(problems.dialogs, 'alert() ran').toEqual([]);
  });
});

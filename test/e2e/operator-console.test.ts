/**
 * The operator console (issue 16), in Chromium: an operator signs in at /operator/sign-in
 * (reached from the member sign-in page), finds an account by a member's email and by a device
 * fingerprint, adds seats to its subscription, and the account's own console (its
 * administrator, in another browser context) shows the new total; the support view shows the
 * change in the account's audit log under the operator's name. Screenshots of every operator
 * page. SQLite only (see support.ts).
 */
import { expect, it } from 'vitest';
import { describeE2E, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import { activate, addMember, expectSeatBox, PASSWORD, row, seedAccount, useConsoleServer } from './support.ts';

const DAY = 86_400_000;
const LONG_NAME = 'Müller & Schwarzenegger Industrieversicherungsgesellschaft mbH (Zweigniederlassung Österreich)';

describeE2E('operator console', () => {
  const e2e = useBrowser();
  const ctx = useConsoleServer();

  it('finds an account by email and by fingerprint, adds seats that its console shows, and its audit log names the operator', async () => {
    const account = await seedAccount(ctx.server, 5);
    const ana = await addMember(account, { email: 'ana@acme-ops.test', name: 'Ana Admin', role: 'account_admin' });
    await activate(account, account.primaryKey, { fingerprint: 'c0ffee42deadbeef0011', name: 'ana-macbook' });

    // A second customer with a long name, a full subscription that expires in ten days: both lists of the overview have a line.
    const product = (await account.op.get('/v1/products')).body.data[0];
    const other = await account.op.post('/v1/accounts', { name: LONG_NAME });
    expect(other.status, other.text).toBe(201);
    const full = await account.op.post(`/v1/accounts/${other.body.id}/subscriptions`, { product: product.code, seats: 2, expiresAt: new Date(Date.now() + 10 * DAY).toISOString() });
    expect(full.status, full.text).toBe(201);
    for (const n of [1, 2]) await activate({ ...account, accountId: other.body.id }, full.body.primaryKey.key, { fingerprint: `long-${n}-fingerprint`, name: `station-${n}` });

    // The operator, added with the operator token (the automation's credential).
    const added = await account.op.post('/v1/operator/members', { email: 'olivia@vendor.test', name: 'Olivia Ops', password: PASSWORD });
    expect(added.status, added.text).toBe(201);

    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    const nav = (name: string) => page.getByRole('navigation', { name: 'Operator' }).getByRole('link', { name });
    allowHttpErrors(401);
    // From the member sign-in page, the discreet way in for the vendor's staff.
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Vendor staff? Sign in as operator' }).click();
    await page.waitForURL((url) => url.pathname === '/operator/sign-in');
    await screenshots(page, 'operator-sign-in');
    await page.getByLabel('Email').fill('olivia@vendor.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/operator');

    // The overview: the fleet's figures and both lists.
    await expect.poll(() => page.getByTestId('operator-badge').textContent()).toBe('Operator');
    await expect.poll(() => page.getByTestId('figure-active-devices').innerText()).toBe('3');
    expect(await page.getByTestId('figure-seats').innerText()).toBe('3 / 7');
    await row(page, LONG_NAME).first().waitFor();
    expect(await row(page, LONG_NAME).count()).toBe(2);
    await screenshots(page, 'operator-overview');

    // Found by a member's email (typed on the overview), then by the start of a device fingerprint.
    await page.getByLabel('Find an account').fill('ana@acme-ops.test');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((url) => url.pathname === '/operator/accounts');
    const byEmail = row(page, 'Acme Corp');
    await byEmail.getByTestId('match-member_email').waitFor();
    expect(await byEmail.getByTestId('match-member_email').textContent()).toBe('Member emailana@acme-ops.test');
    await screenshots(page, 'operator-search-email');

    await page.getByLabel('Find an account').fill('c0ffee42');
    await page.getByRole('button', { name: 'Search' }).click();
    const byFingerprint = row(page, 'Acme Corp');
    await byFingerprint.getByTestId('match-device_fingerprint').waitFor();
    expect(await page.getByTestId('match-member_email').count()).toBe(0);
    await screenshots(page, 'operator-search-fingerprint');

    // The account page: add three seats.
    await byFingerprint.getByRole('link', { name: 'Acme Corp' }).click();
    await page.waitForURL((url) => url.pathname === `/operator/accounts/${account.accountId}`);
    await expect.poll(() => page.getByTestId('seats-total').innerText()).toBe('5');
    await screenshots(page, 'operator-account');
    await page.getByRole('button', { name: 'Add seats' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Seats to add').fill('3');
    await dialog.getByText('The total becomes 8 (now 5).').waitFor();
    expect(await dialog.innerText()).toContain('The total can never go below what is committed');
    await screenshots(page, 'operator-add-seats');
    await dialog.getByRole('button', { name: 'Add the seats' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('seats-total').innerText()).toBe('8');

    // The account's administrator, in a browser of their own, sees the new total.
    const admin = await e2e.open(ctx.server.url);
    await signIn(admin.page, ana.email, PASSWORD, { path: `/subscriptions/${account.subscriptionId}` });
    await expectSeatBox(admin.page, account, { total: 8, used: 1, unused: 7, availableDynamic: 7, availableReserved: 0 });

    // The support view: read-only, recorded, and the change under the operator's name.
    await page.getByRole('link', { name: 'Support view' }).click();
    await page.waitForURL((url) => url.pathname === `/operator/accounts/${account.accountId}/support`);
    await page.getByTestId('support-banner').waitFor();
    const change = row(page, 'Olivia Ops').filter({ hasText: 'Subscription changed' });
    await change.waitFor();
    expect(await change.innerText()).toMatch(/5\s*→\s*8/);
    // the visit itself, recorded under the operator's name, appears in the same log
    await row(page, 'Olivia Ops').filter({ hasText: 'Support view opened' }).waitFor();
    // what the operator token did (the seeding) reads as automation, not as an environment variable's name
    expect(await page.locator('body').innerText()).not.toContain('ALLOT_OPERATOR_TOKEN');
    await row(page, 'ana-macbook').filter({ hasText: 'macOS 15.1' }).waitFor();
    await screenshots(page, 'operator-support');

    const events = await account.op.get(`/v1/events?accountId=${account.accountId}&limit=50`);
    expect(events.status, events.text).toBe(200);
    const viewed = events.body.data.filter((e: any) => e.action === 'account.support_viewed');
    expect(viewed).toHaveLength(1);
    expect(viewed[0].actor).toMatchObject({ type: 'operator', id: added.body.id, name: 'Olivia Ops <olivia@vendor.test>' });
    const seatsAdded = events.body.data.find((e: any) => e.action === 'subscription.updated');
    expect(seatsAdded.actor).toMatchObject({ type: 'operator', name: 'Olivia Ops <olivia@vendor.test>' });

    // By the start of a license key: only its first group is ever shown.
    const prefix = account.primaryKey.split('-')[0]!;
    await nav('Accounts').click();
    await page.getByLabel('Find an account').fill(account.primaryKey.slice(0, 9));
    await page.getByRole('button', { name: 'Search' }).click();
    const byKey = row(page, 'Acme Corp').getByTestId('match-key_prefix');
    await byKey.waitFor();
    expect(await byKey.textContent()).toBe(`Key prefix${prefix}`);
    expect(await page.locator('body').innerText()).not.toContain(account.primaryKey.split('-')[1]!);

    // A new account from the console, and a subscription sold to it from its empty page.
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Globex Research');
    await page.getByRole('dialog').getByRole('button', { name: 'Create the account' }).click();
    await page.getByRole('heading', { name: 'Globex Research' }).waitFor();
    await page.getByText('No subscription yet').waitFor();
    await screenshots(page, 'operator-account-empty');
    await page.getByRole('button', { name: 'Sell a subscription' }).first().click();
    const sell = page.getByRole('dialog');
    await sell.getByRole('combobox', { name: 'Product' }).click();
    await page.getByRole('option', { name: `Desktop Pro (${product.code})` }).click();
    await sell.getByLabel('Seats').fill('25');
    await screenshots(page, 'operator-sell-subscription');
    await sell.getByRole('button', { name: 'Create the subscription' }).click();
    await sell.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('seats-total').innerText()).toBe('25');
    const globexId = new URL(page.url()).pathname.split('/').pop()!;
    const sold = await account.op.get(`/v1/subscriptions?accountId=${globexId}`);
    expect(sold.body.data).toMatchObject([{ product: { code: product.code }, seats: { total: 25 }, gracePeriodDays: 30, autoRenew: false }]);

    // Every account, when nothing is searched.
    await nav('Accounts').click();
    await page.waitForURL((url) => url.pathname === '/operator/accounts' && url.search === '');
    await row(page, 'Globex Research').waitFor();
    expect(await page.getByRole('row').count()).toBe(4);
    await screenshots(page, 'operator-accounts');

    // Products and operators.
    await nav('Products').click();
    await row(page, 'Desktop Pro').first().waitFor();
    await screenshots(page, 'operator-products');
    await nav('Operators').click();
    await row(page, 'olivia@vendor.test').waitFor();
    await screenshots(page, 'operator-operators');
  }, 180_000);

  it('shows the visit in the support view\'s log even when the log is read while the visit is being recorded', async () => {
    const account = await seedAccount(ctx.server, 2);
    const added = await account.op.post('/v1/operator/members', { email: 'rae@vendor.test', name: 'Rae Ops', password: PASSWORD });
    expect(added.status, added.text).toBe(201);
    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    allowHttpErrors(401);
    await page.goto('/operator/sign-in');
    await page.getByLabel('Email').fill('rae@vendor.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/operator');

    // The order a busy machine can give: the log is read before the visit is written, and its
    // answer arrives after the visit's. The record is held until the log has been read, and the
    // log's answer until the record's has arrived.
    let logRead!: () => void;
    const logWasRead = new Promise<void>((resolve) => (logRead = resolve));
    let recordAnswered!: () => void;
    const recordWasAnswered = new Promise<void>((resolve) => (recordAnswered = resolve));
    let logReadsBeforeRecord = 0;
    let recorded = false;
    await page.route(
      (url) => url.pathname.endsWith('/support-views'),
      async (route) => {
        await Promise.race([logWasRead, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        await route.continue();
      },
    );
    await page.route(
      (url) => url.pathname === '/v1/events',
      async (route) => {
        if (recorded) return route.continue();
        logReadsBeforeRecord++;
        const answer = await route.fetch();
        logRead();
        await Promise.race([recordWasAnswered, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        await route.fulfill({ response: answer });
      },
    );
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.endsWith('/support-views')) {
        recorded = true;
        recordAnswered();
      }
    });

    await page.goto(`/operator/accounts/${account.accountId}/support`);
    await page.getByTestId('support-banner').waitFor();
    await row(page, 'Rae Ops').filter({ hasText: 'Support view opened' }).waitFor();
    // the log waits for the record rather than racing it
    expect(logReadsBeforeRecord).toBe(0);
  }, 120_000);

  it('refuses a wrong password in words, keeps seats above what is committed, adds and removes an operator, and signs out', async () => {
    const account = await seedAccount(ctx.server, 3);
    await activate(account, account.primaryKey, { fingerprint: 'committed-1', name: 'desk-1' });
    await activate(account, account.primaryKey, { fingerprint: 'committed-2', name: 'desk-2' });
    const added = await account.op.post('/v1/operator/members', { email: 'pat@vendor.test', name: 'Pat Ops', password: PASSWORD });
    expect(added.status, added.text).toBe(201);

    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    allowHttpErrors(401);
    const nav = (name: string) => page.getByRole('navigation', { name: 'Operator' }).getByRole('link', { name });
    // A deep link asks to sign in first, then comes back.
    await page.goto(`/operator/accounts/${account.accountId}`);
    await page.waitForURL((url) => url.pathname === '/operator/sign-in');
    await page.getByLabel('Email').fill('pat@vendor.test');
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('The email address or the password is not right.');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === `/operator/accounts/${account.accountId}`);

    // Two seats are in use: the total cannot be set below them.
    await page.getByRole('button', { name: 'Add seats' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Set the total').click();
    await dialog.getByLabel('New total').fill('1');
    await dialog.getByText('2 seats are committed: the total cannot go below that.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Set the total' }).isDisabled()).toBe(true);
    await dialog.getByLabel('New total').fill('2');
    await dialog.getByRole('button', { name: 'Set the total' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('seats-total').innerText()).toBe('2');

    // Another operator, added then removed; the last one cannot be removed.
    await nav('Operators').click();
    await page.getByRole('button', { name: 'Add an operator' }).click();
    const add = page.getByRole('dialog');
    await add.getByLabel('Name').fill('Quinn Ops');
    await add.getByLabel('Email').fill('quinn@vendor.test');
    await add.getByLabel('Password').fill(PASSWORD);
    await add.getByRole('button', { name: 'Add the operator' }).click();
    await row(page, 'quinn@vendor.test').waitFor();
    await page.getByRole('button', { name: 'Remove Quinn Ops' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await row(page, 'quinn@vendor.test').waitFor({ state: 'detached' });
    const list = await account.op.get('/v1/operator/members');
    // (the suite's server is shared: the first test's operator may be there too)
    const emails = list.body.items.map((m: any) => m.email);
    expect(emails).toContain('pat@vendor.test');
    expect(emails).not.toContain('quinn@vendor.test');

    // Signing out ends the session: the console asks to sign in again.
    await page.getByRole('button', { name: 'Operator menu for Pat Ops' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/operator/sign-in');
    await page.goto('/operator/products');
    await page.waitForURL((url) => url.pathname === '/operator/sign-in');
  }, 120_000);
});

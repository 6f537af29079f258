/**
 * The console, by role: an Account Administrator's pages (members, audit log, usage) show what
 * the API answers; a License Administrator sees only their key and its devices; a Regular Member
 * has nothing to manage. What the page's own session may read is checked against the screen.
 * SQLite only (see support.ts).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import { activate, addMember, createKey, expectedSeats, expectSeatBox, fetchFromPage, PASSWORD, row, seedAccount, useConsoleServer } from './support.ts';

describeE2E('console: roles', () => {
  const e2e = useBrowser();
  const ctx = useConsoleServer();

  /** An account with two keys and a device on each, an administrator, a License Administrator of Design, a Regular Member. */
  async function seed(tag: string) {
    const account = await seedAccount(ctx.server, 10);
    const engineering = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 5 });
    const design = await createKey(account, { name: 'Design', type: 'reserved', maxSeats: 3 });
    await activate(account, engineering.key, { fingerprint: `${tag}-eng-1`, name: 'eng-laptop' });
    await activate(account, design.key, { fingerprint: `${tag}-des-1`, name: 'design-studio' });
    const admin = await addMember(account, { email: `ana@${tag}.test`, name: 'Ana Admin', role: 'account_admin' });
    const licenseAdmin = await addMember(account, { email: `lee@${tag}.test`, name: 'Lee License', role: 'license_admin', keyIds: [design.id] });
    const member = await addMember(account, { email: `mo@${tag}.test`, name: 'Mo Member', role: 'member' });
    return { account, engineering, design, admin, licenseAdmin, member };
  }

  /** The main navigation's links, once it is there ("Your profile" is everyone's). */
  async function navLinks(page: Page): Promise<string[]> {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Your profile' }).waitFor();
    return (await nav.getByRole('link').allInnerTexts()).map((t) => t.trim());
  }

  it("shows an Account Administrator the API's members, audit log and usage", async () => {
    const { account, admin } = await seed('admin');
    const { page } = await e2e.open(ctx.server.url);
    await signIn(page, admin.email, PASSWORD);
    expect(await navLinks(page)).toEqual(['Subscriptions', 'Members', 'Golden images', 'Webhooks', 'SSO', 'Users', 'Audit log', 'Your profile']);

    // Members: every member the API lists, with their role.
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { name: 'Members', exact: true }).waitFor();
    const members = (await account.admin.get(`/v1/accounts/${account.accountId}/members`)).body.data as any[];
    expect(members).toHaveLength(3);
    const roleLabel = { account_admin: 'Account Administrator', license_admin: 'License Administrator', member: 'Regular Member' } as Record<string, string>;
    for (const m of members) {
      const r = row(page, m.email);
      await r.getByText(m.name).waitFor();
      await r.getByText(roleLabel[m.role]!).waitFor();
    }
    await row(page, 'lee@admin.test').getByText('Design · Desktop Pro').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(3);
    await screenshots(page, 'members');

    // The audit log: as many events as the API's first page, newest first.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', exact: true }).waitFor();
    const events = (await account.admin.get('/v1/events?limit=50')).body.data as any[];
    expect(events.length).toBeGreaterThanOrEqual(7); // 2 keys, 2 activations, 3 members (and the subscription, the token)
    await expect.poll(() => page.locator('tbody tr').count()).toBe(events.length);
    await screenshots(page, 'audit-log');

    // Usage: today's seats in use, as the API counts them.
    await page.getByRole('link', { name: 'Subscriptions' }).click();
    await page.getByRole('link', { name: 'Desktop Pro' }).click();
    await page.getByRole('tab', { name: 'Usage' }).click();
    const usage = (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}/usage?days=30`)).body;
    const today = usage.points[usage.points.length - 1];
    expect({ used: today.used, total: today.total }).toEqual({ used: 2, total: 10 });
    const inUse = page.getByText('In use now').locator('xpath=following-sibling::*[1]');
    await expect.poll(() => inUse.innerText()).toBe('2 / 10');
    // A subscription created today: no chart yet, but when it started (its chart starts there: console-details).
    await page.getByTestId('usage-short-history').getByText(/^This subscription started on /).waitFor();
    await screenshots(page, 'usage');
  });

  it('shows a License Administrator only their key and its devices', async () => {
    const { account, design, engineering, licenseAdmin } = await seed('la');
    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    allowHttpErrors(404); // asking for a key that is not theirs
    await signIn(page, licenseAdmin.email, PASSWORD);
    expect(await navLinks(page)).toEqual(['Subscriptions', 'Your profile']);

    await page.getByRole('link', { name: 'Desktop Pro' }).click();
    await page.getByText('The keys assigned to you.').waitFor();
    await row(page, 'Design').waitFor();
    expect(await page.locator('tbody tr').filter({ hasText: /Primary key|Engineering|Design/ }).allInnerTexts()).toHaveLength(1);
    expect(await page.getByText('Engineering').count()).toBe(0);
    expect(await page.getByText('Primary key').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Create license key' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Rename key/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Actions for key/ }).count()).toBe(0);
    // the subscription's seat box (docs/members.md): the same formulas, the same numbers as the API's
    await expectSeatBox(
      page,
      account,
      expectedSeats(10, [
        { type: 'primary', maxSeats: null, used: 0 },
        { type: 'dynamic', maxSeats: 5, used: 1 },
        { type: 'reserved', maxSeats: 3, used: 1 },
      ]),
    );
    await screenshots(page, 'license-admin');

    // What their own session may read agrees with the screen.
    const keys = await fetchFromPage(page, `/v1/subscriptions/${account.subscriptionId}/keys`);
    expect(keys.body.data.map((k: any) => k.id)).toEqual([design.id]);
    const other = await fetchFromPage(page, `/v1/keys/${engineering.id}`);
    expect({ status: other.status, code: other.body.error?.code }).toEqual({ status: 404, code: 'KEY_NOT_FOUND' });

    await page.getByRole('tab', { name: 'Devices' }).click();
    await page.getByText('1–1 of 1').waitFor();
    await row(page, 'design-studio').waitFor();
    expect(await row(page, 'eng-laptop').count()).toBe(0);
    const devices = await fetchFromPage(page, `/v1/subscriptions/${account.subscriptionId}/activations`);
    expect(devices.body.data.map((d: any) => d.device.name)).toEqual(['design-studio']);
    await screenshots(page, 'license-admin-devices');

    // Every tab of the subscription works for them (no error), with their key only.
    await page.getByRole('tab', { name: 'Usage' }).click();
    const usage = (await fetchFromPage(page, `/v1/subscriptions/${account.subscriptionId}/usage?days=30&keyId=${design.id}`)).body;
    const today = usage.points[usage.points.length - 1];
    expect({ used: today.used, total: today.total }).toEqual({ used: 1, total: 3 }); // the key's maximum
    await expect.poll(() => page.getByText('In use now').locator('xpath=following-sibling::*[1]').innerText()).toBe('1 / 3');
    await page.getByRole('tab', { name: 'Blacklist' }).click();
    await page.getByRole('heading', { name: 'The blacklist is empty' }).waitFor();

    // The administration pages are not theirs.
    await page.goto('/members');
    await page.getByRole('heading', { name: /not found|does not exist/i }).waitFor();
  });

  it('shows a Regular Member that there is nothing to manage', async () => {
    const { account, member } = await seed('rm');
    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    allowHttpErrors(404); // asking for the account's subscription
    await signIn(page, member.email, PASSWORD);
    await page.getByRole('heading', { name: 'Nothing to manage yet' }).waitFor();
    await page.getByText('You are a Regular Member of Acme Corp').waitFor();
    expect(await navLinks(page)).toEqual(['Your profile']);
    expect(await page.getByRole('table').count()).toBe(0);
    await screenshots(page, 'regular-member');

    // The API agrees: no subscription to list, and the account's one is not there for them.
    const list = await fetchFromPage(page, '/v1/subscriptions');
    expect({ status: list.status, data: list.body.data }).toEqual({ status: 200, data: [] });
    const one = await fetchFromPage(page, `/v1/subscriptions/${account.subscriptionId}`);
    expect(one.status).toBe(404);
  });
});

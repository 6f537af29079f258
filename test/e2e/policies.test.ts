/**
 * Policies and golden images in the console (issue 14): a key's policy edited in its drawer
 * (toggles with what each does on the user's machine), the account default (the primary key's)
 * seen on a key that inherits it, a key customized then reset to the default; golden images
 * created on their page (a bad checksum refused in the form, in the server's words), one
 * assigned to a key from its row and shown there, edited, and deleted with the detach choice.
 * The API is asked after each step: what the console says is what a device will get. SQLite
 * only (see support.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, RESULTS_DIR, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import { addMember, createKey, PASSWORD, row, seedAccount, useConsoleServer } from './support.ts';

/** The viewport at 1280 px and 900 px, as a person sees an open drawer or dialog over the page. */
async function viewportShot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const before = page.viewportSize();
  for (const width of [1280, 900]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    await page.screenshot({ path: join(RESULTS_DIR, `${name}-${width}.png`), animations: 'disabled', style: '.mantine-Notifications-root { display: none !important; }' });
  }
  if (before) await page.setViewportSize(before);
}

const SHA_APPLE = 'a'.repeat(8) + '0123456789abcdef'.repeat(3) + 'b'.repeat(8);
const SHA_INTEL = 'C0FFEE'.padEnd(64, '9');

describeE2E('console: policies and golden images', () => {
  const e2e = useBrowser();
  const ctx = useConsoleServer();

  it('edits a key’s policy, shows the account default on a key that inherits it, and resets a key to the default', async () => {
    const account = await seedAccount(ctx.server, 20);
    const ana = await addMember(account, { email: 'ana@policies.test', name: 'Ana Admin', role: 'account_admin' });
    const engineering = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 8 });
    const design = await createKey(account, { name: 'Design', type: 'reserved', maxSeats: 4 });
    const policyOf = async (id: string) => {
      const res = await account.admin.get(`/v1/keys/${id}/policy`);
      expect(res.status, res.text).toBe(200);
      return res.body;
    };

    const { page } = await e2e.open(ctx.server.url);
    await signIn(page, ana.email, PASSWORD, { path: `/subscriptions/${account.subscriptionId}` });
    await row(page, 'Engineering').getByTestId('key-policy-Engineering').getByText('Default policy').waitFor();
    await row(page, 'Primary key').getByText('Account default').waitFor();
    expect(await row(page, 'Engineering').getByTestId('key-image-Engineering').innerText()).toBe('No golden image');

    // Engineering inherits: the default's values, read-only until "Customize".
    await page.getByRole('button', { name: 'Policy of Engineering: Default policy' }).click();
    const drawer = page.getByRole('dialog', { name: 'Policy of “Engineering”' });
    await drawer.getByText('Inherits the account default').first().waitFor();
    await drawer.getByText('Devices get a change at their next check-in').waitFor();
    expect(await drawer.textContent()).toContain('Version 1');
    // the default's values, read-only (no switch to flip)
    expect(await drawer.getByRole('switch').count()).toBe(0);
    expect(await drawer.getByTestId('setting-corporateVmsOnly').textContent()).toMatch(/Off$/);
    expect(await drawer.getByTestId('setting-showDeveloperTools').textContent()).toMatch(/On$/); // the built-in default
    expect(await drawer.getByTestId('setting-network').textContent()).toMatch(/Shared$/);
    // every setting says what it does on the user's machine
    expect(await drawer.innerText()).toContain('People cannot delete a corporate virtual machine from their computer.');
    await viewportShot(page, 'policy-inherited');

    await drawer.getByRole('button', { name: 'Customize' }).click();
    const corporate = drawer.getByRole('switch', { name: 'Corporate virtual machines only' });
    expect(await corporate.isChecked()).toBe(false);
    await corporate.check();
    await drawer.getByRole('radio', { name: 'Bridged' }).check();
    await drawer.getByRole('radio', { name: 'Ready in the background' }).check();
    await drawer.getByRole('button', { name: 'Save as its own policy' }).click();
    await drawer.getByText('Own policy', { exact: true }).waitFor();
    await drawer.getByText('Version 2').waitFor();
    const own = await policyOf(engineering.id);
    expect(own.policy).toMatchObject({ inherited: false, version: 2, corporateVmsOnly: true, network: 'bridged', vmStartup: 'background', showDeveloperTools: true });
    expect(own.updatedAt).not.toBeNull();
    expect(await drawer.getByTestId('policy-changed').innerText()).toMatch(/^Last changed /);
    // where it departs from the default, the default is named
    expect(await drawer.innerText()).toContain('(default: Off)');
    await viewportShot(page, 'policy-own');
    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await row(page, 'Engineering').getByText('Own policy').waitFor();

    // The primary key's policy is the account default.
    await page.getByRole('button', { name: 'Actions for key Primary key' }).click();
    await page.getByRole('menuitem', { name: 'Policy (account default)…' }).click();
    const primary = page.getByRole('dialog', { name: 'Policy of “Primary key”' });
    await primary.getByText('This is the account default').waitFor();
    await primary.getByRole('switch', { name: 'Lock virtual-machine configuration' }).check();
    await primary.getByRole('button', { name: 'Save the account default' }).click();
    await primary.getByText('Version 2').waitFor();
    await viewportShot(page, 'policy-account-default');
    await primary.getByRole('button', { name: 'Close' }).click();
    await primary.waitFor({ state: 'hidden' });

    // Design inherits it: it shows the new default's values.
    expect((await policyOf(design.id)).policy).toMatchObject({ inherited: true, version: 2, lockVmConfiguration: true });
    await page.getByRole('button', { name: 'Policy of Design: Default policy' }).click();
    const designDrawer = page.getByRole('dialog', { name: 'Policy of “Design”' });
    await designDrawer.getByText('Inherits the account default').first().waitFor();
    expect(await designDrawer.getByTestId('setting-lockVmConfiguration').textContent()).toMatch(/On$/);
    expect(await designDrawer.getByTestId('setting-network').textContent()).toMatch(/Shared$/);
    expect(await designDrawer.getByTestId('policy-changed').innerText()).toMatch(/^The account default last changed /);
    await designDrawer.getByRole('button', { name: 'Close' }).click();
    await designDrawer.waitFor({ state: 'hidden' });
    // Engineering keeps its own (the default did not reach it)
    expect((await policyOf(engineering.id)).policy).toMatchObject({ inherited: false, lockVmConfiguration: false });

    // Engineering back to the default.
    await page.getByRole('button', { name: 'Actions for key Engineering' }).click();
    await page.getByRole('menuitem', { name: 'Policy…' }).click();
    const again = page.getByRole('dialog', { name: 'Policy of “Engineering”' });
    await again.getByRole('button', { name: 'Reset to account default' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset “Engineering” to the account default?' });
    await confirm.getByRole('button', { name: 'Reset to account default' }).click();
    await again.getByText('Inherits the account default').first().waitFor();
    expect((await policyOf(engineering.id)).policy).toMatchObject({ inherited: true, lockVmConfiguration: true, corporateVmsOnly: false });
    await again.getByRole('button', { name: 'Close' }).click();
    await row(page, 'Engineering').getByText('Default policy').waitFor();
    const events = (await account.admin.get(`/v1/events?action=key.policy_changed`)).body.data as unknown[];
    expect(events.length).toBe(3);
  });

  it('creates a golden image (a bad checksum refused in the form), assigns it to a key from its row, edits and deletes it', async () => {
    const account = await seedAccount(ctx.server, 20);
    const ana = await addMember(account, { email: 'ana@images.test', name: 'Ana Admin', role: 'account_admin' });
    const engineering = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 8 });
    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    allowHttpErrors(400); // the bad checksum, refused
    await signIn(page, ana.email, PASSWORD, { path: '/golden-images' });
    await page.getByText('No golden image yet').waitFor();

    await page.getByRole('button', { name: 'New golden image' }).click();
    const form = page.getByRole('dialog', { name: 'New golden image' });
    await form.getByLabel('Name').fill('Windows 11 Engineering');
    await form.getByLabel('Description').fill('Visual Studio, the VPN client and the build tools.');
    await form.getByLabel('Apple silicon download URL').fill('https://downloads.acme.test/images/win11-arm64.pvmp');
    await form.getByLabel('Apple silicon SHA-256').fill('abc123');
    await form.getByRole('checkbox', { name: 'Intel image' }).check();
    await form.getByLabel('Intel download URL').fill('https://downloads.acme.test/images/win11-x64.pvmp');
    await form.getByLabel('Intel SHA-256').fill(SHA_INTEL);
    await form.getByRole('button', { name: 'Create image' }).click();
    // the server's refusal, in the form, naming the field
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('INVALID_REQUEST');
    expect(await refusal.innerText()).toContain('Nothing was saved');
    // on the field the server named, in words
    await form.getByText('The server refused this checksum: a SHA-256 is 64 hexadecimal characters (0–9, a–f).').waitFor();
    expect(await form.getByLabel('Apple silicon SHA-256').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Intel SHA-256').getAttribute('aria-invalid')).not.toBe('true');
    expect((await account.admin.get(`/v1/accounts/${account.accountId}/golden-images`)).body.data).toEqual([]);
    await viewportShot(page, 'golden-image-refused');

    await form.getByLabel('Apple silicon SHA-256').fill(SHA_APPLE);
    await form.getByRole('button', { name: 'Create image' }).click();
    await form.waitFor({ state: 'hidden' });
    const images = (await account.admin.get(`/v1/accounts/${account.accountId}/golden-images`)).body.data as any[];
    expect(images).toHaveLength(1);
    const image = images[0];
    expect(image).toMatchObject({
      name: 'Windows 11 Engineering',
      images: { appleSilicon: { sha256: SHA_APPLE }, intel: { sha256: SHA_INTEL.toLowerCase() } },
      keyIds: [],
    });
    const imageRow = page.getByTestId('golden-image-Windows 11 Engineering');
    await imageRow.getByText('win11-arm64.pvmp').waitFor();
    // the checksum shortened on the page, whole on hover and in its copy button
    const apple = imageRow.getByTestId('appleSilicon-Windows 11 Engineering');
    expect(await apple.innerText()).toContain(`${SHA_APPLE.slice(0, 10)}…${SHA_APPLE.slice(-6)}`);
    expect(await apple.locator('[data-sha256]').getAttribute('data-sha256')).toBe(SHA_APPLE);
    await apple.getByRole('button', { name: /^Copy the Apple silicon SHA-256/ }).waitFor();
    await imageRow.getByText('No key').waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshots(page, 'golden-images');

    // Assigned to Engineering from its row; the row shows the image's name.
    await page.goto(`/subscriptions/${account.subscriptionId}`);
    await page.getByRole('button', { name: 'Golden image of Engineering: No golden image' }).click();
    const assign = page.getByRole('dialog', { name: 'Golden image of “Engineering”' });
    await assign.getByLabel('Golden image', { exact: true }).click();
    await page.getByRole('option', { name: 'Windows 11 Engineering' }).click();
    await viewportShot(page, 'golden-image-assign');
    await assign.getByRole('button', { name: 'Save' }).click();
    await assign.waitFor({ state: 'hidden' });
    await expect.poll(() => row(page, 'Engineering').getByTestId('key-image-Engineering').innerText()).toBe('Windows 11 Engineering');
    expect((await account.admin.get(`/v1/keys/${engineering.id}`)).body.goldenImageId).toBe(image.id);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshots(page, 'keys-with-policy-and-image');

    // The images page names the key; an edit keeps it.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Golden images' }).click();
    await imageRow.getByText('Engineering', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Actions for image Windows 11 Engineering' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit “Windows 11 Engineering”' });
    await edit.getByLabel('Name').fill('Windows 11 Engineering (24H2)');
    await edit.getByRole('checkbox', { name: 'Intel image' }).uncheck();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'hidden' });
    expect((await account.admin.get(`/v1/golden-images/${image.id}`)).body).toMatchObject({ name: 'Windows 11 Engineering (24H2)', images: { intel: null }, keyIds: [engineering.id] });

    // Deleting an image in use asks to detach it.
    await page.getByRole('button', { name: 'Actions for image Windows 11 Engineering (24H2)' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    const remove = page.getByRole('dialog', { name: 'Delete “Windows 11 Engineering (24H2)”?' });
    await remove.getByText('In use by “Engineering”').waitFor();
    const confirm = remove.getByRole('button', { name: 'Delete and detach from 1 key' });
    expect(await confirm.isDisabled()).toBe(true);
    await remove.getByRole('checkbox', { name: 'Detach it from 1 key' }).check();
    await viewportShot(page, 'golden-image-delete');
    await confirm.click();
    await remove.waitFor({ state: 'hidden' });
    await page.getByText('No golden image yet').waitFor();
    expect((await account.admin.get(`/v1/keys/${engineering.id}`)).body.goldenImageId).toBeNull();
  });
});

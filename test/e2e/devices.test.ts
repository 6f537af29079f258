/**
 * The console, devices: devices activate through the client API (no browser) and appear in the
 * table; an administrator deactivates, blacklists and moves them from the table, and the API
 * agrees; the CSV export the browser downloads holds exactly the API's devices. SQLite only
 * (see support.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeE2E, RESULTS_DIR, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import { activate, addMember, createKey, expectedSeats, expectSeatBox, PASSWORD, parseCsv, row, seedAccount, useConsoleServer } from './support.ts';

describeE2E('console: devices', () => {
  const e2e = useBrowser();
  const ctx = useConsoleServer();

  it('shows activated devices; deactivates, blacklists and moves them; exports them to CSV as the API lists them', async () => {
    const account = await seedAccount(ctx.server, 10);
    const ana = await addMember(account, { email: 'ana@devices.test', name: 'Ana Admin', role: 'account_admin' });
    const engineering = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 5 });
    const design = await createKey(account, { name: 'Design', type: 'reserved', maxSeats: 3 });
    const { page } = await e2e.open(ctx.server.url);
    const devicesPath = `/subscriptions/${account.subscriptionId}/devices`;
    await signIn(page, ana.email, PASSWORD, { path: devicesPath });
    await page.getByRole('heading', { name: 'No devices yet' }).waitFor();

    // Four devices activate through the client API, no browser involved.
    const ids: Record<string, string> = {};
    for (let i = 1; i <= 3; i++) ids[`laptop-${i}`] = await activate(account, engineering.key, { fingerprint: `fp-${i}`, name: `laptop-${i}`, serial: `SN-00${i}` });
    ids['studio-1'] = await activate(account, design.key, { fingerprint: 'fp-s1', name: 'studio-1', os: 'Windows 11' });
    await page.reload();

    const listed = async (query = '') => (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}/activations?limit=200${query}`)).body;
    const active = await listed();
    expect(active.total).toBe(4);
    await page.getByText('1–4 of 4').waitFor();
    for (const d of active.data) {
      const cells = row(page, d.device.name).getByRole('cell');
      await cells.first().waitFor();
      expect(await cells.allInnerTexts(), d.device.name).toEqual(expect.arrayContaining([d.device.name, d.device.os, d.keyName]));
    }
    expect(await page.getByRole('checkbox', { name: /^Select (laptop|studio)-/ }).count()).toBe(4);

    // Columns: serial numbers are hidden until chosen in the Columns menu.
    const serialHeader = page.locator('thead th').filter({ hasText: /^Serial/ });
    expect(await serialHeader.count()).toBe(0);
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Serial' }).check();
    await page.keyboard.press('Escape');
    await serialHeader.waitFor();
    await row(page, 'laptop-2').getByText('SN-002').waitFor();
    await screenshots(page, 'devices');

    // Deactivate laptop-1 from its row.
    await page.getByRole('button', { name: 'Actions for laptop-1' }).click();
    await page.getByRole('menuitem', { name: 'Deactivate…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Deactivate “laptop-1”?' });
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('1–3 of 3').waitFor();
    expect(await row(page, 'laptop-1').count()).toBe(0);
    expect((await account.admin.get(`/v1/activations/${ids['laptop-1']}`)).body.status).toBe('deactivated');

    // Blacklist laptop-2, with a reason.
    await page.getByRole('button', { name: 'Actions for laptop-2' }).click();
    await page.getByRole('menuitem', { name: 'Blacklist…' }).click();
    dialog = page.getByRole('dialog', { name: 'Blacklist “laptop-2”?' });
    await dialog.getByLabel('Reason').fill('reported stolen');
    await dialog.getByRole('button', { name: 'Blacklist' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('1–2 of 2').waitFor();
    expect((await account.admin.get(`/v1/activations/${ids['laptop-2']}`)).body.status).toBe('blacklisted');
    const blacklist = (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}/blacklist`)).body.data as any[];
    expect(blacklist.map((b) => ({ fingerprint: b.fingerprint, reason: b.reason, deviceName: b.deviceName }))).toEqual([
      { fingerprint: 'fp-2', reason: 'reported stolen', deviceName: 'laptop-2' },
    ]);
    const again = await account.client.post('/v1/client/activate', { key: engineering.key, fingerprint: 'fp-2', device: { name: 'laptop-2', os: 'macOS' } });
    expect(again.body.error?.code).toBe('DEVICE_BLACKLISTED');

    // Move laptop-3 from Engineering (dynamic) to Design (reserved): its seat moves into the reserved ones.
    await page.getByRole('button', { name: 'Actions for laptop-3' }).click();
    await page.getByRole('menuitem', { name: 'Move to another key…' }).click();
    dialog = page.getByRole('dialog', { name: 'Move “laptop-3” to another key' });
    await dialog.getByRole('combobox', { name: 'Target key' }).click();
    await page.getByRole('option', { name: 'Design — 2 available' }).click();
    await dialog.getByRole('button', { name: 'Move' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row(page, 'laptop-3').getByRole('cell', { name: 'Design', exact: true }).waitFor();
    const moved = (await account.admin.get(`/v1/activations/${ids['laptop-3']}`)).body;
    expect({ status: moved.status, keyId: moved.keyId }).toEqual({ status: 'active', keyId: design.id });

    // The key filter: Design now holds two devices, Engineering none.
    await page.getByRole('combobox', { name: 'Filter by key' }).click();
    await page.getByRole('option', { name: 'Design' }).click();
    await page.getByText('1–2 of 2').waitFor();
    expect(((await listed(`&keyId=${design.id}`)).data as any[]).map((d) => d.device.name).sort()).toEqual(['laptop-3', 'studio-1']);

    // Every status: the past devices are there with their status.
    await page.getByRole('combobox', { name: 'Filter by key' }).click();
    await page.getByRole('option', { name: 'All keys' }).click();
    await page.getByRole('combobox', { name: 'Filter by status' }).click();
    await page.getByRole('option', { name: 'All statuses' }).click();
    await page.getByText('1–4 of 4').waitFor();
    await row(page, 'laptop-1').getByText('Deactivated').waitFor();
    await row(page, 'laptop-2').getByText('Blacklisted').waitFor();

    // The seat box: Engineering 0 of 5 used, Design 2 of its 3 reserved, nothing on the primary key.
    await page.getByRole('tab', { name: 'Seats & keys' }).click();
    await expectSeatBox(
      page,
      account,
      expectedSeats(10, [
        { type: 'primary', maxSeats: null, used: 0 },
        { type: 'dynamic', maxSeats: 5, used: 0 },
        { type: 'reserved', maxSeats: 3, used: 2 },
      ]),
    );

    // Export CSV, as the browser downloads it: the active devices, then every device, each as the API lists them.
    await page.getByRole('tab', { name: 'Devices' }).click();
    for (const [item, status] of [
      ['Active devices', 'active'],
      ['All devices, past ones too', 'all'],
    ] as const) {
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
      expect(download.suggestedFilename()).toMatch(/^devices-desktop-pro-\d{4}-\d{2}-\d{2}\.csv$/);
      const file = join(RESULTS_DIR, `devices-${status}.csv`);
      await download.saveAs(file);
      const csv = parseCsv(await readFile(file, 'utf8'));
      const api = (await listed(`&status=${status}`)).data as any[];
      expect(csv.map((r) => ({ id: r.activation_id, name: r.computer_name, key: r.key, status: r.status, fingerprint: r.fingerprint, serial: r.serial })).sort(byId)).toEqual(
        api.map((d) => ({ id: d.id, name: d.device.name, key: d.keyName, status: d.status, fingerprint: d.fingerprint, serial: d.device.serial })).sort(byId),
      );
      expect(csv.length, status).toBe(status === 'active' ? 2 : 4);
    }

    await page.getByRole('tab', { name: 'Blacklist' }).click();
    await row(page, 'laptop-2').getByText('reported stolen').waitFor();
    await screenshots(page, 'blacklist');
  });
});

const byId = (a: { id?: string }, b: { id?: string }) => (a.id ?? '').localeCompare(b.id ?? '');

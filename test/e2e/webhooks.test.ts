/**
 * Webhooks in the console (issue 16): an Account Administrator creates an endpoint (the secret
 * shown once, with a copy button), sends a test event that a real receiver verifies, reads the
 * delivery log, redelivers, changes the events and disables the endpoint. SQLite only (see
 * support.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeE2E, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/harness.ts';
import { eventually } from '../helpers/smtp.ts';
import { startReceiver, webhookEnv, type Receiver } from '../helpers/webhook-receiver.ts';
import { addMember, PASSWORD, seedAccount, startConsoleServer } from './support.ts';

describeE2E('console: webhooks', () => {
  const e2e = useBrowser();
  let server: TestServer;
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
    server = await startConsoleServer(webhookEnv());
  });
  afterAll(async () => {
    await server?.close();
    await receiver?.close();
  });

  it('creates an endpoint, shows its secret once, sends a test event, lists the log, redelivers and disables', async () => {
    const account = await seedAccount(server, 10);
    const ana = await addMember(account, { email: 'ana@hooks.test', name: 'Ana Admin', role: 'account_admin' });
    const { page } = await e2e.open(server.url);
    await signIn(page, ana.email, PASSWORD, { path: '/webhooks' });
    await page.getByText('No webhook endpoint yet').waitFor();
    await page.getByRole('button', { name: 'New endpoint' }).first().click();
    const form = page.getByRole('dialog', { name: 'New webhook endpoint' });
    await form.getByLabel('URL').fill(receiver.url);
    await form.getByLabel('Description').fill('ERP integration');
    await form.getByRole('button', { name: 'Create endpoint' }).click();
    const secretDialog = page.getByRole('dialog', { name: 'Signing secret' });
    const secret = (await secretDialog.getByTestId('webhook-secret').innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    receiver.secrets.push(secret);
    await secretDialog.getByRole('button', { name: 'Copy secret' }).waitFor();
    await screenshots(page, 'webhooks-secret');
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    // Never shown again: not in the page once the dialog is gone.
    expect(await page.content()).not.toContain(secret);

    const rowOf = page.getByTestId(`webhook-${receiver.url}`);
    await rowOf.getByText('Enabled', { exact: true }).waitFor();
    await rowOf.getByRole('button', { name: 'Send test event' }).click();
    await eventually('the test event received', async () => receiver.received.some((r) => r.body.type === 'webhook.test' && r.verified));
    await screenshots(page, 'webhooks-list');

    await rowOf.getByRole('button', { name: 'Delivery log' }).click();
    const log = page.getByTestId('webhook-deliveries');
    await log.getByText('delivered').waitFor({ timeout: 15_000 });
    await screenshots(page, 'webhooks-log');
    await log.getByRole('button', { name: 'Redeliver' }).click();
    await eventually('redelivered with the same id', async () => receiver.received.filter((r) => r.body.type === 'webhook.test').length === 2);
    const ids = receiver.received.filter((r) => r.body.type === 'webhook.test').map((r) => r.id);
    expect(ids[0]).toBe(ids[1]);
    await page.keyboard.press('Escape');

    await rowOf.getByRole('button', { name: `More actions for ${receiver.url}` }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    await rowOf.getByText('Disabled', { exact: true }).waitFor();
    const listed = await account.admin.get('/v1/webhook-endpoints');
    expect(listed.body.data[0]).toMatchObject({ enabled: false, description: 'ERP integration' });
    await screenshots(page, 'webhooks-disabled');

    await rowOf.getByRole('button', { name: `More actions for ${receiver.url}` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this endpoint?' });
    await screenshots(page, 'webhooks-delete');
    await confirm.getByRole('button', { name: 'Delete endpoint' }).click();
    await rowOf.waitFor({ state: 'detached' });
    expect((await account.admin.get('/v1/webhook-endpoints')).body.data).toEqual([]);
  });
});

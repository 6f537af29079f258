/**
 * The console, invitations: an administrator invites two people through the Invite Users dialog
 * (warned when picking the primary key), and each gets an email with their own code at a real
 * SMTP server on 127.0.0.1; the table shows the invitations as the API does. SQLite only (see
 * support.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeE2E, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/harness.ts';
import { allInvitations, codeOf, eventually, mailEnv, startSmtp, type Smtp } from '../helpers/smtp.ts';
import { addMember, createKey, PASSWORD, row, seedAccount, startConsoleServer } from './support.ts';

describeE2E('console: invitations', () => {
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

  it('invites two users through the Invite Users dialog; the emails arrive with the codes the API lists', async () => {
    const account = await seedAccount(server, 10);
    const ana = await addMember(account, { email: 'ana@invite.test', name: 'Ana Admin', role: 'account_admin' });
    const engineering = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 5 });
    const { page } = await e2e.open(server.url);
    await signIn(page, ana.email, PASSWORD, { path: `/subscriptions/${account.subscriptionId}/invitations` });
    await page.getByRole('heading', { name: 'No invitations yet' }).waitFor();

    await page.getByRole('button', { name: 'Invite users' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite users' });
    const warning = dialog.getByText('You are inviting on the primary key');
    // the primary key: a warning
    await dialog.getByRole('combobox', { name: 'Key' }).click();
    await page.getByRole('option', { name: /^Primary key \(primary key\)/ }).click();
    await warning.waitFor();
    await screenshots(page, 'invite-dialog');
    // a sublicense key: none
    await dialog.getByRole('combobox', { name: 'Key' }).click();
    await page.getByRole('option', { name: 'Engineering — 5 available' }).click();
    await warning.waitFor({ state: 'hidden' });
    await dialog.getByLabel('Email addresses').fill('Ana.Lopez@example.com\nbo@example.com');
    await dialog.getByRole('button', { name: 'Invite 2 people' }).click();
    await dialog.getByText('2 people invited: each gets a personal code by email.').waitFor();

    // Two emails at the SMTP server, one per address, each with the code the API holds for it.
    const mails = await smtp.waitFor(2);
    expect(mails.flatMap((m) => m.envelope.to).sort()).toEqual(['ana.lopez@example.com', 'bo@example.com']);
    const invitations = await allInvitations(account.admin, `/v1/subscriptions/${account.subscriptionId}/invitations`);
    expect(invitations.map((i) => ({ email: i.email, keyId: i.keyId, status: i.status, language: i.language, expiresInDays: i.expiresInDays })).sort(byEmail)).toEqual([
      { email: 'ana.lopez@example.com', keyId: engineering.id, status: 'pending', language: 'en', expiresInDays: 7 },
      { email: 'bo@example.com', keyId: engineering.id, status: 'pending', language: 'en', expiresInDays: 7 },
    ]);
    for (const invitation of invitations) expect(codeOf(smtp.to(invitation.email)[0]!)).toBe(invitation.code);

    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Once the API says both went out, the table says so too.
    await eventually('both invitations delivered', async () => {
      const all = await allInvitations(account.admin, `/v1/subscriptions/${account.subscriptionId}/invitations`);
      return all.every((i) => i.delivery.status === 'sent');
    });
    await page.reload();
    for (const invitation of invitations) {
      const r = row(page, invitation.email);
      await r.getByText('Email sent').waitFor();
      expect(await r.getByText('Pending').count()).toBe(1);
      expect(await r.getByText('Engineering').count()).toBe(1);
    }
    await page.getByText('1–2 of 2').waitFor();

    // The code column: hidden, then the API's code when shown.
    const first = invitations[0]!;
    await page.getByRole('button', { name: `Show the code of ${first.email}` }).click();
    await row(page, first.email).getByText(first.code).waitFor();
    await page.getByRole('button', { name: `Hide the code of ${first.email}` }).click();
    await screenshots(page, 'invitations');
  });
});

const byEmail = (a: { email: string }, b: { email: string }) => a.email.localeCompare(b.email);

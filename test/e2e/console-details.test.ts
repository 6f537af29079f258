/**
 * The console, details an administrator notices, on a server without SMTP (ALLOT_SMTP_URL unset):
 * the usage chart of a new subscription starts when it did; the audit log shows names as they
 * were; an accepted invitation says so, with its device, and no mail state; wherever the console
 * would send an email it says mail is not set up; sign-in and password errors read as sentences,
 * never codes; you change your own email address on your profile. SQLite only (see support.ts).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import { activate, addMember, createKey, PASSWORD, row, seedAccount, useConsoleServer } from './support.ts';

const DAY = 86_400_000;
const CODES = /\b(INVALID_CREDENTIALS|RATE_LIMITED|TOKEN_INVALID|PASSWORD_INCORRECT|MEMBER_EXISTS|INVALID_REQUEST)\b/;
const dayOf = (iso: string) => new Date(iso).toISOString().slice(0, 10);
/** "7 Jun 2026", as the console writes a date (en-GB). */
const longDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));

/** The text of the page's alerts (role=alert), trimmed. */
const alerts = async (page: Page) => (await page.getByRole('alert').allInnerTexts()).map((t) => t.trim());

describeE2E('console: details on a server without mail', () => {
  const e2e = useBrowser();
  const ctx = useConsoleServer();

  it('shows sentences, never codes, for sign-in and set-password errors', async () => {
    const account = await seedAccount(ctx.server, 5);
    const ana = await addMember(account, { email: 'ana@errors.test', name: 'Ana Admin', role: 'account_admin' });
    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    allowHttpErrors(400, 401, 429);

    // A wrong password.
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(ana.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const refused = page.getByRole('alert');
    await refused.waitFor();
    expect(await alerts(page)).toEqual(['The email address or the password is not right.']);
    expect(await refused.getAttribute('data-code')).toBe('INVALID_CREDENTIALS');
    expect(await page.locator('body').innerText()).not.toMatch(CODES);
    await screenshots(page, 'sign-in-error');

    // Failures in a row lock the address for a while: the wait reads as words.
    for (let i = 0; i < 6; i++) await account.op.as(null).post('/v1/session', { email: 'lee@errors.test', password: 'wrong password, again' });
    await page.getByLabel('Email').fill('lee@errors.test');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => alerts(page)).toEqual([expect.stringMatching(/^Too many attempts\. Wait (a second|\d+ seconds|a minute|\d+ minutes), then try again\.$/)]);
    expect(await page.getByRole('alert').getAttribute('data-code')).toBe('RATE_LIMITED');
    expect(await page.locator('body').innerText()).not.toMatch(CODES);

    // A set-password link that does not work.
    await page.goto('/set-password#token=not-a-real-token');
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('Repeat the password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('alert').waitFor();
    expect((await alerts(page))[0]).toBe('This link no longer works: it was used already, it expired, or a newer link replaced it. Send me a new link');
    expect(await page.locator('body').innerText()).not.toMatch(CODES);
    await screenshots(page, 'set-password-error');
  });

  it('says that mail is not set up wherever it would send an email, and shows an accepted invitation with its device', async () => {
    const account = await seedAccount(ctx.server, 10);
    const ana = await addMember(account, { email: 'ana@nomail.test', name: 'Ana Admin', role: 'account_admin' });
    const engineering = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 5 });
    expect((await account.op.as(null).get('/v1/system')).body).toMatchObject({ mail: { configured: false }, setupNeeded: false });

    // Two invitations by the API: Bo activates with his code (handed over by hand: nothing was mailed), Cy has not yet.
    const invited = await account.admin.post(`/v1/keys/${engineering.id}/invitations`, { emails: ['bo@nomail.test', 'cy@nomail.test'] });
    expect(invited.status, invited.text).toBe(201);
    const [bo, cy] = invited.body.data as any[];
    await activate(account, bo.code, { fingerprint: 'bo-laptop', name: 'bo-thinkpad' });
    const accepted = (await account.admin.get(`/v1/invitations/${bo.id}`)).body;
    expect(accepted).toMatchObject({ status: 'accepted', deviceName: 'bo-thinkpad', delivery: { status: 'queued' } });

    const { page } = await e2e.open(ctx.server.url);
    await signIn(page, ana.email, PASSWORD, { path: `/subscriptions/${account.subscriptionId}/invitations` });
    const notice = page.getByTestId('mail-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Email is not set up on this server');
    expect(await notice.innerText()).toContain('ALLOT_SMTP_URL');
    expect(await notice.innerText()).toContain('“Download invitations” gives you the codes');

    // The accepted one: Accepted, on which device and when; nothing about its email.
    const boRow = row(page, bo.email);
    await boRow.getByText('Accepted').waitFor();
    await boRow.getByText(`on bo-thinkpad · ${longDate(accepted.acceptedAt)}`).waitFor();
    expect(await boRow.innerText()).not.toMatch(/email/i);
    // The pending one: its email waits.
    const cyRow = row(page, cy.email);
    await cyRow.getByText('Pending').waitFor();
    await cyRow.getByText('Email waiting: mail is not set up').waitFor();
    expect(await cyRow.innerText()).not.toContain('Email queued');
    await screenshots(page, 'invitations-no-mail');

    // The Invite users dialog says it too, and so does its result.
    await page.getByRole('button', { name: 'Invite users' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite users' });
    await dialog.getByTestId('mail-notice').waitFor();
    await dialog.getByRole('combobox', { name: 'Key' }).click();
    await page.getByRole('option', { name: /^Engineering/ }).click();
    await dialog.getByLabel('Email addresses').fill('dee@nomail.test');
    await screenshots(page, 'invite-dialog-no-mail');
    await dialog.getByRole('button', { name: 'Invite 1 person' }).click();
    await dialog.getByText('1 person invited. Their emails wait until mail is set up: “Download invitations” gives you their codes meanwhile.').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Resending a code.
    await page.getByRole('button', { name: `Actions for the invitation of ${cy.email}` }).click();
    await page.getByRole('menuitem', { name: 'Resend with a new code…' }).click();
    const resend = page.getByRole('dialog', { name: `Resend to ${cy.email}?` });
    await resend.getByTestId('mail-notice').waitFor();
    await resend.getByRole('button', { name: 'Cancel' }).click();

    // Inviting a member.
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('button', { name: 'Invite a member' }).click();
    const member = page.getByRole('dialog', { name: 'Invite a member' });
    const memberNotice = member.getByTestId('mail-notice');
    await memberNotice.waitFor();
    expect(await memberNotice.innerText()).toContain('the person cannot join');
    await screenshots(page, 'invite-member-no-mail');
    await member.getByRole('button', { name: 'Cancel' }).click();

    // The password reset page, signed out.
    const { page: visitor } = await e2e.open(ctx.server.url);
    await visitor.goto('/forgot-password');
    await visitor.getByTestId('mail-notice').waitFor();
    await visitor.getByRole('textbox', { name: 'Email' }).fill(ana.email);
    await visitor.getByRole('button', { name: 'Send the link' }).click();
    await visitor.getByRole('heading', { name: 'Your request is noted' }).waitFor();
    await visitor.getByText('this server cannot send email yet').waitFor();
    await screenshots(visitor, 'forgot-password-no-mail');
  });

  it("shows names in the audit log as they were when it happened, and a member added with a password as added", async () => {
    const account = await seedAccount(ctx.server, 10);
    const ana = await addMember(account, { email: 'ana@names.test', name: 'Ana Admin', role: 'account_admin' });
    const engineering = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 5 });
    await activate(account, engineering.key, { fingerprint: 'names-1', name: 'eng-laptop' });
    const invitedMember = await account.admin.post(`/v1/accounts/${account.accountId}/members`, { email: 'bo@names.test', name: 'Bo', role: 'member' });
    expect(invitedMember.status, invitedMember.text).toBe(201);

    const { page } = await e2e.open(ctx.server.url);
    await signIn(page, ana.email, PASSWORD);
    // Later: the key is renamed, and Ana renames herself.
    expect((await account.admin.patch(`/v1/keys/${engineering.id}`, { name: 'Engineering EU' })).status).toBe(200);
    await page.goto('/profile');
    await page.getByLabel('Name').fill('Ana Lopez');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your name is saved.').waitFor();

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', exact: true }).waitFor();
    const eventRow = (label: string) => page.getByRole('row').filter({ has: page.getByText(label, { exact: true }) });
    // The device's activation: on Engineering, as the key was called then.
    const activated = eventRow('Device activated');
    await activated.waitFor();
    const lines = (await activated.innerText()).split(/[\n\t]+/).map((l) => l.trim());
    expect(lines).toContain('key: Engineering');
    expect(lines.join('\n')).not.toContain('Engineering EU');
    // The rename itself, from the old name to the new.
    const renamed = eventRow('Key changed');
    expect(await renamed.innerText()).toMatch(/name: Engineering\s*→\s*Engineering EU/);
    // Ana signed in as "Ana Admin": her sign-in keeps that name, her rename is by "Ana Admin" too.
    const signedIn = eventRow('Signed in');
    expect((await signedIn.innerText()).split(/[\n\t]+/).map((l) => l.trim())).toEqual(expect.arrayContaining(['Ana Admin']));
    expect(await signedIn.innerText()).not.toContain('Ana Lopez');
    // The operator added Ana with a password; Bo was invited by email.
    const added = page.getByRole('row').filter({ hasText: 'ana@names.test' }).filter({ has: page.getByText('Member added', { exact: true }) });
    await added.waitFor();
    const invited = page.getByRole('row').filter({ hasText: 'bo@names.test' }).filter({ has: page.getByText('Member invited', { exact: true }) });
    await invited.waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/[{}"]/);
    await screenshots(page, 'audit-log-names');
  });

  it('changes your own email address on your profile, with your current password', async () => {
    const account = await seedAccount(ctx.server, 5);
    const ana = await addMember(account, { email: 'ana@profile.test', name: 'Ana Admin', role: 'account_admin' });
    await addMember(account, { email: 'bo@profile.test', name: 'Bo', role: 'member' });
    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    allowHttpErrors(403, 409);
    await signIn(page, ana.email, PASSWORD, { path: '/profile' });
    const details = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Your details' }) });
    await details.waitFor();
    const email = details.getByRole('textbox', { name: 'Email' });
    expect(await email.inputValue()).toBe(ana.email);

    await email.fill('ana.lopez@profile.test');
    const current = details.getByLabel('Current password');
    await page.getByRole('button', { name: 'Save and change email' }).click();
    await page.getByText('Enter your current password to change your email address.').waitFor();
    await current.fill('not my password');
    await page.getByRole('button', { name: 'Save and change email' }).click();
    await page.getByText('Your current password is not right.').waitFor();
    // Another member's address.
    await email.fill('BO@profile.test');
    await current.fill(PASSWORD);
    await page.getByRole('button', { name: 'Save and change email' }).click();
    await page.getByText('Another member already uses this email address: an address belongs to one member only.').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(CODES);
    await email.fill('ana.lopez@profile.test');
    await screenshots(page, 'profile-email');
    await page.getByRole('button', { name: 'Save and change email' }).click();
    await page.getByText('Your details are saved: you now sign in with ana.lopez@profile.test.').waitFor();
    await expect.poll(() => current.count()).toBe(0);
    const members = (await account.admin.get(`/v1/accounts/${account.accountId}/members`)).body.data as any[];
    expect(members.map((m) => m.email).sort()).toEqual(['ana.lopez@profile.test', 'bo@profile.test']);

    // Signed out, she signs in with the new address.
    await page.getByRole('button', { name: /^Account menu for/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await signIn(page, 'ana.lopez@profile.test', PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  // Last in this file: it moves the server's clock four days on.
  it('starts the usage chart when the subscription started, with a short-history state at first', async () => {
    const account = await seedAccount(ctx.server, 10);
    const ana = await addMember(account, { email: 'ana@usage.test', name: 'Ana Admin', role: 'account_admin' });
    const engineering = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 5 });
    await activate(account, engineering.key, { fingerprint: 'usage-1', name: 'eng-laptop' });
    const subscription = (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}`)).body;

    // The API: one point, today's, and when the subscription began.
    const fresh = (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}/usage?days=30`)).body;
    expect(fresh.startedAt).toBe(subscription.createdAt);
    expect(fresh.points).toEqual([{ date: dayOf(subscription.createdAt), used: 1, total: 10 }]);

    const { page, allowHttpErrors } = await e2e.open(ctx.server.url);
    allowHttpErrors(401); // the session idles out while the clock moves
    const usage = `/subscriptions/${account.subscriptionId}/usage`;
    await signIn(page, ana.email, PASSWORD, { path: usage });
    const short = page.getByTestId('usage-short-history');
    await short.waitFor();
    expect(await short.innerText()).toContain(`This subscription started on ${longDate(subscription.createdAt)}; the chart fills in as days pass`);
    expect(await page.locator('.recharts-surface').count()).toBe(0);
    await expect.poll(() => page.getByText('In use now').locator('xpath=following-sibling::*[1]').innerText()).toBe('1 / 10');
    await screenshots(page, 'usage-new-subscription');

    // Four days on: five points from the day it started, and a chart that starts there.
    ctx.server.clock.advance(4 * DAY);
    const later = (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}/usage?days=30`)).body;
    expect(later.points.map((p: any) => p.date)).toEqual([0, 1, 2, 3, 4].map((d) => dayOf(new Date(Date.parse(subscription.createdAt) + d * DAY).toISOString())));
    expect(later.points.every((p: any) => p.used === 1 && p.total === 10)).toBe(true);
    await page.reload();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await signIn(page, ana.email, PASSWORD);
    expect(new URL(page.url()).pathname).toBe(usage);
    await page.locator('.recharts-surface').first().waitFor();
    expect(await short.count()).toBe(0);
    await page.getByText(`From ${longDate(subscription.createdAt)}, when the subscription started.`).waitFor();
    await page.getByText(`Peak since ${longDate(subscription.createdAt)}`).waitFor();
    // The first day on the axis is the day it started (the chart's labels are UTC days, "7 Jun").
    const firstTick = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(subscription.createdAt));
    await expect.poll(async () => (await page.locator('.recharts-xAxis-tick-labels text').allTextContents())[0]).toBe(firstTick);
    await page.mouse.move(0, 0);
    await screenshots(page, 'usage-young-subscription');
  });
});

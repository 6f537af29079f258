/**
 * SSO in the console: an administrator signs in through a real OpenID provider (oidc-provider,
 * its own login form) after choosing "Sign in with SSO", is created an Account Administrator by
 * the admin group, and finds on the SSO page the domains (verified through a real DNS server on
 * loopback), the values to paste into the provider and the keys to map groups to; a mapping made
 * there is saved; the Users page lists the people who signed in (one of them with a device
 * activated by SSO, which the device list shows with its user) and deactivates one. Someone
 * outside the admin group gets the readable error page. A SAML connection is made in the form
 * (metadata pasted), and with "Require SSO" a password sign-in is turned to SSO. SQLite only
 * (see support.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeE2E, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.ts';
import type { TestServer } from '../helpers/harness.ts';
import { createSamlIdp } from '../helpers/saml-idp.ts';
import { connectIdp, deviceSignIn, ssoActivate, verifyDomain, type ConnectedIdp } from '../helpers/sso.ts';
import { addMember, createKey, fetchFromPage, PASSWORD, row, seedAccount, startSsoConsoleServer, type Account } from './support.ts';

const ADMINS = 'allot-admins';

/** A whole-page screenshot from the top (scrolled, the fixed header would land mid-page). */
async function pageShot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshots(page, name);
}

describeE2E('console: SSO', () => {
  const e2e = useBrowser();
  let dns: DnsServer;
  let server: TestServer;
  const idps: ConnectedIdp[] = [];

  beforeAll(async () => {
    dns = await startDnsServer();
    server = await startSsoConsoleServer(dns);
  });
  afterAll(async () => {
    for (const idp of idps) await idp.close();
    await server?.close();
    await dns?.close();
  });

  /** An account whose `domain` is verified, connected to a fresh OpenID provider whose admin group is allot-admins. */
  async function oidcAccount(domain: string): Promise<{ account: Account; idp: ConnectedIdp; productCode: string }> {
    const account = await seedAccount(server, 10);
    await verifyDomain(account.admin, dns, account.accountId, domain);
    const idp = await connectIdp(server, account.admin, account.accountId, 'oidc', { adminGroup: ADMINS });
    idps.push(idp);
    const sub = await account.admin.get(`/v1/subscriptions/${account.subscriptionId}`);
    return { account, idp, productCode: sub.body.product.code };
  }

  /** Sign in with SSO from the sign-in page: the email, then the provider's own form. */
  async function ssoSignIn(page: Page, email: string, options: { screenshot?: string } = {}): Promise<void> {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Sign in with SSO' }).click();
    await page.getByLabel('Work email').fill(email);
    if (options.screenshot) await screenshots(page, options.screenshot);
    await page.getByRole('button', { name: 'Continue' }).click();
    // the provider's page (another origin): a whole-page navigation took the browser there
    await page.getByLabel('Username').fill(email);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  it('signs an admin-group member in by SSO; the SSO page shows domains, connection values and group mappings; the Users page lists the people', async () => {
    const { account, idp, productCode } = await oidcAccount('acme.com');
    const engineering = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 5 });
    // a second domain, pending, checked once while its record holds something else
    const labs = await account.admin.post(`/v1/accounts/${account.accountId}/domains`, { domain: 'acme-labs.com' });
    expect(labs.status, labs.text).toBe(201);
    dns.setTxt(labs.body.verification.name, ['v=spf1 -all']);
    expect((await account.admin.post(`/v1/domains/${labs.body.id}/verify`)).status).toBe(422);
    idp.oidc!.setUser('ana@acme.com', { email: 'ana@acme.com', name: 'Ana Admin', groups: [ADMINS] });

    const { page, allowHttpErrors } = await e2e.open(server.url);
    allowHttpErrors(422); // Verify, while the record is not there
    await ssoSignIn(page, 'ana@acme.com', { screenshot: 'sso-sign-in' });
    await page.waitForURL((url) => url.origin === server.url && url.pathname.startsWith('/subscriptions'));
    const session = await fetchFromPage(page, '/v1/session');
    expect(session.status).toBe(200);
    expect({ email: session.body.member.email, role: session.body.member.role }).toEqual({ email: 'ana@acme.com', role: 'account_admin' });

    // The SSO page.
    await page.getByRole('link', { name: 'SSO', exact: true }).click();
    await page.getByRole('heading', { name: 'Single sign-on' }).waitFor();
    const verified = page.getByTestId('domain-acme.com');
    await verified.getByText('Verified', { exact: true }).waitFor();
    await expect.poll(() => verified.getByRole('button', { name: 'Verify' }).count()).toBe(0);
    const pending = page.getByTestId('domain-acme-labs.com');
    await pending.getByText('Pending', { exact: true }).waitFor();
    expect(await pending.getByTestId('copy-Name').innerText()).toBe(labs.body.verification.name);
    expect(await pending.getByTestId('copy-Value').innerText()).toBe(labs.body.verification.value);
    await pending.getByText('v=spf1 -all').waitFor();
    await pending.getByRole('button', { name: 'Copy the value' }).waitFor();

    // Verify from the page: still not there, in words with what was found; then published, verified.
    await pending.getByRole('button', { name: 'Verify' }).click();
    const notYet = pending.getByRole('alert');
    await notYet.getByText('Not verified yet').waitFor();
    expect(await notYet.innerText()).toContain('72 hours');
    expect(await notYet.innerText()).not.toMatch(/DOMAIN_NOT_VERIFIED|[{}]/);

    // The connection: what to paste into the provider, and what is saved (never the secret).
    const values = page.getByTestId('provider-values');
    expect(await values.getByTestId('copy-Redirect URI').innerText()).toBe(`${server.config.publicUrl}/sso/oidc/${account.accountId}/callback`);
    await page.getByTestId('saved-connection').getByText('Connected').waitFor();
    expect(await page.getByTestId('saved-connection').innerText()).toContain(idp.oidc!.issuer);
    await page.getByText('A secret is stored (it is never shown). Leave empty to keep it.').waitFor();
    expect(await page.getByLabel('Administrators group').inputValue()).toBe(ADMINS);

    // Group mappings: the primary key draws the people of no group; Engineering gets a group and a priority.
    await row(page, 'Primary key').getByText('People in no mapped group').waitFor();
    const mapping = page.getByTestId('mapping-Engineering');
    expect(await mapping.getByRole('cell').nth(1).innerText()).toBe('5');
    await mapping.getByLabel('Groups mapped to Engineering').fill('Engineering');
    await mapping.getByLabel('Groups mapped to Engineering').press('Enter');
    await mapping.getByLabel('Priority of Engineering').fill('10');
    await mapping.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await account.admin.get(`/v1/keys/${engineering.id}`)).body).toMatchObject({ ssoGroups: ['Engineering'], ssoPriority: 10 });
    await expect.poll(() => mapping.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await page.getByRole('heading', { name: 'Single sign-on' }).click(); // the focus leaves the tags field
    await pageShot(page, 'sso-page');
    await page.reload();
    // the key's name, and the group's tag
    await expect.poll(() => page.getByTestId('mapping-Engineering').getByText('Engineering', { exact: true }).count()).toBe(2);
    expect(await page.getByTestId('mapping-Engineering').getByLabel('Priority of Engineering').inputValue()).toBe('10');

    // A person of the Engineering group activates a device by SSO (the app and its browser, through the API).
    const carl = await deviceSignIn(server, idp, productCode, { email: 'carl@acme.com', name: 'Carl Coder', groups: ['Engineering'] });
    const activated = await ssoActivate(account.admin, carl, 1);
    expect(activated.status, activated.text).toBe(201);
    expect((await account.admin.get(`/v1/keys/${engineering.id}`)).body.used).toBe(1);

    // The device list names the device's user.
    await page.goto(`/subscriptions/${account.subscriptionId}/devices`);
    const deviceRow = row(page, 'sso-laptop-1');
    await deviceRow.waitFor();
    expect(await deviceRow.innerText()).toContain('carl@acme.com');
    await deviceRow.getByText('SSO', { exact: true }).waitFor();
    await screenshots(page, 'sso-devices');
    // its seat follows the person's groups: no moving it by hand
    await page.getByRole('button', { name: 'Actions for sso-laptop-1' }).click();
    await page.getByRole('menuitem', { name: 'Deactivate…' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Move to another key…' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // The Users page: both people, their groups, key, devices.
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    const carlRow = row(page, 'carl@acme.com');
    await carlRow.waitFor();
    const carlText = await carlRow.innerText();
    for (const part of ['Carl Coder', 'Engineering', '1']) expect(carlText).toContain(part);
    await carlRow.getByText('Active', { exact: true }).waitFor();
    const anaRow = row(page, 'ana@acme.com');
    await anaRow.waitFor();
    expect(await anaRow.innerText()).toContain(ADMINS);
    expect(await anaRow.innerText()).toContain('No seat');
    // no SCIM here: nothing about where people come from
    expect(await page.getByLabel('Source', { exact: true }).count()).toBe(0);
    expect(await anaRow.getByText('Signed in only').count()).toBe(0);
    await screenshots(page, 'sso-users');

    // Deactivating Carl frees his seat now.
    await carlRow.getByRole('button', { name: 'Deactivate Carl Coder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate Carl Coder?' });
    expect(await dialog.innerText()).toContain('Their devices stop at their next check-in; their seat is freed now.');
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await carlRow.getByText('Deactivated').waitFor();
    await carlRow.getByRole('button', { name: 'Reactivate Carl Coder' }).waitFor();
    const users = (await account.admin.get(`/v1/accounts/${account.accountId}/sso-users`)).body.data as any[];
    expect(users.find((u) => u.email === 'carl@acme.com').status).toBe('deactivated');
    expect((await account.admin.get(`/v1/keys/${engineering.id}`)).body.used).toBe(0);

    // The status filter keeps to the URL and narrows the list.
    await page.getByLabel('Status', { exact: true }).click();
    await page.getByRole('option', { name: 'Active', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'active');
    await carlRow.waitFor({ state: 'detached' });
    await anaRow.waitFor();
  });

  it('shows a readable error page to someone outside the admin group who is not a member', async () => {
    const { account, idp } = await oidcAccount('initech.com');
    idp.oidc!.setUser('bob@initech.com', { email: 'bob@initech.com', name: 'Bob', groups: ['Engineering'] });
    const { page, allowHttpErrors } = await e2e.open(server.url);
    allowHttpErrors(403);
    const callback = page.waitForResponse((res) => new URL(res.url()).pathname === `/sso/oidc/${account.accountId}/callback`);
    await ssoSignIn(page, 'bob@initech.com');
    const answer = await callback;
    expect(answer.status()).toBe(403);
    await page.getByRole('heading', { name: 'Single sign-on did not work' }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain("You are not an administrator of this account in your identity provider's administrators group.");
    expect(text).not.toMatch(/[{}]/);
    // not signed in: the console asks to sign in
    await page.goto('/subscriptions');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    const members = (await account.admin.get(`/v1/accounts/${account.accountId}/members`)).body.data as any[];
    expect(members.map((m) => m.email)).not.toContain('bob@initech.com');
  });

  it('connects SAML from the form (metadata pasted) after a refused OpenID Connect issuer; with Require SSO, a password sign-in is sent to SSO', async () => {
    const account = await seedAccount(server, 10);
    await verifyDomain(account.admin, dns, account.accountId, 'globex.com');
    const root = await addMember(account, { email: 'root@globex-ops.net', name: 'Rita Root', role: 'account_admin' });
    const gina = await addMember(account, { email: 'gina@globex.com', name: 'Gina', role: 'account_admin' });
    const saml = await createSamlIdp();

    const { page, allowHttpErrors } = await e2e.open(server.url);
    allowHttpErrors(400, 404);
    await signIn(page, root.email, PASSWORD, { path: '/sso' });
    await page.getByRole('heading', { name: 'Single sign-on' }).waitFor();
    await page.getByText('No connection yet: nobody can sign in with SSO until you save one.').waitFor();
    // Before any connection, the SAML values are there to paste.
    const values = page.getByTestId('provider-values');
    expect(await values.getByTestId('copy-Entity ID').innerText()).toBe(`${server.config.publicUrl}/sso/saml/${account.accountId}`);
    expect(await values.getByTestId('copy-Reply URL (ACS)').innerText()).toBe(`${server.config.publicUrl}/sso/saml/${account.accountId}/acs`);
    expect(await values.getByRole('link').getAttribute('href')).toBe(`${server.config.publicUrl}/sso/saml/${account.accountId}/metadata`);

    // OpenID Connect with a plain-http issuer off loopback: refused, in words next to the form.
    const form = page.getByRole('form', { name: 'Identity provider connection' });
    await form.getByText('OpenID Connect').click();
    await values.getByTestId('copy-Redirect URI').waitFor();
    await form.getByLabel('Issuer URL').fill('http://idp.example.com');
    await form.getByLabel('Client ID').fill('allot');
    await form.getByLabel('Client secret').fill('a-client-secret');
    await form.getByRole('button', { name: 'Connect' }).click();
    const refused = form.getByRole('alert');
    await refused.getByText('The connection was not saved').waitFor();
    expect(await refused.innerText()).toContain('Issuer URL must be an https:// URL');
    expect(await refused.innerText()).not.toMatch(/INVALID_REQUEST|body\//);
    await pageShot(page, 'sso-connection-error');

    // SAML from the metadata document, with an admin group and Require SSO.
    await form.getByText('SAML 2.0').click();
    await form.getByLabel('Metadata document (XML)').fill(saml.metadataXml);
    await form.getByLabel('Administrators group').fill(ADMINS);
    await form.getByRole('switch', { name: 'Require SSO for the console' }).check();
    expect(await page.getByTestId('enforce-warning').innerText()).toContain('globex.com');
    await form.getByRole('button', { name: 'Connect' }).click();
    await page.getByTestId('saved-connection').getByText('Connected').waitFor();
    const saved = (await account.admin.get(`/v1/accounts/${account.accountId}/sso`)).body;
    expect(saved).toMatchObject({ protocol: 'saml', idpEntityId: saml.entityId, adminGroup: ADMINS, enforce: true });
    const certificates = page.getByTestId('certificates');
    expect(await certificates.innerText()).toContain(saved.idpCertificates[0].fingerprintSha256);
    expect(await certificates.innerText()).toContain(saved.idpCertificates[0].subject);
    // the form now holds the saved values, as the three fields
    expect(await form.getByRole('textbox', { name: 'Entity ID' }).inputValue()).toBe(saml.entityId);
    await pageShot(page, 'sso-page-saml');

    // Gina's address is on the verified domain: her password no longer opens the console.
    const other = await e2e.open(server.url);
    other.allowHttpErrors(403);
    await other.page.goto('/sign-in');
    await other.page.getByLabel('Email').fill(gina.email);
    await other.page.getByLabel('Password').fill(PASSWORD);
    await other.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await other.page.getByRole('heading', { name: 'Sign in with SSO' }).waitFor();
    await other.page.getByText('Your organization uses single sign-on').waitFor();
    expect(await other.page.getByLabel('Work email').inputValue()).toBe(gina.email);
    await screenshots(other.page, 'sso-required');
  });
});

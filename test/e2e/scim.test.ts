/**
 * SCIM in the console: an Account Administrator makes a SCIM token on the SSO page (the token
 * shown once, with the base URL) and revokes another (its next use is refused); the Users page
 * tells people SCIM provisioned (by which token, when) from people who only signed in, and shows
 * a person SCIM deactivated ("Deactivated", their seat freed) apart from one SCIM deleted
 * ("Deprovisioned", no way back from the console). People and groups are provisioned through
 * the use-cases with a SCIM token's caller (services.scim), as the /scim/v2 routes call them;
 * seats are taken by SSO device sign-ins against a real OpenID provider. SQLite only (see
 * support.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Caller } from '../../src/app/context.ts';
import type { ScimUserDoc } from '../../src/app/scim-resources.ts';
import { describeE2E, RESULTS_DIR, screenshots, signIn, useBrowser } from '../helpers/browser.ts';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.ts';
import type { TestServer } from '../helpers/harness.ts';
import { connectIdp, deviceSignIn, ssoActivate, verifyDomain, type ConnectedIdp } from '../helpers/sso.ts';
import { addMember, createKey, PASSWORD, row, seedAccount, startSsoConsoleServer, type Account } from './support.ts';

/** The viewport at 1280 px and 900 px, as a person sees an open dialog over the page. */
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

async function pageShot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshots(page, name);
}

/** A SCIM User as Entra ID sends one (its default attribute mappings). */
const entraUser = (email: string, given: string, family: string, objectId: string): ScimUserDoc => ({
  userName: email,
  active: true,
  displayName: `${given} ${family}`,
  name: { givenName: given, familyName: family },
  emails: [{ value: email, type: 'work', primary: true }],
  externalId: objectId,
});

describeE2E('console: SCIM', () => {
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

  async function makeToken(account: Account, name: string): Promise<string> {
    const res = await account.admin.post(`/v1/accounts/${account.accountId}/scim-tokens`, { name });
    expect(res.status, res.text).toBe(201);
    return res.body.token;
  }

  /** The caller the /scim/v2 routes make of a bearer token. */
  async function scimCaller(token: string): Promise<Caller> {
    const actor = await server.runtime.services.authenticateScim(token);
    expect(actor).not.toBeNull();
    return { actor: actor!, requestId: null };
  }

  it('makes a SCIM token on the SSO page, shown once with the base URL, and revokes another', async () => {
    const account = await seedAccount(server, 10);
    const root = await addMember(account, { email: 'root@acme-ops.net', name: 'Rita Root', role: 'account_admin' });
    const okta = await makeToken(account, 'Okta (old tenant)');

    const { page, allowHttpErrors } = await e2e.open(server.url);
    allowHttpErrors(404); // no identity provider connected: GET sso answers SSO_NOT_CONFIGURED
    await signIn(page, root.email, PASSWORD, { path: '/sso' });
    const card = page.getByTestId('scim');
    await card.getByRole('heading', { name: 'Provisioning (SCIM)' }).waitFor();
    await card.getByText('On', { exact: true }).waitFor();
    const baseUrl = `${server.config.publicUrl}/scim/v2`;
    expect(await card.getByTestId('copy-SCIM base URL').innerText()).toBe(baseUrl);
    await card.getByRole('button', { name: 'Copy the scim base url' }).waitFor();
    expect(await card.innerText()).toContain('loses their seat at once');
    expect(await card.innerText()).toContain('docs/scim.md');
    const oktaRow = page.getByTestId('scim-token-Okta (old tenant)');
    expect(await oktaRow.innerText()).toContain(`${okta.slice(0, 17)}…`);
    await oktaRow.getByText('Never', { exact: true }).waitFor();

    // A new token: named, then shown once with the base URL.
    await card.getByRole('button', { name: 'New token' }).click();
    const naming = page.getByRole('dialog', { name: 'New SCIM token' });
    await naming.getByLabel('Name').fill('Entra ID');
    await naming.getByRole('button', { name: 'Make token' }).click();
    const shown = page.getByRole('dialog', { name: 'SCIM token “Entra ID”' });
    await shown.getByText('Copy the token now').waitFor();
    expect(await shown.innerText()).toContain('It will not be shown again');
    const token = await shown.getByTestId('copy-Secret token').innerText();
    expect(token).toMatch(/^allot_scim_[A-Za-z0-9_-]{43}$/);
    expect(await shown.getByTestId('copy-SCIM base URL').innerText()).toBe(baseUrl);
    await shown.getByRole('button', { name: 'Copy the secret token' }).waitFor();
    await viewportShot(page, 'scim-token-created');
    await shown.getByRole('button', { name: 'Done' }).click();
    await shown.waitFor({ state: 'hidden' });

    // It works, once, on the account; only its start stays on the page.
    const actor = await server.runtime.services.authenticateScim(token);
    expect(actor).toMatchObject({ type: 'scim', accountId: account.accountId, name: 'Entra ID' });
    const entraRow = page.getByTestId('scim-token-Entra ID');
    await entraRow.getByText('Active', { exact: true }).waitFor();
    expect(await entraRow.innerText()).toContain(`${token.slice(0, 17)}…`);
    expect(await page.locator('body').innerText()).not.toContain(token);

    // Revoking the old one: confirmed, then refused at its next use.
    await oktaRow.getByRole('button', { name: 'Revoke Okta (old tenant)' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke “Okta (old tenant)”?' });
    expect(await confirm.innerText()).toContain('The people and groups it provisioned stay as they are.');
    expect(await confirm.innerText()).not.toContain('SCIM turns off'); // Entra ID's token is still live
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await oktaRow.getByText('Revoked', { exact: true }).waitFor();
    expect(await oktaRow.getByRole('button', { name: /Revoke/ }).count()).toBe(0);
    expect(await server.runtime.services.authenticateScim(okta)).toBeNull();
    const listed = (await account.admin.get(`/v1/accounts/${account.accountId}/scim-tokens`)).body;
    expect(listed.data.map((t: any) => [t.name, t.revokedAt !== null])).toEqual(
      expect.arrayContaining([
        ['Entra ID', false],
        ['Okta (old tenant)', true],
      ]),
    );
    await page.reload();
    await entraRow.waitFor();
    await pageShot(page, 'scim-sso-page');

    // The last live token: its confirmation says SCIM turns off.
    await entraRow.getByRole('button', { name: 'Revoke Entra ID' }).click();
    const last = page.getByRole('dialog', { name: 'Revoke “Entra ID”?' });
    expect(await last.innerText()).toContain('SCIM turns off');
    await last.getByRole('button', { name: 'Cancel' }).click();
  });

  it('the Users page tells provisioned people from signed-in ones, and deactivated from deprovisioned', async () => {
    const account = await seedAccount(server, 10);
    await verifyDomain(account.admin, dns, account.accountId, 'acme.com');
    const idp = await connectIdp(server, account.admin, account.accountId, 'oidc', { adminGroup: 'allot-admins' });
    idps.push(idp);
    const productCode = (await account.admin.get(`/v1/subscriptions/${account.subscriptionId}`)).body.product.code;
    const engineering = await createKey(account, { name: 'Engineering', type: 'dynamic', maxSeats: 5 });
    const mapped = await account.admin.patch(`/v1/keys/${engineering.id}`, { ssoGroups: ['Engineering'], ssoPriority: 10 });
    expect(mapped.status, mapped.text).toBe(200);
    const root = await addMember(account, { email: 'rita@acme-ops.net', name: 'Rita Root', role: 'account_admin' });

    // Before SCIM: Sam signs in and takes a seat on the primary key.
    const sam = await deviceSignIn(server, idp, productCode, { email: 'sam@acme.com', name: 'Sam Signin', groups: ['Sales'] });
    expect((await ssoActivate(account.admin, sam, 'sam')).status).toBe(201);

    // Entra ID provisions Ana, Carl and Dora, and the Engineering group with all three.
    const scim = await scimCaller(await makeToken(account, 'Entra ID'));
    const ana = await server.runtime.services.scim.users.create(scim, entraUser('ana@acme.com', 'Ana', 'Admin', 'a0f1c7d2-1111-4a6e-9d1b-5f0c2e7a9b01'));
    const carl = await server.runtime.services.scim.users.create(scim, entraUser('carl@acme.com', 'Carl', 'Coder', 'c0f1c7d2-2222-4a6e-9d1b-5f0c2e7a9b02'));
    const dora = await server.runtime.services.scim.users.create(scim, entraUser('dora@acme.com', 'Dora', 'Dev', 'd0f1c7d2-3333-4a6e-9d1b-5f0c2e7a9b03'));
    await server.runtime.services.scim.groups.create(scim, { doc: { displayName: 'Engineering', externalId: 'e9a4b1c0-7777-4d2f-8a3e-1b2c3d4e5f60' }, members: [ana.id, carl.id, dora.id] });

    // Each signs in on a device: a seat on Engineering, the key their SCIM group maps to.
    for (const [n, person] of [
      ['ana', { email: 'ana@acme.com', name: 'Ana Admin' }],
      ['carl', { email: 'carl@acme.com', name: 'Carl Coder' }],
      ['dora', { email: 'dora@acme.com', name: 'Dora Dev' }],
    ] as const) {
      const signedIn = await deviceSignIn(server, idp, productCode, { ...person, groups: [] });
      const activated = await ssoActivate(account.admin, signedIn, n);
      expect(activated.status, activated.text).toBe(201);
    }
    expect((await account.admin.get(`/v1/keys/${engineering.id}`)).body.used).toBe(3);

    // Carl is set inactive (Entra's soft delete), Dora is deleted: both seats come back at once.
    await server.runtime.services.scim.users.patch(scim, carl.id, (current: ScimUserDoc & { active: boolean }) => ({ ...current, active: false }));
    await server.runtime.services.scim.users.delete(scim, dora.id);
    expect((await account.admin.get(`/v1/keys/${engineering.id}`)).body.used).toBe(1);

    const { page } = await e2e.open(server.url);
    await signIn(page, root.email, PASSWORD, { path: '/sso-users' });
    await page.getByRole('heading', { name: 'Users' }).waitFor();

    const anaRow = row(page, 'ana@acme.com');
    await anaRow.waitFor();
    await anaRow.getByText('SCIM', { exact: true }).waitFor();
    const listed = (await account.admin.get(`/v1/accounts/${account.accountId}/sso-users`)).body.data as any[];
    const anaView = listed.find((u) => u.id === ana.id);
    expect(anaView.provisioning).toMatchObject({ provider: 'Entra ID', userName: 'ana@acme.com', deprovisionedAt: null });
    const provisionedOn = new Date(anaView.provisioning.provisionedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
    expect(await anaRow.getByText(/^Entra ID · /).innerText()).toBe(`Entra ID · ${provisionedOn}`);
    await anaRow.getByText('Engineering', { exact: true }).first().waitFor();
    await anaRow.getByText('Active', { exact: true }).waitFor();
    expect(await anaRow.innerText()).not.toContain('No seat');

    const carlRow = row(page, 'carl@acme.com');
    await carlRow.getByText('Deactivated', { exact: true }).waitFor();
    await carlRow.getByText(/^Entra ID · /).waitFor();
    expect(await carlRow.innerText()).toContain('No seat');
    await carlRow.getByRole('button', { name: 'Reactivate Carl Coder' }).waitFor();

    const doraRow = row(page, 'dora@acme.com');
    await doraRow.getByText('Deprovisioned', { exact: true }).waitFor();
    await doraRow.getByText(/^Removed /).waitFor();
    expect(await doraRow.getByText('Deactivated', { exact: true }).count()).toBe(0);
    expect(await doraRow.getByRole('button').count()).toBe(0); // back only through SCIM
    expect(await doraRow.innerText()).toContain('No seat');

    const samRow = row(page, 'sam@acme.com');
    await samRow.getByText('Signed in only').waitFor();
    await samRow.getByText('Sales', { exact: true }).waitFor();
    expect(await samRow.innerText()).toContain('Primary key');
    await pageShot(page, 'scim-users');

    // The source filter keeps to the URL and narrows the list.
    await page.getByLabel('Source', { exact: true }).click();
    await page.getByRole('option', { name: 'Provisioned by SCIM' }).click();
    await page.waitForURL((url) => url.searchParams.get('source') === 'scim');
    await samRow.waitFor({ state: 'detached' });
    await doraRow.waitFor();
    await page.getByLabel('Source', { exact: true }).click();
    await page.getByRole('option', { name: 'Signed in only' }).click();
    await page.waitForURL((url) => url.searchParams.get('source') === 'sign-in');
    await anaRow.waitFor({ state: 'detached' });
    await samRow.waitFor();

    // The audit log names SCIM, by its token, as the actor of what it did.
    await page.goto('/audit-log');
    const deprovisioned = row(page, 'User deprovisioned by SCIM');
    await deprovisioned.waitFor();
    expect(await deprovisioned.innerText()).toContain('SCIM (“Entra ID”)');
    const groupMade = row(page, 'Group provisioned by SCIM');
    await groupMade.waitFor();
    expect((await groupMade.getByRole('cell').nth(2).innerText()).split('\n').filter(Boolean)).toEqual(['Group provisioned by SCIM', 'Engineering']); // the group, by its name
    await pageShot(page, 'scim-audit-log');
  });
});

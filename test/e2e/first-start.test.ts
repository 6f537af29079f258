/**
 * The first start (issue 10): on a server where nobody can sign in yet, the sign-in page says
 * how to make the first administrator; once one exists, it says nothing of it. SQLite only
 * (see support.ts).
 */
import { expect, it } from 'vitest';
import { describeE2E, screenshots, useBrowser } from '../helpers/browser.ts';
import { addMember, seedAccount, useConsoleServer } from './support.ts';

describeE2E('console: first start', () => {
  const e2e = useBrowser();
  const ctx = useConsoleServer();

  it('tells a newcomer on the sign-in page to run npx allot setup, until an administrator exists', async () => {
    const { page } = await e2e.open(ctx.server.url);
    await page.goto(`${ctx.server.url}/sign-in`);
    const hint = page.getByTestId('setup-needed');
    await hint.waitFor();
    expect(await hint.innerText()).toContain('npx allot setup');
    await screenshots(page, 'first-start-sign-in');

    const account = await seedAccount(ctx.server, 5);
    await addMember(account, { email: 'ana@first.test', name: 'Ana Admin', role: 'account_admin' });
    await page.reload();
    await page.getByLabel('Email').waitFor();
    expect(await page.getByTestId('setup-needed').count()).toBe(0);
  });
});

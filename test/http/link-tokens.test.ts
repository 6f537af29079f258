/**
 * Emailed set-password links carry their token in the URL's fragment, which a browser never
 * sends, and the request log writes no query value, so a link opened the old way (`?token=`)
 * leaves no usable token in the log either (issue 10).
 */
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { consoleClient, linkTokenOf } from '../helpers/session.ts';
import { eventually, mailEnv, startSmtp, type Smtp } from '../helpers/smtp.ts';

describe.each(dialects())('set-password links on %s', (dialect) => {
  let server: TestServer | undefined;
  let smtp: Smtp | undefined;
  afterEach(async () => {
    await server?.close();
    await smtp?.stop();
    server = smtp = undefined;
  });

  it('mails the token in the fragment, and no request log line holds it, however the link is opened', async () => {
    smtp = await startSmtp();
    const chunks: string[] = [];
    const logStream = new PassThrough();
    logStream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    server = await startTestServer(dialect, { env: { ALLOT_LOG_LEVEL: 'debug', ALLOT_PUBLIC_URL: 'https://licenses.example.com', ...mailEnv(smtp.url) }, logStream });
    const api = apiClient(server.app);
    const seed = await seedSubscription(api, 5);
    expect((await api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'bo@example.com', name: 'Bo', role: 'account_admin' })).status).toBe(201);
    const mail = await eventually('the invitation email', async () => smtp!.to('bo@example.com')[0]);
    expect(mail.text).toMatch(/https:\/\/licenses\.example\.com\/set-password#token=/);
    expect(mail.text).not.toMatch(/\?token=/);
    const token = linkTokenOf(mail.text, 'https://licenses.example.com');

    // A browser with a link mailed before the change would ask for the page with the token in the query.
    const page = await server.app.inject({ method: 'GET', url: `/set-password?token=${encodeURIComponent(token)}`, headers: { accept: 'text/html' } });
    expect(page.statusCode).toBeLessThan(500);
    const confirmed = await consoleClient(server.app).post('/v1/password-reset/confirm', { token, password: 'correct horse battery' });
    expect(confirmed.status, confirmed.text).toBe(200);

    await new Promise((r) => setImmediate(r));
    const logs = chunks.join('');
    expect(logs, 'the page request was logged').toContain('/set-password?token=~');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(encodeURIComponent(token));
  });
});

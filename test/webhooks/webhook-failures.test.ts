/**
 * Issue 16: a receiver that fails gets retries on the schedule (the recorded next attempts grow),
 * then the message has failed; failures in a row disable the endpoint, stop its messages, record
 * an audit event and email the account's administrators (real SMTP). SSRF: private and loopback
 * addresses are refused, at creation and at delivery, unless allow-listed; host names are resolved
 * through ALLOT_DNS_SERVERS (a real DNS server on loopback) when it is set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient, ok, refused } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { eventually, mailEnv, startSmtp, type Smtp } from '../helpers/smtp.ts';
import { startReceiver, webhookEnv, type Receiver } from '../helpers/webhook-receiver.ts';
import { dnsEnv, startDnsServer, type DnsServer } from '../helpers/dns-server.ts';

describe.each(dialects())('webhook failures on %s', (dialect) => {
  let server: TestServer | undefined;
  let receiver: Receiver | undefined;
  let smtp: Smtp | undefined;
  let dns: DnsServer | undefined;
  afterEach(async () => {
    await server?.close();
    await receiver?.close();
    await smtp?.stop();
    await dns?.close();
    server = receiver = smtp = dns = undefined;
  });

  it('retries a failing receiver with growing delays, then fails the message; a streak disables the endpoint and mails the administrators', async () => {
    receiver = await startReceiver();
    receiver.answer = () => 500;
    smtp = await startSmtp();
    // Four retries (five attempts) per message; the fifth failure in a row disables.
    server = await startTestServer(dialect, { env: { ...webhookEnv({ ALLOT_WEBHOOK_DISABLE_AFTER_FAILURES: '8' }), ...mailEnv(smtp.url) } });
    const api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);
    const admin = api.as(seed.adminToken);
    ok(await api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'boss@example.com', name: 'Boss', role: 'account_admin', password: 'a long enough password' }), 201);
    const made = ok(await admin.post('/v1/webhook-endpoints', { url: receiver.url, events: ['activation.created'] }), 201);
    receiver.secrets.push(made.secret);
    const id = made.endpoint.id;

    ok(await activate(api, seed.primaryKey, 1), 201);
    const failed = await eventually('the first message failed', async () => {
      const [d] = ok(await admin.get(`/v1/webhook-endpoints/${id}/deliveries`)).data;
      return d?.status === 'failed' ? d : undefined;
    });
    expect(failed).toMatchObject({ attempts: 5, lastStatusCode: 500, nextAttemptAt: null, lastResponse: 'receiver says no' });
    const detail = ok(await admin.get(`/v1/webhook-endpoints/${id}/deliveries/${failed.id}`));
    expect(detail.history).toHaveLength(5);
    // Each retry waits longer than the one before (20, 40, 80, 160 ms after its attempt).
    const waits = detail.history.slice(0, 4).map((a: any) => Date.parse(a.nextAttemptAt) - Date.parse(a.at));
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]);
    expect(waits).toEqual([20, 40, 80, 160]);
    expect(detail.history[4].nextAttemptAt).toBeNull();
    expect(receiver.received.filter((r) => r.id === failed.messageId)).toHaveLength(5);
    expect(receiver.received.every((r) => r.verified)).toBe(true);

    // Three more failures in a row: the streak reaches 8 and the endpoint is disabled.
    ok(await activate(api, seed.primaryKey, 2), 201);
    const disabled = await eventually('disabled', async () => {
      const e = ok(await admin.get(`/v1/webhook-endpoints/${id}`));
      return e.enabled ? undefined : e;
    });
    expect(disabled).toMatchObject({ enabled: false, failureStreak: 8, disabledReason: '8 failed attempts in a row' });
    const log = ok(await admin.get(`/v1/webhook-endpoints/${id}/deliveries`)).data;
    expect(log[0]).toMatchObject({ status: 'stopped', attempts: 3 });
    const [event] = ok(await admin.get('/v1/events?action=webhook_endpoint.disabled')).data;
    expect(event).toMatchObject({ target: { type: 'webhook_endpoint', id }, after: { enabled: false, failureStreak: 8 } });
    const mails = await smtp.waitFor(1);
    expect(mails[0]!.to).toEqual(['boss@example.com']);
    expect(mails[0]!.subject).toContain('was disabled');
    expect(mails[0]!.text).toContain(receiver.url);

    // Disabled, nothing more is sent; the test button says so.
    const before = receiver.received.length;
    ok(await activate(api, seed.primaryKey, 3), 201);
    refused(await admin.post(`/v1/webhook-endpoints/${id}/test`), 409, 'WEBHOOK_ENDPOINT_DISABLED');
    // Enabled again: the streak is reset, and redelivering the failed message goes out with its id.
    receiver.answer = () => 204;
    const enabled = ok(await admin.patch(`/v1/webhook-endpoints/${id}`, { enabled: true }));
    expect(enabled).toMatchObject({ enabled: true, failureStreak: 0, disabledAt: null });
    ok(await admin.post(`/v1/webhook-endpoints/${id}/deliveries/${failed.id}/redeliver`), 202);
    await eventually('redelivered', async () => receiver!.received.some((r, i) => i >= before && r.id === failed.messageId && r.answered === 204));
    expect(receiver.received.slice(before).map((r) => r.body.data.deviceName)).toEqual(['laptop-1']);
  });

  it("disabling the operator's own endpoint emails the active operator members, not an account's administrators", async () => {
    receiver = await startReceiver();
    receiver.answer = () => 503;
    smtp = await startSmtp();
    server = await startTestServer(dialect, { env: { ...webhookEnv({ ALLOT_WEBHOOK_DISABLE_AFTER_FAILURES: '2' }), ...mailEnv(smtp.url) } });
    const api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);
    for (const [email, name] of [['olivia@vendor.example', 'Olivia Ops'], ['oscar@vendor.example', 'Oscar Ops']])
      ok(await api.post('/v1/operator/members', { email, name, password: 'a long enough password' }), 201);
    const made = ok(await api.post('/v1/webhook-endpoints', { url: receiver.url, events: ['activation.created'] }), 201);
    expect(made.endpoint.accountId).toBeNull();

    ok(await activate(api, seed.primaryKey, 1), 201);
    await eventually('disabled', async () => !ok(await api.get(`/v1/webhook-endpoints/${made.endpoint.id}`)).enabled);
    const mails = await smtp.waitFor(2);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['olivia@vendor.example', 'oscar@vendor.example']);
    for (const mail of mails) {
      expect(mail.subject).toContain('was disabled');
      expect(mail.text).toContain(receiver.url);
      expect(mail.text).toContain('/operator/webhooks');
      expect(mail.text).toContain('an operator of this Allot server');
    }
  });

  it('refuses private, loopback and reserved addresses unless allow-listed, at creation and at delivery', async () => {
    server = await startTestServer(dialect);
    const api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);
    const admin = api.as(seed.adminToken);
    for (const url of ['https://127.0.0.1/h', 'https://10.1.2.3/h', 'https://[::1]/h', 'https://localhost/h', 'https://172.20.0.1/h', 'https://192.168.1.1/h', 'https://169.254.169.254/latest', 'https://100.64.0.1/h', 'https://[fd00::1]/h', 'https://[fe80::1]/h', 'https://[::ffff:127.0.0.1]/h', 'https://0.0.0.0/h', 'https://224.0.0.1/h', 'https://2130706433/h'])
      refused(await admin.post('/v1/webhook-endpoints', { url, events: ['key.blocked'] }), 400, 'WEBHOOK_URL_NOT_ALLOWED');
    // http only to allow-listed addresses.
    refused(await admin.post('/v1/webhook-endpoints', { url: 'http://93.184.215.14/h', events: ['key.blocked'] }), 400, 'WEBHOOK_URL_NOT_ALLOWED');
    expect(ok(await admin.get('/v1/webhook-endpoints')).data).toEqual([]);
  });

  it('resolves a webhook host through ALLOT_DNS_SERVERS (a real DNS server): every address must be public, at creation and again at delivery, where the connection goes to the address checked', async () => {
    dns = await startDnsServer();
    receiver = await startReceiver();
    const port = new URL(receiver.url).port;
    // Loopback by address is not allowed here: only the name hooks.internal is.
    const env = { ...webhookEnv({ ALLOT_WEBHOOK_ALLOWED_NETWORKS: 'hooks.internal', ALLOT_WEBHOOK_RETRY_SCHEDULE: '1h' }), ...dnsEnv(dns) };
    server = await startTestServer(dialect, { env });
    const api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);
    const admin = api.as(seed.adminToken);

    dns.setAddresses('hooks.example.test', ['93.184.215.14']);
    const made = ok(await admin.post('/v1/webhook-endpoints', { url: `https://hooks.example.test:${port}/hooks`, events: ['key.blocked'] }), 201);
    expect(dns.queries).toContain('hooks.example.test');
    // One private address among public ones (here its AAAA record) is enough to refuse; so is a name that does not exist.
    dns.setAddresses('mixed.example.test', ['93.184.215.14', 'fd00::1']);
    const mixed = refused(await admin.post('/v1/webhook-endpoints', { url: 'https://mixed.example.test/h', events: ['key.blocked'] }), 400, 'WEBHOOK_URL_NOT_ALLOWED');
    expect(mixed.message).toContain('fd00::1');
    const nowhere = refused(await admin.post('/v1/webhook-endpoints', { url: 'https://nowhere.example.test/h', events: ['key.blocked'] }), 400, 'WEBHOOK_URL_NOT_ALLOWED');
    expect(nowhere.message).toContain('nowhere.example.test does not resolve');

    // DNS now answers loopback for the endpoint's name: the delivery is refused before any connection.
    dns.setAddresses('hooks.example.test', ['127.0.0.1']);
    ok(await admin.post(`/v1/webhook-endpoints/${made.endpoint.id}/test`), 202);
    const attempt = await eventually('the attempt refused', async () => {
      const [d] = ok(await admin.get(`/v1/webhook-endpoints/${made.endpoint.id}/deliveries`)).data;
      return d?.attempts === 1 ? d : undefined;
    });
    expect(attempt).toMatchObject({ status: 'retrying', lastStatusCode: null });
    expect(attempt.lastError).toMatch(/127\.0\.0\.1/);

    // An allow-listed name that exists only in that DNS server: over http, to the address it resolved to.
    dns.setAddresses('hooks.internal', ['127.0.0.1']);
    const internal = ok(await admin.post('/v1/webhook-endpoints', { url: `http://hooks.internal:${port}/hooks`, events: ['key.blocked'] }), 201);
    receiver.secrets.push(internal.secret);
    ok(await admin.post(`/v1/webhook-endpoints/${internal.endpoint.id}/test`), 202);
    await eventually('delivered', async () => receiver!.received.length === 1);
    expect(receiver.received[0]).toMatchObject({ verified: true, answered: 200 });
    const [delivered] = ok(await admin.get(`/v1/webhook-endpoints/${internal.endpoint.id}/deliveries`)).data;
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200 });

    // DNS that does not answer: refused (a 400 that says so, never a 5xx), nothing created.
    const before = ok(await admin.get('/v1/webhook-endpoints')).data.length;
    await dns.close();
    const silent = refused(await admin.post('/v1/webhook-endpoints', { url: 'https://hooks.example.test/h', events: ['key.blocked'] }), 400, 'WEBHOOK_URL_NOT_ALLOWED');
    expect(silent.message).toMatch(/DNS did not answer for hooks\.example\.test \(E[A-Z]+\)/);
    expect(ok(await admin.get('/v1/webhook-endpoints')).data).toHaveLength(before);
    dns = undefined;
  });
});

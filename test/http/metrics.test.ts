/**
 * GET /metrics (boot/metrics.ts, docs/operations.md "Metrics"): off unless configured, behind
 * its token on the main port or alone on a port of its own, parseable, and moving as devices
 * are decided and mail goes out; labels stay bounded (route templates, codes, product codes).
 */
import parsePrometheusTextFormat, { type Family } from 'parse-prometheus-text-format';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/boot/config.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { noteSecret } from '../helpers/run-log.ts';
import { eventually, mailEnv, startSmtp, type Smtp } from '../helpers/smtp.ts';
import { connectIdp, deviceSignIn, ssoActivate, ssoScene } from '../helpers/sso.ts';

const METRICS_TOKEN = 'test-metrics-token-0123456789abcdef';
noteSecret(METRICS_TOKEN);

type Labels = Record<string, string>;

/**
 * The families of a scrape, by name. The parser keeps only the first series of a histogram with
 * labels (and drops its labels), so each histogram is also read as its plain series:
 * `<name>_bucket`, `<name>_sum`, `<name>_count`, each sample with its labels.
 */
function parse(text: string): Map<string, Family> {
  const families = new Map(parsePrometheusTextFormat(text).map((f) => [f.name, f]));
  const series = parsePrometheusTextFormat(text.replace(/^# TYPE (\S+) histogram$/gm, '# TYPE $1 untyped'));
  for (const f of series) {
    const base = /^(.+)_(?:bucket|sum|count)$/.exec(f.name)?.[1];
    if (!base || families.get(base)?.type !== 'HISTOGRAM') continue;
    // Each label set's lines come together: its `_count` is one family here, to add to the others'.
    const seen = families.get(f.name);
    families.set(f.name, seen ? { ...seen, metrics: [...seen.metrics, ...f.metrics] } : f);
  }
  return families;
}

/** The value of the sample of `name` whose labels include `labels` (0 when there is none). */
function value(families: Map<string, Family>, name: string, labels: Labels = {}): number {
  const family = families.get(name);
  const sample = family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  if (!sample) return 0;
  return Number(sample.value ?? sample.count);
}

/** Sum of every sample of a counter or gauge whose labels include `labels`. */
function total(families: Map<string, Family>, name: string, labels: Labels = {}): number {
  return (families.get(name)?.metrics ?? [])
    .filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))
    .reduce((n, m) => n + Number(m.value ?? m.count), 0);
}

describe('metrics configuration', () => {
  it('is off unless a token or a port is given; the listener defaults to loopback', () => {
    expect(readConfig({})).toMatchObject({ metricsToken: null, metricsPort: null, metricsHost: '127.0.0.1' });
    expect(readConfig({ ALLOT_METRICS_TOKEN: METRICS_TOKEN, ALLOT_METRICS_PORT: '9464', ALLOT_METRICS_HOST: '10.0.0.5' })).toMatchObject({
      metricsToken: METRICS_TOKEN,
      metricsPort: 9464,
      metricsHost: '10.0.0.5',
    });
  });

  it('refuses a short or spaced token, a port out of range, and the main port', () => {
    for (const env of [{ ALLOT_METRICS_TOKEN: 'short' }, { ALLOT_METRICS_TOKEN: 'has a space in it 0123456789' }, { ALLOT_METRICS_PORT: '70000' }, { ALLOT_METRICS_PORT: 'x' }, { ALLOT_PORT: '8080', ALLOT_METRICS_PORT: '8080' }])
      expect(() => readConfig(env), JSON.stringify(env)).toThrow(ConfigError);
  });
});

describe.each(dialects())('/metrics on %s', (dialect) => {
  let server: TestServer | undefined;
  let smtp: Smtp | undefined;

  afterEach(async () => {
    await server?.close();
    await smtp?.stop();
    server = undefined;
    smtp = undefined;
  });

  async function boot(env: Record<string, string> = { ALLOT_METRICS_TOKEN: METRICS_TOKEN }, sweeps = false): Promise<{ server: TestServer; api: Api }> {
    server = await startTestServer(dialect, { env, sweeps });
    return { server, api: apiClient(server.app) };
  }

  const scrapeAt = async (s: TestServer) => {
    const res = await s.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.statusCode, res.body).toBe(200);
    return parse(res.body);
  };

  it('is off by default: 404, and no such route', async () => {
    const { server } = await boot({});
    const res = await server.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.statusCode).toBe(404);
    expect(server.app.routeRules.some((r) => r.url === '/metrics')).toBe(false);
    expect(server.metricsUrl).toBeNull();
  });

  it('wants the metrics token on the main port: 401 without it or with another token, 200 in the text format with it', async () => {
    const { server } = await boot();
    const get = (authorization?: string) => server.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
    const none = await get();
    expect(none.statusCode).toBe(401);
    expect(JSON.parse(none.body).error.code).toBe('UNAUTHORIZED');
    for (const wrong of [`Bearer ${METRICS_TOKEN}x`, 'Bearer short', `Bearer test-operator-token-0123456789`, `Basic ${METRICS_TOKEN}`])
      expect((await get(wrong)).statusCode, wrong).toBe(401);
    const res = await get(`Bearer ${METRICS_TOKEN}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parse(res.body);
    expect(value(families, 'allot_build_info')).toBe(1);
    expect(families.get('allot_build_info')!.metrics[0]!.labels!.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(families.get('process_cpu_user_seconds_total')?.type).toBe('COUNTER');
    expect(families.get('nodejs_eventloop_lag_seconds')?.type).toBe('GAUGE');
    expect(value(families, 'allot_sweep_interval_seconds')).toBe(server.config.sweepIntervalMs / 1000);
    // The route is documented with its own security scheme.
    const doc = JSON.parse((await server.app.inject({ method: 'GET', url: '/openapi.json' })).body);
    expect(doc.paths['/metrics'].get.security).toEqual([{ metrics: [] }]);
    expect(doc.components.securitySchemes.metrics).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('serves on a port of its own without a token, and the main port then does not serve it', async () => {
    const { server } = await boot({ ALLOT_METRICS_PORT: '0' });
    expect(server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const res = await fetch(server.metricsUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(value(parse(await res.text()), 'allot_build_info')).toBe(1);
    expect((await fetch(server.metricsUrl!.replace('/metrics', '/v1/system'))).status).toBe(404);
    expect((await fetch(server.metricsUrl!, { method: 'POST' })).status).toBe(404);
    const main = await server.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(main.statusCode).toBe(404);
  });

  it('counts activations and refusals by code, check-ins, seats per product, and times routes by their template', async () => {
    const { server, api } = await boot();
    const seed: Seeded = await seedSubscription(api, 2);
    expect((await activate(api, seed.primaryKey, 1)).status).toBe(201);
    const second = await activate(api, seed.primaryKey, 2);
    expect(second.status).toBe(201);
    expect((await activate(api, seed.primaryKey, 3)).body.error.code).toBe('NO_SEATS_POOL');
    expect((await activate(api, 'not-a-key', 4)).body.error.code).toBe('KEY_NOT_FOUND');
    expect((await api.as(null).post('/v1/client/check-in', { activationId: second.body.activation.id, fingerprint: 'fp-2' })).status).toBe(200);
    expect((await api.post(`/v1/keys/${seed.primaryKeyId}/block`)).status).toBe(200);
    expect((await activate(api, seed.primaryKey, 5)).body.error.code).toBe('KEY_BLOCKED');
    expect((await api.as(null).post('/v1/client/check-in', { activationId: second.body.activation.id, fingerprint: 'fp-2' })).body.error.code).toBe('KEY_BLOCKED');
    expect((await api.as(null).post('/v1/client/deactivate', { activationId: second.body.activation.id, fingerprint: 'fp-x' })).body.error.code).toBe('FINGERPRINT_MISMATCH');
    expect((await api.as(null).post('/v1/client/deactivate', { activationId: second.body.activation.id, fingerprint: 'fp-2' })).status).toBe(200);
    const dyn = await createKey(api.as(seed.adminToken), seed.subscriptionId, { type: 'dynamic', maxSeats: 1 });
    expect(dyn.status).toBe(201);

    const m = await scrapeAt(server);
    const decision = (kind: string, code: string) => value(m, 'allot_device_decisions_total', { kind, code });
    expect(decision('activation', 'ok')).toBe(2);
    expect(decision('activation', 'NO_SEATS_POOL')).toBe(1);
    expect(decision('activation', 'KEY_NOT_FOUND')).toBe(1);
    expect(decision('activation', 'KEY_BLOCKED')).toBe(1);
    expect(decision('check_in', 'ok')).toBe(1);
    expect(decision('check_in', 'KEY_BLOCKED')).toBe(1);
    expect(decision('deactivation', 'FINGERPRINT_MISMATCH')).toBe(1);
    expect(decision('deactivation', 'ok')).toBe(1);
    expect(total(m, 'allot_device_decisions_total')).toBe(9);

    const product = (await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.product;
    const code = typeof product === 'string' ? product : product.code;
    expect(value(m, 'allot_seats_total', { product: code })).toBe(2);
    expect(value(m, 'allot_seats_used', { product: code })).toBe(1);

    // Routes by their template, with the status class; never an id.
    expect(m.get('allot_http_request_duration_seconds')!.type).toBe('HISTOGRAM');
    const routeLabels = new Set(m.get('allot_http_request_duration_seconds_count')!.metrics.map((s) => s.labels!.route));
    expect(routeLabels).toContain('/v1/keys/:id/block');
    expect(routeLabels).toContain('/v1/client/activate');
    expect(value(m, 'allot_http_requests_total', { route: '/v1/client/activate', method: 'POST', status_class: '4xx' })).toBe(3);
    expect(value(m, 'allot_http_requests_total', { route: '/v1/client/activate', method: 'POST', status_class: '2xx' })).toBe(2);
    expect(value(m, 'allot_http_request_duration_seconds_count', { route: '/v1/client/activate', status_class: '2xx' })).toBe(2);
    expect(value(m, 'allot_http_request_duration_seconds_bucket', { route: '/v1/client/activate', status_class: '2xx', le: '+Inf' })).toBe(2);

    // No label anywhere names an account, a subscription, a key or a device.
    const secrets = [seed.accountId, seed.subscriptionId, seed.primaryKeyId, seed.primaryKey, dyn.body.id, second.body.activation.id, 'fp-1', 'fp-2'];
    const labelNames = new Set<string>();
    for (const family of m.values())
      for (const sample of family.metrics)
        for (const [name, v] of Object.entries(sample.labels ?? {})) {
          labelNames.add(name);
          for (const s of secrets) expect(v, `${family.name}{${name}}`).not.toContain(s);
        }
    for (const name of labelNames) expect(name).not.toMatch(/account|tenant|subscription|device|fingerprint|key_id|user|email/);

    // The group commit's histograms saw the device writes.
    expect(value(m, 'allot_shared_transaction_writes_count')).toBeGreaterThan(0);
    expect(m.get('allot_store_queued_writes')?.metrics[0]?.value).toBe('0');
    // The pool's gauges where there is a pool; SQLite has one connection and none.
    if (dialect === 'postgres') {
      expect(value(m, 'allot_db_pool_connections', { state: 'open' })).toBeGreaterThan(0);
      // The scrape's own read may be waiting for its connection at that moment.
      expect(Number(m.get('allot_db_pool_waiting')?.metrics[0]?.value)).toBeGreaterThanOrEqual(0);
    } else expect([m.has('allot_db_pool_connections'), m.has('allot_db_pool_waiting')]).toEqual([false, false]);
  });

  it('unknown URLs share one route label', async () => {
    const { server } = await boot();
    for (const path of ['/nope/1', '/nope/2', '/v1/keys/abc/unknown']) expect((await server.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    const m = await scrapeAt(server);
    const routes = new Set(m.get('allot_http_requests_total')!.metrics.map((s) => s.labels!.route));
    for (const r of routes) expect(r!.includes('nope') || r!.includes('abc'), r).toBe(false);
    expect(value(m, 'allot_http_requests_total', { route: 'unmatched', status_class: '4xx' })).toBe(3);
  });

  it('counts each request of a batched run once: the decisions add up to the requests made', async () => {
    const { server, api } = await boot();
    const seed = await seedSubscription(api, 30);
    const devices = Array.from({ length: 45 }, (_, i) => i);
    const answers = await Promise.all(devices.map((n) => activate(api, seed.primaryKey, `b${n}`)));
    const granted = answers.filter((a) => a.status === 201).length;
    expect(granted).toBe(30);
    const m = await scrapeAt(server);
    expect(value(m, 'allot_device_decisions_total', { kind: 'activation', code: 'ok' })).toBe(30);
    expect(value(m, 'allot_device_decisions_total', { kind: 'activation', code: 'NO_SEATS_POOL' })).toBe(15);
    expect(total(m, 'allot_device_decisions_total')).toBe(devices.length);
    // They were decided in runs (the batched path), not only one by one.
    expect(value(m, 'allot_batch_writes_count')).toBeGreaterThan(0);
    expect(value(m, 'allot_batch_writes_sum')).toBeGreaterThan(value(m, 'allot_batch_writes_count'));
  });

  it('shows the outbox backlog per kind, then mail deliveries as they go out', async () => {
    smtp = await startSmtp();
    const { server, api } = await boot({ ALLOT_METRICS_TOKEN: METRICS_TOKEN, ...mailEnv(smtp.url) });
    const seed = await seedSubscription(api, 5);
    const invited = await api.as(seed.adminToken).post(`/v1/keys/${seed.primaryKeyId}/invitations`, { emails: ['ana@example.com', 'bo@example.com'], language: 'en', expiresInDays: 7 });
    expect(invited.status, invited.text).toBe(201);
    await smtp.waitFor(2);
    const m = await eventually('two mail deliveries counted', async () => {
      const families = await scrapeAt(server);
      return value(families, 'allot_mail_deliveries_total', { outcome: 'sent' }) === 2 ? families : undefined;
    });
    expect(total(m, 'allot_mail_deliveries_total')).toBe(2);
    // Sent: nothing waits (the gauges are read at most every few seconds: wait for a fresh read).
    await eventually('an empty outbox', async () => {
      const families = await scrapeAt(server);
      return value(families, 'allot_outbox_messages', { kind: 'invitation' }) === 0 && value(families, 'allot_outbox_oldest_age_seconds', { kind: 'invitation' }) === 0;
    }, 15_000, 500);
  });

  it('counts SSO activations once each, granted or refused', async () => {
    const scene = await ssoScene(dialect, 5, { ALLOT_METRICS_TOKEN: METRICS_TOKEN });
    const idp = await connectIdp(scene.server, scene.admin, scene.acme.accountId, 'oidc');
    try {
      const signIn = await deviceSignIn(scene.server, idp, scene.product, { email: 'ada@acme.example', name: 'Ada' });
      expect((await ssoActivate(scene.operator, signIn, 'ada-1')).status).toBe(201);
      expect((await ssoActivate(scene.operator, signIn, 'ada-2')).body.error.code).toBe('SSO_CODE_INVALID');
      const m = await scrapeAt(scene.server);
      expect(value(m, 'allot_device_decisions_total', { kind: 'sso_activation', code: 'ok' })).toBe(1);
      expect(value(m, 'allot_device_decisions_total', { kind: 'sso_activation', code: 'SSO_CODE_INVALID' })).toBe(1);
      expect(total(m, 'allot_device_decisions_total')).toBe(2);
      expect(value(m, 'allot_http_requests_total', { route: '/v1/client/sso/activate', status_class: '2xx' })).toBe(1);
    } finally {
      await idp.close();
      await scene.close();
    }
  });

  it("shows when this node last swept, and that it leads the sweeps", async () => {
    const { server } = await boot({ ALLOT_METRICS_TOKEN: METRICS_TOKEN, ALLOT_SWEEP_INTERVAL_SECONDS: '1' }, true);
    const startedAt = Date.now() / 1000;
    const m = await eventually('a sweep round recorded', async () => {
      const families = await scrapeAt(server);
      return value(families, 'allot_sweep_last_run_timestamp_seconds') > 0 ? families : undefined;
    });
    expect(value(m, 'allot_sweep_last_run_timestamp_seconds')).toBeGreaterThanOrEqual(Math.floor(startedAt) - 1);
    expect(value(m, 'allot_sweep_leader')).toBe(1);
    expect(value(m, 'allot_sweep_failures_total')).toBe(0);
    expect(value(m, 'allot_sweep_interval_seconds')).toBe(1);
  });

  it('shows unsent mail waiting in the outbox, with its age', async () => {
    const { server, api } = await boot();
    const seed = await seedSubscription(api, 5);
    const invited = await api.as(seed.adminToken).post(`/v1/keys/${seed.primaryKeyId}/invitations`, { emails: ['ana@example.com', 'bo@example.com', 'cy@example.com'], language: 'en', expiresInDays: 7 });
    expect(invited.status, invited.text).toBe(201);
    const m = await scrapeAt(server);
    expect(value(m, 'allot_outbox_messages', { kind: 'invitation' })).toBe(3);
    expect(value(m, 'allot_outbox_oldest_age_seconds', { kind: 'invitation' })).toBeGreaterThanOrEqual(0);
    expect(m.get('allot_outbox_oldest_age_seconds')!.metrics.some((s) => s.labels?.kind === 'invitation')).toBe(true);
  });
});

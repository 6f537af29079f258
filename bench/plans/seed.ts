/**
 * A database of one subscription with N activations (a fifth of them ended) and N events,
 * for EXPLAIN and for timing the administrator's reads at scale (bench/plans/explain.ts).
 * One subscription, one device made through the API (the template row), the rest copied in SQL.
 */
import { randomBytes } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { readConfig } from '../../src/boot/config.ts';
import { startServer } from '../../src/boot/server.ts';

export interface Seeded {
  url: string;
  subscriptionId: string;
  keyId: string;
  operatorToken: string;
  masterKey: string;
}

export async function seed(url: string, n: number): Promise<Seeded> {
  const operatorToken = randomBytes(24).toString('hex');
  const masterKey = randomBytes(32).toString('base64');
  const config = readConfig({ ALLOT_DATABASE_URL: url, ALLOT_MASTER_KEY: masterKey, ALLOT_OPERATOR_TOKEN: operatorToken, ALLOT_HOST: '127.0.0.1', ALLOT_PORT: '0' });
  const server = await startServer(config, { listen: false, logs: false, mail: false, sweeps: false });
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const res = await server.app.inject({ method, url: path, headers: { authorization: `Bearer ${operatorToken}` }, ...(body !== undefined && { payload: body as object }) });
    if (res.statusCode >= 300) throw new Error(`${method} ${path}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  let subscriptionId: string;
  let keyId: string;
  try {
    await call('POST', '/v1/products', { code: 'growth', name: 'Growth', downloadUrl: 'https://example.com' });
    const account = await call('POST', '/v1/accounts', { name: 'Big Corp' });
    const sub = await call('POST', `/v1/accounts/${account.id}/subscriptions`, { product: 'growth', seats: 1_000_000, expiresAt: '2035-01-01T00:00:00Z' });
    subscriptionId = sub.id;
    keyId = sub.primaryKey.id;
    await call('POST', '/v1/client/activate', { key: sub.primaryKey.key, fingerprint: 'fp-template', device: { name: 'template', os: 'macOS 15', serial: 'SN0', mac: '00:00:00:00:00:00', appVersion: '1.0.0' } });
  } finally {
    await server.stop();
  }
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  if (url.startsWith('sqlite:')) {
    const db = new SqliteDatabase(url.slice('sqlite:'.length));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    const tx = db.transaction(() => {
      db.prepare(`WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?)
        INSERT INTO activations (id, subscription_id, account_id, key_id, fingerprint, activation_type, user_email, name, os, serial, mac, ip, app_version, status, end_reason, activated_at, last_check_in_at, ended_at, delivered_policy_version)
        SELECT printf('019a0000-%04x-7000-8000-%012x', i / 65536, i), a.subscription_id, a.account_id, a.key_id, printf('fp-%08d', i), a.activation_type,
          printf('user%d@example.com', i % 50000), printf('host-%07d', (i * 7919) % 1000003), CASE i % 3 WHEN 0 THEN 'Windows 11' WHEN 1 THEN 'macOS 15' ELSE 'Ubuntu 24.04' END,
          printf('SN%09d', (i * 104729) % 1000000007), printf('02:00:%02x:%02x:%02x:%02x', (i >> 24) & 255, (i >> 16) & 255, (i >> 8) & 255, i & 255), printf('10.%d.%d.%d', (i >> 16) & 255, (i >> 8) & 255, i & 255),
          printf('2.%d.0', i % 40), CASE WHEN i % 5 = 0 THEN 'deactivated' ELSE 'active' END, CASE WHEN i % 5 = 0 THEN 'admin' END,
          ? + i * 20000, ? + i * 20000 + (i % 1000) * 1000, CASE WHEN i % 5 = 0 THEN ? + i * 20000 + 86400000 END, NULL
        FROM s, (SELECT * FROM activations LIMIT 1) a`).run(n, t0, t0, t0);
      db.prepare(`WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?)
        INSERT INTO events (id, at, account_id, subscription_id, actor_type, actor_id, actor_name, action, target_type, target_id, before, after, request_id)
        SELECT printf('019a0000-%04x-7000-9000-%012x', i / 65536, i), ? + i * 20000, a.account_id, a.subscription_id, 'device', printf('fp-%08d', i), NULL,
          CASE WHEN i % 5 = 0 THEN 'activation.deactivated' ELSE 'activation.created' END, 'activation', printf('019a0000-%04x-7000-8000-%012x', i / 65536, i), NULL, '{"name":"x"}', NULL
        FROM s, (SELECT * FROM activations LIMIT 1) a`).run(n, t0);
      const active = Math.ceil(n * 0.8) + 1;
      db.prepare('UPDATE subscriptions SET used = ? WHERE id = ?').run(active, subscriptionId);
      db.prepare('UPDATE license_keys SET used = ? WHERE id = ?').run(active, keyId);
    });
    tx();
    db.exec('ANALYZE');
    db.close();
  } else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`INSERT INTO activations (id, subscription_id, account_id, key_id, fingerprint, activation_type, user_email, name, os, serial, mac, ip, app_version, status, end_reason, activated_at, last_check_in_at, ended_at, delivered_policy_version)
        SELECT '019a0000-' || lpad(to_hex(i / 65536), 4, '0') || '-7000-8000-' || lpad(to_hex(i), 12, '0'), a.subscription_id, a.account_id, a.key_id, 'fp-' || lpad(i::text, 8, '0'), a.activation_type,
          'user' || (i % 50000) || '@example.com', 'host-' || lpad(((i::bigint * 7919) % 1000003)::text, 7, '0'), CASE i % 3 WHEN 0 THEN 'Windows 11' WHEN 1 THEN 'macOS 15' ELSE 'Ubuntu 24.04' END,
          'SN' || lpad(((i::bigint * 104729) % 1000000007)::text, 9, '0'), '02:00:' || lpad(to_hex((i >> 24) & 255), 2, '0') || ':' || lpad(to_hex((i >> 16) & 255), 2, '0') || ':' || lpad(to_hex((i >> 8) & 255), 2, '0') || ':' || lpad(to_hex(i & 255), 2, '0'),
          '10.' || ((i >> 16) & 255) || '.' || ((i >> 8) & 255) || '.' || (i & 255), '2.' || (i % 40) || '.0', CASE WHEN i % 5 = 0 THEN 'deactivated' ELSE 'active' END, CASE WHEN i % 5 = 0 THEN 'admin' END,
          $2::bigint + i::bigint * 20000, $2::bigint + i::bigint * 20000 + (i % 1000) * 1000, CASE WHEN i % 5 = 0 THEN $2::bigint + i::bigint * 20000 + 86400000 END, NULL
        FROM generate_series(1, $1::int) i, (SELECT * FROM activations LIMIT 1) a`, [n, t0]);
      await client.query(`INSERT INTO events (id, at, account_id, subscription_id, actor_type, actor_id, actor_name, action, target_type, target_id, before, after, request_id)
        SELECT '019a0000-' || lpad(to_hex(i / 65536), 4, '0') || '-7000-9000-' || lpad(to_hex(i), 12, '0'), $2::bigint + i::bigint * 20000, a.account_id, a.subscription_id, 'device', 'fp-' || i, NULL,
          CASE WHEN i % 5 = 0 THEN 'activation.deactivated' ELSE 'activation.created' END, 'activation', '019a0000-' || lpad(to_hex(i / 65536), 4, '0') || '-7000-8000-' || lpad(to_hex(i), 12, '0'), NULL, '{"name":"x"}', NULL
        FROM generate_series(1, $1::int) i, (SELECT * FROM activations LIMIT 1) a`, [n, t0]);
      const active = Math.ceil(n * 0.8) + 1;
      await client.query('UPDATE subscriptions SET used = $1 WHERE id = $2', [active, subscriptionId]);
      await client.query('UPDATE license_keys SET used = $1 WHERE id = $2', [active, keyId]);
      await client.query('COMMIT');
      await client.query('VACUUM ANALYZE activations');
      await client.query('VACUUM ANALYZE events');
    } finally {
      await client.end();
    }
  }
  return { url, subscriptionId, keyId, operatorToken, masterKey };
}

import { expect } from 'vitest';
import type { Api } from './api.ts';

export const FUTURE = '2030-01-01T00:00:00.000Z';

export interface Seeded {
  accountId: string;
  subscriptionId: string;
  primaryKeyId: string;
  primaryKey: string;
  /** An account administrator's API token. */
  adminToken: string;
}

let seq = 0;

/** A product, an account with an admin token, and a subscription of `seats` seats. */
export async function seedSubscription(api: Api, seats: number, extra: Record<string, unknown> = {}): Promise<Seeded> {
  const code = `prod-${seq++}-${Math.random().toString(36).slice(2, 8)}`;
  expect((await api.post('/v1/products', { code, name: 'Desktop Pro', downloadUrl: 'https://example.com/dl' })).status).toBe(201);
  const account = await api.post('/v1/accounts', { name: 'Acme Corp' });
  expect(account.status).toBe(201);
  const sub = await api.post(`/v1/accounts/${account.body.id}/subscriptions`, { product: code, seats, expiresAt: FUTURE, ...extra });
  expect(sub.status, JSON.stringify(sub.body)).toBe(201);
  const token = await api.post(`/v1/accounts/${account.body.id}/tokens`, { name: 'admin' });
  expect(token.status).toBe(201);
  return {
    accountId: account.body.id,
    subscriptionId: sub.body.id,
    primaryKeyId: sub.body.primaryKey.id,
    primaryKey: sub.body.primaryKey.key,
    adminToken: token.body.token,
  };
}

export const device = (n: number | string) => ({
  fingerprint: `fp-${n}`,
  device: { name: `laptop-${n}`, os: 'macOS 15.1', serial: `SN${n}`, mac: '00:11:22:33:44:55', appVersion: '20.1.0' },
});

export async function activate(api: Api, key: string, n: number | string) {
  return api.as(null).post('/v1/client/activate', { key, ...device(n) });
}

export async function createKey(api: Api, subscriptionId: string, body: { name?: string; type: 'dynamic' | 'reserved'; maxSeats: number; expiresAt?: string }) {
  const res = await api.post(`/v1/subscriptions/${subscriptionId}/keys`, { name: body.name ?? `${body.type} key`, ...body });
  return res;
}

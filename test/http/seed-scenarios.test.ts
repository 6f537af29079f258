/**
 * The worked scenarios of the two seed documents, walked step by step through the API:
 * after every step the seat box and every key's used/available equal the formulas.
 *
 * Seed 002 ("Properties of a sublicense"): total, used, unused, available dynamic, available
 * reserved, and per key "Max lic.", used, available (dynamic: min(max − used, main pool);
 * reserved: max − used).
 * Seed 000 ("Creating sublicense keys"): a sublicense per group instead of the primary key;
 * users outside the groups draw on the primary key's main pool; keys renamed to the group.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

type Box = { total: number; used: number; unused: number; availableDynamic: number; availableReserved: number; reservedTotal: number; reservedUsed: number };
type Step =
  | { create: string; type: 'dynamic' | 'reserved'; max: number; refused?: string }
  | { activate: string; count: number; refused?: string }
  | { deactivate: string; count: number }
  | { patch: string; body: Record<string, unknown>; refused?: string }
  | { seats: number; refused?: string }
  | { remove: string; deactivateDevices: boolean; refused?: string }
  | { block: string }
  | { move: string; to: string; count: number; refused?: string };
interface Row {
  step: Step;
  box: Partial<Box>;
  keys?: Record<string, { used: number; available: number }>;
}

/** 002: 50 seats; one reserved and one dynamic sublicense; the main pool runs out while reserved seats remain. */
const properties: Row[] = [
  { step: { activate: 'primary', count: 0 }, box: { total: 50, used: 0, unused: 50, availableDynamic: 50, availableReserved: 0 }, keys: { primary: { used: 0, available: 50 } } },
  { step: { create: 'Design', type: 'reserved', max: 10 }, box: { unused: 50, availableDynamic: 40, availableReserved: 10, reservedTotal: 10 }, keys: { primary: { used: 0, available: 40 }, Design: { used: 0, available: 10 } } },
  { step: { create: 'Engineering', type: 'dynamic', max: 30 }, box: { availableDynamic: 40, availableReserved: 10 }, keys: { Engineering: { used: 0, available: 30 } } },
  { step: { activate: 'primary', count: 5 }, box: { used: 5, unused: 45, availableDynamic: 35, availableReserved: 10 }, keys: { primary: { used: 5, available: 35 }, Engineering: { used: 0, available: 30 } } },
  { step: { activate: 'Design', count: 8 }, box: { used: 13, unused: 37, availableDynamic: 35, availableReserved: 2, reservedUsed: 8 }, keys: { Design: { used: 8, available: 2 } } },
  { step: { activate: 'Engineering', count: 25 }, box: { used: 38, unused: 12, availableDynamic: 10, availableReserved: 2 }, keys: { Engineering: { used: 25, available: 5 }, primary: { used: 5, available: 10 } } },
  { step: { activate: 'primary', count: 10 }, box: { used: 48, unused: 2, availableDynamic: 0, availableReserved: 2 }, keys: { Engineering: { used: 25, available: 0 }, primary: { used: 15, available: 0 }, Design: { used: 8, available: 2 } } },
  { step: { activate: 'Engineering', count: 1, refused: 'NO_SEATS_POOL' }, box: { used: 48 } },
  { step: { activate: 'primary', count: 1, refused: 'NO_SEATS_POOL' }, box: { used: 48 } },
  { step: { activate: 'Design', count: 2 }, box: { used: 50, unused: 0, availableDynamic: 0, availableReserved: 0, reservedUsed: 10 }, keys: { Design: { used: 10, available: 0 } } },
  { step: { activate: 'Design', count: 1, refused: 'NO_SEATS_KEY' }, box: { used: 50 } },
  { step: { deactivate: 'Engineering', count: 3 }, box: { used: 47, unused: 3, availableDynamic: 3, availableReserved: 0 }, keys: { Engineering: { used: 22, available: 3 }, primary: { used: 15, available: 3 } } },
  { step: { create: 'Sales', type: 'reserved', max: 4, refused: 'NOT_ENOUGH_SEATS' }, box: { reservedTotal: 10, availableDynamic: 3 } },
  { step: { seats: 60 }, box: { total: 60, unused: 13, availableDynamic: 13 }, keys: { Engineering: { used: 22, available: 8 } } },
  { step: { seats: 46, refused: 'SEATS_BELOW_COMMITTED' }, box: { total: 60 } },
  { step: { seats: 47 }, box: { total: 47, unused: 0, availableDynamic: 0 } },
  { step: { seats: 60 }, box: { total: 60, availableDynamic: 13 } },
];

/** 000: one key per group, renamed; the primary key kept for users outside the groups; keys changed and deleted. */
const groups: Row[] = [
  { step: { create: 'Marketing', type: 'dynamic', max: 5 }, box: { total: 20, availableDynamic: 20 }, keys: { Marketing: { used: 0, available: 5 } } },
  { step: { create: 'QA lab', type: 'reserved', max: 6 }, box: { availableDynamic: 14, availableReserved: 6 }, keys: { Marketing: { used: 0, available: 5 }, primary: { used: 0, available: 14 } } },
  { step: { activate: 'Marketing', count: 5 }, box: { used: 5, availableDynamic: 9 }, keys: { Marketing: { used: 5, available: 0 } } },
  { step: { activate: 'Marketing', count: 1, refused: 'NO_SEATS_KEY' }, box: { used: 5 } },
  { step: { patch: 'Marketing', body: { maxSeats: 8 } }, box: { availableDynamic: 9 }, keys: { Marketing: { used: 5, available: 3 } } },
  { step: { patch: 'Marketing', body: { maxSeats: 4 }, refused: 'MAX_BELOW_USED' }, box: { used: 5 }, keys: { Marketing: { used: 5, available: 3 } } },
  { step: { patch: 'Marketing', body: { type: 'reserved' } }, box: { availableDynamic: 6, availableReserved: 9, reservedTotal: 14, reservedUsed: 5 }, keys: { Marketing: { used: 5, available: 3 }, primary: { used: 0, available: 6 } } },
  { step: { patch: 'QA lab', body: { maxSeats: 13 }, refused: 'NOT_ENOUGH_SEATS' }, box: { reservedTotal: 14 } },
  { step: { patch: 'QA lab', body: { maxSeats: 12 } }, box: { availableDynamic: 0, availableReserved: 15, reservedTotal: 20 }, keys: { 'QA lab': { used: 0, available: 12 }, primary: { used: 0, available: 0 } } },
  { step: { activate: 'primary', count: 1, refused: 'NO_SEATS_POOL' }, box: { used: 5 } },
  { step: { activate: 'QA lab', count: 2 }, box: { used: 7, availableDynamic: 0, availableReserved: 13 }, keys: { 'QA lab': { used: 2, available: 10 } } },
  { step: { move: 'QA lab', to: 'Marketing', count: 2 }, box: { used: 7, availableReserved: 13, reservedUsed: 7 }, keys: { 'QA lab': { used: 0, available: 12 }, Marketing: { used: 7, available: 1 } } },
  { step: { move: 'Marketing', to: 'primary', count: 1, refused: 'NO_SEATS_POOL' }, box: { used: 7 } },
  { step: { patch: 'QA lab', body: { maxSeats: 2 } }, box: { availableDynamic: 10, availableReserved: 3, reservedTotal: 10 }, keys: { primary: { used: 0, available: 10 } } },
  { step: { move: 'Marketing', to: 'primary', count: 3 }, box: { used: 7, availableDynamic: 7, availableReserved: 6, reservedUsed: 4 }, keys: { primary: { used: 3, available: 7 }, Marketing: { used: 4, available: 4 } } },
  { step: { remove: 'Marketing', deactivateDevices: false, refused: 'KEY_HAS_ACTIVATIONS' }, box: { used: 7 } },
  { step: { remove: 'Marketing', deactivateDevices: true }, box: { used: 3, unused: 17, availableDynamic: 15, availableReserved: 2, reservedTotal: 2, reservedUsed: 0 }, keys: { primary: { used: 3, available: 15 } } },
  { step: { block: 'QA lab' }, box: { used: 3, availableReserved: 2 } },
  { step: { activate: 'QA lab', count: 1, refused: 'KEY_BLOCKED' }, box: { used: 3 } },
];

describe.each(dialects())('the seed documents, step by step, on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let seed: Seeded;
  let ids: Map<string, { id: string; key: string }>;
  let devices: Map<string, string[]>;
  let n: number;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
  });
  afterEach(() => server.close());

  async function run(step: Step): Promise<{ status: number; code?: string }> {
    const answer = (r: { status: number; body: any }) => ({ status: r.status, code: r.body?.error?.code });
    if ('create' in step) {
      const r = await api.post(`/v1/subscriptions/${seed.subscriptionId}/keys`, { name: step.create, type: step.type, maxSeats: step.max });
      if (r.status === 201) ids.set(step.create, { id: r.body.id, key: r.body.key });
      return answer(r);
    }
    if ('activate' in step) {
      let last = { status: 201 } as { status: number; code?: string };
      for (let i = 0; i < step.count; i++) {
        const fp = `dev-${n++}`;
        const r = await activate(api, ids.get(step.activate)!.key, fp);
        if (r.status === 201) devices.set(step.activate, [...(devices.get(step.activate) ?? []), r.body.activation.id]);
        last = answer(r);
      }
      return last;
    }
    if ('deactivate' in step) {
      for (const id of devices.get(step.deactivate)!.splice(0, step.count)) expect((await api.post(`/v1/activations/${id}/deactivate`)).status).toBe(200);
      return { status: 200 };
    }
    if ('patch' in step) return answer(await api.patch(`/v1/keys/${ids.get(step.patch)!.id}`, step.body));
    if ('seats' in step) return answer(await api.patch(`/v1/subscriptions/${seed.subscriptionId}`, { seats: step.seats }));
    if ('remove' in step) return answer(await api.del(`/v1/keys/${ids.get(step.remove)!.id}?deactivateDevices=${step.deactivateDevices}`));
    if ('block' in step) return answer(await api.post(`/v1/keys/${ids.get(step.block)!.id}/block`));
    let last = { status: 200 } as { status: number; code?: string };
    for (const id of (devices.get(step.move) ?? []).slice(0, step.count)) {
      const r = await api.post(`/v1/activations/${id}/move`, { keyId: ids.get(step.to)!.id });
      last = answer(r);
      if (r.status !== 200) break;
      devices.set(step.move, devices.get(step.move)!.filter((d) => d !== id));
      devices.set(step.to, [...(devices.get(step.to) ?? []), id]);
    }
    return last;
  }

  it.each([
    ['002 — properties of a sublicense', 50, properties],
    ['000 — creating sublicense keys for groups', 20, groups],
  ] as const)('%s', async (_, total, rows) => {
    seed = await seedSubscription(api, total);
    ids = new Map([['primary', { id: seed.primaryKeyId, key: seed.primaryKey }]]);
    devices = new Map();
    n = 0;
    for (const [i, row] of rows.entries()) {
      const outcome = await run(row.step);
      const where = `step ${i}: ${JSON.stringify(row.step)}`;
      if ('refused' in row.step && row.step.refused) expect(outcome.code, where).toBe(row.step.refused);
      else expect(outcome.status, `${where} → ${outcome.code}`).toBeLessThan(300);
      const box: Box = (await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats;
      expect(box, where).toMatchObject(row.box);
      expect(box.unused, where).toBe(box.total - box.used);
      expect(box.unused, where).toBe(box.availableDynamic + box.availableReserved);
      expect(box.availableDynamic, where).toBeGreaterThanOrEqual(0);
      const keys = (await api.get(`/v1/subscriptions/${seed.subscriptionId}/keys`)).body.data as any[];
      for (const [name, want] of Object.entries(row.keys ?? {})) {
        const key = keys.find((k) => k.id === ids.get(name)!.id);
        expect({ used: key.used, available: key.available }, `${where} key ${name}`).toEqual(want);
      }
      for (const k of keys) {
        const expected = k.type === 'primary' ? box.availableDynamic : k.type === 'dynamic' ? Math.min(k.maxSeats - k.used, box.availableDynamic) : k.maxSeats - k.used;
        if (k.status !== 'expired') expect(k.available, `${where} formula for ${k.name}`).toBe(expected);
      }
    }
  });
});

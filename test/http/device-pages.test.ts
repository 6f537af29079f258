/**
 * The device list at scale, as an API client meets it: keyset pages (a cursor in, nextCursor out)
 * that give every row exactly once while devices keep coming, for every sort and both orders,
 * NULLs included; capped counts; prefix search; and the CSV export, keyset-paged, complete and in
 * the list's order across its pages.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATION_SORTS } from '../../src/app/ports/listing.ts';
import { DEVICE_EXPORT_PAGE_ROWS } from '../../src/domain/limits.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

/** Some devices send no serial, MAC or version: their sort value is NULL. */
const deviceBody = (n: number) => ({
  fingerprint: `FP-${String(n).padStart(4, '0')}`,
  device: {
    name: `Host-${n % 7}`,
    os: ['macOS 15', 'Windows 11', 'Ubuntu 24.04'][n % 3]!,
    ...(n % 4 !== 0 && { serial: `SN${n % 5}`, mac: `00:00:00:00:00:${String(n % 6).padStart(2, '0')}`, appVersion: `1.${n % 3}.0` }),
  },
});

describe.each(dialects())('device pages on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let admin: Api;
  let seed: Seeded;
  let next = 0;
  const base = () => `/v1/subscriptions/${seed.subscriptionId}/activations`;
  const activateNext = async () => {
    const res = await api.as(null).post('/v1/client/activate', { key: seed.primaryKey, ...deviceBody(next++) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    seed = await seedSubscription(api, 5000);
    admin = api.as(seed.adminToken);
    for (let i = 0; i < 24; i++) await activateNext();
  });
  afterAll(() => server?.close());

  it('gives every device exactly once across cursor pages while devices are added, for every sort and order', async () => {
    for (const sort of ACTIVATION_SORTS)
      for (const order of ['asc', 'desc']) {
        const before = (await admin.get(`${base()}?sort=${sort}&order=${order}&limit=500`)).body.data.map((a: any) => a.id) as string[];
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < 100; page++) {
          const res = await admin.get(`${base()}?sort=${sort}&order=${order}&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          seen.push(...res.body.data.map((a: any) => a.id));
          if (page % 2 === 0) await activateNext(); // a device arrives between two pages
          cursor = res.body.nextCursor;
          if (!cursor) break;
        }
        const label = `${sort} ${order}`;
        expect(new Set(seen).size, `${label}: no device twice`).toBe(seen.length);
        const counted = seen.filter((id) => before.includes(id));
        expect(counted, `${label}: every device that was there throughout, in the list's order`).toEqual(before);
      }
  });

  it('pages a search the same whether a page fills from the first rows in sort order or needs a scan', async () => {
    // Small pages fill from the rows the sort index reads first; a page of 500 finds too few there and scans.
    for (const sort of ['name', 'ip', 'activatedAt'])
      for (const search of ['q=host-1', 'q=HOST-1&match=prefix', 'q=macos', 'q=fp-00&match=prefix']) {
        const qs = `sort=${sort}&order=asc&status=all&${search}`;
        const whole = (await admin.get(`${base()}?${qs}&limit=500`)).body.data.map((a: any) => a.id);
        expect(whole.length, qs).toBeGreaterThan(2);
        const paged: string[] = [];
        let cursor: string | undefined;
        do {
          const res = await admin.get(`${base()}?${qs}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
          paged.push(...res.body.data.map((a: any) => a.id));
          cursor = res.body.nextCursor;
        } while (cursor);
        expect(paged, qs).toEqual(whole);
        const offsetPage = (await admin.get(`${base()}?${qs}&limit=2&offset=2`)).body.data.map((a: any) => a.id);
        expect(offsetPage, qs).toEqual(whole.slice(2, 4));
      }
  });

  it('answers a cursor page in the same order as offset pages, and says when there is more', async () => {
    const all = (await admin.get(`${base()}?sort=mac&order=asc&limit=500`)).body.data.map((a: any) => a.id);
    const first = await admin.get(`${base()}?sort=mac&order=asc&limit=4`);
    expect(first.body.data.map((a: any) => a.id)).toEqual(all.slice(0, 4));
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await admin.get(`${base()}?sort=mac&order=asc&limit=4&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.data.map((a: any) => a.id)).toEqual(all.slice(4, 8));
    const offset = await admin.get(`${base()}?sort=mac&order=asc&limit=4&offset=4`);
    expect(offset.body.data.map((a: any) => a.id)).toEqual(all.slice(4, 8));
    const last = await admin.get(`${base()}?sort=mac&order=asc&limit=500`);
    expect(last.body.nextCursor).toBeUndefined();
  });

  it('refuses a cursor it did not give, one of another sort, a cursor with an offset, and an unknown count or match, with INVALID_REQUEST', async () => {
    const page = await admin.get(`${base()}?sort=name&order=asc&limit=2`);
    const cursor = encodeURIComponent(page.body.nextCursor);
    for (const qs of [
      'cursor=not-a-cursor',
      `cursor=${Buffer.from('["name",0,{"x":1},"id"]').toString('base64url')}`,
      `cursor=${Buffer.from('["activatedAt",1,"text","id"]').toString('base64url')}`,
      `sort=name&order=desc&cursor=${cursor}`,
      `sort=ip&order=asc&cursor=${cursor}`,
      `sort=name&order=asc&offset=2&cursor=${cursor}`,
      'count=every',
      'match=fuzzy&q=MBP',
    ]) {
      const res = await admin.get(`${base()}?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(res.body.error.code, qs).toBe('INVALID_REQUEST');
    }
  });

  it('counts exactly by default, capped on request (exact below the cap), or not at all', async () => {
    const exact = await admin.get(`${base()}?limit=1`);
    const count = exact.body.total as number;
    expect(count).toBeGreaterThanOrEqual(24);
    expect(exact.body.totalIsExact).toBe(true);
    const capped = await admin.get(`${base()}?limit=1&count=capped`);
    expect([capped.body.total, capped.body.totalIsExact]).toEqual([count, true]);
    const none = await admin.get(`${base()}?limit=1&count=none`);
    expect(none.body.total).toBeUndefined();
    expect(none.body.nextCursor).toEqual(expect.any(String));
    expect((await admin.get(`${base()}?count=some`)).status).toBe(400);
  });

  it('searches a prefix of the name, fingerprint or user case-insensitively, literally, and not a substring', async () => {
    const names = async (qs: string) => (await admin.get(`${base()}?match=prefix&status=all&limit=500&${qs}`)).body.data.map((a: any) => a.device.name as string);
    expect((await names('q=host-3')).every((n: string) => n === 'Host-3')).toBe(true);
    expect(await names('q=host-3')).not.toHaveLength(0);
    expect(await names('q=fp-001')).toHaveLength(10); // FP-0010 … FP-0019
    expect(await names('q=ost-3'), 'not a substring').toEqual([]);
    expect(await names('q=host_3'), 'an underscore is no wildcard').toEqual([]);
    expect(await names('q=host%25'), 'nor is a percent sign').toEqual([]);
    const contains = await admin.get(`${base()}?status=all&limit=500&q=ost-3`);
    expect(contains.body.data.length, 'the default is still a substring').toBeGreaterThan(0);
    expect((await admin.get(`${base()}?match=suffix&q=x`)).status).toBe(400);
  });

  it('exports every device once, in the order of the list, across the export\'s pages', async () => {
    // More devices than one export page, with many equal sort values: written straight to the table (the API would take minutes).
    const db = server.runtime.database.db;
    const template = await db.selectFrom('activations').selectAll().where('subscription_id', '=', seed.subscriptionId).limit(1).executeTakeFirstOrThrow();
    const extra = DEVICE_EXPORT_PAGE_ROWS + 250;
    const rows = Array.from({ length: extra }, (_, i) => ({
      ...template,
      id: `0190${String(i).padStart(4, '0')}-0000-7000-8000-000000000000`,
      fingerprint: `bulk-${i}`,
      name: `bulk-${i % 13}`,
      os: i % 2 ? 'Linux' : 'BSD',
      serial: i % 3 ? `S${i % 11}` : null,
    }));
    for (let i = 0; i < rows.length; i += 100) await db.insertInto('activations').values(rows.slice(i, i + 100)).execute();
    await sql`UPDATE subscriptions SET used = used + ${extra} WHERE id = ${seed.subscriptionId}`.execute(db);
    await sql`UPDATE license_keys SET used = used + ${extra} WHERE id = ${seed.primaryKeyId}`.execute(db);

    for (const qs of ['sort=os&order=asc', 'sort=serial&order=desc', 'sort=name&order=asc&q=bulk-1']) {
      const listed: string[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = await admin.get(`${base()}?${qs}&limit=500&offset=${offset}`);
        listed.push(...page.body.data.map((a: any) => a.id));
        if (page.body.data.length < 500) break;
      }
      const res = await admin.get(`${base()}.csv?${qs}`);
      expect(res.status).toBe(200);
      const exported = res.text.trim().split('\n').slice(1).map((line: string) => line.split(',').at(-1));
      expect(new Set(exported).size, qs).toBe(exported.length);
      expect(exported, qs).toEqual(listed);
    }
    const all = await admin.get(`${base()}.csv?sort=os`);
    expect(all.text.trim().split('\n').length - 1).toBeGreaterThan(extra);
  });
});

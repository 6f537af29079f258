/**
 * Password resets are queued (issue 10): a request makes the same one write, and the same
 * answer, whether or not the address is a member's; the work (a link, an email) happens after
 * the answer, and only for a member.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { snapshotState } from '../helpers/malformed.ts';
import { consoleClient } from '../helpers/session.ts';

type Snapshot = Record<string, unknown>;

/** Per table, the rows a change added and removed. */
function diff(before: Snapshot, after: Snapshot): Record<string, { added: number; removed: number }> {
  const out: Record<string, { added: number; removed: number }> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [b, a] = [new Set((before[table] ?? []) as string[]), new Set((after[table] ?? []) as string[])];
    const added = [...a].filter((r) => !b.has(r)).length;
    const removed = [...b].filter((r) => !a.has(r)).length;
    if (added || removed) out[table] = { added, removed };
  }
  return out;
}

describe.each(dialects())('password reset on %s', (dialect) => {
  let server: TestServer | undefined;
  let api: Api;
  let seed: Seeded;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const count = async (table: string) =>
    Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(server!.runtime.database.db)).rows[0]!.n);

  it('makes the same write and gives the same answer for a member and a stranger; only the member gets a link, after the answer', async () => {
    server = await startTestServer(dialect, { env: { ALLOT_SIGN_IN_PER_MINUTE: '1000' } });
    api = apiClient(server.app);
    seed = await seedSubscription(api, 5);
    const made = await api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'ana@example.com', name: 'Ana', role: 'account_admin', password: 'correct horse battery' });
    expect(made.status, made.text).toBe(201);
    const anonymous = consoleClient(server.app);

    const s0 = await snapshotState(server, null);
    const stranger = await anonymous.post('/v1/password-reset', { email: 'nobody@example.com' });
    const s1 = await snapshotState(server, null);
    const member = await anonymous.post('/v1/password-reset', { email: 'Ana@Example.com' });
    const s2 = await snapshotState(server, null);

    expect(stranger.status, stranger.text).toBe(202);
    expect(member.status, member.text).toBe(202);
    expect(member.text).toBe(stranger.text);
    expect(diff(s0, s1), 'a stranger: one queued request').toEqual({ 'table password_reset_requests': { added: 1, removed: 0 } });
    expect(diff(s1, s2), 'a member: the same one write').toEqual(diff(s0, s1));
    expect(JSON.stringify(s2['table password_reset_requests']), 'the address is kept encrypted').not.toMatch(/ana@example|nobody@example/i);
    expect(await count('member_links')).toBe(0);

    expect(await server.runtime.services.passwords.processResets()).toBe(2);
    expect(await count('password_reset_requests')).toBe(0);
    expect(await count('member_links'), 'a link for the member only').toBe(1);
    expect(await count('outbox')).toBe(1);
    expect(await server.runtime.services.passwords.processResets(), 'each request is worked off once').toBe(0);

    // The sweeps work them off too (with or without SMTP), and still at most one email a minute per address.
    expect((await anonymous.post('/v1/password-reset', { email: 'ana@example.com' })).status).toBe(202);
    expect((await server.runtime.services.sweeps.run()).passwordResets).toBe(1);
    expect(await count('outbox')).toBe(1);
    server.clock.advance(61_000);
    expect((await anonymous.post('/v1/password-reset', { email: 'ana@example.com' })).status).toBe(202);
    expect((await server.runtime.services.sweeps.run()).passwordResets).toBe(1);
    expect(await count('outbox')).toBe(2);
  });
});

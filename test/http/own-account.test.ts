/**
 * One's own record (docs/members.md, "Your own account and passwords"): PATCH /v1/me changes the
 * name, and the email address with the current password; an address taken by another member is
 * refused with 409 MEMBER_EXISTS, whatever its case, and two members racing for one address get
 * one 200 and one 409, never a 5xx. The change is in the audit log, by the member.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { consoleClient, type ConsoleClient } from '../helpers/session.ts';

const PASSWORD = 'correct horse battery';

const expectError = (res: Answer, status: number, code: string, what = code) => {
  expect(res.status, `${what}: ${res.text}`).toBe(status);
  expect(res.body?.error?.code, `${what}: ${res.text}`).toBe(code);
};

describe.each(dialects())('your own account on %s', (dialect) => {
  let server: TestServer | undefined;
  let api: Api;
  let seed: Seeded;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function boot() {
    server = await startTestServer(dialect, { env: { ALLOT_SIGN_IN_PER_MINUTE: '1000' } });
    api = apiClient(server.app);
    seed = await seedSubscription(api, 5);
  }

  async function addMember(email: string, name: string, accountId = seed.accountId): Promise<{ id: string }> {
    const res = await api.post(`/v1/accounts/${accountId}/members`, { email, name, role: 'account_admin', password: PASSWORD });
    expect(res.status, res.text).toBe(201);
    return res.body;
  }

  async function signedIn(email: string): Promise<ConsoleClient> {
    const client = consoleClient(server!.app);
    const res = await client.signIn(email, PASSWORD);
    expect(res.status, res.text).toBe(200);
    return client;
  }

  const eventsOf = async (memberId: string) => (await api.get(`/v1/events?accountId=${seed.accountId}&targetId=${memberId}&action=member.updated`)).body.data as any[];

  it('changes your email address with your current password; you sign in with the new one', async () => {
    await boot();
    const ana = await addMember('ana@example.com', 'Ana Admin');
    const client = await signedIn('ana@example.com');

    const changed = await client.patch('/v1/me', { email: 'Ana.New@Example.com', currentPassword: PASSWORD });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({ id: ana.id, email: 'ana.new@example.com', name: 'Ana Admin', status: 'active' });
    expect((await client.get('/v1/me')).body.member.email).toBe('ana.new@example.com');
    // The session goes on; the new address signs in, the old one no longer does.
    expect((await client.get('/v1/session')).status).toBe(200);
    expect((await consoleClient(server!.app).signIn('ana.new@example.com', PASSWORD)).status).toBe(200);
    expectError(await consoleClient(server!.app).signIn('ana@example.com', PASSWORD), 401, 'INVALID_CREDENTIALS', 'the old address');
    // The operator's view of the account agrees.
    const members = (await api.get(`/v1/accounts/${seed.accountId}/members`)).body.data as any[];
    expect(members.map((m) => m.email)).toEqual(['ana.new@example.com']);

    // The audit log: the member did it, from the old address to the new one.
    const events = await eventsOf(ana.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: { type: 'member', id: ana.id, name: 'Ana Admin <ana@example.com>' },
      target: { type: 'member', id: ana.id },
      before: { name: 'Ana Admin', email: 'ana@example.com' },
      after: { name: 'Ana Admin', email: 'ana.new@example.com' },
    });
    expect(JSON.stringify(events)).not.toContain(PASSWORD);

    // The same address again (in another case) changes nothing and records nothing; a name alone needs no password.
    expect((await client.patch('/v1/me', { email: 'ANA.NEW@example.com' })).status).toBe(200);
    expect(await eventsOf(ana.id)).toHaveLength(1);
    const renamed = await client.patch('/v1/me', { name: 'Ana A.' });
    expect(renamed.body).toMatchObject({ name: 'Ana A.', email: 'ana.new@example.com' });
    expect((await eventsOf(ana.id))[0]).toMatchObject({ before: { name: 'Ana Admin' }, after: { name: 'Ana A.' } });
  });

  it('refuses a new address without the right current password, an invalid one, and one another member has', async () => {
    await boot();
    const ana = await addMember('ana@example.com', 'Ana Admin');
    await addMember('bo@example.com', 'Bo');
    const elsewhere = await api.post('/v1/accounts', { name: 'Other Corp' });
    expect(elsewhere.status, elsewhere.text).toBe(201);
    await addMember('cy@other.example', 'Cy', elsewhere.body.id);
    const client = await signedIn('ana@example.com');

    expectError(await client.patch('/v1/me', { email: 'new@example.com' }), 400, 'INVALID_REQUEST', 'no current password');
    const noPassword = await client.patch('/v1/me', { email: 'new@example.com' });
    expect(noPassword.body.error.details).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    expectError(await client.patch('/v1/me', { email: 'new@example.com', currentPassword: 'not the password' }), 403, 'PASSWORD_INCORRECT');
    for (const email of ['not an address', 'a@b', '', 'x'.repeat(250) + '@example.com'])
      expectError(await client.patch('/v1/me', { email, currentPassword: PASSWORD }), 400, 'INVALID_REQUEST', JSON.stringify(email));
    expectError(await client.patch('/v1/me', { email: 'new@example.com', currentPassword: PASSWORD, role: 'member' }), 400, 'INVALID_REQUEST', 'an unknown field');
    // Another member's address, of this account or another, in any case: 409.
    for (const email of ['bo@example.com', 'BO@Example.COM', 'cy@other.example'])
      expectError(await client.patch('/v1/me', { email, currentPassword: PASSWORD }), 409, 'MEMBER_EXISTS', email);

    expect((await client.get('/v1/me')).body.member.email).toBe('ana@example.com');
    expect(await eventsOf(ana.id)).toEqual([]);
    // Only a member has a profile of their own: an API token does not.
    expectError(await api.as(seed.adminToken).patch('/v1/me', { email: 'token@example.com', currentPassword: PASSWORD }), 403, 'FORBIDDEN', 'an API token');
  });

  it('gives one of two members racing for the same address a 200 and the other a 409, never a 5xx', async () => {
    await boot();
    await addMember('ana@example.com', 'Ana');
    await addMember('bo@example.com', 'Bo');
    const [ana, bo] = [await signedIn('ana@example.com'), await signedIn('bo@example.com')];
    for (let round = 0; round < 5; round++) {
      const target = `shared-${round}@example.com`;
      const answers = await Promise.all([ana, bo].map((c) => c.patch('/v1/me', { email: target, currentPassword: PASSWORD })));
      expect(answers.map((a) => a.status).sort(), answers.map((a) => a.text).join('\n')).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 409)!.body.error.code).toBe('MEMBER_EXISTS');
      const emails = ((await api.get(`/v1/accounts/${seed.accountId}/members`)).body.data as any[]).map((m) => m.email);
      expect(emails.filter((e) => e === target)).toHaveLength(1);
      // Give the address back, so the next round races again.
      const winner = answers[0]!.status === 200 ? ana : bo;
      expect((await winner.patch('/v1/me', { email: `${winner === ana ? 'ana' : 'bo'}-${round}@example.com`, currentPassword: PASSWORD })).status).toBe(200);
    }
  });
});

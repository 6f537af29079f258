/**
 * Races on members and sign-in (issue 10): concurrent requests must give what the same
 * requests one after another would. The last Account Administrator survives two removals (or
 * demotions, or blocks) sent at once, and failed sign-ins sent at once all count.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FREE_FAILED_SIGN_INS, lockedUntil } from '../../src/domain/members.ts';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { consoleClient } from '../helpers/session.ts';

const PASSWORD = 'correct horse battery';
const ROUNDS = 12;

describe.each(dialects())('member races on %s', (dialect) => {
  let server: TestServer | undefined;
  let api: Api;
  let seed: Seeded;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function boot() {
    server = await startTestServer(dialect, { env: { ALLOT_SIGN_IN_PER_MINUTE: '100000' } });
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
  }

  async function addAdmin(email: string, accountId = seed.accountId): Promise<string> {
    const res = await api.post(`/v1/accounts/${accountId}/members`, { email, name: email.split('@')[0], role: 'account_admin', password: PASSWORD });
    expect(res.status, res.text).toBe(201);
    return res.body.id;
  }

  const activeAdmins = async (accountId = seed.accountId) => {
    const res = await api.get(`/v1/accounts/${accountId}/members`);
    expect(res.status, res.text).toBe(200);
    return (res.body.data as { role: string; status: string }[]).filter((m) => m.role === 'account_admin' && m.status === 'active').length;
  };

  const outcome = (answers: Answer[]) => answers.map((a) => (a.status < 300 ? 'ok' : a.body?.error?.code)).sort();

  const changes: [string, (id: string) => Promise<Answer>][] = [
    ['removals', (id) => api.del(`/v1/members/${id}`)],
    ['demotions', (id) => api.patch(`/v1/members/${id}`, { role: 'member' })],
    ['blocks', (id) => api.post(`/v1/members/${id}/block`)],
  ];

  it.each(changes)('keeps one Account Administrator when the last two see concurrent %s', async (_what, change) => {
    await boot();
    for (let round = 0; round < ROUNDS; round++) {
      const account = await api.post('/v1/accounts', { name: `Round ${round}` });
      expect(account.status, account.text).toBe(201);
      const a = await addAdmin(`a${round}@example.com`, account.body.id);
      const b = await addAdmin(`b${round}@example.com`, account.body.id);
      const answers = await Promise.all([change(a), change(b)]);
      expect(outcome(answers), `round ${round}: one change goes through, the other is refused`).toEqual(['LAST_ACCOUNT_ADMIN', 'ok']);
      expect(await activeAdmins(account.body.id), `round ${round}`).toBe(1);
    }
  });

  it('keeps one Account Administrator when two admins each leave and remove the other at once from their consoles', async () => {
    await boot();
    for (let round = 0; round < ROUNDS; round++) {
      const account = await api.post('/v1/accounts', { name: `Round ${round}` });
      const a = await addAdmin(`ana${round}@example.com`, account.body.id);
      const b = await addAdmin(`bo${round}@example.com`, account.body.id);
      const [ana, bo] = [consoleClient(server!.app), consoleClient(server!.app)];
      expect((await ana.signIn(`ana${round}@example.com`, PASSWORD)).status).toBe(200);
      expect((await bo.signIn(`bo${round}@example.com`, PASSWORD)).status).toBe(200);
      const answers = await Promise.all([ana.del(`/v1/members/${b}`), bo.del(`/v1/members/${a}`), ana.del(`/v1/members/${a}`), bo.del(`/v1/members/${b}`)]);
      for (const x of answers) expect(x.status, x.text).toBeLessThan(500);
      expect(answers.some((x) => x.status === 200), `round ${round}: ${answers.map((x) => x.text).join(' | ')}`).toBe(true);
      expect(await activeAdmins(account.body.id), `round ${round}`).toBe(1);
    }
  });

  it('counts failed sign-ins sent at once from many addresses as the same failures one after another', async () => {
    await boot();
    await addAdmin('ana@example.com');
    await addAdmin('bo@example.com');
    const attempts = 30;
    const attempt = (email: string, password: string, i: number) => consoleClient(server!.app, { remoteAddress: `10.0.${Math.floor(i / 200)}.${(i % 200) + 1}` }).signIn(email, password);

    const sequential: Answer[] = [];
    for (let i = 0; i < attempts; i++) sequential.push(await attempt('bo@example.com', 'not the password', i));
    const concurrent = await Promise.all(Array.from({ length: attempts }, (_, i) => attempt('ana@example.com', 'not the password', i)));

    const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort();
    expect(statuses(sequential).filter((s) => s === 401)).toHaveLength(FREE_FAILED_SIGN_INS + 1);
    expect(statuses(concurrent), 'the same refusals at once as in a row').toEqual(statuses(sequential));
    for (const a of concurrent) expect([401, 429], a.text).toContain(a.status);

    // The right password waits as long as after the failures in a row.
    const wait = Math.ceil((lockedUntil(FREE_FAILED_SIGN_INS + 1, 0)! - 0) / 1000);
    for (const email of ['ana@example.com', 'bo@example.com']) {
      const right = await attempt(email, PASSWORD, 999);
      expect(right.status, `${email}: ${right.text}`).toBe(429);
      expect(right.headers['retry-after'], email).toBe(String(wait));
    }
    server!.clock.advance(wait * 1000);
    expect((await attempt('ana@example.com', PASSWORD, 999)).status).toBe(200);
  });
});

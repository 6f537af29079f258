/**
 * "A 10,000-address CSV invites in well under a minute on SQLite": an administrator uploads a
 * CSV file of 10,000 addresses (a header, about 1 % of rows not addresses) to one key, then
 * downloads the invitations as CSV. Each is one HTTP request, timed from sending it to
 * having read the whole answer.
 */
import type { Figures, Scenario } from '../scenario.ts';

const ADDRESSES = 10_000;
/** Every hundredth row is not an address. */
const isInvalidRow = (i: number) => i % 100 === 99;

function addressCsv(): string {
  const lines = ['name,email'];
  for (let i = 0; i < ADDRESSES; i++) lines.push(isInvalidRow(i) ? `Row ${i},not-an-address-${i}` : `User ${i},user${i}@bench.example.com`);
  return `${lines.join('\n')}\n`;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms);

export const inviteCsv: Scenario = {
  name: 'invite-csv',
  description: `POST a ${ADDRESSES.toLocaleString('en')}-address CSV to /v1/keys/{id}/invitations, then GET /v1/keys/{id}/invitations.csv`,
  async run(ctx): Promise<Figures> {
    const allot = await ctx.startAllot();
    await allot.expect(201, 'POST', '/v1/products', { code: 'bench', name: 'Bench Pro', downloadUrl: 'https://example.com/download' });
    const account = (await allot.expect(201, 'POST', '/v1/accounts', { name: 'Bench Corp' })).body;
    const expiresAt = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const sub = (await allot.expect(201, 'POST', `/v1/accounts/${account.id}/subscriptions`, { product: 'bench', seats: ADDRESSES + 500, expiresAt })).body;
    const key = (await allot.expect(201, 'POST', `/v1/subscriptions/${sub.id}/keys`, { name: 'Everyone', type: 'dynamic', maxSeats: ADDRESSES })).body;
    const csv = addressCsv();
    const expectedInvalid = Array.from({ length: ADDRESSES }, (_, i) => i).filter(isInvalidRow).length;

    ctx.log(`inviting ${ADDRESSES} addresses (${Math.round(csv.length / 1024)} KiB of CSV)`);
    const invite = await timed(() => allot.expect(201, 'POST', `/v1/keys/${key.id}/invitations`, csv, { 'content-type': 'text/csv' }));
    const { data, rejected } = invite.value.body as { data: unknown[]; rejected: { reason: string }[] };
    if (data.length !== ADDRESSES - expectedInvalid || rejected.length !== expectedInvalid || rejected.some((r) => r.reason !== 'invalid_email'))
      throw new Error(`invite-csv: expected ${ADDRESSES - expectedInvalid} invited and ${expectedInvalid} invalid, got ${data.length} and ${rejected.length}`);

    ctx.log('downloading the invitations as CSV');
    const download = await timed(() => allot.expect(200, 'GET', `/v1/keys/${key.id}/invitations.csv`));
    const exportRows = download.value.text.split('\n').filter((line) => line !== '').length - 1;
    if (exportRows !== data.length) throw new Error(`invite-csv: the CSV download has ${exportRows} rows, expected ${data.length}`);

    return {
      addresses: ADDRESSES,
      invited: data.length,
      rejected: rejected.length,
      inviteMs: Math.round(invite.ms),
      addressesPerSecond: perSecond(ADDRESSES, invite.ms),
      exportRows,
      exportMs: Math.round(download.ms),
      exportRowsPerSecond: perSecond(exportRows, download.ms),
    };
  },
};

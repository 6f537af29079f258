/**
 * One seat per person under contention (issue 12, acceptance): 50 people of one key sign in,
 * then their 100 devices (two each) activate at the same moment for 20 seats. Exactly 20 people
 * get a seat, each of them on both devices (a person's second device never takes a second seat),
 * and the counters equal a recount of the rows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { createKey, type Seeded } from '../helpers/fixtures.ts';
import type { TestServer } from '../helpers/harness.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';
import { shuffle } from '../helpers/shuffle.ts';
import { connectIdp, deviceSignIn, ssoActivate, ssoScene, type ConnectedIdp, type SsoScene } from '../helpers/sso.ts';

const PEOPLE = 50;
const SEATS = 20;

describe.each(dialects())('SSO seats under contention on %s', (dialect) => {
  let scene: SsoScene;
  let server: TestServer;
  let operator: Api;
  let acme: Seeded;
  let admin: Api;
  let idp: ConnectedIdp;

  beforeEach(async () => {
    scene = await ssoScene(dialect, 100, { ALLOT_SSO_STARTS_PER_MINUTE: '1000' });
    ({ server, operator, acme, admin } = scene);
    idp = await connectIdp(server, admin, acme.accountId, 'saml');
  });
  afterEach(async () => {
    await idp?.close();
    await scene?.close();
  });

  it(`${PEOPLE} people of one key, two devices each, at once for ${SEATS} seats: exactly ${SEATS} people get one seat each`, async () => {
    const key = await createKey(admin, acme.subscriptionId, { name: 'Design', type: 'dynamic', maxSeats: SEATS });
    expect((await admin.patch(`/v1/keys/${key.body.id}`, { ssoGroups: ['design'] })).status).toBe(200);
    const product = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}`)).body.product.code;
    const devices: { person: number; n: string; signIn: Awaited<ReturnType<typeof deviceSignIn>> }[] = [];
    for (let p = 0; p < PEOPLE; p++)
      for (const d of [1, 2]) devices.push({ person: p, n: `${p}-${d}`, signIn: await deviceSignIn(server, idp, product, { email: `p${p}@acme.example`, groups: ['design'] }) });

    const answers = await Promise.all(shuffle(devices, 12).map(async (d) => ({ ...d, res: await ssoActivate(operator, d.signIn, d.n) })));

    for (const a of answers) {
      expect([201, 409], a.res.text).toContain(a.res.status);
      if (a.res.status === 409) expect(['NO_SEATS_KEY', 'NO_SEATS_POOL']).toContain(a.res.body.error.code);
    }
    const seated = new Set(answers.filter((a) => a.res.status === 201).map((a) => a.person));
    expect(seated.size).toBe(SEATS);
    // Whoever got a seat got it for both devices: the second device shared it, it never needed another.
    for (const p of seated) expect(answers.filter((a) => a.person === p).map((a) => a.res.status)).toEqual([201, 201]);
    expect(answers.filter((a) => a.res.status === 201)).toHaveLength(2 * SEATS);

    const sub = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}`)).body;
    expectSeatFormulas(sub.seats);
    expect(sub.seats.used).toBe(SEATS);
    expect((await admin.get(`/v1/keys/${key.body.id}`)).body).toMatchObject({ used: SEATS, available: 0 });
    expectSeatsConsistent(await auditSeats(server.runtime.database, acme.subscriptionId));
  });
});

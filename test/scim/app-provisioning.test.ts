/**
 * SCIM provisioning through its use-cases (issue 13): an identity provider's token provisions
 * people and groups; people sign in by SSO and take seats; then one is deactivated, one deleted,
 * one moved to another group, and the seat box, the keys, the users and the audit log say
 * exactly that. The protocol (routes, dialects) is test/http's; these call services.scim.*.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/context.ts';
import type { ScimGroupInput, ScimUserDoc } from '../../src/app/scim-resources.ts';
import type { Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { createKey, type Seeded } from '../helpers/fixtures.ts';
import type { TestServer } from '../helpers/harness.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';
import { browserSignIn, connectIdp, deviceSignIn, ssoActivate, ssoScene, type ConnectedIdp, type Person, type SsoScene } from '../helpers/sso.ts';

const OPERATOR: Caller = { actor: { type: 'operator', id: 'operator' }, requestId: null };
const SALES_OBJECT_ID = '5e1f0c2a-7d3b-4b8e-9a61-2f7c9d0e4b13';

const userDoc = (local: string, extra: Partial<ScimUserDoc> = {}): ScimUserDoc => ({
  userName: `${local}@acme.example`,
  name: { givenName: local, familyName: 'Tester' },
  emails: [{ value: `${local}@acme.example`, type: 'work', primary: true }],
  active: true,
  ...extra,
});

/** The AllotError code a promise is refused with. */
const refusedWith = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (error) {
    return String((error as { code?: string }).code);
  }
  throw new Error('expected a refusal');
};

describe.each(dialects())('SCIM provisioning (use-cases) on %s', (dialect) => {
  let scene: SsoScene;
  let server: TestServer;
  let operator: Api;
  let acme: Seeded;
  let admin: Api;
  let idp: ConnectedIdp;
  let product: string;
  let engKey: string;
  let salesKey: string;

  beforeEach(async () => {
    scene = await ssoScene(dialect, 10);
    ({ server, operator, acme, admin, product } = scene);
    idp = await connectIdp(server, admin, acme.accountId, 'saml', { devicesPerUser: 3, adminGroup: 'Allot Admins' });
    const eng = await createKey(admin, acme.subscriptionId, { name: 'Engineering', type: 'dynamic', maxSeats: 4 });
    engKey = eng.body.id;
    expect((await admin.patch(`/v1/keys/${engKey}`, { ssoGroups: ['Engineers'] })).status).toBe(200);
    const sales = await createKey(admin, acme.subscriptionId, { name: 'Sales', type: 'dynamic', maxSeats: 4 });
    salesKey = sales.body.id;
    // Mapped by the group's Entra object id, not its name.
    expect((await admin.patch(`/v1/keys/${salesKey}`, { ssoGroups: [SALES_OBJECT_ID] })).status).toBe(200);
  });
  afterEach(async () => {
    await idp?.close();
    await scene?.close();
  });

  const services = () => server.runtime.services;
  /** Turns SCIM on for the account: a token named `name`, authenticated as the provider would. */
  const scimOn = async (name = 'Entra ID'): Promise<Caller> => {
    const created = await services().scimTokens.create(OPERATOR, acme.accountId, { name });
    const actor = await services().authenticateScim(created.token);
    expect(actor).toMatchObject({ type: 'scim', accountId: acme.accountId, name });
    return { actor: actor!, requestId: null };
  };
  const group = (displayName: string, members: string[], externalId?: string): ScimGroupInput => ({ doc: { displayName, ...(externalId && { externalId }) }, members });

  const seatsNow = async () => {
    const sub = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}`)).body;
    expectSeatFormulas(sub.seats);
    expectSeatsConsistent(await auditSeats(server.runtime.database, acme.subscriptionId));
    const keys = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}/keys`)).body.data as any[];
    return { used: sub.seats.used as number, keys: Object.fromEntries(keys.map((k) => [k.id, k.used as number])) as Record<string, number> };
  };
  const ssoUsers = async () => Object.fromEntries(((await admin.get(`/v1/accounts/${acme.accountId}/sso-users?limit=100`)).body.data as any[]).map((u) => [u.email, u]));
  /** The account's events of one action, newest first, flattened: actorType, actorName, targetId, before, after. */
  const events = async (action: string) =>
    ((await operator.get(`/v1/events?accountId=${acme.accountId}&action=${action}&limit=100`)).body.data as any[]).map((e) => ({
      actorType: e.actor.type,
      actorName: e.actor.name,
      targetId: e.target.id,
      before: e.before,
      after: e.after,
    }));
  const activate = async (person: Person, n: string) => {
    const res = await ssoActivate(operator, await deviceSignIn(server, idp, product, person), n);
    expect(res.status, res.text).toBe(201);
    return res.body.activation as { id: string; keyId: string };
  };
  const checkIn = (activationId: string, n: string) => operator.as(null).post('/v1/client/check-in', { activationId, fingerprint: `sso-fp-${n}` });

  it('provisions people and groups; deactivating, deleting and moving people frees and moves their seats at once, audited as the SCIM client', async () => {
    const scim = await scimOn();
    const users = services().scim.users;
    const groups = services().scim.groups;
    const ada = await users.create(scim, userDoc('ada'));
    const bob = await users.create(scim, userDoc('bob'));
    const cy = await users.create(scim, userDoc('cy'));
    const dan = await users.create(scim, userDoc('dan'));
    expect(ada.doc).toMatchObject({ userName: 'ada@acme.example', active: true });
    const engineers = await groups.create(scim, group('Engineers', [ada.id, bob.id, dan.id]));
    const sales = await groups.create(scim, group('Sales', [cy.id], SALES_OBJECT_ID));
    expect(engineers.members!.map((m) => m.display).sort()).toEqual(['ada@acme.example', 'bob@acme.example', 'dan@acme.example']);
    expect((await users.get(scim, ada.id)).groups).toEqual([{ id: engineers.id, displayName: 'Engineers' }]);

    // Groups come from SCIM, whatever the assertion says.
    const ada1 = await activate({ email: 'ada@acme.example', groups: ['Sales'] }, 'ada-1');
    const ada2 = await activate({ email: 'ada@acme.example' }, 'ada-2');
    await activate({ email: 'bob@acme.example' }, 'bob-1');
    const cy1 = await activate({ email: 'cy@acme.example' }, 'cy-1');
    const dan1 = await activate({ email: 'dan@acme.example' }, 'dan-1');
    expect([ada1.keyId, ada2.keyId, dan1.keyId, cy1.keyId]).toEqual([engKey, engKey, engKey, salesKey]);
    expect(await seatsNow()).toMatchObject({ used: 4, keys: { [engKey]: 3, [salesKey]: 1, [acme.primaryKeyId]: 0 } });

    // Ada is deactivated (Okta's way: a PATCH of active): both devices end, one seat back.
    const off = await users.patch(scim, ada.id, (current) => ({ ...current, active: false }));
    expect(off.doc.active).toBe(false);
    expect(await seatsNow()).toMatchObject({ used: 3, keys: { [engKey]: 2 } });
    for (const [a, n] of [[ada1, 'ada-1'], [ada2, 'ada-2']] as const) {
      const res = await checkIn(a.id, n);
      expect([res.status, res.body.error.code]).toEqual([403, 'SSO_USER_DEACTIVATED']);
    }
    // Bob is deleted: his seat goes back, SCIM no longer finds him, the console still does.
    await users.delete(scim, bob.id);
    expect(await refusedWith(users.get(scim, bob.id))).toBe('SCIM_USER_NOT_FOUND');
    expect((await users.list(scim, { startIndex: 1, count: 100 })).resources.map((u) => u.doc.userName).sort()).toEqual([
      'ada@acme.example',
      'cy@acme.example',
      'dan@acme.example',
    ]);
    expect((await groups.get(scim, engineers.id, { members: true })).members!.map((m) => m.id).sort()).toEqual([ada.id, dan.id].sort());
    expect(await seatsNow()).toMatchObject({ used: 2, keys: { [engKey]: 1 } });
    // Dan moves from Engineers to Sales (Entra: one PATCH each); his seat follows at once.
    await groups.patch(scim, engineers.id, (g) => ({ ...g, members: g.members.filter((m) => m !== dan.id) }));
    expect(await seatsNow()).toMatchObject({ used: 2, keys: { [engKey]: 0, [acme.primaryKeyId]: 1 } });
    await groups.patch(scim, sales.id, (g) => ({ ...g, members: [...g.members, dan.id] }));
    expect(await seatsNow()).toMatchObject({ used: 2, keys: { [engKey]: 0, [salesKey]: 2, [acme.primaryKeyId]: 0 } });
    expect((await checkIn(dan1.id, 'dan-1')).status).toBe(200);

    const people = await ssoUsers();
    expect(people['ada@acme.example']).toMatchObject({ status: 'deactivated', devices: 0, provisioning: { provider: 'Entra ID', userName: 'ada@acme.example', deprovisionedAt: null } });
    expect(people['bob@acme.example']).toMatchObject({ status: 'deactivated', devices: 0, groups: [] });
    expect(people['bob@acme.example'].provisioning.deprovisionedAt).not.toBeNull();
    expect(people['dan@acme.example']).toMatchObject({ status: 'active', groups: [SALES_OBJECT_ID, 'Sales'].sort(), seats: [{ keyId: salesKey, devices: 1 }] });

    const [deactivated] = await events('sso_user.deactivated');
    expect(deactivated).toMatchObject({ actorType: 'scim', actorName: 'Entra ID', targetId: ada.id, after: { status: 'deactivated', endedActivations: 2 } });
    const [deprovisioned] = await events('sso_user.deprovisioned');
    expect(deprovisioned).toMatchObject({ actorType: 'scim', actorName: 'Entra ID', targetId: bob.id, after: { endedActivations: 1 } });
    const moved = await events('sso_user.seat_moved');
    expect(moved.map((e) => [e.actorType, e.targetId, e.after.keyId])).toEqual([
      ['scim', dan.id, salesKey],
      ['scim', dan.id, acme.primaryKeyId],
    ]);
    const membership = await events('scim_group.members_changed');
    expect(membership.find((e) => e.targetId === engineers.id && e.after.removed.includes('dan@acme.example'))).toMatchObject({ actorType: 'scim', actorName: 'Entra ID' });
    const ended = await events('activation.deactivated');
    expect(ended.filter((e) => e.actorType === 'scim')).toHaveLength(3);

    // Ada back: she signs in and activates again; her old devices stay ended.
    await users.patch(scim, ada.id, (current) => ({ ...current, active: true }));
    expect((await checkIn(ada1.id, 'ada-1')).body.error.code).toBe('ACTIVATION_NOT_FOUND');
    await activate({ email: 'ada@acme.example' }, 'ada-3');
    expect(await seatsNow()).toMatchObject({ used: 3, keys: { [engKey]: 1 } });
    expect((await events('sso_user.reactivated'))[0]).toMatchObject({ actorType: 'scim', targetId: ada.id });
  });

  it('adopts a person who signed in by SSO, revives one it deleted, refuses duplicates (409) and unknown members (nothing changes), and refuses sign-ins it did not provision', async () => {
    // Before SCIM: Eve signs in with her assertion's groups and takes an Engineering seat.
    const eve1 = await activate({ email: 'eve@acme.example', groups: ['Engineers'] }, 'eve-1');
    expect(eve1.keyId).toBe(engKey);
    const eveId = (await ssoUsers())['eve@acme.example'].id;
    const scim = await scimOn('Okta');
    const users = services().scim.users;
    const groups = services().scim.groups;

    const eve = await users.create(scim, userDoc('eve', { userName: 'Eve.Example', externalId: '00u1' }));
    expect(eve.id).toBe(eveId);
    // SCIM is now the source of her groups: none yet, so her seat goes to the primary key.
    expect(await seatsNow()).toMatchObject({ used: 1, keys: { [engKey]: 0, [acme.primaryKeyId]: 1 } });
    const engineers = await groups.create(scim, group('Engineers', [eve.id]));
    expect(await seatsNow()).toMatchObject({ used: 1, keys: { [engKey]: 1 } });
    expect((await events('sso_user.provisioned'))[0]).toMatchObject({ actorType: 'scim', actorName: 'Okta', targetId: eveId });

    // Uniqueness: userName regardless of case, an address of another provisioned person, a group name.
    expect(await refusedWith(users.create(scim, userDoc('eve2', { userName: 'EVE.EXAMPLE' })))).toBe('SCIM_UNIQUENESS');
    expect(await refusedWith(users.create(scim, userDoc('x', { userName: 'someone-else', emails: [{ value: 'EVE@acme.example', primary: true }] })))).toBe('SCIM_UNIQUENESS');
    expect(await refusedWith(groups.create(scim, group('engineers', [])))).toBe('SCIM_UNIQUENESS');
    const fay = await users.create(scim, userDoc('fay'));
    expect(await refusedWith(users.replace(scim, fay.id, userDoc('fay', { userName: 'eve.example' })))).toBe('SCIM_UNIQUENESS');
    expect(await refusedWith(users.create(scim, { userName: 'no-address' }))).toBe('SCIM_INVALID_VALUE');

    // An unknown member id (or another account's) is refused and nothing changes.
    const before = await groups.list(scim, { startIndex: 1, count: 10 });
    expect(await refusedWith(groups.create(scim, group('Ops', [fay.id, 'no-such-user'])))).toBe('SCIM_INVALID_VALUE');
    expect(await refusedWith(groups.patch(scim, engineers.id, (g) => ({ ...g, members: [...g.members, fay.id, 'no-such-user'] })))).toBe('SCIM_INVALID_VALUE');
    expect(await groups.list(scim, { startIndex: 1, count: 10 })).toEqual(before);
    expect((await users.get(scim, fay.id)).groups).toEqual([]);

    // A person SCIM did not provision cannot sign in; one it deleted is told they are deactivated.
    const stranger = await browserSignIn(server, idp, product, { email: 'zed@acme.example' });
    expect([stranger.back.status, stranger.back.body.error.code]).toEqual([403, 'SSO_USER_NOT_PROVISIONED']);
    await users.delete(scim, eve.id);
    expect(await seatsNow()).toMatchObject({ used: 0 });
    const deleted = await browserSignIn(server, idp, product, { email: 'eve@acme.example' });
    expect([deleted.back.status, deleted.back.body.error.code]).toEqual([403, 'SSO_USER_DEACTIVATED']);

    // Created again: the same person, active, no longer deprovisioned; she activates again.
    const revived = await users.create(scim, userDoc('eve', { userName: 'eve.example' }));
    expect(revived.id).toBe(eveId);
    expect(revived.groups).toEqual([]);
    expect((await ssoUsers())['eve@acme.example']).toMatchObject({ status: 'active', provisioning: { userName: 'eve.example', deprovisionedAt: null } });
    expect((await events('sso_user.provisioned'))[0]).toMatchObject({ targetId: eveId, before: { status: 'deactivated' }, after: { status: 'active' } });
    expect((await activate({ email: 'eve@acme.example' }, 'eve-2')).keyId).toBe(acme.primaryKeyId);
    expect(await seatsNow()).toMatchObject({ used: 1 });
  });

  it("makes the administrators' group's members Account Administrators, demotes a leaver and ends their session, and keeps the last one", async () => {
    const scim = await scimOn();
    const users = services().scim.users;
    const groups = services().scim.groups;
    const ann = await users.create(scim, userDoc('ann'));
    const ben = await users.create(scim, userDoc('ben'));
    const admins = await groups.create(scim, group('Allot Admins', [ann.id]));
    const members = async () => Object.fromEntries(((await admin.get(`/v1/accounts/${acme.accountId}/members`)).body.data as any[]).map((m) => [m.email, m]));
    expect((await members())['ann@acme.example']).toMatchObject({ role: 'account_admin', status: 'active' });
    expect((await members())['ben@acme.example']).toBeUndefined();

    // Ann signs in to the console by SSO.
    const start = await server.app.inject({ method: 'GET', url: `/sso/console?email=${encodeURIComponent('ann@acme.example')}` });
    expect(start.statusCode, start.body).toBe(302);
    const back = await idp.answer(String(start.headers.location), { email: 'ann@acme.example' });
    expect(back.status, back.text).toBe(200);
    const cookie = String([back.headers['set-cookie']].flat()[0] ?? '').split(';')[0]!;
    const session = () => server.app.inject({ method: 'GET', url: '/v1/session', headers: { cookie } });
    expect((await session()).statusCode).toBe(200);

    // Ben joins; Ann leaves: she is a Regular Member at once, her session gone.
    await groups.patch(scim, admins.id, () => ({ doc: { displayName: 'Allot Admins' }, members: [ben.id] }));
    expect((await members())['ben@acme.example']).toMatchObject({ role: 'account_admin', status: 'active' });
    expect((await members())['ann@acme.example']).toMatchObject({ role: 'member', status: 'active' });
    expect((await session()).statusCode).toBe(401);

    // Ben is the last Account Administrator: the rename that takes him out succeeds, and keeps him.
    await groups.patch(scim, admins.id, (g) => ({ ...g, doc: { displayName: 'Former Admins' } }));
    expect((await members())['ben@acme.example']).toMatchObject({ role: 'account_admin', status: 'active' });
    const [changed] = await events('sso_user.groups_changed');
    expect(changed).toMatchObject({ actorType: 'scim', targetId: ben.id, after: { keptLastAdmin: 'ben@acme.example' } });
    // Renamed back, Ann added again, then Ben deactivated: he is no longer the last, so he is demoted and blocked.
    await groups.patch(scim, admins.id, (g) => ({ doc: { displayName: 'Allot Admins' }, members: [...g.members, ann.id] }));
    expect((await members())['ann@acme.example']).toMatchObject({ role: 'account_admin', status: 'active' });
    await users.patch(scim, ben.id, (current) => ({ ...current, active: false }));
    expect((await members())['ben@acme.example']).toMatchObject({ role: 'member', status: 'blocked' });
    // Ann is the last now: removing her from the group keeps her (recorded on the membership change).
    await groups.patch(scim, admins.id, (g) => ({ ...g, members: [] }));
    expect((await members())['ann@acme.example']).toMatchObject({ role: 'account_admin', status: 'active' });
    const [last] = await events('scim_group.members_changed');
    expect(last).toMatchObject({ targetId: admins.id, after: { removed: ['ann@acme.example', 'ben@acme.example'], keptLastAdmin: 'ann@acme.example' } });
  });
});

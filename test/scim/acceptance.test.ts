/**
 * Issue 13's acceptance, end to end over HTTP, once per provider and per dialect: the identity
 * provider creates users and groups and adds members with the bodies it really sends
 * (fixtures/entra.ts, fixtures/okta.ts); people sign in by SSO (a real SAML identity provider)
 * and take seats; then one is deactivated (each provider's way), one deleted, one moved to
 * another group — and the seat box, the keys, the users and the audit log say exactly that,
 * and the deactivated person's next check-in is refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { createKey, type Seeded } from '../helpers/fixtures.ts';
import type { TestServer } from '../helpers/harness.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';
import { scimClient, type ScimClient } from '../helpers/scim-http.ts';
import { claimsOf, connectIdp, deviceSignIn, ssoActivate, ssoScene, type ConnectedIdp, type SsoScene } from '../helpers/sso.ts';
import * as entra from './fixtures/entra.ts';
import * as okta from './fixtures/okta.ts';

/** What each provider sends for the steps of the scenario. */
interface Provider {
  name: 'Entra ID' | 'Okta';
  /** Appended to every URL (Entra's tenant URL may carry ?aadOptscim062020). */
  suffix: string;
  createUser(local: string, n: number): unknown;
  createGroup(scim: ScimClient, displayName: string, n: number): Promise<string>;
  addMembers(scim: ScimClient, groupId: string, displayName: string, members: { id: string; userName: string }[]): Promise<void>;
  removeMember(scim: ScimClient, groupId: string, displayName: string, userId: string): Promise<void>;
  deactivate: unknown;
}

const ok = (res: { status: number; text: string }, status = 200) => expect(res.status, res.text).toBe(status);

const PROVIDERS: Provider[] = [
  {
    name: 'Entra ID',
    suffix: '',
    createUser: (local, n) => entra.createUser(`${local}@acme.example`, `${local}@acme.example`, `0a21f0f2-8d2a-4f8e-bf98-7363c4aed4e${n}`),
    async createGroup(scim, displayName, n) {
      const res = await scim.post('/Groups', entra.createGroup(displayName, `8aa1a0c0-c4c3-4bc0-b4a5-2ef67690015${n}`));
      ok(res, 201);
      return res.body.id;
    },
    // Entra adds members one PATCH per member.
    async addMembers(scim, groupId, _displayName, members) {
      for (const m of members) ok(await scim.patch(`/Groups/${groupId}`, entra.addMember(m.id)));
    },
    async removeMember(scim, groupId, _displayName, userId) {
      ok(await scim.patch(`/Groups/${groupId}`, entra.removeMember(userId)));
    },
    // Without aadOptscim062020: "Replace" with "False" as a string.
    deactivate: entra.disableUserWithoutFlag,
  },
  {
    name: 'Okta',
    suffix: '',
    createUser: (local, n) => okta.createUser(`${local}@acme.example`, `00ujl29u0le5T6Aj10h${n}`),
    async createGroup(scim, displayName) {
      const res = await scim.post('/Groups', okta.createGroup(displayName));
      ok(res, 201);
      return res.body.id;
    },
    // Okta sends the group's name with every membership change.
    async addMembers(scim, groupId, displayName, members) {
      ok(await scim.patch(`/Groups/${groupId}`, okta.renameGroup(groupId, displayName)));
      ok(await scim.patch(`/Groups/${groupId}`, okta.addMembers(members)));
    },
    async removeMember(scim, groupId, displayName, userId) {
      ok(await scim.patch(`/Groups/${groupId}`, okta.renameGroup(groupId, displayName)));
      ok(await scim.patch(`/Groups/${groupId}`, okta.removeMember(userId)));
    },
    // A path-less replace of active.
    deactivate: okta.deactivateUser,
  },
];

describe.each(dialects())('SCIM provisioning end to end on %s', (dialect) => {
  describe.each(PROVIDERS)('$name', (provider) => {
    let scene: SsoScene;
    let server: TestServer;
    let operator: Api;
    let admin: Api;
    let acme: Seeded;
    let idp: ConnectedIdp;
    let scim: ScimClient;
    let engKey: string;
    let salesKey: string;

    beforeEach(async () => {
      scene = await ssoScene(dialect, 10);
      ({ server, operator, admin, acme } = scene);
      idp = await connectIdp(server, admin, acme.accountId, 'saml', { devicesPerUser: 3 });
      engKey = (await createKey(admin, acme.subscriptionId, { name: 'Engineering', type: 'dynamic', maxSeats: 5 })).body.id;
      ok(await admin.patch(`/v1/keys/${engKey}`, { ssoGroups: ['Engineers'] }));
      salesKey = (await createKey(admin, acme.subscriptionId, { name: 'Sales', type: 'reserved', maxSeats: 2 })).body.id;
      ok(await admin.patch(`/v1/keys/${salesKey}`, { ssoGroups: ['Sales'] }));
      const token = await admin.post(`/v1/accounts/${acme.accountId}/scim-tokens`, { name: provider.name });
      ok(token, 201);
      expect(token.body.baseUrl).toBe('http://allot.test/scim/v2');
      scim = scimClient(server.app, token.body.token, provider.suffix);
    });
    afterEach(async () => {
      await idp?.close();
      await scene?.close();
    });

    const seatBox = async () => {
      const sub = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}`)).body;
      expectSeatFormulas(sub.seats);
      expectSeatsConsistent(await auditSeats(server.runtime.database, acme.subscriptionId));
      const keys = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}/keys`)).body.data as { id: string; used: number }[];
      return { used: sub.seats.used as number, keys: Object.fromEntries(keys.map((k) => [k.id, k.used])) };
    };
    const activate = async (local: string, device: string) => {
      // The assertion's groups do not count once SCIM is on: they are left out here.
      const res = await ssoActivate(operator, await deviceSignIn(server, idp, scene.product, { email: `${local}@acme.example` }), device);
      ok(res, 201);
      return res.body.activation as { id: string; keyId: string };
    };
    const checkIn = (activationId: string, device: string) => operator.as(null).post('/v1/client/check-in', { activationId, fingerprint: `sso-fp-${device}` });
    const scimEvents = async (action: string) =>
      ((await admin.get(`/v1/events?accountId=${acme.accountId}&action=${action}&actorType=scim&limit=100`)).body.data as any[]).map((e) => ({
        actor: e.actor.name,
        target: e.target.id,
        after: e.after,
      }));

    it('creates people and groups, takes seats by SSO, then deactivates, deletes and moves people: seats, keys, users and audit log agree', async () => {
      const ids: Record<string, string> = {};
      for (const [n, local] of ['ada', 'bob', 'cy'].entries()) {
        const created = await scim.post('/Users', provider.createUser(local, n));
        ok(created, 201);
        ids[local] = created.body.id;
      }
      const engineers = await provider.createGroup(scim, 'Engineers', 1);
      const sales = await provider.createGroup(scim, 'Sales', 2);
      await provider.addMembers(
        scim,
        engineers,
        'Engineers',
        ['ada', 'bob', 'cy'].map((l) => ({ id: ids[l]!, userName: `${l}@acme.example` })),
      );

      const ada1 = await activate('ada', 'ada-1');
      const ada2 = await activate('ada', 'ada-2');
      await activate('bob', 'bob-1');
      const cy1 = await activate('cy', 'cy-1');
      expect([ada1.keyId, ada2.keyId, cy1.keyId]).toEqual([engKey, engKey, engKey]);
      expect(await seatBox()).toEqual({ used: 3, keys: { [acme.primaryKeyId]: 0, [engKey]: 3, [salesKey]: 0 } });

      // Ada leaves: deactivated as the provider does it; both her devices end at once.
      ok(await scim.patch(`/Users/${ids.ada}`, provider.deactivate));
      expect((await scim.get(`/Users/${ids.ada}`)).body.active).toBe(false);
      expect(await seatBox()).toEqual({ used: 2, keys: { [acme.primaryKeyId]: 0, [engKey]: 2, [salesKey]: 0 } });
      for (const [a, device] of [
        [ada1, 'ada-1'],
        [ada2, 'ada-2'],
      ] as const) {
        const refused = await checkIn(a.id, device);
        expect([refused.status, refused.body.error.code]).toEqual([403, 'SSO_USER_DEACTIVATED']);
      }

      // Bob is deleted (Okta itself never deletes: it deactivates; the RFC's DELETE works for both).
      ok(await scim.del(`/Users/${ids.bob}`), 204);
      ok(await scim.get(`/Users/${ids.bob}`), 404);
      expect(await seatBox()).toEqual({ used: 1, keys: { [acme.primaryKeyId]: 0, [engKey]: 1, [salesKey]: 0 } });

      // Cy moves from Engineers to Sales: the seat follows at each change, at once.
      await provider.removeMember(scim, engineers, 'Engineers', ids.cy!);
      expect(await seatBox()).toEqual({ used: 1, keys: { [acme.primaryKeyId]: 1, [engKey]: 0, [salesKey]: 0 } });
      await provider.addMembers(scim, sales, 'Sales', [{ id: ids.cy!, userName: 'cy@acme.example' }]);
      expect(await seatBox()).toEqual({ used: 1, keys: { [acme.primaryKeyId]: 0, [engKey]: 0, [salesKey]: 1 } });
      const back = await checkIn(cy1.id, 'cy-1');
      ok(back);
      expect(claimsOf(back.body.certificate).keyId).toBe(salesKey);

      // The users, as the console shows them.
      const people = Object.fromEntries(((await admin.get(`/v1/accounts/${acme.accountId}/sso-users?limit=100`)).body.data as any[]).map((u) => [u.email, u]));
      expect(people['ada@acme.example']).toMatchObject({ status: 'deactivated', devices: 0, seats: [], provisioning: { provider: provider.name, deprovisionedAt: null } });
      expect(people['bob@acme.example']).toMatchObject({ status: 'deactivated', devices: 0, seats: [], groups: [] });
      expect(people['bob@acme.example'].provisioning.deprovisionedAt).not.toBeNull();
      expect(people['cy@acme.example']).toMatchObject({ status: 'active', devices: 1, seats: [{ keyId: salesKey, keyName: 'Sales', devices: 1 }] });
      expect(people['cy@acme.example'].groups).toContain('Sales');
      expect(people['cy@acme.example'].groups).not.toContain('Engineers');
      const bySource = async (source: string) => ((await admin.get(`/v1/accounts/${acme.accountId}/sso-users?source=${source}`)).body.data as any[]).map((u) => u.email);
      expect(await bySource('scim')).toEqual(['ada@acme.example', 'bob@acme.example', 'cy@acme.example']);
      expect(await bySource('sign-in')).toEqual([]);

      // The audit log, with the provider's token as the actor.
      expect(await scimEvents('sso_user.deactivated')).toEqual([{ actor: provider.name, target: ids.ada, after: expect.objectContaining({ status: 'deactivated', endedActivations: 2 }) }]);
      expect(await scimEvents('sso_user.deprovisioned')).toEqual([{ actor: provider.name, target: ids.bob, after: expect.objectContaining({ endedActivations: 1 }) }]);
      expect((await scimEvents('sso_user.seat_moved')).map((e) => [e.target, e.after.keyId])).toEqual([
        [ids.cy, salesKey],
        [ids.cy, acme.primaryKeyId],
      ]);
      expect((await scimEvents('activation.deactivated')).length).toBe(3);
      expect((await scimEvents('sso_user.provisioned')).map((e) => e.target).sort()).toEqual([ids.ada, ids.bob, ids.cy].sort());
      const membership = await scimEvents('scim_group.members_changed');
      expect(membership.some((e) => e.target === engineers && e.after.removed.includes('cy@acme.example'))).toBe(true);
      expect(membership.some((e) => e.target === sales && e.after.added.includes('cy@acme.example'))).toBe(true);
    });
  });
});

/**
 * SSO per-user licensing end to end (issue 12): a real DNS server on loopback for the verified
 * domain, a real identity provider of each protocol, the device flow as a native app and its
 * browser run it, and the seat box and keys held to DOMAIN.md's formulas throughout.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { createKey, type Seeded } from '../helpers/fixtures.ts';
import type { TestServer } from '../helpers/harness.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';
import { claimsOf, connectIdp, deviceSignIn, ssoActivate, ssoScene, type ConnectedIdp, type Protocol, type SsoScene } from '../helpers/sso.ts';

describe.each(dialects())('SSO devices on %s', (dialect) => {
  describe.each(['saml', 'oidc'] as Protocol[])('through %s', (protocol) => {
    let scene: SsoScene;
    let server: TestServer;
    let operator: Api;
    let acme: Seeded;
    let admin: Api;
    let idp: ConnectedIdp;
    let product: string;
    let engKey: string;

    beforeEach(async () => {
      scene = await ssoScene(dialect, 10);
      ({ server, operator, acme, admin, product } = scene);
      idp = await connectIdp(server, admin, acme.accountId, protocol, { devicesPerUser: 3 });
      const eng = await createKey(admin, acme.subscriptionId, { name: 'Engineering', type: 'dynamic', maxSeats: 4 });
      expect(eng.status, eng.text).toBe(201);
      engKey = eng.body.id;
      expect((await admin.patch(`/v1/keys/${engKey}`, { ssoGroups: ['Engineers'] })).status).toBe(200);
    });
    afterEach(async () => {
      await idp?.close();
      await scene?.close();
    });

    const seatsNow = async () => {
      const sub = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}`)).body;
      expectSeatFormulas(sub.seats);
      expectSeatsConsistent(await auditSeats(server.runtime.database, acme.subscriptionId));
      const keys = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}/keys`)).body.data as any[];
      return { seats: sub.seats, keys: Object.fromEntries(keys.map((k) => [k.id, k])) };
    };

    it('a person in a mapped group activates three devices on one seat of their key; a person in no group draws on the primary key', async () => {
      const ada = { email: 'ada@acme.example', name: 'Ada Lovelace', groups: ['engineers'] };
      const results = [];
      for (const n of [1, 2, 3]) {
        const signIn = await deviceSignIn(server, idp, product, ada);
        const res = await ssoActivate(operator, signIn, `ada-${n}`);
        expect(res.status, res.text).toBe(201);
        results.push(res.body);
        const now = await seatsNow();
        expect(now.seats.used).toBe(1);
        expect(now.keys[engKey].used).toBe(1);
      }
      for (const r of results) {
        expect(r.activation).toMatchObject({ activationType: 'SSO', keyId: engKey, userEmail: 'ada@acme.example' });
        expect(claimsOf(r.certificate)).toMatchObject({ activationType: 'SSO', keyId: engKey, user: { email: 'ada@acme.example', name: 'Ada Lovelace' } });
      }
      // The same device again: its activation, no second seat (200).
      const again = await ssoActivate(operator, await deviceSignIn(server, idp, product, ada), 'ada-1');
      expect(again.status, again.text).toBe(200);
      expect(again.body.activation.id).toBe(results[0].activation.id);
      // A fourth device is one too many (devicesPerUser 3).
      const fourth = await ssoActivate(operator, await deviceSignIn(server, idp, product, ada), 'ada-4');
      expect(fourth.status, fourth.text).toBe(409);
      expect(fourth.body.error.code).toBe('DEVICE_LIMIT_USER');

      const bob = { email: 'bob@acme.example', name: 'Bob', groups: ['sales'] };
      const bobs = await ssoActivate(operator, await deviceSignIn(server, idp, product, bob), 'bob-1');
      expect(bobs.status, bobs.text).toBe(201);
      expect(bobs.body.activation.keyId).toBe(acme.primaryKeyId);
      const now = await seatsNow();
      expect(now.seats.used).toBe(2);
      expect(now.keys[acme.primaryKeyId].used).toBe(1);
      // The usage chart counts Ada's three devices as the one seat they are.
      const usage = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}/usage?days=7`)).body;
      expect(usage.points.at(-1).used).toBe(2);
      const engUsage = (await admin.get(`/v1/subscriptions/${acme.subscriptionId}/usage?days=7&keyId=${engKey}`)).body;
      expect(engUsage.points.at(-1).used).toBe(1);

      // Per-device keys mix in: a key activation takes its own seat.
      const keyed = await operator.as(null).post('/v1/client/activate', { key: acme.primaryKey, fingerprint: 'plain-1', device: { name: 'kiosk', os: 'Linux' } });
      expect(keyed.status, keyed.text).toBe(201);
      expect((await seatsNow()).seats.used).toBe(3);

      // The users list shows people with their key, groups, devices and last sign-in.
      const users = (await admin.get(`/v1/accounts/${acme.accountId}/sso-users`)).body.data as any[];
      const adaRow = users.find((u) => u.email === 'ada@acme.example');
      expect(adaRow).toMatchObject({ name: 'Ada Lovelace', groups: ['engineers'], devices: 3, seats: [{ keyId: engKey, keyName: 'Engineering', devices: 3 }] });
      expect(adaRow.lastSignInAt).not.toBeNull();

      // The seat goes back with the person's last device, not before.
      await admin.post(`/v1/activations/${results[0].activation.id}/deactivate`);
      await admin.post(`/v1/activations/${results[1].activation.id}/deactivate`);
      expect((await seatsNow()).keys[engKey].used).toBe(1);
      await admin.post(`/v1/activations/${results[2].activation.id}/deactivate`);
      const after = await seatsNow();
      expect(after.keys[engKey].used).toBe(0);
      expect(after.seats.used).toBe(2);
    });

    it('deactivating a person frees their seat at once; their devices are told SSO_USER_DEACTIVATED at check-in, and they cannot activate', async () => {
      const cy = { email: 'cy@acme.example', groups: ['Engineers'] };
      const one = (await ssoActivate(operator, await deviceSignIn(server, idp, product, cy), 'cy-1')).body;
      const two = (await ssoActivate(operator, await deviceSignIn(server, idp, product, cy), 'cy-2')).body;
      expect((await seatsNow()).keys[engKey].used).toBe(1);
      const user = (await admin.get(`/v1/accounts/${acme.accountId}/sso-users`)).body.data[0];
      const off = await admin.post(`/v1/sso-users/${user.id}/deactivate`);
      expect(off.status, off.text).toBe(200);
      expect(off.body).toMatchObject({ status: 'deactivated', devices: 0 });
      expect((await seatsNow()).keys[engKey].used).toBe(0);
      for (const [a, fp] of [[one, 'cy-1'], [two, 'cy-2']] as const) {
        const checkIn = await operator.as(null).post('/v1/client/check-in', { activationId: a.activation.id, fingerprint: `sso-fp-${fp}` });
        expect(checkIn.status, checkIn.text).toBe(403);
        expect(checkIn.body.error.code).toBe('SSO_USER_DEACTIVATED');
      }
      // A sign-in of a deactivated person is refused at the provider's answer (no code at all).
      const { browserSignIn } = await import('../helpers/sso.ts');
      const { back } = await browserSignIn(server, idp, product, cy);
      expect(back.status, back.text).toBe(403);
      expect(back.body.error.code).toBe('SSO_USER_DEACTIVATED');
      // Reactivated, they activate again.
      expect((await admin.post(`/v1/sso-users/${user.id}/reactivate`)).status).toBe(200);
      const back3 = await ssoActivate(operator, await deviceSignIn(server, idp, product, cy), 'cy-3');
      expect(back3.status, back3.text).toBe(201);
      expect((await seatsNow()).keys[engKey].used).toBe(1);
    });

    it("moves a person's seat to their new group's key at their next check-in, and keeps it where it is while the new key has no room", async () => {
      const ops = await createKey(admin, acme.subscriptionId, { name: 'Operations', type: 'reserved', maxSeats: 1 });
      expect((await admin.patch(`/v1/keys/${ops.body.id}`, { ssoGroups: ['ops'], ssoPriority: 10 })).status).toBe(200);
      // Someone holds the one Operations seat.
      const olga = await ssoActivate(operator, await deviceSignIn(server, idp, product, { email: 'olga@acme.example', groups: ['ops'] }), 'olga');
      expect(olga.body.activation.keyId).toBe(ops.body.id);
      const dan = { email: 'dan@acme.example', groups: ['engineers'] };
      const first = (await ssoActivate(operator, await deviceSignIn(server, idp, product, dan), 'dan-1')).body;
      expect(first.activation.keyId).toBe(engKey);
      // Dan joins ops (seen at his next sign-in): ops wins on priority, but has no room. He stays on Engineering.
      const second = await ssoActivate(operator, await deviceSignIn(server, idp, product, { ...dan, groups: ['engineers', 'ops'] }), 'dan-2');
      expect(second.status, second.text).toBe(201);
      expect(second.body.activation.keyId).toBe(engKey);
      const stay = await operator.as(null).post('/v1/client/check-in', { activationId: first.activation.id, fingerprint: 'sso-fp-dan-1' });
      expect(stay.status, stay.text).toBe(200);
      expect(claimsOf(stay.body.certificate).keyId).toBe(engKey);
      let now = await seatsNow();
      expect([now.keys[engKey].used, now.keys[ops.body.id].used]).toEqual([1, 1]);
      // Olga leaves: at Dan's next check-in his seat (both devices) moves to Operations.
      expect((await admin.post(`/v1/activations/${olga.body.activation.id}/deactivate`)).status).toBe(200);
      const moved = await operator.as(null).post('/v1/client/check-in', { activationId: first.activation.id, fingerprint: 'sso-fp-dan-1' });
      expect(moved.status, moved.text).toBe(200);
      expect(claimsOf(moved.body.certificate).keyId).toBe(ops.body.id);
      now = await seatsNow();
      expect([now.keys[engKey].used, now.keys[ops.body.id].used]).toEqual([0, 1]);
      expect((await admin.get(`/v1/activations/${second.body.activation.id}`)).body.keyId).toBe(ops.body.id);
      // An SSO device is not moved by hand: its seat follows the groups.
      const byHand = await admin.post(`/v1/activations/${second.body.activation.id}/move`, { keyId: engKey });
      expect(byHand.body.error?.code, byHand.text).toBe('SSO_SEAT_BY_GROUP');
    });

    it("deleting a key ends its people's devices and gives each person's one seat back; its key expiry does the same", async () => {
      const fay = { email: 'fay@acme.example', groups: ['engineers'] };
      for (const n of [1, 2]) expect((await ssoActivate(operator, await deviceSignIn(server, idp, product, fay), `fay-${n}`)).status).toBe(201);
      const gus = { email: 'gus@acme.example', groups: ['engineers'] };
      expect((await ssoActivate(operator, await deviceSignIn(server, idp, product, gus), 'gus-1')).status).toBe(201);
      expect((await seatsNow()).keys[engKey].used).toBe(2);
      const refused = await admin.del(`/v1/keys/${engKey}`);
      expect(refused.body.error.code).toBe('KEY_HAS_ACTIVATIONS');
      const deleted = await admin.del(`/v1/keys/${engKey}?deactivateDevices=true`);
      expect(deleted.status, deleted.text).toBe(200);
      expect(deleted.body.deactivatedDevices).toBe(3);
      const now = await seatsNow();
      expect(now.seats.used).toBe(0);
      // Their groups now map nowhere: their next device draws on the primary key.
      const back = await ssoActivate(operator, await deviceSignIn(server, idp, product, fay), 'fay-3');
      expect(back.body.activation.keyId).toBe(acme.primaryKeyId);

      const temp = await createKey(admin, acme.subscriptionId, { name: 'Contractors', type: 'reserved', maxSeats: 2, expiresAt: new Date(server.clock.now() + 86_400_000).toISOString() });
      expect((await admin.patch(`/v1/keys/${temp.body.id}`, { ssoGroups: ['contractors'] })).status).toBe(200);
      const hal = { email: 'hal@acme.example', groups: ['contractors'] };
      for (const n of [1, 2]) expect((await ssoActivate(operator, await deviceSignIn(server, idp, product, hal), `hal-${n}`)).body.activation.keyId).toBe(temp.body.id);
      expect((await seatsNow()).keys[temp.body.id].used).toBe(1);
      server.clock.advance(86_400_000 + 1);
      const expired = await seatsNow();
      expect(expired.keys[temp.body.id]).toMatchObject({ used: 0, status: 'expired' });
      expect(expired.seats).toMatchObject({ used: 1, reservedTotal: 0 });
    });

    it('the one-time code: twice, with a wrong verifier, or after five minutes is SSO_CODE_INVALID, and nothing is activated', async () => {
      const eve = { email: 'eve@acme.example', groups: [] };
      const used = await deviceSignIn(server, idp, product, eve);
      expect((await ssoActivate(operator, used, 'eve-1')).status).toBe(201);
      const twice = await ssoActivate(operator, used, 'eve-2');
      expect([twice.status, twice.body.error.code]).toEqual([400, 'SSO_CODE_INVALID']);

      const wrong = await deviceSignIn(server, idp, product, eve);
      const bad = await ssoActivate(operator, { code: wrong.code, codeVerifier: 'x'.repeat(43) }, 'eve-3');
      expect([bad.status, bad.body.error.code]).toEqual([400, 'SSO_CODE_INVALID']);
      // A wrong verifier spends the code: the right one no longer works either.
      expect((await ssoActivate(operator, wrong, 'eve-3')).body.error.code).toBe('SSO_CODE_INVALID');

      const late = await deviceSignIn(server, idp, product, eve);
      server.clock.advance(5 * 60_000 + 1);
      const expired = await ssoActivate(operator, late, 'eve-4');
      expect([expired.status, expired.body.error.code]).toEqual([400, 'SSO_CODE_INVALID']);
      const now = await seatsNow();
      expect(now.seats.used).toBe(1);
      expect((await admin.get(`/v1/subscriptions/${acme.subscriptionId}/activations`)).body.total).toBe(1);
    });
  });
});

/**
 * The audit log keeps names as they were (docs/architecture.md, "Audit events"): an event about
 * a device or an invitation records its key's name at the time, so renaming the key later
 * rewrites no history; a delivery event names the address it went to; a member added with a
 * password is recorded active, one invited by email invited. An accepted invitation names the
 * device that accepted it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { eventually, mailEnv, startSmtp, type Smtp } from '../helpers/smtp.ts';

describe.each(dialects())('names in the audit log on %s', (dialect) => {
  let server: TestServer | undefined;
  let smtp: Smtp | undefined;

  afterEach(async () => {
    await server?.close();
    await smtp?.stop();
    server = undefined;
    smtp = undefined;
  });

  it("records the key's name of the time on device and invitation events, and the device that accepted an invitation", async () => {
    smtp = await startSmtp();
    server = await startTestServer(dialect, { env: mailEnv(smtp.url) });
    const api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);
    const admin = api.as(seed.adminToken);
    const engineering = await createKey(admin, seed.subscriptionId, { name: 'Engineering', type: 'dynamic', maxSeats: 3 });
    const design = await createKey(admin, seed.subscriptionId, { name: 'Design', type: 'reserved', maxSeats: 2 });
    expect([engineering.status, design.status]).toEqual([201, 201]);

    const invited = await admin.post(`/v1/keys/${engineering.body.id}/invitations`, { emails: ['ana@example.com'] });
    expect(invited.status, invited.text).toBe(201);
    const invitation = invited.body.data[0];
    expect(invitation).toMatchObject({ status: 'pending', activationId: null, deviceName: null });
    await eventually('the invitation delivered', async () => (await admin.get(`/v1/invitations/${invitation.id}`)).body.delivery.status === 'sent');

    // Ana activates with her code; the invitation names her device.
    const accepted = await activate(api, invitation.code, 'ana');
    expect(accepted.status, accepted.text).toBe(201);
    const activationId = accepted.body.activation.id;
    const after = await admin.get(`/v1/invitations/${invitation.id}`);
    expect(after.body).toMatchObject({ status: 'accepted', activationId, deviceName: 'laptop-ana' });
    expect(after.body.acceptedAt).toEqual(expect.any(String));
    const listed = (await admin.get(`/v1/subscriptions/${seed.subscriptionId}/invitations`)).body.data as any[];
    expect(listed.find((i) => i.id === invitation.id)).toMatchObject({ deviceName: 'laptop-ana' });

    // The key is renamed, then the device moves to Design and is deactivated.
    expect((await admin.patch(`/v1/keys/${engineering.body.id}`, { name: 'Engineering EU' })).status).toBe(200);
    expect((await admin.post(`/v1/activations/${activationId}/move`, { keyId: design.body.id })).status).toBe(200);
    expect((await admin.post(`/v1/activations/${activationId}/deactivate`)).status).toBe(200);

    const events = (await admin.get(`/v1/events?subscriptionId=${seed.subscriptionId}&limit=100`)).body.data as any[];
    const one = (action: string) => {
      const found = events.filter((e) => e.action === action);
      expect(found, action).toHaveLength(1);
      return found[0];
    };
    // Written before the rename: the old name stays.
    expect(one('invitation.created').after).toMatchObject({ email: 'ana@example.com', keyId: engineering.body.id, keyName: 'Engineering' });
    expect(one('invitation.delivered').after).toMatchObject({ email: 'ana@example.com', attempts: 1 });
    expect(one('activation.created').after).toMatchObject({ keyId: engineering.body.id, keyName: 'Engineering', deviceName: 'laptop-ana' });
    expect(one('invitation.accepted').after).toMatchObject({ keyName: 'Engineering', activationId, deviceName: 'laptop-ana', status: 'accepted' });
    // Written after it: the new one, and each side of a move its own.
    expect(one('activation.moved')).toMatchObject({
      before: { keyId: engineering.body.id, keyName: 'Engineering EU' },
      after: { keyId: design.body.id, keyName: 'Design' },
    });
    expect(one('activation.deactivated').after).toMatchObject({ keyName: 'Design', status: 'deactivated' });
    expect(one('key.updated')).toMatchObject({ before: { name: 'Engineering' }, after: { name: 'Engineering EU' } });
  });

  it('records a revoked invitation with its key name, and a member added with a password as active, an invited one as invited', async () => {
    server = await startTestServer(dialect);
    const api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);
    const admin = api.as(seed.adminToken);
    const key = await createKey(admin, seed.subscriptionId, { name: 'Support', type: 'dynamic', maxSeats: 3 });
    const invited = await admin.post(`/v1/keys/${key.body.id}/invitations`, { emails: ['bo@example.com', 'cy@example.com'] });
    expect(invited.status, invited.text).toBe(201);
    // Without SMTP the email waits; the invitation is still pending.
    expect(invited.body.data.map((i: any) => i.delivery.status)).toEqual(['queued', 'queued']);
    expect((await admin.post(`/v1/invitations/${invited.body.data[0].id}/revoke`)).status).toBe(200);
    // Deleting the key revokes the other one, with the key's name too.
    expect((await admin.del(`/v1/keys/${key.body.id}`)).status).toBe(200);
    const revoked = (await admin.get(`/v1/events?subscriptionId=${seed.subscriptionId}&action=invitation.revoked`)).body.data as any[];
    expect(revoked.map((e) => [e.after.reason, e.after.keyName]).sort()).toEqual([
      ['administrator', 'Support'],
      ['key_deleted', 'Support'],
    ]);

    const added = await api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'ana@example.com', name: 'Ana', role: 'account_admin', password: 'correct horse battery' });
    const invitedMember = await admin.post(`/v1/accounts/${seed.accountId}/members`, { email: 'dee@example.com', name: 'Dee', role: 'member' });
    expect([added.status, invitedMember.status]).toEqual([201, 201]);
    const created = (await api.get(`/v1/events?accountId=${seed.accountId}&action=member.created`)).body.data as any[];
    expect(created.find((e) => e.target.id === added.body.id).after).toMatchObject({ name: 'Ana', status: 'active' });
    expect(created.find((e) => e.target.id === invitedMember.body.id).after).toMatchObject({ name: 'Dee', status: 'invited' });
  });
  it('names the member on a resent invitation and a requested password reset, and every event about a key, member, product, device or token names it', async () => {
    server = await startTestServer(dialect);
    const api = apiClient(server.app);
    const seed = await seedSubscription(api, 10);
    const admin = api.as(seed.adminToken);
    const key = await createKey(admin, seed.subscriptionId, { name: 'Support', type: 'dynamic', maxSeats: 3 });
    expect(key.status, key.text).toBe(201);
    expect((await activate(api, key.body.key, 'eve')).status).toBe(201);
    const ana = await api.post(`/v1/accounts/${seed.accountId}/members`, { email: 'ana@example.com', name: 'Ana', role: 'account_admin', password: 'correct horse battery' });
    const dee = await admin.post(`/v1/accounts/${seed.accountId}/members`, { email: 'dee@example.com', name: 'Dee', role: 'member' });
    expect([ana.status, dee.status]).toEqual([201, 201]);
    expect((await admin.post(`/v1/members/${dee.body.id}/resend-invitation`)).status).toBe(200);
    expect((await api.as(null).post('/v1/password-reset', { email: 'ana@example.com' })).status).toBe(202);
    await server.runtime.services.passwords.processResets();
    const token = await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'ci' });
    expect(token.status, token.text).toBe(201);
    expect((await api.del(`/v1/tokens/${token.body.id}`)).status).toBe(200);

    const events = (await api.get('/v1/events?limit=500')).body.data as any[];
    const resent = events.filter((e) => e.action === 'member.invitation_resent');
    expect(resent.map((e) => [e.target.id, e.after])).toEqual([[dee.body.id, { name: 'Dee', email: 'dee@example.com' }]]);
    const requested = events.filter((e) => e.action === 'member.password_reset_requested');
    expect(requested.map((e) => [e.actor.type, e.target.id, e.after])).toEqual([['system', ana.body.id, { name: 'Ana', email: 'ana@example.com' }]]);

    // A name of the time in the event itself, or (a member acting on themselves) the actor's.
    const nameField = { key: 'name', member: 'name', product: 'name', activation: 'deviceName', token: 'name' } as Record<string, string>;
    const named = events.filter((e) => nameField[e.target.type]);
    expect(new Set(named.map((e) => e.target.type))).toEqual(new Set(Object.keys(nameField)));
    for (const e of named) {
      const self = e.actor.type === e.target.type && e.actor.id === e.target.id && e.actor.name;
      const recorded = [e.after, e.before].some((state) => typeof state?.[nameField[e.target.type]!] === 'string');
      expect(Boolean(self) || recorded, `${e.action} names its ${e.target.type}`).toBe(true);
    }
  });
});

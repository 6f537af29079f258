/**
 * Okta's SCIM dialect, end to end over HTTP, with the bodies Okta publishes (fixtures/okta.ts),
 * on SQLite and PostgreSQL: a lookup that finds nothing, creation with a password (accepted,
 * never returned nor stored), PUT of the whole resource, deactivation by a path-less replace
 * (Okta never deletes users), Push Groups with the rename PATCH sent along with each membership
 * change, membership by add and by remove with members[value eq "…"].
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { dumpRows, LIST_RESPONSE, SCIM_ERROR, scimAccount, scimClient, type ScimClient } from '../helpers/scim-http.ts';
import * as okta from './fixtures/okta.ts';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PASSWORD = '1mz050nq';

describe.each(dialects())('Okta dialect on %s', (dialect) => {
  let server: TestServer;
  let scim: ScimClient;
  let accountId: string;
  const ids = { test: '', ann: '', bob: '', cid: '', group: '' };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const made = await scimAccount(apiClient(server.app), 'Initech');
    accountId = made.accountId;
    scim = scimClient(server.app, made.token);
  });
  afterAll(() => server?.close());

  const expectScim = (res: { status: number; headers: Record<string, unknown>; text: string }, status: number) => {
    expect(res.status, res.text).toBe(status);
    if (status !== 204) expect(String(res.headers['content-type'])).toMatch(/^application\/scim\+json/);
  };
  /** Nowhere in the database, in any form. */
  const expectNotStored = async (secret: string) => {
    const rows = JSON.stringify(await dumpRows(server));
    expect(rows.includes(secret), `${secret} is stored`).toBe(false);
  };

  it('answers a lookup that finds nothing with an empty ListResponse, and an unknown id with 404', async () => {
    const none = await scim.get(okta.userByName('test.user@okta.local'));
    expectScim(none, 200);
    expect(none.body).toEqual({ schemas: [LIST_RESPONSE], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] });
    const unknown = await scim.get('/Users/23a35c27-23d3-4c03-b4c5-6443c09e7173');
    expectScim(unknown, 404);
    expect(unknown.body).toMatchObject({ schemas: [SCIM_ERROR], status: '404' });
    expectScim(await scim.get(okta.listGroups()), 200);
  });

  it('creates a user with a password, which it neither returns nor stores', async () => {
    const created = await scim.post('/Users', okta.createUser('test.user@okta.local'));
    expectScim(created, 201);
    ids.test = created.body.id;
    expect(created.headers.location).toBe(created.body.meta.location);
    expect(created.body).toMatchObject({
      schemas: [USER],
      userName: 'test.user@okta.local',
      name: { givenName: 'Test', familyName: 'User' },
      emails: [{ primary: true, value: 'test.user@okta.local', type: 'work' }],
      displayName: 'Test User',
      locale: 'en-US',
      externalId: '00ujl29u0le5T6Aj10h7',
      active: true,
      groups: [],
      meta: { resourceType: 'User' },
    });
    expect(created.text).not.toContain(PASSWORD);
    expect(created.body).not.toHaveProperty('password');
    const read = await scim.get(`/Users/${ids.test}`);
    expect(read.text).not.toContain(PASSWORD);
    await expectNotStored(PASSWORD);

    const found = await scim.get(okta.userByName('test.user@okta.local'));
    expect(found.body).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(found.body.Resources[0].id).toBe(ids.test);
    // Okta expects 409 for a user that exists.
    const again = await scim.post('/Users', okta.createUser('test.user@okta.local', 'another'));
    expectScim(again, 409);
    expect(again.body).toMatchObject({ schemas: [SCIM_ERROR], status: '409', scimType: 'uniqueness' });
  });

  it('replaces a user with PUT (id, groups and meta sent back are ignored)', async () => {
    const put = await scim.put(`/Users/${ids.test}`, okta.replaceUser(ids.test, 'test.user@okta.local'));
    expectScim(put, 200);
    expect(put.body).toMatchObject({ id: ids.test, name: { givenName: 'Another', middleName: 'Excited', familyName: 'User' }, active: true, emails: [{ display: 'test.user@okta.local' }] });
    // PUT replaces: what it did not send is gone.
    expect(put.body).not.toHaveProperty('locale');
    expect(put.body).not.toHaveProperty('externalId');
  });

  it('syncs a password by PATCH: accepted, not stored', async () => {
    const synced = await scim.patch(`/Users/${ids.test}`, okta.syncPassword('n3w-Pa55word!'));
    expectScim(synced, 200);
    expect(synced.text).not.toContain('n3w-Pa55word!');
    await expectNotStored('n3w-Pa55word!');
  });

  it('deactivates and reactivates with a path-less replace; the user stays', async () => {
    const off = await scim.patch(`/Users/${ids.test}`, okta.deactivateUser);
    expectScim(off, 200);
    expect(off.body.active).toBe(false);
    // Okta never deletes: the user is still there, inactive, and found.
    expect((await scim.get(`/Users/${ids.test}`)).body.active).toBe(false);
    const listed = await scim.get(okta.listUsers());
    expect(listed.body.Resources.find((r: any) => r.id === ids.test)?.active).toBe(false);
    expect((await scim.get(`/Users?filter=${encodeURIComponent('active eq false')}`)).body.Resources.map((r: any) => r.id)).toEqual([ids.test]);
    const on = await scim.patch(`/Users/${ids.test}`, okta.activateUser);
    expect(on.body.active).toBe(true);
    const row = await apiClient(server.app).get(`/v1/sso-users/${ids.test}`);
    expect(row.status, row.text).toBe(200);
    expect(row.body.status).toBe('active');
    expect(row.body.accountId).toBe(accountId);
  });

  it('pushes a group, changes its members with the rename PATCH alongside, by add and by remove with a filter', async () => {
    for (const who of ['ann', 'bob', 'cid']) {
      const made = await scim.post('/Users', okta.createUser(`${who}@okta.local`, `ext-${who}`));
      expectScim(made, 201);
      ids[who as 'ann' | 'bob' | 'cid'] = made.body.id;
    }
    const created = await scim.post('/Groups', okta.createGroup('Test SCIMv2'));
    expectScim(created, 201);
    ids.group = created.body.id;
    expect(created.body).toMatchObject({ schemas: [GROUP], displayName: 'Test SCIMv2', members: [] });

    const members = async () => ((await scim.get(`/Groups/${ids.group}`)).body.members ?? []).map((m: any) => m.value).sort();
    // Okta sends the rename (the same name) before each membership change.
    expectScim(await scim.patch(`/Groups/${ids.group}`, okta.renameGroup(ids.group, 'Test SCIMv2')), 200);
    expectScim(await scim.patch(`/Groups/${ids.group}`, okta.addMembers([{ id: ids.ann!, userName: 'ann@okta.local' }, { id: ids.bob!, userName: 'bob@okta.local' }])), 200);
    expect(await members()).toEqual([ids.ann, ids.bob].sort());

    const renamed = await scim.patch(`/Groups/${ids.group}`, okta.renameGroup(ids.group, 'Test SCIMv20'));
    expectScim(renamed, 200);
    expect(renamed.body.displayName).toBe('Test SCIMv20');
    const changed = await scim.patch(`/Groups/${ids.group}`, okta.changeMembers(ids.ann!, ids.cid!, 'cid@okta.local'));
    expectScim(changed, 200);
    expect(await members()).toEqual([ids.bob, ids.cid].sort());
    expect((await scim.get(`/Users/${ids.cid}`)).body.groups).toEqual([expect.objectContaining({ value: ids.group, display: 'Test SCIMv20' })]);
    expect((await scim.get(`/Users/${ids.ann}`)).body.groups).toEqual([]);

    expectScim(await scim.patch(`/Groups/${ids.group}`, okta.removeMember(ids.bob!)), 200);
    expect(await members()).toEqual([ids.cid]);
    expectScim(await scim.patch(`/Groups/${ids.group}`, okta.replaceMembers([{ id: ids.ann!, userName: 'ann@okta.local' }, { id: ids.test!, userName: 'test.user@okta.local' }])), 200);
    expect(await members()).toEqual([ids.ann, ids.test].sort());

    const listed = await scim.get(okta.listGroups());
    expect(listed.body).toMatchObject({ schemas: [LIST_RESPONSE], totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(listed.body.Resources[0].members).toHaveLength(2);
    // Another id in the rename is refused, and changes nothing.
    const other = await scim.patch(`/Groups/${ids.group}`, okta.renameGroup(ids.ann!, 'Hijack'));
    expectScim(other, 400);
    expect(other.body.scimType).toBe('mutability');
    expect((await scim.get(`/Groups/${ids.group}`)).body.displayName).toBe('Test SCIMv20');
  });

  it('unlinks a pushed group with DELETE', async () => {
    const deleted = await scim.del(`/Groups/${ids.group}`);
    expect(deleted.status, deleted.text).toBe(204);
    expectScim(await scim.get(`/Groups/${ids.group}`), 404);
    expect((await scim.get(`/Users/${ids.ann}`)).body.groups).toEqual([]);
    await expectNotStored(PASSWORD);
  });
});

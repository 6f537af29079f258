/**
 * Microsoft Entra ID's SCIM dialect, end to end over HTTP, with the bodies Microsoft publishes
 * (fixtures/entra.ts): once as the provisioning service sends them by default, once with
 * ?aadOptscim062020 on every URL (the tenant URL carries it, so every request does) and the
 * flag's bodies. Both on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { allPages, LIST_RESPONSE, SCIM_ERROR, scimAccount, scimClient, type ScimClient } from '../helpers/scim-http.ts';
import * as entra from './fixtures/entra.ts';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

const variants = [
  { name: 'default', suffix: '', disable: entra.disableUserWithoutFlag, addNickName: entra.addNickNameWithoutFlag, replaceMany: entra.replaceManyWithoutFlag, removeMember: entra.removeMember },
  { name: 'aadOptscim062020', suffix: 'aadOptscim062020', disable: entra.disableUserWithFlag, addNickName: entra.addNickNameWithFlag, replaceMany: entra.replaceManyWithFlag, removeMember: entra.removeMemberWithFlag },
];

describe.each(dialects())('Entra ID dialect on %s', (dialect) => {
  describe.each(variants)('$name', (variant) => {
    let server: TestServer;
    let scim: ScimClient;
    /** Users made by one test, used by the next (the file runs in order). */
    const ids = { ellen: '', boss: '', group: '' };
    const tag = variant.name === 'default' ? 'd' : 'f';
    const address = (who: string) => `${who}.${tag}@contoso.example`;

    beforeAll(async () => {
      server = await startTestServer(dialect);
      const { token } = await scimAccount(apiClient(server.app), 'Contoso');
      scim = scimClient(server.app, token, variant.suffix);
    });
    afterAll(() => server?.close());

    const expectScim = (res: { status: number; headers: Record<string, unknown>; text: string }, status: number) => {
      expect(res.status, res.text).toBe(status);
      if (status !== 204) expect(String(res.headers['content-type'])).toMatch(/^application\/scim\+json/);
    };
    const expectError = (res: { status: number; body: any; headers: Record<string, unknown>; text: string }, status: number, scimType?: string) => {
      expectScim(res, status);
      expect(res.body.schemas).toEqual([SCIM_ERROR]);
      expect(res.body.status).toBe(String(status));
      if (scimType) expect(res.body.scimType).toBe(scimType);
    };

    it('answers the discovery endpoints (Test Connection)', async () => {
      const config = await scim.get('/ServiceProviderConfig');
      expectScim(config, 200);
      expect(config.body).toMatchObject({
        patch: { supported: true },
        bulk: { supported: false },
        filter: { supported: true, maxResults: 200 },
        changePassword: { supported: false },
        sort: { supported: false },
        etag: { supported: false },
        authenticationSchemes: [expect.objectContaining({ type: 'oauthbearertoken' })],
      });
      const schemas = await scim.get('/Schemas');
      expectScim(schemas, 200);
      expect(schemas.body.Resources.map((s: any) => s.id).sort()).toEqual([GROUP, USER, entra.ENTERPRISE].sort());
      expectScim(await scim.get(`/Schemas/${USER}`), 200);
      expect((await scim.get(`/Schemas/${entra.ENTERPRISE}`)).body.attributes.map((a: any) => a.name)).toContain('manager');
      const types = await scim.get('/ResourceTypes');
      expect(types.body.Resources.map((t: any) => t.endpoint)).toEqual(['/Users', '/Groups']);
      expect((await scim.get('/ResourceTypes/Group')).body.schema).toBe(GROUP);
      // Entra's first request: a user that does not exist, by a random userName.
      const probe = await scim.get(entra.userByName('non-existent user'));
      expectScim(probe, 200);
      expect(probe.body).toEqual({ schemas: [LIST_RESPONSE], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] });
    });

    it('creates a user, finds it by userName (any case) and externalId, and refuses it twice', async () => {
      const created = await scim.post('/Users', entra.createUser(address('ellen'), address('ellen')));
      expectScim(created, 201);
      ids.ellen = created.body.id;
      expect(created.headers.location).toBe(created.body.meta.location);
      expect(created.body).toMatchObject({
        schemas: expect.arrayContaining([USER]),
        externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
        userName: address('ellen'),
        active: true,
        name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
        emails: [{ primary: true, type: 'work', value: address('ellen') }],
        meta: { resourceType: 'User', location: expect.stringMatching(new RegExp(`/scim/v2/Users/${created.body.id}$`)), version: expect.stringMatching(/^W\/".+"$/) },
      });
      expect(Date.parse(created.body.meta.created)).not.toBeNaN();
      expect(created.body).not.toHaveProperty('roles');

      const found = await scim.get(entra.userByName(address('ellen').toUpperCase()));
      expectScim(found, 200);
      expect(found.body).toMatchObject({ schemas: [LIST_RESPONSE], totalResults: 1, startIndex: 1, itemsPerPage: 1 });
      expect(found.body.Resources[0].id).toBe(ids.ellen);
      const byExternal = await scim.get(`/Users?filter=${encodeURIComponent('externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"')}`);
      expect(byExternal.body.Resources.map((r: any) => r.id)).toEqual([ids.ellen]);
      const byWorkEmail = await scim.get(`/Users?filter=${encodeURIComponent(`emails[type eq "work"].value eq "${address('ellen')}"`)}`);
      expect(byWorkEmail.body.Resources.map((r: any) => r.id)).toEqual([ids.ellen]);

      expectError(await scim.post('/Users', entra.createUser(address('ellen'), address('ellen'), 'another')), 409, 'uniqueness');
      expectError(await scim.post('/Users', entra.createUser(address('ellen').toUpperCase(), 'other@contoso.example', 'another')), 409, 'uniqueness');
      expectError(await scim.get('/Users/0190f5c2-0000-7000-8000-00000000dead'), 404);
    });

    it('updates multi-valued and single-valued properties', async () => {
      const multi = await scim.patch(`/Users/${ids.ellen}`, entra.updateMultiValued);
      expectScim(multi, 200);
      expect(multi.body.emails).toEqual([{ primary: true, type: 'work', value: 'updatedEmail@microsoft.com' }]);
      expect(multi.body.name.familyName).toBe('updatedFamilyName');
      const single = await scim.patch(`/Users/${ids.ellen}`, entra.updateSingleValued(address('ellen.renamed')));
      expectScim(single, 200);
      expect(single.body.userName).toBe(address('ellen.renamed'));
      expect((await scim.get(`/Users/${ids.ellen}`)).body.userName).toBe(address('ellen.renamed'));
    });

    it('replaces several attributes, one operation each or in one value, and adds a single-value string', async () => {
      const many = await scim.patch(`/Users/${ids.ellen}`, variant.replaceMany);
      expectScim(many, 200);
      if (variant.name === 'default')
        expect(many.body).toMatchObject({ displayName: 'Pvlo', externalId: 'Eqpj', name: { givenName: 'Gtfd', familyName: 'Pkqf' }, emails: [{ value: 'TestBcwqnm@test.microsoft.com' }], [entra.ENTERPRISE]: { employeeNumber: 'Eqpj' } });
      else expect(many.body).toMatchObject({ displayName: 'Bjfe', name: { givenName: 'Kkom', familyName: 'Unua' }, emails: [{ value: 'TestMhvaes@test.microsoft.com' }], [entra.ENTERPRISE]: { employeeNumber: 'Aklq' } });
      expect(many.body.schemas).toEqual([USER, entra.ENTERPRISE]);
      const nick = await scim.patch(`/Users/${ids.ellen}`, variant.addNickName);
      expectScim(nick, 200);
      expect(nick.body.nickName).toBe('Babs');
    });

    it('clears attributes with "null" (empty) updates', async () => {
      const cleared = await scim.patch(`/Users/${ids.ellen}`, entra.clearAttribute('nickName'));
      expectScim(cleared, 200);
      expect(cleared.body).not.toHaveProperty('nickName');
      const noGiven = await scim.patch(`/Users/${ids.ellen}`, { schemas: [entra.PATCH_OP], Operations: [{ op: 'Replace', path: 'name.givenName', value: null }] });
      expect(noGiven.body.name).not.toHaveProperty('givenName');
      const noNumber = await scim.patch(`/Users/${ids.ellen}`, entra.clearAttribute(`${entra.ENTERPRISE}:employeeNumber`));
      expect(noNumber.body).not.toHaveProperty(entra.ENTERPRISE);
      expect(noNumber.body.schemas).toEqual([USER]);
      expect((await scim.get(`/Users/${ids.ellen}`)).body).not.toHaveProperty('nickName');
    });

    it('adds a manager, given as a string or as a list', async () => {
      const boss = await scim.post('/Users', entra.createUser(address('boss'), address('boss'), `boss-${tag}`));
      expectScim(boss, 201);
      ids.boss = boss.body.id;
      const asString = await scim.patch(`/Users/${ids.ellen}`, entra.addManager(ids.boss));
      expectScim(asString, 200);
      expect(asString.body[entra.ENTERPRISE].manager).toEqual({ value: ids.boss });
      await scim.patch(`/Users/${ids.ellen}`, entra.clearAttribute(`${entra.ENTERPRISE}:manager`));
      expect((await scim.get(`/Users/${ids.ellen}`)).body).not.toHaveProperty(entra.ENTERPRISE);
      const asList = await scim.patch(`/Users/${ids.ellen}`, entra.addManagerAsList(ids.boss));
      expect(asList.body[entra.ENTERPRISE].manager).toEqual({ value: ids.boss });
      const filtered = await scim.get(`/Users?filter=${encodeURIComponent(`${entra.ENTERPRISE}:manager.value eq "${ids.boss}"`)}`);
      expect(filtered.body.Resources.map((r: any) => r.id)).toEqual([ids.ellen]);
    });

    it('disables and re-enables a user (active as Entra sends it)', async () => {
      const disabled = await scim.patch(`/Users/${ids.boss}`, variant.disable);
      expectScim(disabled, 200);
      expect(disabled.body.active).toBe(false);
      const byName = await scim.get(entra.userByName(address('boss')));
      expect(byName.body.Resources[0].active).toBe(false);
      expect((await scim.patch(`/Users/${ids.boss}`, entra.disableUser)).body.active).toBe(false);
      const enabled = await scim.patch(`/Users/${ids.boss}`, entra.enableUserWithoutFlag);
      expectScim(enabled, 200);
      expect(enabled.body.active).toBe(true);
    });

    it('creates a group, reads it without members, adds and removes members', async () => {
      const created = await scim.post('/Groups', entra.createGroup(`Sales ${tag}`, `8aa1a0c0-${tag}`));
      expectScim(created, 201);
      ids.group = created.body.id;
      expect(created.headers.location).toBe(created.body.meta.location);
      expect(created.body).toMatchObject({ schemas: [GROUP], displayName: `Sales ${tag}`, externalId: `8aa1a0c0-${tag}`, members: [], meta: { resourceType: 'Group' } });
      expectError(await scim.post('/Groups', entra.createGroup(`SALES ${tag}`, 'x')), 409, 'uniqueness');

      const bare = await scim.get(entra.groupWithoutMembers(ids.group));
      expectScim(bare, 200);
      expect(bare.body).not.toHaveProperty('members');
      expect(bare.body.displayName).toBe(`Sales ${tag}`);
      const byName = await scim.get(entra.groupByName(`sales ${tag}`));
      expect(byName.body).toMatchObject({ totalResults: 1, itemsPerPage: 1, startIndex: 1 });
      expect(byName.body.Resources[0]).not.toHaveProperty('members');

      expectScim(await scim.patch(`/Groups/${ids.group}`, entra.addMember(ids.ellen)), 200);
      expectScim(await scim.patch(`/Groups/${ids.group}`, entra.addMember(ids.boss)), 200);
      const full = await scim.get(`/Groups/${ids.group}`);
      expect(full.body.members.map((m: any) => m.value).sort()).toEqual([ids.ellen, ids.boss].sort());
      expect(full.body.members.find((m: any) => m.value === ids.boss).display).toBe(address('boss'));
      const ellen = await scim.get(`/Users/${ids.ellen}`);
      expect(ellen.body.groups).toEqual([expect.objectContaining({ value: ids.group, display: `Sales ${tag}` })]);

      const removed = await scim.patch(`/Groups/${ids.group}`, variant.removeMember(ids.ellen));
      expectScim(removed, 200);
      expect(removed.body.members.map((m: any) => m.value)).toEqual([ids.boss]);
      // The other way too.
      const other = variant.name === 'default' ? entra.removeMemberWithFlag : entra.removeMember;
      expect((await scim.patch(`/Groups/${ids.group}`, other(ids.boss))).body.members).toEqual([]);
      expect((await scim.get(`/Users/${ids.ellen}`)).body.groups).toEqual([]);
      // Removing who is not a member changes nothing.
      expectScim(await scim.patch(`/Groups/${ids.group}`, variant.removeMember(ids.ellen)), 200);
    });

    it('renames and deletes a group', async () => {
      const renamed = await scim.patch(`/Groups/${ids.group}`, entra.renameGroup(`1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName-${tag}`));
      expectScim(renamed, 200);
      expect(renamed.body.displayName).toBe(`1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName-${tag}`);
      const deleted = await scim.del(`/Groups/${ids.group}`);
      expect(deleted.status, deleted.text).toBe(204);
      expect(deleted.text).toBe('');
      expectError(await scim.get(`/Groups/${ids.group}`), 404);
    });

    it('pages as the validator checks (count=5 over several pages: startIndex as asked, no duplicates, none missing)', async () => {
      for (let i = 0; i < 12; i++) expectScim(await scim.post('/Users', entra.createUser(address(`page${i}`), address(`page${i}`), `page-${tag}-${i}`)), 201);
      const all = await scim.get('/Users?count=200');
      const total = all.body.totalResults;
      expect(total).toBe(14);
      const { pages, ids: seen } = await allPages(scim, '/Users', 5);
      expect(pages).toHaveLength(3);
      pages.forEach((page, i) => {
        expect(page.startIndex).toBe(1 + 5 * i);
        expect(Number.isInteger(page.totalResults) && Number.isInteger(page.itemsPerPage) && Number.isInteger(page.startIndex)).toBe(true);
        expect(page.totalResults).toBe(total);
        expect(page.itemsPerPage).toBe(page.Resources.length);
      });
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.sort()).toEqual(all.body.Resources.map((r: any) => r.id).sort());
      // Past the end, and counts the RFC reads leniently.
      const past = await scim.get('/Users?startIndex=100&count=5');
      expect(past.body).toMatchObject({ totalResults: total, startIndex: 100, itemsPerPage: 0, Resources: [] });
      const totals = await scim.get('/Users?count=0');
      expect(totals.body).toMatchObject({ totalResults: total, itemsPerPage: 0, Resources: [] });
      expect((await scim.get('/Users?startIndex=0&count=2')).body.startIndex).toBe(1);
      expect((await scim.get('/Users?count=1000')).body.itemsPerPage).toBe(total);
      const filtered = await allPages(scim, `/Users?filter=${encodeURIComponent('userName sw "page"')}`, 5);
      expect(filtered.ids).toHaveLength(12);
    });

    it('picks attributes, and deletes a user', async () => {
      const picked = await scim.get(`/Users/${ids.ellen}?attributes=userName,name.familyName`);
      expect(Object.keys(picked.body).sort()).toEqual(['id', 'name', 'schemas', 'userName']);
      expect(Object.keys(picked.body.name)).toEqual(['familyName']);
      const without = await scim.get(`/Users/${ids.ellen}?excludedAttributes=emails,meta`);
      expect(without.body).not.toHaveProperty('emails');
      expect(without.body).not.toHaveProperty('meta');
      expect(without.body.userName).toBe(address('ellen.renamed'));

      const deleted = await scim.del(`/Users/${ids.ellen}`);
      expect(deleted.status, deleted.text).toBe(204);
      expectError(await scim.get(`/Users/${ids.ellen}`), 404);
      expectError(await scim.patch(`/Users/${ids.ellen}`, variant.disable), 404);
      expect((await scim.get(entra.userByName(address('ellen.renamed')))).body.totalResults).toBe(0);
      expect((await scim.get('/Users?count=200')).body.Resources.map((r: any) => r.id)).not.toContain(ids.ellen);
    });
  });
});

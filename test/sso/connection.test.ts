/**
 * The identity-provider connection (issue 12, item 2) and console sign-in through it (item 7),
 * on both databases, against real providers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import type { TestServer } from '../helpers/harness.ts';
import { createSamlIdp } from '../helpers/saml-idp.ts';
import { startOidcIdp } from '../helpers/oidc-idp.ts';
import { connectIdp, ssoScene, type ConnectedIdp, type SsoScene } from '../helpers/sso.ts';

describe.each(dialects())('SSO connection on %s', (dialect) => {
  let scene: SsoScene;
  let server: TestServer;
  let operator: Api;
  let acme: Seeded;
  let admin: Api;
  const closing: { close(): Promise<void> }[] = [];

  beforeEach(async () => {
    scene = await ssoScene(dialect, 10);
    ({ server, operator, acme, admin } = scene);
  });
  afterEach(async () => {
    for (const c of closing.splice(0)) await c.close();
    await scene?.close();
  });

  it('tells what to paste into the identity provider before a connection exists, and serves the SP metadata', async () => {
    const none = await admin.get(`/v1/accounts/${acme.accountId}/sso`);
    expect(none.status).toBe(404);
    expect(none.body.error).toMatchObject({
      code: 'SSO_NOT_CONFIGURED',
      details: {
        serviceProvider: {
          spEntityId: `http://allot.test/sso/saml/${acme.accountId}`,
          acsUrl: `http://allot.test/sso/saml/${acme.accountId}/acs`,
          spMetadataUrl: `http://allot.test/sso/saml/${acme.accountId}/metadata`,
          redirectUri: `http://allot.test/sso/oidc/${acme.accountId}/callback`,
        },
      },
    });
    const metadata = await server.app.inject({ method: 'GET', url: `/sso/saml/${acme.accountId}/metadata` });
    expect(metadata.statusCode).toBe(200);
    expect(metadata.headers['content-type']).toMatch(/samlmetadata\+xml/);
    expect(metadata.body).toContain(`entityID="http://allot.test/sso/saml/${acme.accountId}"`);
    expect(metadata.body).toContain(`Location="http://allot.test/sso/saml/${acme.accountId}/acs"`);
    const unknown = await server.app.inject({ method: 'GET', url: '/sso/saml/0190aaaa-0000-7000-8000-000000000000/metadata' });
    expect(unknown.statusCode).toBe(404);
  });

  it('saves a SAML connection from metadata or from its fields, replaces it, reads it, removes it; the audit log has each change', async () => {
    const idp = await createSamlIdp();
    const fromMetadata = await admin.put(`/v1/accounts/${acme.accountId}/sso`, { protocol: 'saml', idpMetadataXml: idp.metadataXml, adminGroup: 'allot-admins' });
    expect(fromMetadata.status, fromMetadata.text).toBe(200);
    expect(fromMetadata.body).toMatchObject({
      protocol: 'saml',
      idpEntityId: idp.entityId,
      idpSsoUrl: idp.ssoUrl,
      adminGroup: 'allot-admins',
      devicesPerUser: 5,
      enforce: false,
      clientSecretSet: false,
      serviceProvider: { acsUrl: `http://allot.test/sso/saml/${acme.accountId}/acs` },
    });
    expect(fromMetadata.body.idpCertificates[0].fingerprintSha256).toMatch(/^[0-9A-F:]{95}$/);
    const fields = await admin.put(`/v1/accounts/${acme.accountId}/sso`, {
      protocol: 'saml',
      idpEntityId: idp.entityId,
      idpSsoUrl: 'https://idp.acme.example/sso',
      idpCertificates: [idp.certificatePem],
      devicesPerUser: 2,
    });
    expect(fields.status, fields.text).toBe(200);
    expect(fields.body).toMatchObject({ idpSsoUrl: 'https://idp.acme.example/sso', devicesPerUser: 2, adminGroup: null });
    expect((await admin.get(`/v1/accounts/${acme.accountId}/sso`)).body).toEqual(fields.body);
    const removed = await admin.del(`/v1/accounts/${acme.accountId}/sso`);
    expect(removed.status).toBe(204);
    expect((await admin.get(`/v1/accounts/${acme.accountId}/sso`)).status).toBe(404);
    const events = (await admin.get(`/v1/events?accountId=${acme.accountId}`)).body.data.map((e: any) => e.action);
    expect(events.filter((a: string) => a.startsWith('sso_connection.'))).toEqual(['sso_connection.removed', 'sso_connection.saved', 'sso_connection.saved']);
  });

  it('refuses what cannot work, changing nothing: http:// off loopback, a broken certificate, both metadata and fields, an issuer that does not answer', async () => {
    const idp = await createSamlIdp();
    const cases: [unknown, string, string][] = [
      [{ protocol: 'saml', idpEntityId: 'x', idpSsoUrl: 'http://idp.example/sso', idpCertificates: [idp.certificatePem] }, 'INVALID_REQUEST', 'idpSsoUrl'],
      [{ protocol: 'saml', idpEntityId: 'x', idpSsoUrl: 'https://idp.example/sso', idpCertificates: ['not a certificate'] }, 'INVALID_REQUEST', 'idpCertificates'],
      [{ protocol: 'saml', idpMetadataXml: idp.metadataXml, idpEntityId: 'x' }, 'INVALID_REQUEST', 'idpMetadataXml'],
      [{ protocol: 'saml', idpMetadataXml: '<not-metadata/>' }, 'INVALID_REQUEST', 'idpMetadataXml'],
      [{ protocol: 'oidc', issuer: 'http://idp.example', clientId: 'c', clientSecret: 's' }, 'INVALID_REQUEST', 'issuer'],
      [{ protocol: 'oidc', issuer: 'http://127.0.0.1:9/', clientId: 'c', clientSecret: 's' }, 'SSO_DISCOVERY_FAILED', ''],
      [{ protocol: 'oidc', issuer: 'https://idp.example', clientId: 'c' }, 'INVALID_REQUEST', 'clientSecret'],
    ];
    for (const [body, code, field] of cases) {
      const res = await admin.put(`/v1/accounts/${acme.accountId}/sso`, body);
      expect(res.status, res.text).toBeGreaterThanOrEqual(400);
      expect(res.status, res.text).toBeLessThan(500);
      expect(res.body.error.code, res.text).toBe(code);
      if (field) expect(JSON.stringify(res.body.error.details ?? ''), res.text).toContain(field);
    }
    expect((await admin.get(`/v1/accounts/${acme.accountId}/sso`)).status).toBe(404);
  });

  it('keeps an OpenID Connect client secret encrypted, never returns it, and keeps it when a replace leaves it out', async () => {
    const secret = 'super-secret-client-value-0123456789';
    const oidc = await startOidcIdp({ clients: [{ clientId: 'allot', clientSecret: secret, redirectUris: [`http://allot.test/sso/oidc/${acme.accountId}/callback`] }], users: {} });
    closing.push(oidc);
    const saved = await admin.put(`/v1/accounts/${acme.accountId}/sso`, { protocol: 'oidc', issuer: oidc.issuer, clientId: 'allot', clientSecret: secret });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ protocol: 'oidc', issuer: oidc.issuer, clientId: 'allot', clientSecretSet: true });
    expect(saved.text).not.toContain(secret);
    const row = await server.runtime.database.db.selectFrom('sso_connections').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret);
    const kept = await admin.put(`/v1/accounts/${acme.accountId}/sso`, { protocol: 'oidc', issuer: oidc.issuer, clientId: 'allot', enforce: true });
    expect(kept.status, kept.text).toBe(200);
    expect(kept.body).toMatchObject({ clientSecretSet: true, enforce: true });
    const events = (await admin.get(`/v1/events?accountId=${acme.accountId}`)).text;
    expect(events).not.toContain(secret);
  });

  it("another account's administrator is told not found; a License Administrator may not see the connection", async () => {
    const globex = await seedSubscription(operator, 5);
    const asGlobex = operator.as(globex.adminToken);
    const idp = await createSamlIdp();
    expect((await admin.put(`/v1/accounts/${acme.accountId}/sso`, { protocol: 'saml', idpMetadataXml: idp.metadataXml })).status).toBe(200);
    for (const res of [
      await asGlobex.get(`/v1/accounts/${acme.accountId}/sso`),
      await asGlobex.put(`/v1/accounts/${acme.accountId}/sso`, { protocol: 'saml', idpMetadataXml: idp.metadataXml }),
      await asGlobex.del(`/v1/accounts/${acme.accountId}/sso`),
      await asGlobex.get(`/v1/accounts/${acme.accountId}/sso-users`),
    ]) expect([res.status, res.body.error.code]).toEqual([404, 'ACCOUNT_NOT_FOUND']);
    const licenseAdmin = await operator.post(`/v1/accounts/${acme.accountId}/tokens`, { name: 'la', role: 'license_admin', keyIds: [acme.primaryKeyId] });
    expect(licenseAdmin.status, licenseAdmin.text).toBe(201);
    const asLa = operator.as(licenseAdmin.body.token);
    expect((await asLa.get(`/v1/accounts/${acme.accountId}/sso`)).status).toBe(403);
  });

  describe('console sign-in', () => {
    let idp: ConnectedIdp;
    beforeEach(async () => {
      idp = await connectIdp(server, admin, acme.accountId, 'oidc', { adminGroup: 'allot-admins' });
      closing.push(idp);
    });

    const signInToConsole = async (person: { email: string; name?: string; groups?: string[] }) => {
      const start = await server.app.inject({ method: 'GET', url: `/sso/console?email=${encodeURIComponent(person.email)}` });
      expect(start.statusCode, start.body).toBe(302);
      return idp.answer(String(start.headers.location), person);
    };
    const cookieOf = (res: { headers: Record<string, unknown> }) => String([res.headers['set-cookie']].flat()[0] ?? '').split(';')[0]!;

    it('makes a member of the administrators group an Account Administrator at their first sign-in, with a session', async () => {
      const back = await signInToConsole({ email: 'root@acme.example', name: 'Rooney', groups: ['allot-admins'] });
      expect(back.status, back.text).toBe(200);
      expect(back.text).toContain('url=/');
      const cookie = cookieOf(back);
      expect(cookie).toMatch(/^allot_session=/);
      expect(String([back.headers['set-cookie']].flat()[0])).toMatch(/HttpOnly/i);
      const session = await server.app.inject({ method: 'GET', url: '/v1/session', headers: { cookie } });
      expect(session.statusCode, session.body).toBe(200);
      expect(JSON.parse(session.body).member).toMatchObject({ email: 'root@acme.example', name: 'Rooney', role: 'account_admin', status: 'active' });
    });

    it('refuses a person outside the group who is not a member (SSO_NOT_ADMIN), and lets an existing License Administrator in with their role', async () => {
      const outsider = await signInToConsole({ email: 'nobody@acme.example', groups: ['sales'] });
      expect([outsider.status, outsider.body.error.code]).toEqual([403, 'SSO_NOT_ADMIN']);
      const created = await admin.post(`/v1/accounts/${acme.accountId}/members`, { email: 'lena@acme.example', name: 'Lena', role: 'license_admin', keyIds: [acme.primaryKeyId] });
      expect(created.status, created.text).toBe(201);
      const lena = await signInToConsole({ email: 'lena@acme.example', groups: [] });
      expect(lena.status, lena.text).toBe(200);
      const session = await server.app.inject({ method: 'GET', url: '/v1/session', headers: { cookie: cookieOf(lena) } });
      expect(JSON.parse(session.body).member).toMatchObject({ role: 'license_admin', status: 'active' });
    });

    it('with enforce, a password stops working for addresses of the verified domains (SSO_REQUIRED), not for others', async () => {
      const member = await admin.post(`/v1/accounts/${acme.accountId}/members`, { email: 'pat@acme.example', name: 'Pat', role: 'account_admin' });
      expect(member.status, member.text).toBe(201);
      const conn = (await admin.get(`/v1/accounts/${acme.accountId}/sso`)).body;
      expect((await admin.put(`/v1/accounts/${acme.accountId}/sso`, { protocol: 'oidc', issuer: conn.issuer, clientId: conn.clientId, adminGroup: 'allot-admins', enforce: true })).status).toBe(200);
      const refused = await operator.as(null).post('/v1/session', { email: 'Pat@acme.example', password: 'whatever-password-1' });
      expect([refused.status, refused.body.error.code]).toEqual([403, 'SSO_REQUIRED']);
      const other = await operator.as(null).post('/v1/session', { email: 'someone@elsewhere.example', password: 'whatever-password-1' });
      expect(other.body.error.code).toBe('INVALID_CREDENTIALS');
    });
  });
});

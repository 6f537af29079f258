/**
 * Issue 14: an account's golden images (create, list, read, change, delete), given to keys
 * (PATCH /v1/keys/{id} goldenImageId) and delivered in their devices' certificates; bad input
 * refused with a code and nothing changed; GOLDEN_IMAGE_IN_USE and ?detach=true; audit events.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, ok, refused, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { claimsOf } from '../helpers/sso.ts';

const ARM = { url: 'https://images.example.com/win11-arm.pvmp', sha256: 'AbCdEf'.repeat(10) + 'abcd' };
const INTEL = { url: 'https://images.example.com/win11-x64.pvmp', sha256: '0'.repeat(64) };


describe.each(dialects())('golden images on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let admin: Api;
  let seed: Seeded;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
    admin = api.as(seed.adminToken);
  });
  afterEach(() => server.close());

  const images = (as: Api = admin, accountId = seed.accountId) => as.get(`/v1/accounts/${accountId}/golden-images`);
  const create = (body: unknown, as: Api = admin, accountId = seed.accountId) => as.post(`/v1/accounts/${accountId}/golden-images`, body);
  const events = async (action: string) => ok(await admin.get(`/v1/events?action=${action}`)).data as any[];

  it('creates, lists, reads and changes an image; checksums are kept in lower case; keys using it are listed', async () => {
    const made = ok(await create({ name: '  Corporate Windows 11 ', description: 'Supported by IT', images: { appleSilicon: ARM } }), 201);
    expect(made).toMatchObject({
      accountId: seed.accountId,
      name: 'Corporate Windows 11',
      description: 'Supported by IT',
      images: { appleSilicon: { url: ARM.url, sha256: ARM.sha256.toLowerCase() }, intel: null },
      keyIds: [],
    });
    const key = ok(await createKey(admin, seed.subscriptionId, { type: 'dynamic', maxSeats: 2 }), 201);
    expect(ok(await admin.patch(`/v1/keys/${key.id}`, { goldenImageId: made.id })).goldenImageId).toBe(made.id);
    expect(ok(await admin.patch(`/v1/keys/${seed.primaryKeyId}`, { goldenImageId: made.id })).goldenImageId).toBe(made.id);
    const read = ok(await admin.get(`/v1/golden-images/${made.id}`));
    expect(read.keyIds.sort()).toEqual([key.id, seed.primaryKeyId].sort());
    expect(ok(await images()).data).toEqual([read]);

    const changed = ok(await admin.patch(`/v1/golden-images/${made.id}`, { description: null, images: { intel: INTEL } }));
    expect(changed).toMatchObject({ name: 'Corporate Windows 11', description: null, images: { appleSilicon: { sha256: ARM.sha256.toLowerCase() }, intel: INTEL } });
    const armless = ok(await admin.patch(`/v1/golden-images/${made.id}`, { images: { appleSilicon: null }, name: 'Windows x64' }));
    expect(armless.images).toEqual({ appleSilicon: null, intel: INTEL });

    const [created] = await events('golden_image.created');
    expect(created).toMatchObject({ target: { type: 'golden_image', id: made.id }, after: { name: 'Corporate Windows 11', description: 'Supported by IT' } });
    expect(await events('golden_image.updated')).toHaveLength(2);
    const keyUpdated = (await events('key.updated')).find((e: any) => e.target.id === key.id);
    expect(keyUpdated).toMatchObject({ before: { goldenImageId: null }, after: { goldenImageId: made.id } });

    // A License Administrator sees the images their keys use, with only their keys.
    const lee = ok(await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'lee', role: 'license_admin', keyIds: [key.id] }), 201);
    const asLee = api.as(lee.token);
    expect(ok(await asLee.get(`/v1/golden-images/${made.id}`)).keyIds).toEqual([key.id]);
    expect(ok(await images(asLee)).data.map((g: any) => g.id)).toEqual([made.id]);
    refused(await asLee.patch(`/v1/golden-images/${made.id}`, { name: 'mine' }), 403, 'FORBIDDEN');
    refused(await create({ name: 'x', images: { intel: INTEL } }, asLee), 403, 'FORBIDDEN');
  });

  it('delivers the image in certificates: a change and a removal reach the device at its next check-in', async () => {
    const image = ok(await create({ name: 'VM', images: { appleSilicon: ARM } }), 201);
    const key = ok(await createKey(admin, seed.subscriptionId, { type: 'dynamic', maxSeats: 2 }), 201);
    ok(await admin.patch(`/v1/keys/${key.id}`, { goldenImageId: image.id }));
    const activated = ok(await activate(api, key.key, 1), 201);
    expect(claimsOf(activated.certificate).goldenImage).toEqual({ id: image.id, name: 'VM', description: null, images: { appleSilicon: { url: ARM.url, sha256: ARM.sha256.toLowerCase() }, intel: null } });
    const checkIn = async () => ok(await api.as(null).post('/v1/client/check-in', { activationId: activated.activation.id, fingerprint: 'fp-1' }));

    ok(await admin.patch(`/v1/golden-images/${image.id}`, { images: { intel: INTEL } }));
    const next = await checkIn();
    expect(claimsOf(next.certificate).goldenImage.images.intel).toEqual(INTEL);
    expect(next.policyChanged).toBe(false);

    ok(await admin.patch(`/v1/keys/${key.id}`, { goldenImageId: null }));
    expect(claimsOf((await checkIn()).certificate).goldenImage).toBeNull();
  });

  it('refuses bad input with a 4xx and a code, and changes nothing', async () => {
    const bad: [string, unknown][] = [
      ['an http URL', { name: 'x', images: { intel: { url: 'http://images.example.com/a', sha256: INTEL.sha256 } } }],
      ['a non-URL', { name: 'x', images: { intel: { url: 'https://', sha256: INTEL.sha256 } } }],
      ['a short checksum', { name: 'x', images: { intel: { url: INTEL.url, sha256: 'abc' } } }],
      ['a checksum that is not hex', { name: 'x', images: { intel: { url: INTEL.url, sha256: 'g'.repeat(64) } } }],
      ['no image at all', { name: 'x', images: {} }],
      ['only nulls', { name: 'x', images: { intel: null, appleSilicon: null } }],
      ['no images field', { name: 'x' }],
      ['an unknown architecture', { name: 'x', images: { riscv: INTEL } }],
      ['an unknown field', { name: 'x', images: { intel: INTEL }, color: 'blue' }],
      ['an unknown field in an image', { name: 'x', images: { intel: { ...INTEL, size: 1 } } }],
      ['an empty name', { name: '', images: { intel: INTEL } }],
    ];
    for (const [what, body] of bad) {
      const error = refused(await create(body), 400, 'INVALID_REQUEST');
      expect(error.message, what).toEqual(expect.any(String));
    }
    const nonHttps = refused(await create({ name: 'x', images: { intel: { url: 'ftp://images.example.com/a', sha256: INTEL.sha256 } } }), 400, 'INVALID_REQUEST');
    expect(JSON.stringify(nonHttps.details)).toContain('intel');
    expect(ok(await images()).data).toEqual([]);

    const image = ok(await create({ name: 'VM', images: { intel: INTEL } }), 201);
    refused(await admin.patch(`/v1/golden-images/${image.id}`, { images: { intel: null } }), 400, 'INVALID_REQUEST');
    refused(await admin.patch(`/v1/golden-images/${image.id}`, { images: { intel: { url: INTEL.url, sha256: 'z' } } }), 400, 'INVALID_REQUEST');
    refused(await admin.patch(`/v1/golden-images/${image.id}`, {}), 400, 'INVALID_REQUEST');
    expect(ok(await admin.get(`/v1/golden-images/${image.id}`))).toEqual({ ...image });
    expect(await events('golden_image.updated')).toEqual([]);

    // Another account's image: not found, to read, change, delete or give to a key.
    const other = await seedSubscription(api, 2);
    const theirs = ok(await create({ name: 'Theirs', images: { intel: INTEL } }, api.as(other.adminToken), other.accountId), 201);
    refused(await admin.get(`/v1/golden-images/${theirs.id}`), 404, 'GOLDEN_IMAGE_NOT_FOUND');
    refused(await admin.patch(`/v1/golden-images/${theirs.id}`, { name: 'mine' }), 404, 'GOLDEN_IMAGE_NOT_FOUND');
    refused(await admin.del(`/v1/golden-images/${theirs.id}`), 404, 'GOLDEN_IMAGE_NOT_FOUND');
    refused(await admin.patch(`/v1/keys/${seed.primaryKeyId}`, { goldenImageId: theirs.id }), 404, 'GOLDEN_IMAGE_NOT_FOUND');
    refused(await admin.patch(`/v1/keys/${seed.primaryKeyId}`, { goldenImageId: '01999999-0000-7000-8000-000000000000' }), 404, 'GOLDEN_IMAGE_NOT_FOUND');
    refused(await images(admin, other.accountId), 404, 'ACCOUNT_NOT_FOUND');
    refused(await create({ name: 'x', images: { intel: INTEL } }, admin, other.accountId), 404, 'ACCOUNT_NOT_FOUND');
    expect(ok(await admin.get(`/v1/keys/${seed.primaryKeyId}`)).goldenImageId).toBeNull();
    expect(ok(await api.as(other.adminToken).get(`/v1/golden-images/${theirs.id}`)).name).toBe('Theirs');
  });

  it('refuses to delete an image keys use (GOLDEN_IMAGE_IN_USE) unless ?detach=true, which takes it from them', async () => {
    const image = ok(await create({ name: 'VM', images: { intel: INTEL } }), 201);
    const key = ok(await createKey(admin, seed.subscriptionId, { type: 'dynamic', maxSeats: 2 }), 201);
    ok(await admin.patch(`/v1/keys/${key.id}`, { goldenImageId: image.id }));
    const activated = ok(await activate(api, key.key, 1), 201);

    const inUse = refused(await admin.del(`/v1/golden-images/${image.id}`), 409, 'GOLDEN_IMAGE_IN_USE');
    expect(inUse.details).toEqual({ keyIds: [key.id] });
    expect(ok(await admin.get(`/v1/golden-images/${image.id}`)).keyIds).toEqual([key.id]);

    const deleted = ok(await admin.del(`/v1/golden-images/${image.id}?detach=true`));
    expect(deleted.id).toBe(image.id);
    refused(await admin.get(`/v1/golden-images/${image.id}`), 404, 'GOLDEN_IMAGE_NOT_FOUND');
    expect(ok(await admin.get(`/v1/keys/${key.id}`)).goldenImageId).toBeNull();
    const [event] = await events('golden_image.deleted');
    expect(event).toMatchObject({ target: { id: image.id }, before: { name: 'VM' }, after: { detachedKeyIds: [key.id] } });
    const next = ok(await api.as(null).post('/v1/client/check-in', { activationId: activated.activation.id, fingerprint: 'fp-1' }));
    expect(claimsOf(next.certificate).goldenImage).toBeNull();

    // An image no key uses goes at once.
    const spare = ok(await create({ name: 'Spare', images: { intel: INTEL } }), 201);
    ok(await admin.del(`/v1/golden-images/${spare.id}`));
    expect(ok(await images()).data).toEqual([]);
  });
});

/**
 * Golden images (issue 14, domain/policy.ts): the corporate virtual machines an account's keys
 * give their devices, one image per architecture at most, at least one. Account Administrators
 * (and the operator) create, change and delete them; a License Administrator reads the ones
 * their keys use. One image serves many keys; a key has at most one (PATCH /v1/keys/{id}).
 */
import { AllotError, notFound } from '../../domain/errors.ts';
import { GOLDEN_IMAGES_PER_ACCOUNT_MAX_COUNT } from '../../domain/limits.ts';
import { ARCHITECTURES, checkImageDescription, checkImageFile, checkImageName, hasAnImage, type Checked, type GoldenImageFiles } from '../../domain/policy.ts';
import type { GoldenImageRecord } from '../../domain/records.ts';
import { canSeeAccount, grantedKeys, requireAccountAccess, requireAccountAdmin } from '../access.ts';
import { record } from '../audit.ts';
import type { Actor, AppDeps, Caller } from '../context.ts';
import type { GoldenImagePatch } from '../ports/repositories.ts';
import type { Tx } from '../ports/store.ts';
import { invalid } from '../validate.ts';
import { goldenImageAuditState, goldenImageView, type GoldenImageView } from '../views/golden-images.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

type FileInput = { url: unknown; sha256: unknown } | null | undefined;
export type ImagesInput = Partial<Record<(typeof ARCHITECTURES)[number], FileInput>>;

export interface CreateGoldenImageInput {
  name: string;
  description?: string | null;
  images: ImagesInput;
}

export interface UpdateGoldenImageInput {
  name?: string;
  /** null clears it. */
  description?: string | null;
  /** Each architecture: an image, null to remove it, absent to keep it. At least one remains. */
  images?: ImagesInput;
}

function valueOf<T>(c: Checked<T>): T {
  if (!c.ok) throw invalid(`${c.field} ${c.problem}.`, c.field);
  return c.value;
}

/** The images after applying `input` to `base`; at least one must remain. */
function filesFrom(input: ImagesInput, base: GoldenImageFiles): GoldenImageFiles {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw invalid('images must be an object: { appleSilicon?, intel? }.', 'images');
  const unknown = Object.keys(input).find((k) => !(ARCHITECTURES as readonly string[]).includes(k));
  if (unknown) throw invalid(`images.${unknown} is not an architecture (appleSilicon, intel).`, `images.${unknown}`);
  const files: GoldenImageFiles = { ...base };
  for (const arch of ARCHITECTURES) {
    const given = input[arch];
    if (given === undefined) continue;
    files[arch] = given === null ? null : valueOf(checkImageFile(given, `images.${arch}`));
  }
  if (!hasAnImage(files)) throw invalid('A golden image needs at least one image (appleSilicon or intel).', 'images');
  return files;
}

/** Keys the caller may know of among `keyIds` (a License Administrator: theirs). */
function visibleKeyIds(actor: Actor, keyIds: string[]): string[] {
  const granted = grantedKeys(actor);
  return granted ? keyIds.filter((id) => granted.has(id)) : keyIds;
}

/** An image the caller may see: of their account and, for a License Administrator, used by one of their keys. */
async function visibleImage(tx: Tx, actor: Actor, id: string): Promise<{ image: GoldenImageRecord; keyIds: string[] }> {
  const image = await tx.goldenImages.byId(id);
  if (!image || !canSeeAccount(actor, image.accountId) || actor.type === 'scim') throw notFound('golden image');
  const keyIds = (await tx.keys.usingImages([id])).get(id) ?? [];
  if (grantedKeys(actor) !== null && visibleKeyIds(actor, keyIds).length === 0) throw notFound('golden image');
  return { image, keyIds };
}

export async function createGoldenImage(deps: Deps, caller: Caller, accountId: string, input: CreateGoldenImageInput): Promise<GoldenImageView> {
  requireAccountAccess(caller.actor, accountId);
  requireAccountAdmin(caller.actor);
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    // An unknown account first: the operator learns nothing else about an id that is no account's.
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    const image: GoldenImageRecord = {
      id: deps.ids.next(),
      accountId,
      name: valueOf(checkImageName(input.name)),
      description: valueOf(checkImageDescription(input.description)),
      images: filesFrom(input.images, { appleSilicon: null, intel: null }),
      createdAt: now,
      updatedAt: now,
    };
    if ((await tx.goldenImages.countByAccount(accountId)) >= GOLDEN_IMAGES_PER_ACCOUNT_MAX_COUNT)
      throw invalid(`An account has at most ${GOLDEN_IMAGES_PER_ACCOUNT_MAX_COUNT} golden images: delete one first.`, 'name');
    await tx.goldenImages.insert(image);
    await record(tx, deps.ids, caller, now, { action: 'golden_image.created', target: { type: 'golden_image', id: image.id }, accountId, after: goldenImageAuditState(image) });
    return goldenImageView(image, []);
  });
}

export async function listGoldenImages(deps: Deps, caller: Caller, accountId: string): Promise<GoldenImageView[]> {
  requireAccountAccess(caller.actor, accountId);
  if (caller.actor.type === 'scim') throw notFound('account');
  return deps.store.read(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    const images = await tx.goldenImages.listByAccount(accountId);
    const using = await tx.keys.usingImages(images.map((g) => g.id));
    const limited = grantedKeys(caller.actor) !== null;
    return images
      .map((g) => ({ g, keyIds: visibleKeyIds(caller.actor, using.get(g.id) ?? []) }))
      .filter(({ keyIds }) => !limited || keyIds.length > 0)
      .map(({ g, keyIds }) => goldenImageView(g, keyIds));
  });
}

export async function getGoldenImage(deps: Deps, caller: Caller, id: string): Promise<GoldenImageView> {
  return deps.store.read(async (tx) => {
    const { image, keyIds } = await visibleImage(tx, caller.actor, id);
    return goldenImageView(image, visibleKeyIds(caller.actor, keyIds));
  });
}

export async function updateGoldenImage(deps: Deps, caller: Caller, id: string, input: UpdateGoldenImageInput): Promise<GoldenImageView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const { image, keyIds } = await visibleImage(tx, caller.actor, id);
    requireAccountAdmin(caller.actor);
    const patch: GoldenImagePatch = {};
    if (input.name !== undefined) patch.name = valueOf(checkImageName(input.name));
    if (input.description !== undefined) patch.description = valueOf(checkImageDescription(input.description));
    if (input.images !== undefined) patch.images = filesFrom(input.images, image.images);
    const after: GoldenImageRecord = { ...image, ...patch, updatedAt: now };
    if (JSON.stringify(goldenImageAuditState(after)) === JSON.stringify(goldenImageAuditState(image))) return goldenImageView(image, keyIds);
    await tx.goldenImages.update(id, { ...patch, updatedAt: now });
    await record(tx, deps.ids, caller, now, {
      action: 'golden_image.updated',
      target: { type: 'golden_image', id },
      accountId: image.accountId,
      before: goldenImageAuditState(image),
      after: goldenImageAuditState(after),
    });
    return goldenImageView(after, keyIds);
  });
}

/** Refused while keys use the image, unless `detach`: then they lose it (their devices see it gone at their next check-in). */
export async function deleteGoldenImage(deps: Deps, caller: Caller, id: string, options: { detach?: boolean }): Promise<GoldenImageView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const { image, keyIds } = await visibleImage(tx, caller.actor, id);
    requireAccountAdmin(caller.actor);
    if (keyIds.length > 0 && !options.detach)
      throw new AllotError('GOLDEN_IMAGE_IN_USE', `${keyIds.length} key(s) use this golden image: give them another (or none) first, or delete with ?detach=true.`, { keyIds });
    const detached = await tx.keys.detachImage(id, now);
    await tx.goldenImages.delete(id);
    await record(tx, deps.ids, caller, now, {
      action: 'golden_image.deleted',
      target: { type: 'golden_image', id },
      accountId: image.accountId,
      before: goldenImageAuditState(image),
      after: { detachedKeyIds: detached },
    });
    return goldenImageView(image, []);
  });
}

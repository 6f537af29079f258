import { useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';
import type { GoldenImage, GoldenImageInput, GoldenImagePatch, LicenseKey } from './types';

/** The account's golden images, each with the keys that use it. */
export function useGoldenImages(accountId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.goldenImages(accountId),
    queryFn: () => call(() => api.GET('/v1/accounts/{accountId}/golden-images', { params: { path: { accountId } } })),
    select: (answer) => answer.data,
    enabled,
  });
}

/** An image moves between keys: the images (their keyIds), the keys (their goldenImageId) and the log are read again. */
const touched = () => [queryKeys.goldenImagesAll, ['subscription'], queryKeys.accountKeysAll, queryKeys.events];

/** Refusals (a non-https URL, a bad checksum) are shown in the form. */
export function useCreateGoldenImage(accountId: string) {
  return useAction({
    run: (body: GoldenImageInput) => call(() => api.POST('/v1/accounts/{accountId}/golden-images', { params: { path: { accountId } }, body })),
    success: (image) => `Golden image “${image.name}” created. Assign it to keys from their rows.`,
    invalidate: touched,
  });
}

export function useUpdateGoldenImage(image: GoldenImage) {
  return useAction({
    run: (body: GoldenImagePatch) => call(() => api.PATCH('/v1/golden-images/{id}', { params: { path: { id: image.id } }, body })),
    success: (updated) => `Golden image “${updated.name}” saved. Devices get it at their next check-in.`,
    invalidate: touched,
  });
}

/** `detach`: the keys that use it lose it; without, a used image is refused (GOLDEN_IMAGE_IN_USE). */
export function useDeleteGoldenImage(image: GoldenImage) {
  return useAction({
    run: (detach: boolean) => call(() => api.DELETE('/v1/golden-images/{id}', { params: { path: { id: image.id }, query: detach ? { detach: true } : {} } })),
    success: `Golden image “${image.name}” deleted.`,
    invalidate: touched,
  });
}

/** A key's golden image, or none. */
export function useAssignGoldenImage(key: LicenseKey) {
  return useAction({
    run: (goldenImageId: string | null) => call(() => api.PATCH('/v1/keys/{id}', { params: { path: { id: key.id } }, body: { goldenImageId } })),
    success: (updated) =>
      updated.goldenImageId ? `Golden image assigned to “${updated.name}”: its devices get it at their next check-in.` : `“${updated.name}” has no golden image any more.`,
    invalidate: touched,
  });
}

/** One image (a License Administrator reads the image of their keys this way: the account's list is for Account Administrators). */
export function useGoldenImage(id: string | null, enabled = true) {
  return useQuery({
    queryKey: [...queryKeys.goldenImagesAll, 'one', id],
    queryFn: () => call(() => api.GET('/v1/golden-images/{id}', { params: { path: { id: id! } } })),
    enabled: enabled && id !== null,
  });
}

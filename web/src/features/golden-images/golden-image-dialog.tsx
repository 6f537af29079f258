import { Button, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useCreateGoldenImage, useUpdateGoldenImage } from '../../api/golden-images';
import { ApiError } from '../../api/client';
import type { Architecture, GoldenImage, GoldenImageInput } from '../../api/types';
import { FormError } from '../../components/form-error';
import { ARCHITECTURES } from './architectures';

interface ImageDraft {
  enabled: boolean;
  url: string;
  sha256: string;
}
interface Draft {
  name: string;
  description: string;
  images: Record<Architecture, ImageDraft>;
}

const draftOf = (image: GoldenImage | null): Draft => ({
  name: image?.name ?? '',
  description: image?.description ?? '',
  images: {
    appleSilicon: { enabled: image ? image.images.appleSilicon !== null : true, url: image?.images.appleSilicon?.url ?? '', sha256: image?.images.appleSilicon?.sha256 ?? '' },
    intel: { enabled: image ? image.images.intel !== null : false, url: image?.images.intel?.url ?? '', sha256: image?.images.intel?.sha256 ?? '' },
  },
});

/** What the console checks before sending (the server checks it all again, and its answer is shown as it is). */
function problemsOf(draft: Draft): Partial<Record<string, string>> {
  const problems: Partial<Record<string, string>> = {};
  if (!draft.name.trim()) problems.name = 'Give the image a name people will recognize.';
  if (!draft.images.appleSilicon.enabled && !draft.images.intel.enabled) problems.images = 'Enable at least one architecture.';
  for (const { arch } of ARCHITECTURES) {
    const image = draft.images[arch];
    if (!image.enabled) continue;
    if (!image.url.trim()) problems[`${arch}.url`] = 'Enter the download address (https://…).';
    if (!image.sha256.trim()) problems[`${arch}.sha256`] = 'Enter the SHA-256 checksum of the file.';
  }
  return problems;
}

const FIELD_SENTENCES: Record<string, string> = {
  url: 'The server refused this address: it must be a full https:// URL.',
  sha256: 'The server refused this checksum: a SHA-256 is 64 hexadecimal characters (0–9, a–f).',
  name: 'The server refused this name.',
};

/** The server's refusal (INVALID_REQUEST) placed on the fields it names, e.g. images.appleSilicon.sha256; its other problems stay in the alert. */
function serverFieldErrors(error: unknown): Partial<Record<string, string>> {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return {};
  const found: Partial<Record<string, string>> = {};
  for (const detail of error.details as { field?: string }[]) {
    const field = (detail.field ?? '').replace(/^body\./, '');
    const image = /^images\.(appleSilicon|intel)\.(url|sha256)$/.exec(field);
    if (image) found[`${image[1]}.${image[2]}`] = FIELD_SENTENCES[image[2]!];
    else if (field === 'name') found.name = FIELD_SENTENCES.name;
  }
  return found;
}

function bodyOf(draft: Draft): GoldenImageInput {
  const image = (arch: Architecture) => (draft.images[arch].enabled ? { url: draft.images[arch].url.trim(), sha256: draft.images[arch].sha256.trim() } : undefined);
  const apple = image('appleSilicon');
  const intel = image('intel');
  return {
    name: draft.name.trim(),
    ...(draft.description.trim() && { description: draft.description.trim() }),
    images: { ...(apple && { appleSilicon: apple }), ...(intel && { intel }) },
  };
}

/** Creating a golden image (`image` null) or changing one: a name, a description people see, and an image per architecture. */
export function GoldenImageDialog({ accountId, image, onClose }: { accountId: string; image: GoldenImage | null; onClose: () => void }) {
  const create = useCreateGoldenImage(accountId);
  const update = useUpdateGoldenImage(image ?? ({ id: '', name: '' } as GoldenImage));
  const action = image ? update : create;
  const [draft, setDraft] = useState<Draft>(() => draftOf(image));
  const [submitted, setSubmitted] = useState(false);
  const problems = problemsOf(draft);
  const refused = action.isError ? serverFieldErrors(action.error) : {};
  const shown = (field: string) => (submitted ? (problems[field] ?? refused[field]) : undefined);
  const refusedFields = Object.keys(refused);

  const setImage = (arch: Architecture, change: Partial<ImageDraft>) => {
    setDraft((d) => ({ ...d, images: { ...d.images, [arch]: { ...d.images[arch], ...change } } }));
    action.reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    const body = bodyOf(draft);
    try {
      if (image) {
        await update.mutateAsync({
          name: body.name,
          description: body.description ?? null,
          images: { appleSilicon: body.images.appleSilicon ?? null, intel: body.images.intel ?? null },
        });
      } else {
        await create.mutateAsync(body);
      }
      onClose();
    } catch {
      // shown above the fields, in the server's words
    }
  };

  return (
    <Modal opened onClose={onClose} title={image ? `Edit “${image.name}”` : 'New golden image'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {action.isError &&
            (refusedFields.length > 0 ? (
              <FormError error={action.error} title="The server refused" message={`Nothing was saved. Check the ${refusedFields.length === 1 ? 'field' : 'fields'} marked below.`} />
            ) : (
              <FormError error={action.error} title="The server refused" />
            ))}
          <TextInput
            label="Name"
            description="What people see in the app, e.g. “Windows 11 Engineering”."
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            error={shown('name')}
            maxLength={200}
            required
            data-autofocus
          />
          <Textarea
            label="Description"
            description="Optional, shown to people: what is installed, whom it is for."
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
            autosize
            minRows={2}
            maxRows={5}
            maxLength={2000}
          />
          {ARCHITECTURES.map(({ arch, label }) => {
            const value = draft.images[arch];
            return (
              <Stack key={arch} gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}>
                <Checkbox label={`${label} image`} checked={value.enabled} onChange={(e) => setImage(arch, { enabled: e.currentTarget.checked })} fw={600} />
                {value.enabled && (
                  <>
                    <TextInput
                      label={`${label} download URL`}
                      placeholder="https://downloads.example.com/windows-11-arm.pvmp"
                      value={value.url}
                      onChange={(e) => setImage(arch, { url: e.currentTarget.value })}
                      error={shown(`${arch}.url`)}
                      inputMode="url"
                      classNames={{ input: 'mono' }}
                    />
                    <TextInput
                      label={`${label} SHA-256`}
                      description="64 hexadecimal characters: the app checks the download against it."
                      placeholder="e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                      value={value.sha256}
                      onChange={(e) => setImage(arch, { sha256: e.currentTarget.value })}
                      error={shown(`${arch}.sha256`)}
                      classNames={{ input: 'mono' }}
                      spellCheck={false}
                      autoComplete="off"
                    />
                  </>
                )}
              </Stack>
            );
          })}
          {shown('images') && (
            <Text size="sm" c="red" role="alert">
              {shown('images')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            Devices of the keys that use this image get it at their next check-in.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={action.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={action.isPending}>
              {image ? 'Save changes' : 'Create image'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

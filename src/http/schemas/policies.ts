import { Type } from '@sinclair/typebox';
import { Nullable } from '../../app/views/common.ts';
import { policySettingsProperties } from '../../app/views/policies.ts';
import { GOLDEN_IMAGE_DESCRIPTION_MAX_CHARS, URL_MAX_CHARS } from '../../domain/limits.ts';
import { closed, Name } from './common.ts';

/** PUT /v1/keys/{id}/policy: the nine settings, every one, nothing else (an unknown field is refused with its path). */
export const PutPolicyBody = Type.Object(policySettingsProperties, { ...closed, description: 'A policy: every setting, nothing else.' });

const ImageFileBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: URL_MAX_CHARS, pattern: '^https://', description: 'An https URL.' }),
    sha256: Type.String({ minLength: 64, maxLength: 64, pattern: '^[0-9a-fA-F]{64}$', description: 'SHA-256: 64 hexadecimal digits (kept in lower case).' }),
  },
  closed,
);

const ImagesBody = Type.Object(
  {
    appleSilicon: Type.Optional(Nullable(ImageFileBody)),
    intel: Type.Optional(Nullable(ImageFileBody)),
  },
  { ...closed, description: 'The image of each architecture; null (on PATCH) removes one. At least one remains.' },
);

const Description = Type.String({ maxLength: GOLDEN_IMAGE_DESCRIPTION_MAX_CHARS, description: 'Shown to the people who start from it.' });

export const CreateGoldenImageBody = Type.Object(
  {
    name: Name,
    description: Type.Optional(Nullable(Description)),
    images: ImagesBody,
  },
  closed,
);

export const UpdateGoldenImageBody = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Nullable(Description)),
    images: Type.Optional(ImagesBody),
  },
  { ...closed, minProperties: 1 },
);

export const DeleteGoldenImageQuery = Type.Object(
  { detach: Type.Optional(Type.Boolean({ default: false, description: 'Take the image from the keys that use it, rather than refuse (GOLDEN_IMAGE_IN_USE).' })) },
  closed,
);

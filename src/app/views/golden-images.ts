import { Type, type Static } from '@sinclair/typebox';
import type { GoldenImageState } from '../../domain/audit-events.ts';
import type { GoldenImageRecord } from '../../domain/records.ts';
import { DateTime, Id, iso, Nullable } from './common.ts';

export const ImageFile = Type.Object({
  url: Type.String({ description: 'Where the image is downloaded from (https).' }),
  sha256: Type.String({ description: 'Its SHA-256 checksum: 64 hexadecimal digits, lower case.' }),
});

export const GoldenImageFiles = Type.Object({
  appleSilicon: Nullable(ImageFile),
  intel: Nullable(ImageFile),
});

export const GoldenImage = Type.Object({
  id: Id,
  accountId: Id,
  name: Type.String(),
  description: Nullable(Type.String({ description: 'Shown to the people who start from it.' })),
  images: GoldenImageFiles,
  keyIds: Type.Array(Id, { description: 'The keys whose devices get it.' }),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type GoldenImageView = Static<typeof GoldenImage>;

export const GoldenImageList = Type.Object({ data: Type.Array(GoldenImage) });

export const goldenImageView = (g: GoldenImageRecord, keyIds: string[]): GoldenImageView => ({
  id: g.id,
  accountId: g.accountId,
  name: g.name,
  description: g.description,
  images: { appleSilicon: g.images.appleSilicon, intel: g.images.intel },
  keyIds,
  createdAt: iso(g.createdAt),
  updatedAt: iso(g.updatedAt),
});

export const goldenImageAuditState = (g: GoldenImageRecord): GoldenImageState => ({ name: g.name, description: g.description, images: g.images });

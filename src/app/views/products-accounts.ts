import { Type, type Static } from '@sinclair/typebox';
import type { AccountRecord, ProductRecord } from '../../domain/records.ts';
import { DateTime, Id, iso, Nullable } from './common.ts';

export const Product = Type.Object({ id: Id, code: Type.String(), name: Type.String(), downloadUrl: Nullable(Type.String()), createdAt: DateTime });
export type ProductView = Static<typeof Product>;

export const productView = (p: ProductRecord): ProductView => ({
  id: p.id,
  code: p.code,
  name: p.name,
  downloadUrl: p.downloadUrl,
  createdAt: iso(p.createdAt),
});

export const Account = Type.Object({ id: Id, name: Type.String(), createdAt: DateTime });
export type AccountView = Static<typeof Account>;

export const accountView = (a: AccountRecord): AccountView => ({ id: a.id, name: a.name, createdAt: iso(a.createdAt) });

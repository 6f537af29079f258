import { AllotError, notFound } from '../../domain/errors.ts';
import { requireOperator } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { optionalUrl, text } from '../validate.ts';
import { productView, type ProductView } from '../views/products-accounts.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

export interface CreateProductInput {
  code: string;
  name: string;
  downloadUrl?: string | null;
}

const CODE = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export async function createProduct(deps: Deps, caller: Caller, input: CreateProductInput): Promise<ProductView> {
  requireOperator(caller.actor);
  if (typeof input.code !== 'string' || !CODE.test(input.code))
    throw new AllotError('INVALID_REQUEST', 'code must be 1–64 lower-case letters, digits, dots, dashes or underscores.', [{ field: 'code', problem: 'must be a product code' }]);
  const now = deps.clock.now();
  const product = {
    id: deps.ids.next(),
    code: input.code,
    name: text(input.name, 'name'),
    downloadUrl: optionalUrl(input.downloadUrl, 'downloadUrl'),
    createdAt: now,
  };
  return deps.store.write(async (tx) => {
    if (!(await tx.products.insert(product)))
      throw new AllotError('PRODUCT_EXISTS', `A product with code "${product.code}" already exists.`, { code: product.code });
    const view = productView(product);
    await record(tx, deps.ids, caller, now, { action: 'product.created', target: { type: 'product', id: product.id }, accountId: null, after: view });
    return view;
  });
}

export async function listProducts(deps: Deps): Promise<ProductView[]> {
  return (await deps.store.read((tx) => tx.products.list())).map(productView);
}

export async function updateProduct(
  deps: Deps,
  caller: Caller,
  id: string,
  patch: { name?: string; downloadUrl?: string | null },
): Promise<ProductView> {
  requireOperator(caller.actor);
  const values = {
    ...(patch.name !== undefined && { name: text(patch.name, 'name') }),
    ...(patch.downloadUrl !== undefined && { downloadUrl: optionalUrl(patch.downloadUrl, 'downloadUrl') }),
  };
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const before = await tx.products.byId(id);
    if (!before) throw notFound('product');
    await tx.products.update(id, values);
    const after = productView({ ...before, ...values });
    await record(tx, deps.ids, caller, now, {
      action: 'product.updated',
      target: { type: 'product', id },
      accountId: null,
      before: productView(before),
      after,
    });
    return after;
  });
}

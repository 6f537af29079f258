/** SCIM Users (docs/scim.md): TO BE BUILT (helper h-app). */
import type { Caller } from '../context.ts';
import type { ScimListQuery, ScimPage, ScimUserDoc, ScimUserResource } from '../scim-resources.ts';
import type { AppDeps } from '../context.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'config'>;

const notBuilt = (): never => {
  throw new Error('SCIM Users: not built yet');
};

export async function createScimUser(_deps: Deps, _caller: Caller, _doc: ScimUserDoc): Promise<ScimUserResource> {
  return notBuilt();
}
export async function getScimUser(_deps: Deps, _caller: Caller, _id: string): Promise<ScimUserResource> {
  return notBuilt();
}
export async function listScimUsers(_deps: Deps, _caller: Caller, _q: ScimListQuery<ScimUserResource>): Promise<ScimPage<ScimUserResource>> {
  return notBuilt();
}
export async function replaceScimUser(_deps: Deps, _caller: Caller, _id: string, _doc: ScimUserDoc): Promise<ScimUserResource> {
  return notBuilt();
}
/** `apply` runs inside the transaction on the stored attributes; it throws (an AllotError SCIM_*) to refuse. */
export async function patchScimUser(_deps: Deps, _caller: Caller, _id: string, _apply: (current: ScimUserDoc & { active: boolean }) => ScimUserDoc): Promise<ScimUserResource> {
  return notBuilt();
}
export async function deleteScimUser(_deps: Deps, _caller: Caller, _id: string): Promise<void> {
  return notBuilt();
}

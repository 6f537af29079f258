/** SCIM Groups (docs/scim.md): TO BE BUILT (helper h-app). */
import type { AppDeps, Caller } from '../context.ts';
import type { ScimGroupInput, ScimGroupResource, ScimListQuery, ScimPage } from '../scim-resources.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'config'>;

const notBuilt = (): never => {
  throw new Error('SCIM Groups: not built yet');
};

export async function createScimGroup(_deps: Deps, _caller: Caller, _input: ScimGroupInput): Promise<ScimGroupResource> {
  return notBuilt();
}
export async function getScimGroup(_deps: Deps, _caller: Caller, _id: string, _options: { members: boolean }): Promise<ScimGroupResource> {
  return notBuilt();
}
export async function listScimGroups(_deps: Deps, _caller: Caller, _q: ScimListQuery<ScimGroupResource>): Promise<ScimPage<ScimGroupResource>> {
  return notBuilt();
}
export async function replaceScimGroup(_deps: Deps, _caller: Caller, _id: string, _input: ScimGroupInput): Promise<ScimGroupResource> {
  return notBuilt();
}
/** `apply` runs inside the transaction on the stored group; it throws (an AllotError SCIM_*) to refuse. */
export async function patchScimGroup(_deps: Deps, _caller: Caller, _id: string, _apply: (current: ScimGroupInput) => ScimGroupInput): Promise<ScimGroupResource> {
  return notBuilt();
}
export async function deleteScimGroup(_deps: Deps, _caller: Caller, _id: string): Promise<void> {
  return notBuilt();
}

/**
 * SCIM PATCH (RFC 7644 §3.5.2) as Entra ID and Okta send it. scim-patch applies operations in
 * the RFC's form; each provider's dialect is first brought to that form here:
 *  - the op in any case ("Replace", "Add", "Remove");
 *  - "True"/"False" strings for booleans (Entra);
 *  - a path-less value object whose keys are attributes or attribute paths
 *    ({"active": false} from Okta, {"name.givenName": …} and
 *    {"urn:…:enterprise:2.0:User:department": …} from Entra), one operation per key;
 *  - the manager given as a string, an array or an object (Entra);
 *  - members removed by `members[value eq "…"]` or by `"path": "members"` with a value list;
 *  - a null or empty value clears the attribute;
 *  - `id` repeated as it is (Okta's group rename) is ignored; changing it, `meta` or a read-only
 *    attribute is 400 mutability; an unknown op 400 invalidSyntax; an unknown attribute or a path
 *    that does not parse 400 invalidPath; remove without a path 400 noTarget.
 * What remains is checked like a PUT (schemas.ts) after the operations apply.
 */
import { scimPatch, type ScimPatchOperation, type ScimResource } from 'scim-patch';
import { parse } from 'scim2-parse-filter';
import { AllotError, type ErrorCode } from '../../domain/errors.ts';
import { asBoolean, attributesOf, checkResource, ENTERPRISE_SCHEMA, extensionsOf, findAttr, PATCH_SCHEMA, type Attribute, type Kind } from './schemas.ts';

export interface PatchOp {
  op: 'add' | 'replace' | 'remove';
  path?: string;
  value?: unknown;
}

/** Most operations in one PATCH. */
export const MAX_OPERATIONS = 1000;

const fail = (code: ErrorCode, detail: string): never => {
  throw new AllotError(code, detail);
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Target {
  /** The path in the RFC's form, names spelt as the schema does. */
  path: string;
  attr: Attribute;
  sub?: Attribute;
  filtered: boolean;
}

const PATH = /^(?:(urn:[^[\]]+):)?([A-Za-z$][\w$-]*)(?:\[(.+)\])?(?:\.([A-Za-z$][\w$-]*))?$/;

/** `password`, which Okta syncs by PATCH: accepted and dropped (never stored), whatever the op. */
const isPassword = (kind: Kind, raw: string): boolean => kind === 'User' && /^(urn:ietf:params:scim:schemas:core:2\.0:user:)?password$/i.test(raw.trim());

/** A path resolved against the schemas; a path that does not parse or names no attribute → invalidPath; id, meta, read-only → mutability. */
function target(kind: Kind, raw: string): Target {
  const path = raw.trim();
  if (path.length > 1024) fail('SCIM_INVALID_PATH', 'The path is too long.');
  const m = PATH.exec(path);
  if (!m) return fail('SCIM_INVALID_PATH', `"${path.slice(0, 200)}" is not an attribute path.`);
  const [, urn, name, filter, subName] = m;
  let attrs = attributesOf(kind);
  let prefix = '';
  if (urn !== undefined) {
    const ext = Object.keys(extensionsOf(kind)).find((u) => u.toLowerCase() === urn.toLowerCase());
    if (ext) {
      attrs = extensionsOf(kind)[ext]!;
      prefix = `${ext}:`;
    } else if (urn.toLowerCase() !== `urn:ietf:params:scim:schemas:core:2.0:${kind.toLowerCase()}`) fail('SCIM_INVALID_PATH', `"${urn}" is not a schema this server knows.`);
  }
  const lower = name!.toLowerCase();
  if (!prefix && (lower === 'id' || lower === 'meta' || lower === 'schemas')) fail('SCIM_MUTABILITY', `${name} cannot be changed.`);
  const attr = findAttr(attrs, name!);
  if (!attr || attr.mutability === 'writeOnly') return fail('SCIM_INVALID_PATH', `"${path.slice(0, 200)}" names no attribute of a ${kind}.`);
  if (attr.mutability === 'readOnly') fail('SCIM_MUTABILITY', `${attr.name} is read-only.`);
  if (filter !== undefined) {
    if (!attr.multiValued) fail('SCIM_INVALID_PATH', `${attr.name} is not multi-valued: it takes no filter.`);
    try {
      parse(filter);
    } catch {
      fail('SCIM_INVALID_PATH', `The filter in "${path.slice(0, 200)}" does not parse.`);
    }
  }
  let sub: Attribute | undefined;
  if (subName !== undefined) {
    sub = findAttr(attr.subAttributes ?? [], subName);
    if (!sub) return fail('SCIM_INVALID_PATH', `"${path.slice(0, 200)}" names no attribute of a ${kind}.`);
    if (sub.mutability === 'readOnly' && !(attr.name === 'manager' && sub.name === 'displayName')) fail('SCIM_MUTABILITY', `${attr.name}.${sub.name} is read-only.`);
  }
  return { path: `${prefix}${attr.name}${filter !== undefined ? `[${filter}]` : ''}${sub ? `.${sub.name}` : ''}`, attr, sub, filtered: filter !== undefined };
}

/** Booleans sent as "True"/"False", anywhere in a value, as booleans (only where the schema says boolean). */
function fixBooleans(attr: Attribute, value: unknown): unknown {
  if (attr.type === 'boolean') return asBoolean(value) ?? value;
  if (attr.type !== 'complex') return value;
  const fixOne = (v: unknown) => {
    if (!isObject(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const sub = findAttr(attr.subAttributes ?? [], k);
      out[k] = sub ? fixBooleans(sub, x) : x;
    }
    return out;
  };
  return Array.isArray(value) ? value.map(fixOne) : fixOne(value);
}

const isEmpty = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** An add or replace on a resolved target: empty → remove, dialect fixes, arrays where the attribute is multi-valued. */
function setOp(op: 'add' | 'replace', t: Target, raw: unknown): PatchOp[] {
  const leaf = t.sub ?? t.attr;
  if (isEmpty(raw) || (Array.isArray(raw) && raw.length === 0 && op === 'replace')) return [{ op: 'remove', path: t.path }];
  let value = raw;
  // Entra: the manager as its id, or as a list; Okta and the RFC: {value}.
  if (t.attr.name === 'manager' && !t.sub) {
    if (Array.isArray(value)) value = value[0];
    if (typeof value === 'string') value = { value };
    if (isObject(value) && isEmpty(value.value)) return [{ op: 'remove', path: t.path }];
  }
  if (leaf.multiValued && !t.filtered && !t.sub && isObject(value)) value = [value];
  return [{ op, path: t.path, value: fixBooleans(leaf, value) }];
}

function removeOp(t: Target, value: unknown): PatchOp[] {
  // "path": "members" with the members to remove as a list (Entra): one removal each.
  if (t.attr.multiValued && !t.filtered && !t.sub && value !== undefined && value !== null) {
    const list = Array.isArray(value) ? value : [value];
    return list.map((v, i) => {
      const id = isObject(v) ? v.value : v;
      if (typeof id !== 'string' || id === '' || id.includes('"')) return fail('SCIM_INVALID_VALUE', `The value to remove from ${t.path} (item ${i}) must name a value.`);
      return { op: 'remove' as const, path: `${t.path}[value eq "${id}"]` };
    });
  }
  return [{ op: 'remove', path: t.path }];
}

/**
 * A PATCH body, checked and brought to the RFC's form. `id` is the resource's, which a provider
 * may repeat in a path-less value (it is then ignored).
 */
export function normalisePatch(kind: Kind, body: unknown, id: string): PatchOp[] {
  if (!isObject(body)) return fail('SCIM_INVALID_SYNTAX', 'A PATCH body is a JSON object with "schemas" and "Operations".');
  const key = (name: string) => Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  const schemas = body[key('schemas') ?? 'schemas'];
  if (schemas !== undefined && (!Array.isArray(schemas) || !schemas.some((s) => typeof s === 'string' && s.toLowerCase() === PATCH_SCHEMA.toLowerCase())))
    fail('SCIM_INVALID_SYNTAX', `"schemas" must name ${PATCH_SCHEMA}.`);
  const operations = body[key('Operations') ?? 'Operations'];
  if (!Array.isArray(operations) || operations.length === 0) return fail('SCIM_INVALID_SYNTAX', '"Operations" must be a non-empty list.');
  if (operations.length > MAX_OPERATIONS) fail('SCIM_INVALID_SYNTAX', `At most ${MAX_OPERATIONS} operations in one PATCH.`);
  const out: PatchOp[] = [];
  operations.forEach((raw, i) => {
    if (!isObject(raw)) return fail('SCIM_INVALID_SYNTAX', `Operation ${i} is not an object.`);
    const field = (name: string) => raw[Object.keys(raw).find((k) => k.toLowerCase() === name) ?? name];
    const opName = field('op');
    const op = typeof opName === 'string' ? opName.toLowerCase() : '';
    if (op !== 'add' && op !== 'replace' && op !== 'remove') return fail('SCIM_INVALID_SYNTAX', `Operation ${i}: "op" must be add, replace or remove.`);
    const rawPath = field('path');
    if (rawPath !== undefined && rawPath !== null && typeof rawPath !== 'string') return fail('SCIM_INVALID_PATH', `Operation ${i}: "path" must be a string.`);
    const value = field('value');
    if (typeof rawPath === 'string' && rawPath.trim() !== '') {
      if (isPassword(kind, rawPath)) return;
      const t = target(kind, rawPath);
      out.push(...(op === 'remove' ? removeOp(t, value) : setOp(op, t, value)));
      return;
    }
    if (op === 'remove') return fail('SCIM_NO_TARGET', `Operation ${i}: remove needs a path.`);
    if (!isObject(value)) return fail('SCIM_INVALID_VALUE', `Operation ${i}: without a path, the value must be an object of attributes.`);
    for (const [k, v] of Object.entries(value)) {
      const lower = k.toLowerCase();
      if (lower === 'schemas' || isPassword(kind, k)) continue;
      if (lower === 'id') {
        if (v === id) continue;
        fail('SCIM_MUTABILITY', 'id cannot be changed.');
      }
      const urn = Object.keys(extensionsOf(kind)).find((u) => u.toLowerCase() === lower);
      if (urn) {
        if (v === null) {
          out.push({ op: 'remove', path: urn });
          continue;
        }
        if (!isObject(v)) return fail('SCIM_INVALID_VALUE', `Operation ${i}: ${k} must be an object.`);
        for (const [sk, sv] of Object.entries(v)) out.push(...setOp(op, target(kind, `${urn}:${sk}`), sv));
        continue;
      }
      const t = target(kind, k);
      // A complex value without a path adds or replaces its sub-attributes that are given (RFC 7644 §3.5.2.1, .3).
      if (t.attr.type === 'complex' && !t.attr.multiValued && !t.sub && isObject(v) && t.attr.name !== 'manager') {
        for (const [sk, sv] of Object.entries(v)) out.push(...setOp(op, target(kind, `${t.path}.${sk}`), sv));
        continue;
      }
      out.push(...setOp(op, t, v));
    }
  });
  return out;
}

const scimCodes: Record<string, ErrorCode> = {
  noTarget: 'SCIM_NO_TARGET',
  invalidPath: 'SCIM_INVALID_PATH',
  invalidValue: 'SCIM_INVALID_VALUE',
  mutability: 'SCIM_MUTABILITY',
  invalidFilter: 'SCIM_INVALID_PATH',
};

/** The operations applied to a resource's attributes, one at a time; a remove of what is not there does nothing. */
export function applyOps(resource: Record<string, unknown>, ops: PatchOp[]): Record<string, unknown> {
  let doc = { schemas: [], meta: {}, ...structuredClone(resource) } as unknown as ScimResource;
  for (const op of ops) {
    try {
      doc = scimPatch(doc, [op as ScimPatchOperation], { mutateDocument: false, treatMissingAsAdd: true });
    } catch (error) {
      if (op.op === 'remove') continue;
      const e = error as { scimCode?: string; message?: string };
      if (e.scimCode === undefined) throw error;
      fail(scimCodes[e.scimCode] ?? 'SCIM_INVALID_VALUE', `${op.op} ${op.path ?? ''}: ${(e.message ?? '').replace(/^Invalid SCIM Patch: /, '').slice(0, 200)}`);
    }
  }
  const { schemas: _s, meta: _m, ...out } = doc as unknown as Record<string, unknown>;
  // A sub-attribute removed can leave an empty object behind (name: {}), and the enterprise part too.
  for (const [k, v] of Object.entries(out)) if (isObject(v) && Object.keys(v).length === 0) delete out[k];
  const ext = out[ENTERPRISE_SCHEMA];
  if (isObject(ext)) for (const [k, v] of Object.entries(ext)) if (isObject(v) && Object.keys(v).length === 0) delete ext[k];
  return out;
}

/** PATCH for a User: the stored attributes in, the new ones (checked like a PUT) out. */
export function patchUser<D extends Record<string, unknown>>(ops: PatchOp[]): (current: D) => D & { userName: string } {
  return (current) => checkResource('User', applyOps(current, ops)).doc as D & { userName: string };
}

/** PATCH for a Group: its attributes and member ids in, the new ones out. */
export function patchGroup<D extends Record<string, unknown>>(ops: PatchOp[]): (current: { doc: D; members: string[] }) => { doc: D & { displayName: string }; members: string[] } {
  return (current) => {
    const patched = applyOps({ ...current.doc, members: current.members.map((value) => ({ value })) }, ops);
    const { doc, members } = checkResource('Group', patched);
    return { doc: doc as D & { displayName: string }, members };
  };
}

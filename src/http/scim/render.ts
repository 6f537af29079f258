/**
 * SCIM resources as Allot answers them (RFC 7643 §3.1, RFC 7644 §3.4.2.5): `schemas`, `id`,
 * the attributes as stored, the read-only `groups` of a User and `members` of a Group, and `meta`
 * (resourceType, created, lastModified, location, a weak version); then `attributes` or
 * `excludedAttributes` pick what is returned.
 */
import type { ScimGroupResource, ScimUserResource } from '../../app/scim-resources.ts';
import { ENTERPRISE_SCHEMA, extensionsOf, findAttr, findExtension, attributesOf, GROUP_SCHEMA, USER_SCHEMA, type Kind } from './schemas.ts';

type Json = Record<string, unknown>;

const iso = (ms: number): string => new Date(ms).toISOString();
const meta = (resourceType: Kind, location: string, createdAt: number, updatedAt: number) => ({
  resourceType,
  created: iso(createdAt),
  lastModified: iso(updatedAt),
  location,
  version: `W/"${updatedAt.toString(36)}"`,
});

export function renderUser(r: ScimUserResource, base: string): Json {
  const { userName, externalId, active, ...rest } = r.doc;
  const location = `${base}/Users/${r.id}`;
  return {
    schemas: ENTERPRISE_SCHEMA in rest ? [USER_SCHEMA, ENTERPRISE_SCHEMA] : [USER_SCHEMA],
    id: r.id,
    ...(externalId !== undefined && externalId !== null && { externalId }),
    userName,
    ...rest,
    active,
    groups: r.groups.map((g) => ({ value: g.id, display: g.displayName, $ref: `${base}/Groups/${g.id}`, type: 'direct' })),
    meta: meta('User', location, r.createdAt, r.updatedAt),
  };
}

export function renderGroup(r: ScimGroupResource, base: string): Json {
  const { displayName, externalId, ...rest } = r.doc;
  const location = `${base}/Groups/${r.id}`;
  return {
    schemas: [GROUP_SCHEMA],
    id: r.id,
    ...(externalId !== undefined && externalId !== null && { externalId }),
    displayName,
    ...rest,
    ...(r.members && { members: r.members.map((m) => ({ value: m.id, display: m.display, $ref: `${base}/Users/${m.id}`, type: 'User' })) }),
    meta: meta('Group', location, r.createdAt, r.updatedAt),
  };
}

/** `attributes`/`excludedAttributes` as sent: a comma-separated list of attribute paths. */
export const pathList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

interface Picked {
  /** The key in the resource (an attribute's name, or the extension's URN). */
  top: string;
  /** A sub-attribute (name.givenName, emails.value, urn:…:manager). */
  sub?: string;
}

/** A path of `attributes` or `excludedAttributes`, as the resource spells it; unknown ones are ignored. */
function picked(kind: Kind, path: string): Picked | null {
  const urn = findExtension(kind, path) ?? Object.keys(extensionsOf(kind)).find((u) => path.toLowerCase().startsWith(`${u.toLowerCase()}:`));
  if (urn) {
    if (path.length === urn.length) return { top: urn };
    const a = findAttr(extensionsOf(kind)[urn]!, path.slice(urn.length + 1).split('.')[0]!);
    return a ? { top: urn, sub: a.name } : null;
  }
  const rest = path.toLowerCase().startsWith('urn:') ? path.slice(path.lastIndexOf(':') + 1) : path;
  const [name, subName] = rest.split('.');
  if (['id', 'meta', 'schemas'].includes(name!.toLowerCase())) return { top: name!.toLowerCase() };
  const a = findAttr([...attributesOf(kind)], name!);
  if (!a) return null;
  const sub = subName !== undefined ? findAttr(a.subAttributes ?? [], subName) : undefined;
  return { top: a.name, ...(sub && { sub: sub.name }) };
}

const pickSub = (v: unknown, sub: string): unknown =>
  Array.isArray(v) ? v.map((x) => pickSub(x, sub)) : v && typeof v === 'object' && sub in (v as Json) ? { [sub]: (v as Json)[sub] } : undefined;

const merge = (a: unknown, b: unknown): unknown => {
  if (Array.isArray(a) && Array.isArray(b)) return a.map((x, i) => merge(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') return { ...(a as Json), ...(b as Json) };
  return b ?? a;
};

/** The resource with only what `attributes` asks (id and schemas always), less what `excludedAttributes` names. */
export function pick(kind: Kind, resource: Json, attributes: string[], excluded: string[]): Json {
  let out: Json = resource;
  if (attributes.length) {
    out = { schemas: resource.schemas, id: resource.id };
    for (const p of attributes.map((a) => picked(kind, a)).filter((p): p is Picked => p !== null)) {
      const v = resource[p.top];
      if (v === undefined) continue;
      out[p.top] = p.sub === undefined ? v : merge(out[p.top], pickSub(v, p.sub));
    }
  }
  if (excluded.length) {
    out = { ...out };
    for (const p of excluded.map((a) => picked(kind, a)).filter((p): p is Picked => p !== null)) {
      if (p.top === 'id' || p.top === 'schemas') continue;
      if (p.sub === undefined) delete out[p.top];
      else if (out[p.top] && typeof out[p.top] === 'object') {
        const drop = (x: unknown) => {
          if (!x || typeof x !== 'object') return x;
          const { [p.sub!]: _gone, ...keep } = x as Json;
          return keep;
        };
        out[p.top] = Array.isArray(out[p.top]) ? (out[p.top] as unknown[]).map(drop) : drop(out[p.top]);
      }
    }
  }
  return out;
}

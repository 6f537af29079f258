/**
 * SCIM filters (RFC 7644 §3.4.2.2): scim2-parse-filter reads the text into a tree; this module
 * checks every attribute against the schemas and evaluates the tree itself, because the
 * library's tester compares every string with its case while SCIM compares attributes whose
 * `caseExact` is false (userName, emails, displayName …) regardless of case. An exact match on
 * userName, externalId or displayName (alone, or one term of a top-level `and`) is also handed
 * to the store, which finds it by index.
 */
import { parse, type Filter } from 'scim2-parse-filter';
import { AllotError } from '../../domain/errors.ts';
import { attributesOf, extensionsOf, findAttr, idAttribute, type Attribute, type Kind } from './schemas.ts';

export interface CompiledFilter {
  exact: { userName?: string; externalId?: string; displayName?: string };
  /** Whether a resource, as rendered (render.ts, before attributes are picked), matches. */
  test: (resource: Record<string, unknown>) => boolean;
}

/** Longest filter taken, and deepest nesting. */
export const MAX_FILTER = 2048;

const bad = (detail: string): never => {
  throw new AllotError('SCIM_INVALID_FILTER', detail);
};

const META: Attribute = {
  name: 'meta',
  type: 'complex',
  multiValued: false,
  description: '',
  required: false,
  caseExact: false,
  mutability: 'readOnly',
  returned: 'default',
  uniqueness: 'none',
  subAttributes: [
    ...['resourceType', 'location', 'version'].map((name): Attribute => ({ ...idAttribute, name, returned: 'default', uniqueness: 'none' })),
    ...['created', 'lastModified'].map((name): Attribute => ({ ...idAttribute, name, type: 'dateTime', returned: 'default', uniqueness: 'none' })),
  ],
};

/** One step of an attribute path: the name to read in a resource, and its definition. */
interface Step {
  key: string;
  attr: Attribute;
}

/** An attribute path (`name.givenName`, `urn:…:User:manager.value`, `emails`) resolved against the schemas; unknown → invalidFilter. */
function resolve(kind: Kind, path: string, within?: Attribute): Step[] {
  if (within) {
    const sub = findAttr(within.subAttributes ?? [], path);
    return sub && !path.includes('.') ? [{ key: sub.name, attr: sub }] : bad(`"${path}" is not a sub-attribute of ${within.name}.`);
  }
  const steps: Step[] = [];
  let rest = path;
  let attrs = [idAttribute, META, ...attributesOf(kind)];
  const urn = Object.keys(extensionsOf(kind)).find((u) => path.toLowerCase().startsWith(`${u.toLowerCase()}:`));
  if (urn) {
    steps.push({ key: urn, attr: { ...META, name: urn, mutability: 'readWrite', subAttributes: extensionsOf(kind)[urn]! } });
    attrs = extensionsOf(kind)[urn]!;
    rest = path.slice(urn.length + 1);
  } else if (path.toLowerCase().startsWith('urn:')) {
    const core = path.slice(0, path.lastIndexOf(':'));
    if (core.toLowerCase() !== `urn:ietf:params:scim:schemas:core:2.0:${kind.toLowerCase()}`) bad(`"${path}" names a schema this server does not know.`);
    rest = path.slice(core.length + 1);
  }
  const parts = rest.split('.');
  if (parts.length > 2 || parts.some((p) => p === '')) bad(`"${path}" is not an attribute path.`);
  const top = findAttr(attrs, parts[0]!);
  if (!top || top.mutability === 'writeOnly') return bad(`"${path}" is not an attribute of a ${kind}.`);
  steps.push({ key: top.name, attr: top });
  if (parts[1] !== undefined) {
    const sub = findAttr(top.subAttributes ?? [], parts[1]);
    if (!sub) bad(`"${path}" is not an attribute of a ${kind}.`);
    steps.push({ key: sub!.name, attr: sub! });
  }
  return steps;
}

/** The values at a path: multi-valued attributes spread, a complex one without a sub-attribute read by its `value`. */
function valuesAt(node: unknown, steps: Step[]): { values: unknown[]; attr: Attribute } {
  let nodes: unknown[] = [node];
  let attr = steps[0]!.attr;
  for (const step of steps) {
    attr = step.attr;
    nodes = nodes.flatMap((n) => {
      if (n === null || typeof n !== 'object') return [];
      const v = (n as Record<string, unknown>)[step.key];
      return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
    });
  }
  if (attr.type === 'complex' && attr.subAttributes?.some((s) => s.name === 'value')) {
    const value = attr.subAttributes.find((s) => s.name === 'value')!;
    nodes = nodes.map((n) => (n && typeof n === 'object' ? (n as Record<string, unknown>).value : n)).filter((n) => n !== undefined && n !== null);
    attr = value;
  }
  return { values: nodes, attr };
}

type Value = string | number | boolean | null;

function compare(op: string, attr: Attribute, actual: unknown, expected: Value): boolean {
  if (typeof actual === 'string' && typeof expected === 'string') {
    let [a, e] = attr.caseExact ? [actual, expected] : [actual.toLowerCase(), expected.toLowerCase()];
    if (attr.type === 'dateTime' && ['gt', 'ge', 'lt', 'le', 'eq'].includes(op)) {
      const [x, y] = [Date.parse(actual), Date.parse(expected)];
      if (Number.isNaN(y)) bad(`"${expected}" is not a date and time.`);
      [a, e] = [String(x).padStart(16, '0'), String(y).padStart(16, '0')];
    }
    switch (op) {
      case 'eq':
        return a === e;
      case 'co':
        return a.includes(e);
      case 'sw':
        return a.startsWith(e);
      case 'ew':
        return a.endsWith(e);
      case 'gt':
        return a > e;
      case 'ge':
        return a >= e;
      case 'lt':
        return a < e;
      case 'le':
        return a <= e;
    }
    return false;
  }
  if (typeof actual === 'number' && typeof expected === 'number')
    return op === 'eq' ? actual === expected : op === 'gt' ? actual > expected : op === 'ge' ? actual >= expected : op === 'lt' ? actual < expected : op === 'le' ? actual <= expected : false;
  if (op === 'eq') return actual === expected;
  return false;
}

type Test = (node: unknown) => boolean;

function compile(kind: Kind, f: Filter, depth: number, within?: Attribute): Test {
  if (depth > 20) bad('The filter nests too deep.');
  switch (f.op) {
    case 'and':
    case 'or': {
      const parts = f.filters.map((g) => compile(kind, g, depth + 1, within));
      return f.op === 'and' ? (n) => parts.every((p) => p(n)) : (n) => parts.some((p) => p(n));
    }
    case 'not': {
      const inner = compile(kind, f.filter, depth + 1, within);
      return (n) => !inner(n);
    }
    case '[]': {
      const steps = resolve(kind, f.attrPath, within);
      const attr = steps.at(-1)!.attr;
      if (attr.type !== 'complex') bad(`"${f.attrPath}" has no sub-attributes to filter on.`);
      const inner = compile(kind, f.valFilter, depth + 1, attr);
      return (n) => {
        let nodes: unknown[] = [n];
        for (const s of steps) nodes = nodes.flatMap((x) => (x && typeof x === 'object' ? [(x as Record<string, unknown>)[s.key]].flat() : [])).filter((x) => x != null);
        return nodes.some(inner);
      };
    }
    case 'pr': {
      const steps = resolve(kind, f.attrPath, within);
      return (n) => valuesAt(n, steps).values.some((v) => v !== '' && !(typeof v === 'object' && v !== null && Object.keys(v).length === 0));
    }
    default: {
      const { op, attrPath, compValue } = f;
      const steps = resolve(kind, attrPath, within);
      const last = steps.at(-1)!.attr;
      if (['gt', 'ge', 'lt', 'le'].includes(op) && (last.type === 'boolean' || typeof compValue === 'boolean' || compValue === null)) bad(`${op} does not apply to ${attrPath}.`);
      if (['co', 'sw', 'ew'].includes(op) && typeof compValue !== 'string') bad(`${op} takes a string.`);
      if (op === 'ne') {
        return (n) => !valuesAt(n, steps).values.some((v) => compare('eq', valuesAt(n, steps).attr, v, compValue));
      }
      if (compValue === null && op === 'eq') return (n) => valuesAt(n, steps).values.length === 0;
      return (n) => {
        const { values, attr } = valuesAt(n, steps);
        return values.some((v) => compare(op, attr, v, compValue));
      };
    }
  }
}

const INDEXED: Record<Kind, readonly ('userName' | 'externalId' | 'displayName')[]> = { User: ['userName', 'externalId'], Group: ['displayName', 'externalId'] };

function exactOf(kind: Kind, f: Filter): CompiledFilter['exact'] {
  const terms = f.op === 'and' ? f.filters : [f];
  const out: CompiledFilter['exact'] = {};
  for (const t of terms) {
    if (t.op !== 'eq' || typeof t.compValue !== 'string') continue;
    const name = INDEXED[kind].find((n) => n.toLowerCase() === t.attrPath.toLowerCase() || `urn:ietf:params:scim:schemas:core:2.0:${kind}:${n}`.toLowerCase() === t.attrPath.toLowerCase());
    if (name && out[name] === undefined) out[name] = t.compValue;
  }
  return out;
}

/** A filter's text, checked and compiled; a malformed one, or one on an attribute the kind lacks → 400 invalidFilter. */
export function compileFilter(kind: Kind, text: string): CompiledFilter {
  if (text.length > MAX_FILTER) bad(`The filter is longer than ${MAX_FILTER} characters.`);
  if (text.trim() === '') bad('The filter is empty.');
  let tree: Filter;
  try {
    tree = parse(text);
  } catch (error) {
    return bad(`The filter does not parse: ${(error as Error).message.slice(0, 200)}`);
  }
  const test = compile(kind, tree, 0);
  return { exact: exactOf(kind, tree), test: (r) => test(r) };
}

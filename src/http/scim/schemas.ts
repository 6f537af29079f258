/**
 * The SCIM schemas Allot speaks (RFC 7643 §4, §8.7): the core User, the enterprise User
 * extension and the core Group, written once and used both to check what an identity provider
 * sends and to answer /Schemas. Attribute names are case-insensitive (RFC 7643 §2.1): a
 * document is stored with each name as the schema spells it.
 */
import { AllotError } from '../../domain/errors.ts';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

export type AttrType = 'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'reference' | 'binary' | 'complex';

export interface Attribute {
  name: string;
  type: AttrType;
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
  returned: 'always' | 'never' | 'default' | 'request';
  uniqueness: 'none' | 'server' | 'global';
  subAttributes?: Attribute[];
  referenceTypes?: string[];
  canonicalValues?: string[];
}

type Opts = Partial<Omit<Attribute, 'name' | 'type' | 'description'>>;
const attr = (name: string, type: AttrType, description: string, o: Opts = {}): Attribute => ({
  name,
  type,
  multiValued: false,
  description,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...o,
});
const str = (name: string, description: string, o: Opts = {}) => attr(name, 'string', description, o);
const complex = (name: string, description: string, subAttributes: Attribute[], o: Opts = {}) => attr(name, 'complex', description, { subAttributes, ...o });

/** value/display/type/primary: the sub-attributes of a plain multi-valued attribute (emails, phoneNumbers, …). */
const multi = (name: string, description: string, valueType: AttrType = 'string', types: string[] = []) =>
  complex(
    name,
    description,
    [
      attr('value', valueType, `The ${name} value.`),
      str('display', 'A human-readable name, for display only.'),
      str('type', 'A label for the function of the value.', types.length ? { canonicalValues: types } : {}),
      attr('primary', 'boolean', 'Whether this is the primary value (at most one).'),
    ],
    { multiValued: true },
  );

const id = str('id', 'Unique identifier of the resource, given by Allot.', { caseExact: true, mutability: 'readOnly', returned: 'always', uniqueness: 'server' });
const externalId = str('externalId', "The identity provider's own identifier of the resource.", { caseExact: true });

export const USER_ATTRIBUTES: Attribute[] = [
  str('userName', 'Unique identifier for the User, typically used to sign in; unique per account regardless of case.', { required: true, uniqueness: 'server' }),
  complex('name', "The components of the user's real name.", [
    str('formatted', 'The full name, for display.'),
    str('familyName', 'The family name.'),
    str('givenName', 'The given name.'),
    str('middleName', 'The middle name(s).'),
    str('honorificPrefix', 'Honorific prefix(es).'),
    str('honorificSuffix', 'Honorific suffix(es).'),
  ]),
  str('displayName', 'The name of the User, suitable for display.'),
  str('nickName', 'The casual way to address the user.'),
  attr('profileUrl', 'reference', "A URI of the user's online profile.", { referenceTypes: ['external'] }),
  str('title', "The user's title, such as \"Vice President\"."),
  str('userType', 'The relationship between the organisation and the user.'),
  str('preferredLanguage', "The user's preferred written or spoken language."),
  str('locale', "The user's default location."),
  str('timezone', "The user's time zone (IANA)."),
  attr('active', 'boolean', "The user's administrative status: false deactivates (their seats are freed)."),
  str('password', 'Accepted and dropped: Allot never stores nor returns it.', { mutability: 'writeOnly', returned: 'never' }),
  multi('emails', 'Email addresses; the primary one (else the first work one, else the first) is what SSO sign-in matches on.', 'string', ['work', 'home', 'other']),
  multi('phoneNumbers', 'Phone numbers.', 'string', ['work', 'home', 'mobile', 'fax', 'pager', 'other']),
  multi('ims', 'Instant messaging addresses.'),
  multi('photos', 'URLs of photos of the user.', 'reference', ['photo', 'thumbnail']),
  complex(
    'addresses',
    'Physical mailing addresses.',
    [
      str('formatted', 'The full address.'),
      str('streetAddress', 'The street address.'),
      str('locality', 'The city or locality.'),
      str('region', 'The state or region.'),
      str('postalCode', 'The zip or postal code.'),
      str('country', 'The country (ISO 3166-1 alpha-2).'),
      str('type', 'work, home or other.', { canonicalValues: ['work', 'home', 'other'] }),
      attr('primary', 'boolean', 'Whether this is the primary address.'),
    ],
    { multiValued: true },
  ),
  complex(
    'groups',
    "The groups the user belongs to (read-only: change a group's members instead).",
    [
      str('value', 'The id of the group.', { mutability: 'readOnly' }),
      attr('$ref', 'reference', 'The URI of the group.', { mutability: 'readOnly', referenceTypes: ['Group'] }),
      str('display', 'The name of the group.', { mutability: 'readOnly' }),
      str('type', 'direct.', { mutability: 'readOnly', canonicalValues: ['direct', 'indirect'] }),
    ],
    { multiValued: true, mutability: 'readOnly' },
  ),
  multi('entitlements', 'Entitlements.'),
  multi('roles', 'Roles.'),
  multi('x509Certificates', 'X.509 certificates.', 'binary'),
];

export const ENTERPRISE_ATTRIBUTES: Attribute[] = [
  str('employeeNumber', 'A string identifier of the employee.'),
  str('costCenter', 'The name of a cost center.'),
  str('organization', 'The name of an organisation.'),
  str('division', 'The name of a division.'),
  str('department', 'The name of a department.'),
  complex('manager', "The user's manager.", [
    str('value', 'The id of the manager (a SCIM User).', { caseExact: true }),
    attr('$ref', 'reference', 'The URI of the manager.', { referenceTypes: ['User'] }),
    str('displayName', 'The name of the manager.', { mutability: 'readOnly' }),
  ]),
];

export const GROUP_ATTRIBUTES: Attribute[] = [
  str('displayName', 'A human-readable name for the group; unique per account regardless of case. Mapped to keys like an SSO group.', { required: true, uniqueness: 'server' }),
  complex(
    'members',
    'The members of the group: Users of the same account.',
    [
      str('value', 'The id of the member (a SCIM User).', { caseExact: true, mutability: 'immutable' }),
      attr('$ref', 'reference', 'The URI of the member.', { mutability: 'immutable', referenceTypes: ['User'] }),
      str('display', 'The userName of the member.', { mutability: 'readOnly' }),
      str('type', 'User.', { mutability: 'immutable', canonicalValues: ['User'] }),
    ],
    { multiValued: true },
  ),
];

export interface SchemaDef {
  id: string;
  name: string;
  description: string;
  attributes: Attribute[];
}

export const SCHEMAS: SchemaDef[] = [
  { id: USER_SCHEMA, name: 'User', description: 'User Account', attributes: USER_ATTRIBUTES },
  { id: GROUP_SCHEMA, name: 'Group', description: 'Group', attributes: GROUP_ATTRIBUTES },
  { id: ENTERPRISE_SCHEMA, name: 'EnterpriseUser', description: 'Enterprise User', attributes: ENTERPRISE_ATTRIBUTES },
];

/** Common attributes every resource has (RFC 7643 §3.1), never written by a client. */
export const COMMON = ['id', 'externalId', 'meta', 'schemas'] as const;

export type Kind = 'User' | 'Group';

/** The attributes a resource of a kind takes: `externalId` and the kind's own (the extension's are apart). */
export const attributesOf = (kind: Kind): Attribute[] => [externalId, ...(kind === 'User' ? USER_ATTRIBUTES : GROUP_ATTRIBUTES)];
export const extensionsOf = (kind: Kind): Record<string, Attribute[]> => (kind === 'User' ? { [ENTERPRISE_SCHEMA]: ENTERPRISE_ATTRIBUTES } : {});
export const idAttribute = id;

export const findAttr = (attrs: Attribute[], name: string): Attribute | undefined => {
  const lower = name.toLowerCase();
  return attrs.find((a) => a.name.toLowerCase() === lower);
};

/** The extension URN a name is (regardless of case), or undefined. */
export const findExtension = (kind: Kind, name: string): string | undefined => Object.keys(extensionsOf(kind)).find((urn) => urn.toLowerCase() === name.toLowerCase());

// ---------------------------------------------------------------- checking documents

/** Longest text Allot keeps in one attribute, and most values in one multi-valued attribute. */
export const MAX_STRING = 2048;
export const MAX_VALUES = 100;

const invalid = (path: string, problem: string): never => {
  throw new AllotError('SCIM_INVALID_VALUE', `${path}: ${problem}.`, [{ field: path, problem }]);
};

/** "True"/"False" (any case), as Entra sends booleans, read as booleans. */
export function asBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkValue(a: Attribute, v: unknown, path: string): unknown {
  switch (a.type) {
    case 'boolean': {
      const b = asBoolean(v);
      return b === undefined ? invalid(path, 'must be a boolean') : b;
    }
    case 'integer':
      return typeof v === 'number' && Number.isSafeInteger(v) ? v : invalid(path, 'must be an integer');
    case 'decimal':
      return typeof v === 'number' && Number.isFinite(v) ? v : invalid(path, 'must be a number');
    case 'dateTime':
      return typeof v === 'string' && !Number.isNaN(Date.parse(v)) && v.length <= 64 ? v : invalid(path, 'must be a date and time (xsd:dateTime)');
    case 'complex':
      if (!isObject(v)) return invalid(path, 'must be an object');
      return checkObject(a.subAttributes ?? [], v, path, 'ignore');
    default:
      if (typeof v !== 'string') return invalid(path, 'must be a string');
      if (v.length > MAX_STRING) return invalid(path, `must be at most ${MAX_STRING} characters`);
      return v;
  }
}

/**
 * One attribute's value, checked: multi-valued ones are arrays, null (or an empty array) is "no
 * value" and gives undefined. Read-only ones are the caller's to drop before.
 */
export function checkAttribute(a: Attribute, v: unknown, path: string): unknown {
  if (v === null || v === undefined) return undefined;
  if (a.multiValued) {
    if (!Array.isArray(v)) return invalid(path, 'must be an array');
    if (v.length > MAX_VALUES) return invalid(path, `must have at most ${MAX_VALUES} values`);
    const out = v.filter((x) => x !== null).map((x, i) => checkValue(a, x, `${path}[${i}]`));
    if (a.type === 'complex' && out.filter((x) => (x as Record<string, unknown>).primary === true).length > 1) invalid(path, 'at most one value may be primary');
    return out.length ? out : undefined;
  }
  return checkValue(a, v, path);
}

/**
 * An object's attributes, checked against `attrs`, names as the schema spells them: an unknown
 * name is refused; `readOnly` ones are dropped (`ignore`: RFC 7644 §3.3) or refused (`refuse`).
 */
function checkObject(attrs: Attribute[], obj: Record<string, unknown>, path: string, readOnly: 'ignore' | 'refuse'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const a = findAttr(attrs, k);
    const at = path ? `${path}.${k}` : k;
    if (!a) return invalid(at, 'is not an attribute of this schema');
    if (a.mutability === 'readOnly') {
      if (readOnly === 'refuse') throw new AllotError('SCIM_MUTABILITY', `${at} is read-only.`, [{ field: at, problem: 'read-only' }]);
      continue;
    }
    if (a.name in out) return invalid(at, 'is given twice (names are case-insensitive)');
    const value = checkAttribute(a, v, at);
    if (value !== undefined) out[a.name] = value;
  }
  return out;
}

/**
 * A User or Group as sent (POST, PUT, or the result of a PATCH), checked: `schemas` (if sent) is
 * a list of strings, `id`, `meta` and read-only attributes are dropped (RFC 7644 §3.3, §3.5.1),
 * `password` is dropped (never kept), names take the schema's spelling, every other name must be
 * an attribute of the kind or of its extension, and every value must be of its type. The
 * required attributes must be there. Members of a group are returned apart (their ids).
 */
export function checkResource(kind: Kind, body: unknown): { doc: Record<string, unknown>; members: string[] } {
  if (!isObject(body)) throw new AllotError('SCIM_INVALID_SYNTAX', `A ${kind} must be a JSON object.`);
  const attrs = attributesOf(kind);
  const extensions = extensionsOf(kind);
  const doc: Record<string, unknown> = {};
  const core: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    const lower = k.toLowerCase();
    if (lower === 'schemas') {
      if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.length > 256) || v.length > 20) invalid('schemas', 'must be a list of schema URNs');
      continue;
    }
    if (lower === 'id' || lower === 'meta') continue;
    const urn = findExtension(kind, k);
    if (urn) {
      if (v === null) continue;
      if (!isObject(v)) invalid(k, 'must be an object');
      const ext = checkObject(extensions[urn]!, v as Record<string, unknown>, urn, 'ignore');
      if (Object.keys(ext).length) doc[urn] = ext;
      continue;
    }
    if (lower.startsWith('urn:')) invalid(k, 'is not a schema this server knows');
    core[k] = v;
  }
  Object.assign(doc, checkObject(attrs, core, '', 'ignore'));
  delete doc.password;
  for (const a of attrs) if (a.required && (typeof doc[a.name] !== 'string' || (doc[a.name] as string).trim() === '')) invalid(a.name, 'is required');
  let members: string[] = [];
  if (kind === 'Group') {
    const list = (doc.members as Record<string, unknown>[] | undefined) ?? [];
    members = [...new Set(list.map((m, i) => (typeof m.value === 'string' && m.value !== '' ? m.value : invalid(`members[${i}].value`, 'is required'))))];
    delete doc.members;
  }
  return { doc, members };
}

// ---------------------------------------------------------------- /Schemas

const show = (a: Attribute): Record<string, unknown> => ({ ...a, ...(a.subAttributes && { subAttributes: a.subAttributes.map(show) }) });

/** A schema as /Schemas answers it (RFC 7643 §7). */
export const schemaResource = (s: SchemaDef, base: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
  id: s.id,
  name: s.name,
  description: s.description,
  attributes: s.attributes.map(show),
  meta: { resourceType: 'Schema', location: `${base}/Schemas/${s.id}` },
});

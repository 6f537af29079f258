/**
 * Tools for the HTTP fuzz (test/http/fuzz.test.ts): arbitraries derived from the published
 * schemas, requests planned symbolically (ids are references resolved against what exists
 * when the request is sent, so a seed replays the same story), the pool of real ids the run
 * harvests from its own answers, and the stored state as a refused write must leave it.
 */
import fc from 'fast-check';
import http from 'node:http';
import { sql } from 'kysely';
import type { App } from '../../src/http/types.ts';
import type { TestServer } from './harness.ts';
import { invalidVariants, resourceOf, wrongQueryValues, type Answer, type JsonSchema, type Method, type Operation, type Request, type World } from './malformed.ts';

// ---------------------------------------------------------------- the pool of real values

export type RefKind =
  | 'products'
  | 'accounts'
  | 'subscriptions'
  | 'keys'
  | 'activations'
  | 'blacklist'
  | 'tokens'
  | 'invitations'
  | 'members'
  | 'keySecrets'
  | 'productCodes'
  | 'fingerprints'
  | 'invitationCodes'
  | 'memberEmails'
  | 'domains'
  | 'sso-users'
  | 'scim-tokens'
  | 'golden-images'
  | 'operator-members'
  | 'webhook-endpoints'
  | 'deliveries'
  | 'ssoEmails'
  | 'ssoRelayStates';

const KINDS: RefKind[] = ['products', 'accounts', 'subscriptions', 'keys', 'activations', 'blacklist', 'tokens', 'invitations', 'members', 'keySecrets', 'productCodes', 'fingerprints', 'invitationCodes', 'memberEmails', 'domains', 'sso-users', 'scim-tokens', 'golden-images', 'operator-members', 'webhook-endpoints', 'deliveries', 'ssoEmails', 'ssoRelayStates'];

/** A key written the way a person might type it: the server reads the canonical form. */
export type Tweak = 'as is' | 'lower case' | 'no dashes' | 'spaces around';

/**
 * Symbolic values, resolved when the request is sent: `$ref` the n-th (modulo the count) known
 * value of a kind, `$date` the test clock plus an offset, `$same` the fingerprint of the
 * activation named by the sibling `activationId`.
 */
export type Ref = { $ref: RefKind; n: number; tweak?: Tweak };
type DateRef = { $date: number };
type SameDevice = { $same: true };

/** Every real id and secret the run knows of, in the order it learnt them (so a seed replays). */
export class Pool {
  private readonly items = new Map<RefKind, string[]>(KINDS.map((k) => [k, []]));
  private readonly seen = new Map<RefKind, Set<string>>(KINDS.map((k) => [k, new Set()]));
  /** The fingerprint each known activation was activated with. */
  readonly fingerprintOf = new Map<string, string>();
  /** Values never offered (the callers' own tokens: revoking them would end the fuzz's callers). */
  readonly kept = new Set<string>();

  add(kind: RefKind, value: unknown): void {
    if (typeof value !== 'string' || value === '' || this.kept.has(value) || this.seen.get(kind)!.has(value)) return;
    this.seen.get(kind)!.add(value);
    this.items.get(kind)!.push(value);
  }

  pick(kind: RefKind, n: number): string | undefined {
    const list = this.items.get(kind)!;
    return list.length ? list[n % list.length] : undefined;
  }

  count(kind: RefKind): number {
    return this.items.get(kind)!.length;
  }

  static fromWorld(world: World, extra: { memberEmails: string[]; kept: string[] }): Pool {
    const pool = new Pool();
    for (const k of [world.a.adminTokenId, world.b.adminTokenId, ...extra.kept]) pool.kept.add(k);
    for (const t of [world.a, world.b]) {
      pool.add('products', t.productId);
      pool.add('productCodes', t.productCode);
      pool.add('accounts', t.accountId);
      pool.add('subscriptions', t.subscriptionId);
      pool.add('keys', t.primaryKeyId);
      pool.add('keys', t.dynamicKeyId);
      pool.add('keySecrets', t.primaryKey);
      pool.add('keySecrets', t.dynamicKey);
      pool.add('activations', t.activationId);
      pool.add('activations', t.dynamicActivationId);
      pool.fingerprintOf.set(t.activationId, t.fingerprint);
      pool.add('fingerprints', t.fingerprint);
      pool.add('blacklist', t.blacklistEntryId);
      pool.add('tokens', t.spareTokenId);
      pool.add('invitations', t.invitationId);
      pool.add('invitationCodes', t.invitationCode);
      pool.add('members', t.memberId);
      pool.add('domains', t.domainId);
      pool.add('sso-users', t.ssoUserId);
      pool.add('scim-tokens', t.scimTokenId);
      pool.add('golden-images', t.goldenImageId);
      pool.add('operator-members', t.operatorMemberId);
      pool.add('webhook-endpoints', t.webhookEndpointId);
      pool.add('deliveries', t.webhookDeliveryId);
      pool.add('ssoEmails', t.ssoEmail);
    }
    for (const e of extra.memberEmails) pool.add('memberEmails', e);
    return pool;
  }
}

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

function tweak(key: string, how: Tweak | undefined): string {
  switch (how) {
    case 'lower case':
      return key.toLowerCase();
    case 'no dashes':
      return key.replaceAll('-', '');
    case 'spaces around':
      return `  ${key} `;
    default:
      return key;
  }
}

/** A symbolic value made concrete against the pool and the clock. */
export function resolve(value: unknown, pool: Pool, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, pool, now));
  if (!isObject(value)) return value;
  if (typeof value.$ref === 'string') {
    const r = value as Ref;
    return tweak(pool.pick(r.$ref, r.n) ?? `none-${r.$ref}`, r.tweak);
  }
  if (typeof value.$date === 'number') return new Date(now + (value as DateRef).$date).toISOString();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!isObject(v) || v.$same !== true) out[k] = resolve(v, pool, now);
  for (const [k, v] of Object.entries(value))
    if (isObject(v) && (v as SameDevice).$same === true) out[k] = pool.fingerprintOf.get(String(out.activationId)) ?? pool.pick('fingerprints', 0) ?? 'fp-none';
  return out;
}

// ---------------------------------------------------------------- arbitraries from the schemas

const DAY = 86_400_000;
/** `arb` one time in `oneIn`, null otherwise (fc.option's `freq` is the other way round). */
const rarely = <T>(arb: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
const ref = (kind: RefKind): fc.Arbitrary<Ref> => fc.nat({ max: 10_000 }).map((n) => ({ $ref: kind, n }));

/** Text of every kind: short words, any Unicode (lone surrogates and NUL included), edges of the length. */
export function text(minLength = 0, maxLength = 200): fc.Arbitrary<string> {
  const max = Math.min(maxLength, 40);
  return fc.oneof(
    { weight: 16, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength: Math.max(max, minLength) }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength, maxLength: Math.max(max, minLength) }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        'null',
        'x\u0000y',
        'x\ud800y',
        '\u202egnp.exe',
        '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ ключ 鍵',
        "'; drop table license_keys; --",
        '<script>alert(1)</script>',
        '../../etc/passwd',
        '%00%ff',
        '${jndi:ldap://x}',
        '__proto__',
        'a'.repeat(maxLength),
        'a'.repeat(maxLength + 1),
      ),
    },
  );
}

/** Dates near the test clock mostly (so expiries fall due during the run), sometimes anywhere. */
const dateTime: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -30 * DAY, max: 3 * 365 * DAY }).map((ms) => ({ $date: ms })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 5 * DAY }).map((ms) => ({ $date: ms })) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom('2027-02-30T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2027-01-01T00:00:00+14:00', '2027-01-01', 'tomorrow', '1700000000000') },
);

const email: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/), fc.constantFrom('example.com', 'example.org', 'mail.example.de')).map(([local, domain]) => `${local}@${domain}`) },
  { weight: 1, arbitrary: fc.emailAddress() },
  { weight: 2, arbitrary: ref('memberEmails') },
  { weight: 1, arbitrary: fc.constantFrom('not an address', 'a@b', 'ÜSER@exämple.com', '"quoted space"@example.com', 'x@example.com\r\nBcc: y@example.com', `${'a'.repeat(250)}@example.com`) },
);

const fingerprint: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => `fz-${s}`) },
  { weight: 2, arbitrary: ref('fingerprints') },
  { weight: 3, arbitrary: fc.constant({ $same: true }) },
  { weight: 1, arbitrary: text(1, 256) },
);

const licenseKey: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: ref('keySecrets') },
  { weight: 2, arbitrary: ref('invitationCodes') },
  { weight: 2, arbitrary: fc.record({ $ref: fc.constant<RefKind>('keySecrets'), n: fc.nat({ max: 10_000 }), tweak: fc.constantFrom<Tweak>('lower case', 'no dashes', 'spaces around') }) },
  { weight: 1, arbitrary: text(1, 64) },
);

/** What makes a generated SSO sign-in start for real now and then (test/helpers/sso.ts): a person of a verified domain, a loopback address, an S256 challenge. */
const SSO_NAMED: Record<string, fc.Arbitrary<unknown>> = {
  email: fc.oneof({ weight: 3, arbitrary: ref('ssoEmails') }, { weight: 1, arbitrary: email }),
  redirect_uri: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('http://127.0.0.1:53682/callback', 'http://[::1]:8080/', 'http://localhost:1/cb') },
    { weight: 1, arbitrary: fc.constantFrom('https://evil.example/cb', 'http://127.0.0.1.evil.example/', 'http://127.0.0.1/no-port', 'javascript:alert(1)', 'file:///etc/passwd') },
    { weight: 1, arbitrary: text(1, 100) },
  ),
  code_challenge: fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/) }, { weight: 1, arbitrary: text(1, 128) }),
  code_challenge_method: fc.oneof({ weight: 4, arbitrary: fc.constant('S256') }, { weight: 1, arbitrary: fc.constantFrom('plain', 's256', '') }, { weight: 1, arbitrary: text(1, 16) }),
  // The sign-in an answer names (a started one, harvested from /sso/activate), or not.
  state: fc.oneof({ weight: 3, arbitrary: ref('ssoRelayStates') }, { weight: 1, arbitrary: text(0, 100) }),
  RelayState: fc.oneof({ weight: 3, arbitrary: ref('ssoRelayStates') }, { weight: 1, arbitrary: text(0, 100) }),
  SAMLResponse: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom('<samlp:Response/>', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>', '<Response><Assertion/><Assertion/></Response>').map((x) => Buffer.from(x).toString('base64')) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64')) },
    { weight: 1, arbitrary: text(1, 200) },
  ),
};

/** The browser's routes under /sso/ (their query and the ACS form): names mean what SSO_NAMED says. */
const ssoArb = (name: string, schema: JsonSchema): fc.Arbitrary<unknown> => SSO_NAMED[name] ?? arbFor(schema, name);

/** An id field: mostly a real id of its kind, sometimes of another kind, unknown, or junk. */
const idOf = (kind: RefKind): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: ref(kind) },
    { weight: 1, arbitrary: fc.constantFrom<RefKind>('keys', 'activations', 'subscriptions', 'accounts', 'members').chain(ref) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) },
  );

/** Arbitraries for properties whose meaning the name tells: these are what make a generated request succeed. */
const NAMED: Record<string, fc.Arbitrary<unknown>> = {
  key: licenseKey,
  fingerprint,
  activationId: idOf('activations'),
  keyId: idOf('keys'),
  keyIds: fc.oneof(fc.constant([]), fc.array(idOf('keys'), { minLength: 1, maxLength: 3 })),
  activationIds: fc.array(idOf('activations'), { minLength: 1, maxLength: 4 }),
  goldenImageId: fc.oneof({ weight: 4, arbitrary: idOf('golden-images') }, { weight: 1, arbitrary: fc.constant(null) }),
  // A golden image's files: an https URL and a SHA-256 checksum, mostly.
  url: fc.oneof({ weight: 5, arbitrary: fc.webUrl({ validSchemes: ['https'] }) }, { weight: 1, arbitrary: fc.webUrl() }, { weight: 1, arbitrary: text(0, 60) }),
  sha256: fc.oneof({ weight: 5, arbitrary: fc.stringMatching(/^[0-9a-fA-F]{64}$/) }, { weight: 1, arbitrary: text(0, 70) }),
  product: fc.oneof({ weight: 5, arbitrary: ref('productCodes') }, { weight: 1, arbitrary: text(1, 64) }),
  code: fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/) }, { weight: 1, arbitrary: ref('productCodes') }, { weight: 1, arbitrary: text(1, 64) }),
  emails: fc.array(email, { minLength: 1, maxLength: 3 }),
  email,
  seats: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.integer({ min: -5, max: 1_000_001 }) }),
  maxSeats: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: -5, max: 1_000_001 }) }),
  password: fc.oneof({ weight: 2, arbitrary: fc.constant('a long enough password') }, { weight: 1, arbitrary: text(1, 200) }),
  currentPassword: fc.oneof({ weight: 2, arbitrary: fc.constant('a long enough password') }, { weight: 1, arbitrary: text(1, 200) }),
  newPassword: fc.oneof({ weight: 2, arbitrary: fc.constant('a long enough password') }, { weight: 1, arbitrary: text(1, 200) }),
};

const branchesOf = (s: JsonSchema): JsonSchema[] => (Array.isArray(s.anyOf) ? s.anyOf.flatMap(branchesOf) : Array.isArray(s.oneOf) ? s.oneOf.flatMap(branchesOf) : [s]);

/** Values of a schema's type, valid for it mostly; `name` picks a meaningful arbitrary (NAMED). */
export function arbFor(schema: JsonSchema, name?: string): fc.Arbitrary<unknown> {
  if (name !== undefined && NAMED[name]) return NAMED[name]!;
  const branches = branchesOf(schema);
  if (branches.length > 1) return fc.oneof(...branches.map((b) => arbFor(b)));
  const s = branches[0]!;
  if (s.enum) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...(s.enum as unknown[])) }, { weight: 1, arbitrary: text(0, 20) });
  switch (s.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min: number = s.minimum ?? -1_000_000;
      const max: number = s.maximum ?? 1_000_000;
      return fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min, max: Math.min(max, min + 30) }) },
        { weight: 1, arbitrary: fc.integer({ min, max }) },
        { weight: 1, arbitrary: fc.constantFrom(min, max) },
      );
    }
    case 'string':
      if (s.format === 'date-time') return dateTime;
      if (s.format === 'email') return email;
      if (s.format === 'uri') return fc.oneof(fc.webUrl(), text(0, 60));
      if (s.pattern) return idOf('keys');
      return text(s.minLength ?? 0, s.maxLength ?? 200);
    case 'array':
      return fc.array(arbFor(s.items ?? {}), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) });
    case 'object': {
      const props: Record<string, JsonSchema> = s.properties ?? {};
      const model = Object.fromEntries(Object.entries(props).map(([p, ps]) => [p, arbFor(ps, p)]));
      return fc.record(model, { requiredKeys: (s.required ?? []) as string[] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

// ---------------------------------------------------------------- planned requests

export type CallerName = 'operator' | 'account A' | 'license admin' | 'account B' | 'console' | 'anonymous';

export type BodyPlan =
  /** Generated from the schema (mostly valid, with real ids). */
  | { kind: 'schema'; value: unknown }
  /** A generated body with one fault (malformed.ts invalidVariants, the `variant`-th). */
  | { kind: 'one fault'; value: unknown; variant: number }
  /** Any JSON at all. */
  | { kind: 'json'; value: unknown }
  /** Arrays or objects nested `depth` deep around a leaf. */
  | { kind: 'deep'; depth: number; open: 'array' | 'object'; leaf: string }
  /** Bytes or text with a content type (null: none). */
  | { kind: 'raw'; payload: string | Uint8Array; contentType: string | null }
  /** An HTML form (application/x-www-form-urlencoded) of the route's form schema, mostly. */
  | { kind: 'form'; value: Record<string, unknown> }
  | { kind: 'none' };

export interface Plan {
  /** Index into the operations (modulo their count). */
  op: number;
  /** Another method on the same path, now and then. */
  method: Method | 'HEAD' | 'OPTIONS' | 'PUT' | null;
  caller: CallerName;
  /** Instead of the caller's Authorization header. */
  authorization: string | null;
  /** One per path parameter: a reference, or a raw (already encoded) segment. */
  ids: unknown[];
  /** Declared query parameters with generated values, then extra raw text. */
  query: { values: Record<string, unknown>; raw: string | null } | null;
  /** A path that is not the operation's at all (its ids and body are then still sent). */
  path: string | null;
  body: BodyPlan;
  headers: [string, string][];
  /** Sent over a socket with these headers repeated (Node's HTTP parser, not inject). */
  duplicate: string[] | null;
  /** Snapshot the stored state around it: a refused write must change nothing. */
  check: boolean;
  /** The client's address (10.x.y.z), so that per-address limits bite some addresses, not the whole run. */
  from: number;
}

export type Step = { t: 'request'; plan: Plan } | { t: 'advance'; ms: number } | { t: 'sweep' };
export interface Batch {
  parallel: boolean;
  steps: Step[];
}

const junkSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.integer({ min: 150, max: 260 }).map((n) => 'a'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 80 }).map((n) => encodeURIComponent('鍵'.repeat(n))) },
  { weight: 2, arbitrary: fc.constantFrom('..', '.', '%', '%zz', '%00', '%2F', '%2e%2e', '%E2%82', '%ED%A0%80', 'null', '0', '-1', '1e999', '%20', '~', '*', '%3B', 'a;b=c', '@', '%0d%0aX-Injected:%201') },
);

const pathId = (kind: RefKind): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 10, arbitrary: ref(kind) },
    { weight: 1, arbitrary: fc.constantFrom<RefKind>('keys', 'activations', 'subscriptions', 'accounts', 'invitations', 'members', 'tokens').chain(ref) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: junkSegment },
  );

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json, text/plain',
  'application/vnd.api+json',
  'text/plain',
  'text/csv',
  'text/csv; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
  'application/octet-stream',
  '',
  ';;;',
  'application/json; boundary=',
];

const rawBody: fc.Arbitrary<BodyPlan> = fc.record({
  kind: fc.constant('raw' as const),
  payload: fc.oneof<fc.Arbitrary<string | Uint8Array>[]>(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }),
    fc.constantFrom('{', '{"a":', '[1,2', 'null', 'true', '"str"', '0', '-0', '1e999', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', '{"a":1,"a":2}', '\ufeff{}', '{}garbage', ' '),
    fc.array(fc.oneof(fc.emailAddress(), text(0, 40)), { maxLength: 6 }).map((lines) => ['email', ...lines].join('\n')),
    fc.integer({ min: 60_000, max: 70_000 }).map((n) => JSON.stringify({ name: 'x'.repeat(n) })),
  ),
  contentType: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...CONTENT_TYPES) }, { weight: 1, arbitrary: fc.constant(null) }),
});

export function bodyArb(op: Operation): fc.Arbitrary<BodyPlan> {
  if (op.form) {
    const props: Record<string, JsonSchema> = op.form.properties ?? {};
    const form = fc.record(Object.fromEntries(Object.entries(props).map(([p, ps]) => [p, ssoArb(p, ps)])), { requiredKeys: [] });
    return fc.oneof(
      { weight: 12, arbitrary: form.map((value) => ({ kind: 'form' as const, value })) },
      { weight: 2, arbitrary: rawBody },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'json' as const, value })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    );
  }
  const schema = op.body;
  const generated = schema ? arbFor(schema) : fc.constant(undefined);
  return fc.oneof(
    { weight: schema ? 12 : 0, arbitrary: generated.map((value) => (value === undefined ? { kind: 'none' as const } : { kind: 'schema' as const, value })) },
    { weight: schema ? 4 : 0, arbitrary: fc.tuple(generated, fc.nat()).map(([value, variant]) => ({ kind: 'one fault' as const, value, variant })) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'json' as const, value })) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 50, max: 20_000 }), open: fc.constantFrom('array' as const, 'object' as const), leaf: fc.constantFrom('1', '"x"', '"\\u0000"', '"\\ud800"', '{}') }) },
    { weight: 2, arbitrary: rawBody },
    { weight: schema ? 1 : 12, arbitrary: fc.constant({ kind: 'none' as const }) },
  );
}

function queryArb(op: Operation): fc.Arbitrary<Plan['query']> {
  const declared = Object.entries(op.query);
  const value = ([name, schema]: [string, JsonSchema]) =>
    fc.oneof(
      {
        weight: 5,
        arbitrary: ['accountId', 'subscriptionId', 'keyId', 'targetId'].includes(name)
          ? pathId(name === 'targetId' ? 'activations' : (`${name.replace(/Id$/, '')}s` as RefKind))
          : op.path.startsWith('/sso/')
            ? ssoArb(name, schema)
            : arbFor(schema),
      },
      { weight: 2, arbitrary: fc.constantFrom(...wrongQueryValues(schema)) },
      { weight: 1, arbitrary: fc.array(arbFor(schema), { minLength: 2, maxLength: 3 }) },
    );
  const model = Object.fromEntries(declared.map(([n, s]) => [n, value([n, s])]));
  const someOf = fc.record(model, { requiredKeys: [] });
  // A sign-in start takes six parameters: all of them, mostly, or one would seldom start.
  const values = !declared.length ? fc.constant({}) : op.path.startsWith('/sso/') ? fc.oneof({ weight: 3, arbitrary: fc.record(model) }, { weight: 1, arbitrary: someOf }) : someOf;
  const raw = rarely(
    fc.oneof(
      fc.constantFrom('bogus=1', 'limit=1&limit=2', '&&&', '=x', 'a[b]=c', '__proto__[x]=1', 'constructor[prototype][x]=1', '%zz=1', 'x=%E2%82', 'q=%00', 'cursor=' + 'c'.repeat(70), 'limit=1e400'),
      fc.string({ unit: 'grapheme', maxLength: 40 }).map(encodeURIComponent),
    ),
    4,
  );
  return rarely(fc.record({ values, raw }), declared.length ? 2 : 8);
}

const EXTRA_HEADERS: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constant('x-request-id'), fc.oneof(fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/), fc.constantFrom('', 'a b', 'x'.repeat(65), '../..', 'é'))),
  fc.tuple(fc.constant('cookie'), fc.oneof(fc.constant('allot_session=nope'), fc.stringMatching(/^[A-Za-z0-9_=;. -]{0,60}$/))),
  fc.tuple(fc.constant('x-csrf-token'), fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/)),
  fc.tuple(fc.constant('accept'), fc.constantFrom('text/html', 'text/csv', '*/*', 'application/xml', 'application/json;q=0')),
  fc.tuple(fc.constant('accept-language'), fc.constantFrom('de', 'ja-JP', 'xx', '*', ';;')),
  fc.tuple(fc.constant('content-encoding'), fc.constantFrom('gzip', 'br', 'identity', 'bogus')),
  fc.tuple(fc.constant('x-forwarded-for'), fc.constantFrom('10.0.0.1', 'not-an-ip', '1.1.1.1, 2.2.2.2')),
  fc.tuple(fc.constant('origin'), fc.constantFrom('https://evil.example', 'null')),
);

const AUTHORIZATIONS = ['Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer not-a-token', `Bearer ${'x'.repeat(600)}`, 'bearer allot_', 'Bearer allot_000000000000000000000000'];

export function planArb(operations: Operation[], weightOf: (op: Operation) => number): fc.Arbitrary<Plan> {
  const perOp = operations.map((op, i) =>
    fc.record({
      op: fc.constant(i),
      method: rarely(fc.constantFrom<Plan['method']>('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'), 25),
      caller: fc.constantFrom<CallerName>('operator', 'operator', 'operator', 'account A', 'account A', 'license admin', 'license admin', 'account B', 'console', 'anonymous'),
      authorization: rarely(fc.constantFrom(...AUTHORIZATIONS), 20),
      ids: fc.tuple(...op.pathParams.map((p) => pathId(resourceOf(op, p)))),
      query: queryArb(op),
      path: rarely(
        fc.oneof(
          fc.constantFrom('/', '/v1', '/v1/', '/v2/keys', '/assets/x.js', '/docs/json', '/docs/static/nope', '/.well-known/nope', '/openapi.json', '/healthz/x', '//v1//keys'),
          junkSegment.map((s) => `/v1/${s}`),
          junkSegment.map((s) => `${op.path.replace(/\{\w+\}/g, 'x')}/${s}`),
        ),
        25,
      ),
      body: bodyArb(op),
      headers: fc.oneof({ weight: 4, arbitrary: fc.constant<[string, string][]>([]) }, { weight: 1, arbitrary: fc.array(EXTRA_HEADERS, { minLength: 1, maxLength: 2 }) }),
      duplicate: rarely(fc.subarray(['authorization', 'content-type', 'x-request-id', 'cookie', 'accept'], { minLength: 1 }), 30),
      check: fc.nat({ max: 5 }).map((n) => n === 0),
      from: fc.nat({ max: 0xffff }),
    }),
  );
  return fc.oneof(...operations.map((op, i) => ({ weight: weightOf(op), arbitrary: perOp[i]! })));
}

export function batchArb(plan: fc.Arbitrary<Plan>): fc.Arbitrary<Batch> {
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 40, arbitrary: plan.map((p) => ({ t: 'request' as const, plan: p })) },
    { weight: 1, arbitrary: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 60_000, max: 2 * DAY }) }, { weight: 1, arbitrary: fc.integer({ min: DAY, max: 20 * DAY }) }).map((ms) => ({ t: 'advance' as const, ms })) },
    { weight: 1, arbitrary: fc.constant({ t: 'sweep' as const }) },
  );
  return fc.record({ parallel: fc.boolean(), steps: fc.array(step, { minLength: 1, maxLength: 8 }) });
}

// ---------------------------------------------------------------- making it concrete

export interface Concrete {
  req: Omit<Request, 'method'> & { method: string };
  /** Repeated headers: only a socket can send these. */
  duplicate: string[] | null;
  remoteAddress: string;
}

function deepPayload(b: Extract<BodyPlan, { kind: 'deep' }>): string {
  return b.open === 'array' ? `${'['.repeat(b.depth)}${b.leaf}${']'.repeat(b.depth)}` : `${'{"a":'.repeat(b.depth)}${b.leaf}${'}'.repeat(b.depth)}`;
}

function encodeSegment(v: unknown): string {
  const s = String(v);
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
}

/** The request a plan stands for, now: ids and dates resolved against the pool and the clock. */
export function concretize(plan: Plan, operations: Operation[], pool: Pool, now: number, credentials: Record<CallerName, Record<string, string>>): Concrete {
  const op = operations[plan.op % operations.length]!;
  const ids = plan.ids.map((v) => (isObject(v) ? encodeSegment(resolve(v, pool, now)) : String(v)));
  let url = plan.path ?? op.path.replace(/\{(\w+)\}/g, (_, p: string) => ids[op.pathParams.indexOf(p)] ?? 'x');
  if (plan.query) {
    const parts: string[] = [];
    for (const [name, v] of Object.entries(plan.query.values)) {
      const values = Array.isArray(v) ? v : [v];
      for (const one of values) {
        const r = resolve(one, pool, now);
        parts.push(`${name}=${encodeSegment(typeof r === 'object' ? JSON.stringify(r) : r)}`);
      }
    }
    if (plan.query.raw !== null) parts.push(plan.query.raw);
    if (parts.length) url += `?${parts.join('&')}`;
  }
  const headers: Record<string, string> = { ...credentials[plan.caller] };
  if (plan.authorization !== null) headers.authorization = plan.authorization;
  let payload: string | Buffer | undefined;
  const b = plan.body;
  if (b.kind === 'schema') payload = JSON.stringify(resolve(b.value, pool, now));
  else if (b.kind === 'one fault') {
    const base = resolve(b.value, pool, now);
    const variants = op.body && isObject(base) ? invalidVariants(op.body, base) : [];
    payload = JSON.stringify(variants.length ? variants[b.variant % variants.length]!.body : base);
  } else if (b.kind === 'json') payload = JSON.stringify(b.value);
  else if (b.kind === 'deep') payload = deepPayload(b);
  else if (b.kind === 'raw') payload = typeof b.payload === 'string' ? b.payload : Buffer.from(b.payload);
  else if (b.kind === 'form') {
    const fields = resolve(b.value, pool, now) as Record<string, unknown>;
    payload = Object.entries(fields).map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(typeof v === 'object' ? JSON.stringify(v) : v)}`).join('&');
  }
  if (payload !== undefined) {
    const ct = b.kind === 'raw' ? b.contentType : b.kind === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
    if (ct !== null) headers['content-type'] = ct;
  }
  for (const [name, value] of plan.headers) headers[name] = value;
  return { req: { method: plan.method ?? op.method, url, headers, ...(payload !== undefined && { payload }) }, duplicate: plan.duplicate, remoteAddress: `10.${plan.from >> 12}.${(plan.from >> 6) & 63}.${plan.from & 63}` };
}

// ---------------------------------------------------------------- sending

const parse = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

/** Through inject (the whole Fastify stack but the socket). */
export async function injectRequest(app: App, c: Concrete): Promise<Answer> {
  const r = c.req;
  const res = await app.inject({ method: r.method as Method, url: r.url, headers: r.headers ?? {}, remoteAddress: c.remoteAddress, ...(r.payload !== undefined && { payload: r.payload }) });
  return { status: res.statusCode, text: res.body, body: parse(res.body), headers: res.headers };
}

/** Over a real socket, with the named headers sent twice (the second copy a different value). */
export function socketRequest(baseUrl: string, c: Concrete): Promise<Answer> {
  const r = c.req;
  const headers: Record<string, string | string[]> = { ...(r.headers ?? {}) };
  for (const name of c.duplicate ?? []) {
    const first = headers[name] ?? 'x';
    headers[name] = [String(first), name === 'authorization' ? 'Bearer other' : name === 'content-type' ? 'text/plain' : `${String(first)}-2`];
  }
  const body = r.payload === undefined ? undefined : typeof r.payload === 'string' ? Buffer.from(r.payload) : r.payload;
  if (body) headers['content-length'] = String(body.length);
  const base = new URL(baseUrl);
  return new Promise((resolveAnswer, reject) => {
    const req = http.request({ host: base.hostname, port: base.port, path: r.url, method: r.method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolveAnswer({ status: res.statusCode ?? 0, text, body: parse(text), headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

// ---------------------------------------------------------------- learning from answers

/** Adds the ids and secrets an answer reveals to the pool. */
export function harvest(pool: Pool, op: Operation, sentBody: unknown, ans: Answer): void {
  // A sign-in started: the identity provider will answer it with this RelayState (SAML) or state (OpenID Connect).
  if ((op.key === 'GET /sso/activate' || op.key === 'GET /sso/console') && ans.status === 302) {
    const to = new URL(String(ans.headers.location));
    return pool.add('ssoRelayStates', to.searchParams.get('RelayState') ?? to.searchParams.get('state'));
  }
  if (ans.status >= 300 || !isObject(ans.body)) return;
  const b = ans.body;
  const segments = op.path.split('/').filter((s) => s && !s.startsWith('{'));
  const last = segments.at(-1) ?? '';
  const collection = (
    {
      products: 'products',
      accounts: 'accounts',
      subscriptions: 'subscriptions',
      keys: 'keys',
      activations: 'activations',
      blacklist: 'blacklist',
      tokens: 'tokens',
      invitations: 'invitations',
      members: op.path.startsWith('/v1/operator/') ? 'operator-members' : 'members',
      regenerate: 'keys',
      resend: 'invitations',
      'resend-invitation': 'members',
      domains: 'domains',
      verify: 'domains',
      'sso-users': 'sso-users',
      deactivate: op.path.startsWith('/v1/sso-users/') ? 'sso-users' : undefined,
      reactivate: 'sso-users',
      'scim-tokens': 'scim-tokens',
      'golden-images': 'golden-images',
      'webhook-endpoints': 'webhook-endpoints',
    } as Record<string, RefKind>
  )[last];
  const items: any[] = Array.isArray(b.data) ? b.data : [b];
  if (op.key === 'POST /v1/client/activate' && isObject(b.activation)) {
    pool.add('activations', b.activation.id);
    const fp = isObject(sentBody) ? sentBody.fingerprint : undefined;
    if (typeof fp === 'string') {
      pool.add('fingerprints', fp);
      pool.fingerprintOf.set(b.activation.id, fp);
    }
    return;
  }
  if (op.key === 'POST /v1/activations/{id}/blacklist') return pool.add('blacklist', b.id);
  for (const item of items) {
    if (!isObject(item)) continue;
    if (collection) pool.add(collection, item.id);
    if (collection === 'keys' && typeof item.key === 'string') pool.add('keySecrets', item.key);
    if (collection === 'products') pool.add('productCodes', item.code);
    if (collection === 'invitations' && typeof item.code === 'string') pool.add('invitationCodes', item.code);
    if (collection === 'members') pool.add('memberEmails', item.email);
    if (isObject(item.primaryKey)) {
      pool.add('keys', item.primaryKey.id);
      pool.add('keySecrets', item.primaryKey.key);
    }
  }
}

// ---------------------------------------------------------------- state

/**
 * Every stored row, less the bookkeeping a refused request may rightly write: when a token
 * or session was last used (authentication succeeded, the request was then refused), and
 * sign-in throttling (refused sign-ins are what it counts).
 */
export async function storedState(server: TestServer): Promise<Record<string, string[]>> {
  const db = server.runtime.database.db;
  const tables = (await db.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name).filter((t) => t !== 'sign_in_throttle').sort();
  const out: Record<string, string[]> = {};
  for (const name of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    out[name] = rows.rows
      .map((r) => {
        if (name === 'api_tokens' || name === 'sessions') delete r.last_used_at;
        return JSON.stringify(r);
      })
      .sort();
  }
  return out;
}

/** The tables whose rows differ, with a few of the differing rows. */
export function stateDiff(before: Record<string, string[]>, after: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const t of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = new Set(before[t] ?? []);
    const a = new Set(after[t] ?? []);
    const gone = [...b].filter((r) => !a.has(r));
    const added = [...a].filter((r) => !b.has(r));
    if (gone.length || added.length) out.push(`${t}: -${gone.length} +${added.length} ${[...gone.map((r) => `- ${r}`), ...added.map((r) => `+ ${r}`)].slice(0, 4).join(' ').slice(0, 600)}`);
  }
  return out;
}

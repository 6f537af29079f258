/**
 * Issue 13, acceptance: SCIM deactivations racing with that person's activations and check-ins
 * never leave a seat taken by a deactivated person, nor counted twice. A property test with a
 * reference model (as test/model/seat-model.test.ts): seeded random batches of SCIM writes
 * (deactivate, reactivate, delete, create again, move to the other group) and the people's SSO
 * activations (several devices) and check-ins run concurrently (Promise.all) against the real
 * store; after each batch the state must be what the model allows:
 * - no active activation belongs to a deactivated or deleted person;
 * - each key's used count equals the recount, and a person's devices share one seat, on the
 *   key their SCIM group maps to;
 * - each person has exactly the devices the model says (every one ended when they were
 *   deactivated; those granted after, kept), and every refusal is the one the model allows.
 * The sign-in at the identity provider is a fixture here (test/sso/ runs the real one): an
 * answered sign-in request whose one-time code the device redeems through the real use-case.
 *
 * The seed is random unless ALLOT_SCIM_SEED is set; a failure prints it:
 *   ALLOT_SCIM_SEED=… ALLOT_SCIM_PATH=… DIALECTS=sqlite npx vitest run test/scim/app-concurrency.test.ts
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/context.ts';
import type { Services } from '../../src/app/services.ts';
import { DAY_MS } from '../../src/domain/time.ts';
import { dialects } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { auditSeats, expectSeatsConsistent } from '../helpers/seat-audit.ts';

const RUNS = Number(process.env.ALLOT_SCIM_RUNS ?? 15);
const SEED = process.env.ALLOT_SCIM_SEED === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(process.env.ALLOT_SCIM_SEED);
const PATH = process.env.ALLOT_SCIM_PATH;
const PERSONS = 3;
const DEVICES = 3;
const GROUPS = ['eng', 'ops'] as const;
const operator: Caller = { actor: { type: 'operator', id: 'scim-race' }, requestId: null };

type Group = (typeof GROUPS)[number];
type Status = 'active' | 'deactivated' | 'deleted';
/** One SCIM write on a person per batch at most (its outcome then does not depend on the interleaving). */
type ScimOp = { op: 'deactivate' | 'reactivate' | 'delete' | 'recreate' } | { op: 'move'; to: Group };
type DeviceOp = { op: 'activate'; device: number } | { op: 'checkIn'; pick: number };
interface Batch {
  scim: (ScimOp | null)[];
  devices: { person: number; op: DeviceOp }[];
}

const scimOp: fc.Arbitrary<ScimOp | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom<ScimOp>({ op: 'deactivate' }, { op: 'reactivate' }, { op: 'delete' }, { op: 'recreate' }),
  fc.constantFrom(...GROUPS).map((to): ScimOp => ({ op: 'move', to })),
);
const deviceOp: fc.Arbitrary<{ person: number; op: DeviceOp }> = fc.record({
  person: fc.nat(PERSONS - 1),
  op: fc.oneof(fc.nat(DEVICES - 1).map((device): DeviceOp => ({ op: 'activate', device })), fc.nat(50).map((pick): DeviceOp => ({ op: 'checkIn', pick }))),
});
const batches = fc.array(fc.record({ scim: fc.array(scimOp, { minLength: PERSONS, maxLength: PERSONS }), devices: fc.array(deviceOp, { minLength: 1, maxLength: 8 }) }), { minLength: 2, maxLength: 6 });

/** What the model knows of a person between batches. */
interface ModelPerson {
  status: Status;
  group: Group;
  /** Fingerprints of their active devices. */
  devices: Set<string>;
}

interface Run {
  services: Services;
  database: TestServer['runtime']['database'];
  scim: Caller;
  accountId: string;
  subscriptionId: string;
  keyOf: Record<Group | 'primary', string>;
  groupIds: Record<Group, string>;
  personIds: string[];
  model: ModelPerson[];
  /** Every activation made so far: its person and fingerprint. */
  activations: { id: string; person: number; fingerprint: string }[];
  trace: string[];
}

const fingerprint = (run: Run, p: number, d: number) => `${run.subscriptionId}-p${p}-d${d}`;
const userDoc = (run: Run, p: number, active = true) => ({
  userName: `p${p}.${run.accountId.toLowerCase()}@race.example`,
  emails: [{ value: `p${p}.${run.accountId.toLowerCase()}@race.example`, primary: true }],
  displayName: `Person ${p}`,
  active,
});

async function ssoActivate(run: Run, p: number, d: number) {
  const { deps } = run.services;
  const now = deps.clock.now();
  const code = randomBytes(32).toString('base64url');
  const codeVerifier = randomBytes(32).toString('base64url');
  await deps.store.write((tx) =>
    tx.ssoRequests.insert({
      id: deps.ids.next(),
      accountId: run.accountId,
      purpose: 'device',
      protocol: 'saml',
      subscriptionId: run.subscriptionId,
      clientRedirectUri: 'http://127.0.0.1:53682/callback',
      clientState: 'race',
      codeChallenge: createHash('sha256').update(codeVerifier).digest('base64url'),
      samlRequestId: `_race-${deps.ids.next()}`,
      oidcNonce: null,
      oidcVerifierCipher: null,
      createdAt: now,
      expiresAt: now + 10 * 60_000,
      answeredAt: now,
      userId: run.personIds[p]!,
      codeHash: deps.vault.tokenHash(code),
      codeExpiresAt: now + 60_000,
      codeUsedAt: null,
    }),
  );
  return run.services.sso.activate(null, { code, codeVerifier, fingerprint: fingerprint(run, p, d), device: { name: `laptop-${d}`, os: 'macOS 15.1' }, ip: null });
}

/** Runs one SCIM write (the model plans its outcome). */
async function runScim(run: Run, p: number, s: ScimOp): Promise<void> {
  const { users, groups } = run.services.scim;
  const id = run.personIds[p]!;
  switch (s.op) {
    case 'deactivate':
    case 'reactivate':
      await users.patch(run.scim, id, (current) => ({ ...current, active: s.op === 'reactivate' }));
      return;
    case 'delete':
      await users.delete(run.scim, id);
      return;
    case 'recreate':
      // Created again after a deletion (Okta re-assigns the app): the same person, revived.
      expect((await users.create(run.scim, userDoc(run, p))).id).toBe(id);
      await groups.patch(run.scim, run.groupIds[run.model[p]!.group], (g) => ({ ...g, members: [...g.members, id] }));
      return;
    case 'move': {
      // Entra's way: out of one group, into the other, one PATCH each.
      const from = GROUPS.find((g) => g !== s.to)!;
      await groups.patch(run.scim, run.groupIds[from], (g) => ({ ...g, members: g.members.filter((m) => m !== id) }));
      await groups.patch(run.scim, run.groupIds[s.to], (g) => ({ ...g, members: [...new Set([...g.members, id])] }));
    }
  }
}

/** A SCIM write the model expects to succeed, and the person's status and group after it; null: skipped (not applicable). */
function plan(person: ModelPerson, s: ScimOp | null): { status: Status; group: Group } | null {
  if (s === null) return null;
  switch (s.op) {
    case 'deactivate':
    case 'reactivate':
      return person.status === 'deleted' ? null : { status: s.op === 'deactivate' ? 'deactivated' : 'active', group: person.group };
    case 'delete':
      return person.status === 'deleted' ? null : { status: 'deleted', group: person.group };
    case 'recreate':
      return person.status === 'deleted' ? { status: 'active', group: person.group } : null;
    case 'move':
      return person.status === 'deleted' ? null : { status: person.status, group: s.to };
  }
}

async function runBatch(run: Run, batch: Batch): Promise<void> {
  const plans = batch.scim.map((s, p) => plan(run.model[p]!, s));
  const startedActive = run.model.map((m) => m.status === 'active');
  const checkIns = batch.devices.map((d) => (d.op.op === 'checkIn' && run.activations.length ? run.activations[d.op.pick % run.activations.length]! : null));
  run.trace.push(
    `batch: ${plans.map((pl, p) => (pl ? `p${p} ${JSON.stringify(batch.scim[p])}` : null)).filter(Boolean).join(', ') || 'no SCIM'}; devices ${batch.devices
      .map((d, i) => (d.op.op === 'activate' ? `p${d.person} activates d${d.op.device}` : checkIns[i] ? `check-in ${checkIns[i]!.fingerprint.slice(-5)}` : 'no check-in'))
      .join(', ')}`,
  );
  const scimWrites = plans.map((pl, p) => (pl ? runScim(run, p, batch.scim[p]!) : Promise.resolve()));
  type Answer =
    | { kind: 'activate'; p: number; decision: Awaited<ReturnType<typeof ssoActivate>> }
    | { kind: 'checkIn'; p: number; target: Run['activations'][number]; decision: Awaited<ReturnType<Services['client']['checkIn']>> }
    | null;
  const deviceWrites = batch.devices.map(async (d, i): Promise<Answer> => {
    if (d.op.op === 'activate') return { kind: 'activate', p: d.person, decision: await ssoActivate(run, d.person, d.op.device) };
    const target = checkIns[i];
    if (!target) return null;
    return { kind: 'checkIn', p: target.person, target, decision: await run.services.client.checkIn({ activationId: target.id, fingerprint: target.fingerprint, ip: null }) };
  });
  const [, answers] = await Promise.all([Promise.all(scimWrites), Promise.all(deviceWrites)]);

  // What each device's answer may be, given the SCIM writes racing with it.
  const granted = new Map<number, Set<string>>();
  for (const a of answers) {
    if (!a) continue;
    const { p, decision } = a;
    const pl = plans[p] ?? null;
    // Active throughout: everything is granted. Inactive throughout: everything is refused as deactivated.
    const activeThroughout = startedActive[p]! && (pl === null || pl.status === 'active');
    const inactiveThroughout = !startedActive[p] && (pl === null || pl.status !== 'active');
    if (inactiveThroughout) expect(decision, `p${p} is not active`).toMatchObject({ granted: false, refusal: { code: 'SSO_USER_DEACTIVATED' } });
    if (a.kind === 'activate') {
      if (activeThroughout) expect(a.decision.granted, `p${p}'s activation: ${JSON.stringify(a.decision)}`).toBe(true);
      if (!a.decision.granted) expect(a.decision.refusal.code).toBe('SSO_USER_DEACTIVATED');
      else {
        const { activation, created } = a.decision.value;
        if (created) run.activations.push({ id: activation.id, person: p, fingerprint: activation.fingerprint });
        granted.set(p, (granted.get(p) ?? new Set()).add(activation.fingerprint));
      }
    } else {
      const latest = run.activations.filter((x) => x.fingerprint === a.target.fingerprint).at(-1)!;
      const wasActive = run.model[p]!.devices.has(a.target.fingerprint) && latest.id === a.target.id;
      if (activeThroughout && wasActive) expect(a.decision.granted, `check-in of active p${p}: ${JSON.stringify(a.decision)}`).toBe(true);
      if (!a.decision.granted) expect(['SSO_USER_DEACTIVATED', 'ACTIVATION_NOT_FOUND']).toContain(a.decision.refusal.code);
    }
  }
  for (const [p, pl] of plans.entries()) {
    const person = run.model[p]!;
    if (pl) {
      // Deactivated or deleted in this batch: every device ended, whenever it was granted.
      if (pl.status !== 'active') person.devices.clear();
      person.status = pl.status;
      person.group = pl.group;
    }
    // Active after the batch (not deactivated in it): the devices granted meanwhile stay.
    if (person.status === 'active')
      for (const fp of granted.get(p) ?? []) person.devices.add(fp);
  }
  await expectModel(run);
}

/** The stored state against the model, and the invariants. */
async function expectModel(run: Run): Promise<void> {
  const database = run.database.db;
  // No active activation of a deactivated or deleted person, whatever the model says.
  const stray = await sql<{ id: string }>`select a.id from activations a join sso_users u on u.id = a.sso_user_id
    where a.status = 'active' and (u.status <> 'active' or u.deprovisioned_at is not null) and a.subscription_id = ${run.subscriptionId}`.execute(database);
  expect(stray.rows, 'active devices of deactivated people').toEqual([]);
  const audit = await auditSeats(run.database, run.subscriptionId);
  expectSeatsConsistent(audit);
  const rows = await sql<{ sso_user_id: string; key_id: string; fingerprint: string }>`select sso_user_id, key_id, fingerprint from activations
    where status = 'active' and subscription_id = ${run.subscriptionId}`.execute(database);
  const expectedUsed: Record<string, number> = { [run.keyOf.eng]: 0, [run.keyOf.ops]: 0, [run.keyOf.primary]: 0 };
  for (const [p, person] of run.model.entries()) {
    const theirs = rows.rows.filter((r) => r.sso_user_id === run.personIds[p]);
    const user = await run.services.deps.store.read((tx) => tx.ssoUsers.byId(run.personIds[p]!));
    expect(user!.scim!.deprovisionedAt !== null ? 'deleted' : user!.status, `p${p}'s status`).toBe(person.status);
    expect(new Set(theirs.map((r) => r.fingerprint)), `p${p}'s devices`).toEqual(person.devices);
    const keys = new Set(theirs.map((r) => r.key_id));
    expect(keys.size, `p${p}'s devices share one seat`).toBeLessThanOrEqual(1);
    if (person.devices.size > 0) {
      expect([...keys], `p${p}'s seat is on their group's key`).toEqual([run.keyOf[person.group]]);
      expectedUsed[run.keyOf[person.group]]!++;
    }
  }
  for (const [keyId, used] of Object.entries(expectedUsed)) expect(audit.stored.keys[keyId]!.used, `key ${keyId}`).toBe(used);
  expect(audit.stored.pool.used).toBe(Object.values(expectedUsed).reduce((a, b) => a + b, 0));
}

describe.each(dialects())('SCIM deactivations racing with activations and check-ins on %s', (dialect) => {
  let server: TestServer;
  const product = `scim-race-${dialect}`;
  const certificate = readFileSync(new URL('../sso/fixtures/okta-signing.pem', import.meta.url), 'utf8');

  beforeAll(async () => {
    server = await startTestServer(dialect);
    await server.runtime.services.products.create(operator, { code: product, name: 'Race Pro' });
  });
  afterAll(() => server?.close());

  /** A fresh account (SSO, SCIM on), subscription, keys per group, and the people, each in a group. */
  async function setUp(): Promise<Run> {
    const services = server.runtime.services;
    const accountId = (await services.accounts.create(operator, { name: 'Race Corp' })).id;
    await services.sso.put(operator, accountId, {
      protocol: 'saml',
      idpEntityId: 'https://idp.race.example',
      idpSsoUrl: 'https://idp.race.example/sso',
      idpCertificates: [certificate],
      devicesPerUser: DEVICES,
    });
    const token = await services.scimTokens.create(operator, accountId, { name: 'Race IdP' });
    const scim: Caller = { actor: (await services.authenticateScim(token.token))!, requestId: null };
    const sub = await services.subscriptions.create(operator, { accountId, product, seats: 2 * PERSONS, expiresAt: new Date(server.clock.now() + 365 * DAY_MS).toISOString() });
    const keyOf = { primary: sub.primaryKey.id } as Run['keyOf'];
    for (const g of GROUPS)
      keyOf[g] = (await services.keys.create(operator, sub.id, { name: g, type: 'dynamic', maxSeats: PERSONS, expiresAt: null, ssoGroups: [g] })).id;
    const run: Run = { services, database: server.runtime.database, scim, accountId, subscriptionId: sub.id, keyOf, groupIds: {} as Run['groupIds'], personIds: [], model: [], activations: [], trace: [] };
    for (let p = 0; p < PERSONS; p++) {
      run.personIds.push((await services.scim.users.create(scim, userDoc(run, p))).id);
      run.model.push({ status: 'active', group: GROUPS[p % GROUPS.length]!, devices: new Set() });
    }
    for (const g of GROUPS)
      run.groupIds[g] = (await services.scim.groups.create(scim, { doc: { displayName: g }, members: run.personIds.filter((_, p) => run.model[p]!.group === g) })).id;
    return run;
  }

  async function scenario(list: Batch[]): Promise<void> {
    const run = await setUp();
    for (const [i, batch] of list.entries()) {
      try {
        await runBatch(run, batch);
      } catch (error) {
        throw new Error(`batch ${i} failed: ${(error as Error).message}\ntrace:\n${run.trace.map((t, n) => `  ${n}. ${t}`).join('\n')}`);
      }
    }
  }

  it('never leaves a seat taken by a deactivated person, nor a person counted twice', async () => {
    console.log(`[scim race] ${dialect}: seed ${SEED}${PATH ? `, path ${PATH}` : ''}, ${RUNS} runs`);
    const out = await fc.check(fc.asyncProperty(batches, scenario), { seed: SEED, numRuns: RUNS, ...(PATH ? { path: PATH } : {}) });
    if (out.failed) {
      const replay = `replay: ALLOT_SCIM_SEED=${out.seed} ALLOT_SCIM_PATH=${out.counterexamplePath} DIALECTS=${dialect} npx vitest run test/scim/app-concurrency.test.ts`;
      const cause = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
      throw new Error(`${fc.defaultReportMessage(out)}\n${replay}\n\n${cause}`);
    }
  }, 5 * 60_000);
});

/**
 * `allot agent`: a reference client on this machine, built on the client SDK (@allot/client,
 * packages/client): activate, status, check-in, deactivate. It prints the license, the policy and
 * the golden image readably (JSON with --json), for vendors to copy and for support to diagnose
 * a machine. It needs no database: it talks to a server over HTTP like any licensed app.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { arch, homedir, hostname, platform, release, type as osType } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  AllotClient,
  AllotRefusal,
  AllotUnreachable,
  CertificateInvalid,
  FileStore,
  NotActivated,
  savedIdentity,
  type GoldenImage,
  type LicenseStatus,
  type Policy,
} from '../../packages/client/src/index.ts';
import { VERSION } from '../boot/version.ts';
import { CommandRefused, exactlyOne } from './common.ts';
import { printSummary } from './output.ts';

/** Where the agent keeps its state unless --state says: ALLOT_AGENT_STATE, else ~/.allot/agent.json. */
export const defaultStatePath = (): string => process.env.ALLOT_AGENT_STATE || join(homedir(), '.allot', 'agent.json');

/** This machine's fingerprint: a hash of its machine id (Linux, systemd) or, without one, of its name and platform. */
export function machineFingerprint(): string {
  let id = '';
  for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    try {
      id = readFileSync(file, 'utf8').trim();
      if (id) break;
    } catch {
      // next
    }
  }
  return createHash('sha256').update(`allot-agent\n${id || hostname()}\n${platform()}\n${arch()}`).digest('hex').slice(0, 32);
}

const device = () => ({ name: hostname() || 'unknown', os: `${osType()} ${release()}`, appVersion: `allot-agent ${VERSION}` });

/** Each policy setting, with what it means in words. */
const POLICY_LABELS: [keyof Policy, string][] = [
  ['corporateVmsOnly', 'Only corporate VMs may run'],
  ['oneCorporateVmPerUser', 'One corporate VM per user'],
  ['preventVmRemoval', 'Users may not remove VMs'],
  ['blockMajorUpgrades', 'Major upgrades blocked'],
  ['lockVmConfiguration', 'VM configuration locked'],
  ['showDeveloperTools', 'Developer tools shown'],
  ['disableToolsAutoUpdate', 'Tools auto-update disabled'],
  ['vmStartup', 'VM startup'],
  ['network', 'Network'],
];
const VALUE_LABELS: Record<string, string> = {
  manual: 'manual',
  background: 'in the background',
  disconnect: 'disconnected',
  shared: 'shared (NAT)',
  'host-only': 'host-only',
  bridged: 'bridged',
};
const KEY_TYPES: Record<string, string> = { primary: 'primary key', dynamic: 'sublicense key (dynamic seats)', reserved: 'sublicense key (reserved seats)' };

const when = (d: Date | null) => (d ? d.toISOString() : '—');
const rows = (pairs: [string, string][], indent = '  ') => {
  const width = Math.max(...pairs.map(([k]) => k.length)) + 1;
  return pairs.map(([k, v]) => `${indent}${`${k}:`.padEnd(width)}  ${v}`);
};

export function policyLines(policy: Policy | null): string[] {
  if (!policy) return ['Policy: none delivered (the server sends no policy)'];
  const value = (v: unknown) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : (VALUE_LABELS[String(v)] ?? String(v)));
  return [
    `Policy (version ${policy.version}, ${policy.inherited ? "the account's default" : "this key's own"}):`,
    ...rows(POLICY_LABELS.filter(([k]) => k in policy).map(([k, label]) => [label, value(policy[k])])),
  ];
}

export function goldenImageLines(image: GoldenImage | null): string[] {
  if (!image) return ['Golden image: none'];
  const arches: [string, GoldenImage['images']['intel']][] = [
    ['Apple silicon', image.images.appleSilicon],
    ['Intel', image.images.intel],
  ];
  return [
    `Golden image: ${image.name}`,
    ...(image.description ? [`  ${image.description}`] : []),
    ...rows(arches.flatMap(([label, file]): [string, string][] => (file ? [[label, file.url], ['  sha256', file.sha256]] : [[label, 'none']]))),
  ];
}

/** The license, the policy and the golden image, for a person. */
export function statusLines(s: LicenseStatus, serverUrl: string | null): string[] {
  const c = s.claims;
  const state =
    s.state === 'active' ? 'active' : s.state === 'expired' ? 'expired (check in to renew)' : s.refusal ? `ended (${s.refusal.code}: ${s.refusal.message})` : 'none';
  const head = [`License: ${state}`];
  if (s.error) head.push(`  The stored certificate is refused (${s.error.reason}): ${s.error.message}`);
  if (!c) return [...head, ...(serverUrl ? rows([['Server', serverUrl]]) : []), ...(s.activationId ? rows([['Activation', s.activationId]]) : [])];
  return [
    ...head,
    ...rows([
      ['Server', serverUrl ?? c.iss],
      ['Product', c.product],
      ['Key', `${c.keyId} (${KEY_TYPES[c.keyType] ?? c.keyType})`],
      ['Subscription', c.subscriptionId],
      ['Activation', `${c.sub} (${c.activationType === 'SSO' ? 'SSO' : 'license key'})`],
      ...(c.user ? [['User', c.user.name ? `${c.user.name} <${c.user.email}>` : c.user.email] as [string, string]] : []),
      ['Issued', new Date(c.iat * 1000).toISOString()],
      ['Valid until', when(s.validUntil)],
      ['Check in by', when(s.checkInBy)],
    ]),
    '',
    ...policyLines(s.policy),
    '',
    ...goldenImageLines(s.goldenImage),
  ];
}

/** The --json form of a status. */
export const statusJson = (s: LicenseStatus, serverUrl: string | null) => ({
  state: s.state,
  serverUrl,
  activationId: s.activationId,
  validUntil: s.validUntil?.toISOString() ?? null,
  checkInBy: s.checkInBy?.toISOString() ?? null,
  policy: s.policy,
  goldenImage: s.goldenImage,
  claims: s.claims,
  ...(s.refusal && { refusal: s.refusal }),
  ...(s.error && { error: { reason: s.error.reason, message: s.error.message } }),
});

interface Common {
  state: string;
  fingerprint?: string;
  json?: boolean;
}

/** The SDK's errors as the CLI's: refusals exit 2 with the server's code (and a JSON error with --json), the rest 1. */
async function speaking(json: boolean | undefined, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (json && (error instanceof AllotRefusal || error instanceof AllotUnreachable || error instanceof CertificateInvalid || error instanceof NotActivated)) {
      const body =
        error instanceof AllotRefusal
          ? { code: error.code, status: error.status, message: error.serverMessage, details: error.details }
          : { code: error.name, message: error.message, ...(error instanceof CertificateInvalid && { reason: error.reason }) };
      process.stdout.write(JSON.stringify({ error: body }, null, 2) + '\n');
    }
    if (error instanceof AllotRefusal || error instanceof CertificateInvalid || error instanceof NotActivated) throw new CommandRefused(error.message);
    throw error;
  }
}

/** The client for a machine that is activated already (the server and fingerprint come from its state). */
async function savedClient(o: Common): Promise<{ client: AllotClient; serverUrl: string }> {
  const store = new FileStore(o.state);
  const saved = await savedIdentity(store);
  if (!saved) throw new NotActivated(`This machine is not activated (no agent state in ${o.state}); run allot agent activate.`);
  const client = new AllotClient({ serverUrl: saved.serverUrl, fingerprint: o.fingerprint ?? saved.fingerprint, device: device(), store });
  return { client, serverUrl: saved.serverUrl };
}

const withCommon = (c: Command) =>
  c
    .option('--state <file>', 'where the agent keeps its certificate (default: ALLOT_AGENT_STATE or ~/.allot/agent.json)', defaultStatePath())
    .option('--fingerprint <fp>', "this machine's fingerprint (default: from its machine id)")
    .option('--json', 'print JSON');

export function agentCommands(program: Command): void {
  const agent = program
    .command('agent')
    .description("a reference licensed client on this machine, built on the client SDK (@allot/client): activate, status, check-in, deactivate");

  withCommon(
    agent
      .command('activate')
      .description('activate this machine with a license key, an invitation code or an SSO sign-in in the browser')
      .requiredOption('--server <url>', 'the Allot server, e.g. https://licenses.example.com')
      .option('--key <key>', 'a license key')
      .option('--invitation <code>', 'an invitation code')
      .option('--sso <email>', 'sign in through your organisation (opens the browser; needs --product)')
      .option('--product <code>', 'the product code (for --sso)'),
  ).action(async (o: Common & { server: string; key?: string; invitation?: string; sso?: string; product?: string }) => {
    exactlyOne({ key: o.key, invitation: o.invitation, sso: o.sso }, 'give exactly one of --key, --invitation, --sso');
    if (o.sso && !o.product) throw new CommandRefused('--sso needs --product (the product code)');
    await speaking(o.json, async () => {
      const client = new AllotClient({
        serverUrl: o.server,
        product: o.product,
        fingerprint: o.fingerprint ?? machineFingerprint(),
        device: device(),
        store: new FileStore(o.state),
      });
      const how = o.key ? { key: o.key } : o.invitation ? { invitationCode: o.invitation } : { sso: { email: o.sso! } };
      if (o.sso && !o.json) process.stderr.write('Opening the browser to sign in…\n');
      const r = await client.activate(how);
      printSummary({ created: r.created, warnings: r.warnings, ...statusJson(r.status, client.serverUrl) }, Boolean(o.json), [
        r.created ? 'Activated this machine.' : 'This machine was already active (no second seat taken).',
        '',
        ...statusLines(r.status, client.serverUrl),
      ]);
    });
  });

  withCommon(agent.command('status').description('the license on this machine, offline: verified certificate, policy, golden image (exit 1 unless active)')).action(
    async (o: Common) =>
      speaking(o.json, async () => {
        const { client, serverUrl } = await savedClient(o);
        const s = await client.status();
        printSummary(statusJson(s, serverUrl), Boolean(o.json), statusLines(s, serverUrl));
        if (s.state !== 'active') process.exitCode = 1;
      }),
  );

  withCommon(agent.command('check-in').description('check in now: a fresh certificate (and the latest policy)')).action(async (o: Common) =>
    speaking(o.json, async () => {
      const { client, serverUrl } = await savedClient(o);
      const r = await client.checkIn();
      printSummary({ policyChanged: r.policyChanged, warnings: r.warnings, ...statusJson(r.status, serverUrl) }, Boolean(o.json), [
        `Checked in.${r.policyChanged ? ' The policy changed.' : ''}`,
        '',
        ...statusLines(r.status, serverUrl),
      ]);
    }),
  );

  withCommon(agent.command('deactivate').description("deactivate this machine: its seat returns, its certificate is forgotten")).action(async (o: Common) =>
    speaking(o.json, async () => {
      const { client, serverUrl } = await savedClient(o);
      const before = await client.status();
      await client.deactivate();
      printSummary({ deactivated: true, activationId: before.activationId, serverUrl }, Boolean(o.json), `Deactivated this machine (activation ${before.activationId}); its seat is free.`);
    }),
  );
}

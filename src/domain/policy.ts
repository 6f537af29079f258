/**
 * Policies and golden images (issue 14, DOMAIN.md "Groups, policies, golden images"): the pure
 * rules. A key is a group; its policy says what the licensed app allows on its people's
 * machines. The primary key's policy is the account default, which a sublicense key inherits
 * until it sets its own. A policy carries a version that only grows, whatever happens to it
 * (set, changed, back to inheriting, the default changed underneath): a device compares the
 * version of its certificate with the one before to know the policy changed.
 *
 * How the version is kept: a key with its own policy stores that policy's version; a key that
 * inherits stores an offset added to the account default's version (0 until it had a policy of
 * its own and gave it up, then enough that its version does not go back). The primary key
 * without a policy has the defaults, version 1 (+ its stored number, which is 0).
 */
import { GOLDEN_IMAGE_DESCRIPTION_MAX_CHARS, NAME_MAX_CHARS, URL_MAX_CHARS } from './limits.ts';

export const VM_STARTUPS = ['manual', 'background'] as const;
export type VmStartup = (typeof VM_STARTUPS)[number];
export const VM_NETWORKS = ['disconnect', 'shared', 'host-only', 'bridged'] as const;
export type VmNetwork = (typeof VM_NETWORKS)[number];

/** What a policy sets: the nine settings, every one of them (a policy is a whole document). */
export interface PolicySettings {
  corporateVmsOnly: boolean;
  oneCorporateVmPerUser: boolean;
  preventVmRemoval: boolean;
  blockMajorUpgrades: boolean;
  lockVmConfiguration: boolean;
  showDeveloperTools: boolean;
  disableToolsAutoUpdate: boolean;
  vmStartup: VmStartup;
  network: VmNetwork;
}

export const POLICY_FLAGS = [
  'corporateVmsOnly',
  'oneCorporateVmPerUser',
  'preventVmRemoval',
  'blockMajorUpgrades',
  'lockVmConfiguration',
  'showDeveloperTools',
  'disableToolsAutoUpdate',
] as const satisfies readonly (keyof PolicySettings)[];

/** The settings when nobody set anything. */
export const DEFAULT_POLICY: Readonly<PolicySettings> = Object.freeze({
  corporateVmsOnly: false,
  oneCorporateVmPerUser: false,
  preventVmRemoval: false,
  blockMajorUpgrades: false,
  lockVmConfiguration: false,
  showDeveloperTools: true,
  disableToolsAutoUpdate: false,
  vmStartup: 'manual',
  network: 'shared',
});

/** A policy as a key has it, and as a certificate carries it. */
export interface Policy extends PolicySettings {
  version: number;
  /** True when the key has no policy of its own and has the account default. */
  inherited: boolean;
}

/** What the rules need of a key. */
export interface PolicyHolder {
  type: 'primary' | 'dynamic' | 'reserved';
  policy: PolicySettings | null;
  policyVersion: number;
}

/** Only the settings, in their order (a stored or sent document may carry more, or in another order). */
export function settingsOf(p: PolicySettings): PolicySettings {
  return {
    corporateVmsOnly: p.corporateVmsOnly,
    oneCorporateVmPerUser: p.oneCorporateVmPerUser,
    preventVmRemoval: p.preventVmRemoval,
    blockMajorUpgrades: p.blockMajorUpgrades,
    lockVmConfiguration: p.lockVmConfiguration,
    showDeveloperTools: p.showDeveloperTools,
    disableToolsAutoUpdate: p.disableToolsAutoUpdate,
    vmStartup: p.vmStartup,
    network: p.network,
  };
}

export const sameSettings = (a: PolicySettings, b: PolicySettings): boolean => POLICY_FLAGS.every((f) => a[f] === b[f]) && a.vmStartup === b.vmStartup && a.network === b.network;

/** The account default: the primary key's policy, or the defaults (version 1). */
export function accountDefault(primary: PolicyHolder): Policy {
  if (primary.policy) return { version: primary.policyVersion, inherited: false, ...settingsOf(primary.policy) };
  return { version: 1 + primary.policyVersion, inherited: false, ...DEFAULT_POLICY };
}

/**
 * The policy a key's devices live by. `primary` is the key's subscription's primary key; it is
 * needed only when the key inherits (`needsDefault`), so that the hot path reads nothing more
 * for a key with its own policy, or for the primary key itself.
 */
export function effectivePolicy(key: PolicyHolder, primary: PolicyHolder | undefined): Policy {
  if (key.type === 'primary') return accountDefault(key);
  if (key.policy) return { version: key.policyVersion, inherited: false, ...settingsOf(key.policy) };
  // A subscription always has its primary key; without one, the defaults.
  const base = accountDefault(primary ?? { type: 'primary', policy: null, policyVersion: 0 });
  return { ...base, version: base.version + key.policyVersion, inherited: true };
}

export const needsDefault = (key: PolicyHolder): boolean => key.type !== 'primary' && key.policy === null;

/** What a key stores when it is given its own policy: the next version after the one its devices have. */
export const ownPolicyVersion = (current: Policy): number => current.version + 1;

/**
 * What a sublicense key stores when it goes back to inheriting: the offset that keeps its
 * version above the own one it had (never below the default's).
 */
export const inheritOffset = (own: Policy, defaultPolicy: Policy): number => Math.max(0, own.version + 1 - defaultPolicy.version);

// ---------- golden images ----------

export const ARCHITECTURES = ['appleSilicon', 'intel'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export interface ImageFile {
  url: string;
  /** 64 hexadecimal digits, lower case. */
  sha256: string;
}

export type GoldenImageFiles = Record<Architecture, ImageFile | null>;

const SHA256 = /^[0-9a-fA-F]{64}$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; problem: string };

/** An image of one architecture: an https URL and a SHA-256 checksum (kept in lower case). */
export function checkImageFile(input: { url: unknown; sha256: unknown }, field: string): Checked<ImageFile> {
  const url = input.url;
  let https = false;
  if (typeof url === 'string' && url.length <= URL_MAX_CHARS) {
    try {
      const u = new URL(url);
      https = u.protocol === 'https:' && u.hostname !== '';
    } catch {
      https = false;
    }
  }
  if (!https) return { ok: false, field: `${field}.url`, problem: `must be an https URL of at most ${URL_MAX_CHARS} characters` };
  if (typeof input.sha256 !== 'string' || !SHA256.test(input.sha256)) return { ok: false, field: `${field}.sha256`, problem: 'must be a SHA-256 checksum: 64 hexadecimal digits' };
  return { ok: true, value: { url: url as string, sha256: input.sha256.toLowerCase() } };
}

/** A golden image has at least one image. */
export const hasAnImage = (files: GoldenImageFiles): boolean => ARCHITECTURES.some((a) => files[a] !== null);

export function checkImageName(name: unknown): Checked<string> {
  if (typeof name !== 'string' || name.trim() === '' || name.length > NAME_MAX_CHARS) return { ok: false, field: 'name', problem: `must be a non-empty text of at most ${NAME_MAX_CHARS} characters` };
  return { ok: true, value: name.trim() };
}

/** An optional description: trimmed; empty is none. */
export function checkImageDescription(description: unknown): Checked<string | null> {
  if (description === null || description === undefined) return { ok: true, value: null };
  if (typeof description !== 'string' || description.length > GOLDEN_IMAGE_DESCRIPTION_MAX_CHARS)
    return { ok: false, field: 'description', problem: `must be a text of at most ${GOLDEN_IMAGE_DESCRIPTION_MAX_CHARS} characters` };
  return { ok: true, value: description.trim() === '' ? null : description.trim() };
}

/**
 * A policy as sent (by any entrance: HTTP's schema says the same first): an object with the nine
 * settings, each of its type, and no other field.
 */
export function checkPolicySettings(input: unknown): Checked<PolicySettings> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: false, field: 'body', problem: 'must be an object with the policy settings' };
  const doc = input as Record<string, unknown>;
  const known = new Set<string>([...POLICY_FLAGS, 'vmStartup', 'network']);
  const unknown = Object.keys(doc).find((k) => !known.has(k));
  if (unknown !== undefined) return { ok: false, field: unknown, problem: 'is not a policy setting' };
  for (const flag of POLICY_FLAGS) if (typeof doc[flag] !== 'boolean') return { ok: false, field: flag, problem: 'must be true or false' };
  if (!(VM_STARTUPS as readonly unknown[]).includes(doc.vmStartup)) return { ok: false, field: 'vmStartup', problem: `must be one of ${VM_STARTUPS.join(', ')}` };
  if (!(VM_NETWORKS as readonly unknown[]).includes(doc.network)) return { ok: false, field: 'network', problem: `must be one of ${VM_NETWORKS.join(', ')}` };
  return { ok: true, value: settingsOf(doc as unknown as PolicySettings) };
}

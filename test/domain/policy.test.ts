import { describe, expect, it } from 'vitest';
import {
  accountDefault,
  checkImageFile,
  checkPolicySettings,
  DEFAULT_POLICY,
  effectivePolicy,
  inheritOffset,
  ownPolicyVersion,
  type PolicyHolder,
} from '../../src/domain/policy.ts';

const primary = (policy: PolicyHolder['policy'] = null, policyVersion = 0): PolicyHolder => ({ type: 'primary', policy, policyVersion });
const sub = (policy: PolicyHolder['policy'] = null, policyVersion = 0): PolicyHolder => ({ type: 'dynamic', policy, policyVersion });
const STRICT = { ...DEFAULT_POLICY, corporateVmsOnly: true };

describe('policy versions', () => {
  it('start at 1 with the defaults; an inheriting key has the default', () => {
    expect(accountDefault(primary())).toEqual({ version: 1, inherited: false, ...DEFAULT_POLICY });
    expect(effectivePolicy(sub(), primary())).toEqual({ version: 1, inherited: true, ...DEFAULT_POLICY });
    expect(effectivePolicy(sub(), undefined)).toEqual({ version: 1, inherited: true, ...DEFAULT_POLICY });
  });

  it('never go back, whatever happens: own policies, the default changing, back to inheriting', () => {
    let p = primary();
    let k = sub();
    const seen: number[] = [effectivePolicy(k, p).version];
    const see = () => seen.push(effectivePolicy(k, p).version);
    // The key gets its own policy (default + 1), changes it, the default moves on twice, the key inherits again.
    k = { ...k, policy: STRICT, policyVersion: ownPolicyVersion(effectivePolicy(k, p)) };
    see();
    k = { ...k, policyVersion: ownPolicyVersion(effectivePolicy(k, p)) };
    see();
    p = { ...p, policy: STRICT, policyVersion: ownPolicyVersion(accountDefault(p)) };
    see();
    k = { ...k, policy: null, policyVersion: inheritOffset(effectivePolicy(k, p), accountDefault(p)) };
    see();
    p = { ...p, policyVersion: ownPolicyVersion(accountDefault(p)) };
    see();
    expect(seen).toEqual([1, 2, 3, 3, 4, 5]);
    // The default far ahead of the key: inheriting again takes the default's version, no offset.
    expect(inheritOffset({ ...effectivePolicy(k, p), version: 2 }, { ...accountDefault(p), version: 9 })).toBe(0);
  });
});

describe('what is sent', () => {
  it('takes exactly the nine settings', () => {
    expect(checkPolicySettings({ ...STRICT })).toEqual({ ok: true, value: STRICT });
    expect(checkPolicySettings({ ...STRICT, extra: 1 })).toMatchObject({ ok: false, field: 'extra' });
    const { network: _n, ...partial } = STRICT;
    expect(checkPolicySettings(partial)).toMatchObject({ ok: false, field: 'network' });
    expect(checkPolicySettings({ ...STRICT, vmStartup: 'auto' })).toMatchObject({ ok: false, field: 'vmStartup' });
    expect(checkPolicySettings(null)).toMatchObject({ ok: false });
  });

  it('takes an https URL and a 64-hex checksum, kept in lower case', () => {
    expect(checkImageFile({ url: 'https://x.example/a', sha256: 'AB'.repeat(32) }, 'images.intel')).toEqual({ ok: true, value: { url: 'https://x.example/a', sha256: 'ab'.repeat(32) } });
    expect(checkImageFile({ url: 'http://x.example/a', sha256: 'a'.repeat(64) }, 'images.intel')).toMatchObject({ ok: false, field: 'images.intel.url' });
    expect(checkImageFile({ url: 'https://x.example/a', sha256: 'a'.repeat(63) }, 'images.intel')).toMatchObject({ ok: false, field: 'images.intel.sha256' });
  });
});

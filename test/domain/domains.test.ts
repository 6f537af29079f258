import { describe, expect, it } from 'vitest';
import { emailDomain, keptValues, parseDomain, proves, verificationRecord, verificationToken } from '../../src/domain/domains.ts';

const label63 = 'a'.repeat(63);
/** 253 characters: three labels of 63, one of 61. */
const longest = [label63, label63, label63, 'b'.repeat(61)].join('.');

describe('domain rules', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM', 'example.com'],
    ['  sub.Example.com.  ', 'sub.example.com'],
    ['example.com.', 'example.com'],
    ['a.b.c.d.example.co.uk', 'a.b.c.d.example.co.uk'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['1password.com', '1password.com'],
    ['my-company.io', 'my-company.io'],
    ['123.example', '123.example'],
    [`${label63}.com`, `${label63}.com`],
    [longest, longest],
    [`${longest}.`, longest],
  ])('%j is the domain %j', (input, domain) => {
    expect(parseDomain(input)).toEqual({ ok: true, domain });
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['.', 'is empty'],
    ['com', 'must have at least two labels, such as example.com'],
    ['localhost.', 'must have at least two labels, such as example.com'],
    ['*.example.com', 'must be one domain, not a wildcard'],
    ['ex*ample.com', 'must be one domain, not a wildcard'],
    ['192.168.1.10', 'must be a domain name, not an IP address'],
    ['10.0.0.1.', 'must be a domain name, not an IP address'],
    ['::1', 'must be a domain name: no IP address, no port'],
    ['[2001:db8::1]', 'must be a domain name: no IP address, no port'],
    ['2001:db8::1', 'must be a domain name: no IP address, no port'],
    ['example.123', 'must be a domain name, not an IP address'],
    ['bücher.example', 'must be ASCII: give an internationalized name in its xn-- form'],
    ['example..com', 'must not have an empty label (two dots in a row)'],
    ['.example.com', 'must not have an empty label (two dots in a row)'],
    ['example.com..', 'must not have an empty label (two dots in a row)'],
    [`${'a'.repeat(64)}.com`, 'must have labels of at most 63 characters'],
    [`${longest}x`, 'must be at most 253 characters'],
    [`x.${longest}`, 'must be at most 253 characters'],
    ['-example.com', 'must have labels of letters, digits and hyphens, neither starting nor ending with a hyphen'],
    ['example-.com', 'must have labels of letters, digits and hyphens, neither starting nor ending with a hyphen'],
    ['exa_mple.com', 'must have labels of letters, digits and hyphens, neither starting nor ending with a hyphen'],
    ['exa mple.com', 'must have labels of letters, digits and hyphens, neither starting nor ending with a hyphen'],
    ['example.com/path', 'must be a domain name alone, such as example.com (not a URL or an address)'],
    ['user@example.com', 'must be a domain name alone, such as example.com (not a URL or an address)'],
    ['https://example.com', 'must be a domain name alone, such as example.com (not a URL or an address)'],
    ['example.com:443', 'must be a domain name: no IP address, no port'],
  ])('%j is refused: %s', (input, problem) => {
    expect(parseDomain(input)).toEqual({ ok: false, problem });
  });

  it.each([
    ['ana@example.com', 'example.com'],
    ['Ana@Example.COM', 'example.com'],
    ['"a@b"@corp.example.com', 'corp.example.com'],
    [' ana@example.com. ', 'example.com'],
    ['no-at-sign', null],
    ['ana@', null],
    ['ana@localhost', null],
    ['ana@10.0.0.1', null],
  ])('the domain of %j is %j', (email, domain) => {
    expect(emailDomain(email)).toBe(domain);
  });

  it('publishes the token as lower-case hex at _allot-challenge.{domain}', () => {
    const token = verificationToken(new Uint8Array([0, 1, 0xab, 0xff]));
    expect(token).toBe('0001abff');
    expect(verificationRecord('example.com', token)).toEqual({ type: 'TXT', name: '_allot-challenge.example.com', value: 'allot-domain-verification=0001abff' });
  });

  const record = verificationRecord('example.com', 'abc123');
  it.each<[string[], boolean]>([
    [['allot-domain-verification=abc123'], true],
    [['v=spf1 -all', 'allot-domain-verification=abc123'], true],
    [[' allot-domain-verification=abc123 '], true],
    [[], false],
    [['allot-domain-verification=abc12'], false],
    [['allot-domain-verification=abc1234'], false],
    [['ALLOT-DOMAIN-VERIFICATION=ABC123'], false],
    [['allot-domain-verification=other'], false],
    [['abc123'], false],
  ])('the values %j prove the record: %s', (found, proven) => {
    expect(proves(found, record)).toBe(proven);
  });

  it('keeps at most 20 values of at most 500 characters of a check', () => {
    const found = Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(600, 'x'));
    const kept = keptValues(found);
    expect(kept).toHaveLength(20);
    expect(kept[0]).toBe(`${'0'.padEnd(500, 'x')}…`);
    expect(keptValues(['short'])).toEqual(['short']);
  });
});

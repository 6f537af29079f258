import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateKey, KEY_ALPHABET, parseKey } from '../../src/domain/key-format.ts';

const canonical = (k: string) => k.replace(/-/g, '');

describe('license key format', () => {
  it('is five groups of six characters from an alphabet without ambiguous letters', () => {
    for (let i = 0; i < 200; i++) {
      const key = generateKey(randomBytes(28));
      expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}(-[0-9A-HJKMNP-TV-Z]{6}){4}$/);
      expect(parseKey(key)).toEqual({ ok: true, canonical: canonical(key) });
    }
    expect(KEY_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it.each([
    ['lower case', (k: string) => k.toLowerCase()],
    ['no dashes', (k: string) => canonical(k)],
    ['spaces for dashes', (k: string) => k.replace(/-/g, ' ')],
    ['O typed for 0 and I or L for 1', (k: string) => k.replace(/0/g, 'O').replace(/1/g, 'I')],
  ])('reads a key typed with %s', (_, mangle) => {
    // a key full of 0s and 1s, so that the O and I/L aliases matter
    const real = generateKey(Buffer.from(Array.from({ length: 28 }, (_, i) => (i % 2 ? 0 : 1))));
    expect(parseKey(mangle(real))).toEqual({ ok: true, canonical: canonical(real) });
  });

  it('catches every single-character mistake', () => {
    const key = canonical(generateKey(randomBytes(28)));
    for (let pos = 0; pos < key.length; pos++)
      for (const c of KEY_ALPHABET) {
        if (c === key[pos]) continue;
        const typo = key.slice(0, pos) + c + key.slice(pos + 1);
        expect(parseKey(typo).ok, `${pos}:${c}`).toBe(false);
      }
  });

  it('catches every swap of two different characters', () => {
    const key = canonical(generateKey(randomBytes(28)));
    for (let i = 0; i < key.length; i++)
      for (let j = i + 1; j < key.length; j++) {
        if (key[i] === key[j]) continue;
        const chars = [...key];
        [chars[i], chars[j]] = [chars[j]!, chars[i]!];
        expect(parseKey(chars.join('')).ok, `${i}<->${j}`).toBe(false);
      }
  });

  it.each([
    ['too short', 'ABC-DEF'],
    ['too long', 'A'.repeat(31)],
    ['a character outside the alphabet', '#'.repeat(30)],
    ['absurdly long input', 'A'.repeat(10_000)],
    ['empty', ''],
  ])('refuses %s as a format error', (_, input) => {
    expect(parseKey(input)).toEqual({ ok: false, reason: 'format' });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/domain/errors.ts';
import { REFUSAL_ORDER } from '../../src/domain/decisions.ts';

const errorsMd = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');

describe('docs/errors.md', () => {
  it.each(ERROR_CODES)('describes %s', (code) => {
    expect(errorsMd).toContain(`| \`${code}\` |`);
  });
  it('states the order refusals are checked in', () => {
    expect(errorsMd).toContain(REFUSAL_ORDER.map((c) => `\`${c}\``).join(', '));
  });
});

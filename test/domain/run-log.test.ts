/**
 * The run-wide secret check (test/helpers/run-log.ts) can fail: a log line holding a secret the
 * run noted, or anything shaped like a key, an API token or a link token, is found.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loggedUrl } from '../../src/http/request-log.ts';
import { secretsInRunLog } from '../helpers/run-log.ts';

describe('the run log check', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const folder = (secrets: string[], log: string[]) => {
    dir = mkdtempSync(join(tmpdir(), 'allot-run-log-'));
    writeFileSync(join(dir, 'secrets-1.txt'), secrets.map((s) => `${JSON.stringify(s)}\n`).join(''));
    writeFileSync(join(dir, 'server-1.log'), log.join('\n'));
    return dir;
  };

  it.each([
    ['a noted password', ['correct horse battery'], '{"msg":"body","password":"correct horse battery"}', 'a secret the run created'],
    ['a license key', [], '{"url":"/v1/x?key=6J9A5T-K2M8QX-P4R7VW-H3N6TB-RN17ZA"}', 'a license key or activation code'],
    ['an API token', [], 'Bearer allot_Ab3dEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde', 'an API token'],
    ['a set-password link', [], '{"url":"/set-password?token=OHvmkSit-X94QlesJ2nxk"}', 'a link token'],
  ])('finds %s', (_what, secrets, line, what) => {
    const hits = secretsInRunLog(folder(secrets, ['{"msg":"fine"}', line]));
    expect(hits.map((h) => [h.line, h.what.split(' (')[0]])).toContainEqual([2, what]);
  });

  it('finds nothing in a clean log', () => {
    const clean = ['{"msg":"incoming request","url":"/v1/session"}', '{"database":"postgres://postgres@127.0.0.1:5432/allot_t_32267_mx6i1om5_13"}'];
    expect(secretsInRunLog(folder(['correct horse battery'], clean))).toEqual([]);
  });
});

describe('the request log URL', () => {
  it.each([
    ['/v1/subscriptions', '/v1/subscriptions'],
    ['/set-password?token=abc123', '/set-password?token=~'],
    ['/v1/x?q=ana%40example.com&limit=50&flag', '/v1/x?q=~&limit=~&flag'],
    ['/v1/x?', '/v1/x?'],
  ])('%s is logged as %s', (url, logged) => expect(loggedUrl(url)).toBe(logged));
});

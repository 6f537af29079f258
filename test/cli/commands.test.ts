/**
 * The CLI speaks one way: every command says what it does in --help; a create prints a short
 * summary for people and the whole object with --json.
 */
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.ts';
import { cliEnv, jsonOf, newMasterKey, runCli, show } from '../helpers/cli.ts';
import { freshDatabase, type FreshDatabase } from '../helpers/db.ts';

/** Every command under `command`, with its full name (`allot devices export`). */
function walk(command: Command, path: string[] = []): { name: string; command: Command }[] {
  const here = [...path, command.name()];
  return [{ name: here.join(' '), command }, ...command.commands.flatMap((c) => walk(c, here))];
}

describe('allot commands', () => {
  it('every command and subcommand has a description', () => {
    const all = walk(buildProgram());
    expect(all.length, 'the walk found the subcommands').toBeGreaterThan(25);
    for (const name of ['allot setup', 'allot wait', 'allot devices export', 'allot member create', 'allot signing-keys rotate'])
      expect(all.map((c) => c.name)).toContain(name);
    const undescribed = all.filter((c) => c.command.description().trim() === '').map((c) => c.name);
    expect(undescribed).toEqual([]);
  });

  it('every command that prints a result takes --json; exports write CSV instead', () => {
    const leaves = walk(buildProgram()).filter((c) => c.command.commands.length === 0);
    const withoutJson = leaves.filter((c) => !c.command.options.some((o) => o.long === '--json')).map((c) => c.name);
    expect(withoutJson.sort()).toEqual(['allot devices export', 'allot invitations export', 'allot serve']);
  });

  describe('create: a summary, or JSON with --json', () => {
    const masterKey = newMasterKey();
    let db: FreshDatabase;
    beforeAll(async () => {
      db = await freshDatabase('sqlite');
    });
    afterAll(async () => db?.drop());

    it('product create and account create', async () => {
      const env = cliEnv(db.url, masterKey);
      // The first command alone: it migrates the new database.
      const human = await runCli(['product', 'create', '--code', 'desktop', '--name', 'Desktop Pro'], env);
      const [json, account] = await Promise.all([
        runCli(['product', 'create', '--code', 'mobile', '--name', 'Mobile', '--json'], env),
        runCli(['account', 'create', '--name', 'Acme Corp'], env),
      ]);
      for (const r of [human, json, account]) expect(r.code, show(r)).toBe(0);
      expect(human.stdout).toMatch(/^created product desktop "Desktop Pro" \(id [0-9a-f-]{36}\)\n$/);
      expect(jsonOf(json)).toMatchObject({ code: 'mobile', name: 'Mobile', downloadUrl: null, id: expect.any(String) });
      expect(account.stdout).toMatch(/^created account "Acme Corp" \(id [0-9a-f-]{36}\)\n$/);
    }, 120_000);
  });
});

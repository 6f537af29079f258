/** `allot member create|list` (docs/members.md): the operator adds an account's first administrator. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { ACCOUNT_ROLES, type AccountRole } from '../domain/members.ts';
import { cli, withRuntime } from './common.ts';
import { print, printSummary } from './output.ts';

/** A password is read from standard input (never an argument: arguments show in `ps` and shell history). */
async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (!password) throw new InvalidArgumentError('--password-stdin: standard input is empty');
  return password;
}

export function memberCommands(program: Command): void {
  const member = program.command('member').description('members of an account (who signs in to the console)');
  member
    .command('create')
    .description('add a member: with --password-stdin active at once (an account\'s first administrator), otherwise emailed a link')
    .requiredOption('--account <id>', 'account id')
    .requiredOption('--email <address>', 'their email address (it signs them in)')
    .requiredOption('--name <name>', 'their name')
    .addOption(new Option('--role <role>', 'their role').choices(ACCOUNT_ROLES).default('account_admin'))
    .option('--key <id...>', 'for a license_admin: the keys they manage')
    .option('--password-stdin', 'read their password from standard input')
    .option('--json', 'print JSON')
    .action(async (o: { account: string; email: string; name: string; role: AccountRole; key?: string[]; passwordStdin?: boolean; json?: boolean }) => {
      const password = o.passwordStdin ? await readPassword() : undefined;
      await withRuntime(async (rt) => {
        const created = await rt.services.members.create(cli, o.account, { email: o.email, name: o.name, role: o.role, keyIds: o.key, password });
        printSummary(
          created,
          Boolean(o.json),
          `created member ${created.email} (${created.name}, ${created.role}, id ${created.id}): ${created.status === 'active' ? 'they can sign in now' : 'emailed a link to set their password'}`,
        );
      });
    });
  member
    .command('list')
    .description("an account's members and their roles")
    .requiredOption('--account <id>', 'account id')
    .option('--json', 'print JSON')
    .action(async (o: { account: string; json?: boolean }) =>
      withRuntime(async (rt) => {
        const list = await rt.services.members.list(cli, o.account);
        print(list, Boolean(o.json), { columns: ['EMAIL', 'NAME', 'ROLE', 'STATUS', 'LAST SIGN-IN', 'ID'], rows: list.map((m) => [m.email, m.name, m.role, m.status, m.lastSignInAt, m.id]) });
      }),
    );
}

/** `allot operator create|list` (docs/operations.md, "Operator members"): the vendor's people who sign in to the operator console. */
import { type Command, InvalidArgumentError } from 'commander';
import { passwordProblem } from '../domain/members.ts';
import { cli, withRuntime } from './common.ts';
import { print, printSummary } from './output.ts';
import { PromptAborted, terminalPrompter } from './prompt.ts';

/** A password from standard input (never an argument: arguments show in `ps` and shell history). */
async function readPasswordStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (!password) throw new InvalidArgumentError('--password-stdin: standard input is empty');
  return password;
}

/** Asks twice on the terminal, until the password passes the rules and both answers agree. */
async function askPassword(): Promise<string> {
  const prompter = terminalPrompter(process.stdin, process.stderr);
  try {
    for (;;) {
      const password = await prompter.ask('Password (at least 10 characters): ', { hidden: true });
      const problem = passwordProblem(password);
      if (problem) {
        process.stderr.write(`  The password ${problem}.\n`);
        continue;
      }
      if ((await prompter.ask('The same password again: ', { hidden: true })) === password) return password;
      process.stderr.write('  The two passwords differ; once more.\n');
    }
  } finally {
    prompter.close();
  }
}

export function operatorCommands(program: Command): void {
  const operator = program.command('operator').description("the vendor's people who sign in to the operator console (/operator/sign-in)");
  operator
    .command('create')
    .description('add an operator member: the password is asked twice on a terminal, or read with --password-stdin')
    .requiredOption('--email <address>', 'their email address (it signs them in)')
    .requiredOption('--name <name>', 'their name, as the audit log shows it')
    .option('--password-stdin', 'read their password from standard input')
    .option('--json', 'print JSON')
    .action(async (o: { email: string; name: string; passwordStdin?: boolean; json?: boolean }) => {
      if (!o.passwordStdin && !process.stdin.isTTY) throw new InvalidArgumentError('without a terminal to ask on, give the password through --password-stdin');
      let password: string;
      try {
        password = o.passwordStdin ? await readPasswordStdin() : await askPassword();
      } catch (error) {
        if (!(error instanceof PromptAborted)) throw error;
        process.stderr.write('allot operator create: cancelled; nothing was created\n');
        process.exitCode = 130;
        return;
      }
      await withRuntime(async (rt) => {
        const created = await rt.services.operator.members.create(cli, { email: o.email, name: o.name, password });
        printSummary(created, Boolean(o.json), `created operator member ${created.email} (${created.name}, id ${created.id}): they can sign in at ${rt.config.publicUrl}/operator/sign-in`);
      });
    });
  operator
    .command('list')
    .description('the operator members')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) =>
      withRuntime(async (rt) => {
        const list = await rt.services.operator.members.list(cli);
        print(list, Boolean(o.json), { columns: ['EMAIL', 'NAME', 'STATUS', 'LAST SIGN-IN', 'ID'], rows: list.map((m) => [m.email, m.name, m.status, m.lastSignInAt, m.id]) });
      }),
    );
}

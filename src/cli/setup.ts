/**
 * `allot setup`: from a fresh installation to signing in to the console. It asks on a terminal
 * (or takes flags, for scripts) for an account name, its administrator's email and password,
 * then makes the account, the administrator and an operator token, and says where to sign in.
 * It refuses once an Account Administrator exists, unless --force (another account).
 */
import { readFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError } from 'commander';
import type { SetupInput } from '../app/services.ts';
import { isEmailAddress } from '../domain/invitations.ts';
import { passwordProblem } from '../domain/members.ts';
import { cli, CommandRefused, withRuntime } from './common.ts';
import { printSummary } from './output.ts';
import { PromptAborted, terminalPrompter, type Prompter } from './prompt.ts';

interface SetupOptions {
  accountName?: string;
  email?: string;
  name?: string;
  passwordStdin?: boolean;
  passwordFile?: string;
  force?: boolean;
  json?: boolean;
}

const SETUP_HELP = `
On a terminal, it asks for what the options do not give (the password twice, hidden).
Otherwise give --account-name, --email and the password through --password-stdin or
--password-file: never on the command line, where ps and the shell history would show it.

  npx allot setup
  printf '%s' "$PASSWORD" | npx allot setup --account-name "Acme Corp" --email ana@acme.com --password-stdin`;

/** One trailing line end is the file's or the pipe's, not the password's. */
const withoutLineEnd = (text: string): string => text.replace(/\r?\n$/, '');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return withoutLineEnd(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Checks the options before the database is opened: without a terminal to ask on (or with the
 * password on standard input), every answer must come from them.
 */
function checkOptions(o: SetupOptions): void {
  if (o.passwordStdin && o.passwordFile !== undefined) throw new InvalidArgumentError('give --password-stdin or --password-file, not both');
  const missing = [
    ...(o.accountName === undefined ? ['--account-name <name>'] : []),
    ...(o.email === undefined ? ['--email <address>'] : []),
    ...(!o.passwordStdin && o.passwordFile === undefined ? ['--password-stdin or --password-file <file>'] : []),
  ];
  const interactive = Boolean(process.stdin.isTTY) && !o.passwordStdin;
  if (missing.length > 0 && !interactive) throw new InvalidArgumentError(`without a terminal to ask on, give ${missing.join(', ')}`);
}

async function passwordFromFlags(o: SetupOptions): Promise<string | undefined> {
  let password: string | undefined;
  if (o.passwordStdin) password = await readStdin();
  else if (o.passwordFile !== undefined)
    password = withoutLineEnd(await readFile(o.passwordFile, 'utf8').catch((e: Error) => Promise.reject(new InvalidArgumentError(`cannot read --password-file: ${e.message}`))));
  if (password === '') throw new InvalidArgumentError(`${o.passwordStdin ? '--password-stdin: standard input' : `--password-file ${o.passwordFile}`} is empty`);
  return password;
}

/** Asks until the answer passes `check` (which returns the problem, or null). */
async function askUntil(prompter: Prompter, question: string, check: (answer: string) => string | null, hidden = false): Promise<string> {
  for (;;) {
    const answer = await prompter.ask(question, { hidden });
    const problem = check(answer);
    if (problem === null) return answer;
    process.stderr.write(`  ${problem}\n`);
  }
}

async function askPassword(prompter: Prompter): Promise<string> {
  for (;;) {
    const password = await askUntil(prompter, 'Administrator password (at least 10 characters): ', (p) => (passwordProblem(p) ? `The password ${passwordProblem(p)}.` : null), true);
    if ((await prompter.ask('The same password again: ', { hidden: true })) === password) return password;
    process.stderr.write('  The two passwords differ; once more.\n');
  }
}

/** What the options give, and the rest asked for on the terminal (checkOptions made sure there is one). */
async function gatherInput(o: SetupOptions): Promise<Omit<SetupInput, 'force'>> {
  const password = await passwordFromFlags(o);
  if (o.accountName !== undefined && o.email !== undefined && password !== undefined) return { accountName: o.accountName, email: o.email, name: o.name, password };
  const prompter = terminalPrompter(process.stdin, process.stderr);
  try {
    process.stderr.write('Setting up Allot: a business account, its first Account Administrator and an operator token.\n');
    const notBlank = (what: string) => (a: string) => (a.trim() === '' ? `The ${what} cannot be empty.` : null);
    const accountName = o.accountName ?? (await askUntil(prompter, 'Account name (the business that uses your software, e.g. Acme Corp): ', notBlank('account name')));
    const email = o.email ?? (await askUntil(prompter, 'Administrator email (it signs in to the console): ', (a) => (isEmailAddress(a.trim().toLowerCase()) ? null : 'That is not an email address.')));
    return { accountName, email, name: o.name, password: password ?? (await askPassword(prompter)) };
  } finally {
    prompter.close();
  }
}

function alreadySetUp(consoleUrl: string): CommandRefused {
  return new CommandRefused(
    `Allot is set up already: an account has an Account Administrator, who signs in at ${consoleUrl}. ` +
      'To add another account with its administrator (and a new operator token), run allot setup --force; ' +
      'or use allot account create and allot member create.',
  );
}

export function setupCommand(program: Command): void {
  program
    .command('setup')
    .description('first start: create an account, its first Account Administrator (who signs in to the console) and an operator token')
    .option('--account-name <name>', 'the business account to create')
    .option('--email <address>', "the administrator's email address (it signs them in)")
    .option('--name <name>', "the administrator's name (default: the part of the address before the @)")
    .option('--password-stdin', "read the administrator's password from standard input")
    .option('--password-file <file>', "read the administrator's password from a file")
    .option('--force', 'set up another account even though an Account Administrator exists')
    .option('--json', 'print JSON: {account, administrator, operatorToken, consoleUrl}')
    .addHelpText('after', SETUP_HELP)
    .action(async (o: SetupOptions) => {
      checkOptions(o);
      await withRuntime(async (rt) => {
        const consoleUrl = `${rt.config.publicUrl}/`;
        // Refuse before asking for a password that would not be used.
        if (!o.force && !(await rt.services.setup.needed())) throw alreadySetUp(consoleUrl);
        let input: Omit<SetupInput, 'force'>;
        try {
          input = await gatherInput(o);
        } catch (error) {
          if (!(error instanceof PromptAborted)) throw error;
          process.stderr.write('allot setup: cancelled; nothing was created\n');
          process.exitCode = 130;
          return;
        }
        const result = await rt.services.setup.run(cli, { ...input, force: o.force });
        if (result.outcome === 'already_set_up') throw alreadySetUp(consoleUrl);
        const { account, administrator, operatorToken } = result;
        printSummary({ account, administrator, operatorToken, consoleUrl }, Boolean(o.json), [
          'Allot is set up.',
          '',
          `  account         ${account.name} (${account.id})`,
          `  administrator   ${administrator.email} (Account Administrator)`,
          `  operator token  ${operatorToken.token}`,
          '',
          'The operator token is shown this once: store it now (Allot keeps only its hash). Scripts and the',
          'API send it as "Authorization: Bearer <token>"; or start the server with ALLOT_OPERATOR_TOKEN set',
          'to a secret of your own (16 characters or more) and use that instead.',
          '',
          `Sign in at ${consoleUrl} as ${administrator.email} with the password you chose.`,
        ]);
      });
    });
}

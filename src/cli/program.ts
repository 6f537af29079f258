/**
 * Every `allot` command, built without running: main.ts parses the arguments, tests walk the tree.
 * One way of speaking for all (output.ts): lists print tables, creates and actions a short
 * summary (JSON with --json), exports say on standard error what they wrote.
 */
import { Command } from 'commander';
import { readConfig } from '../boot/config.ts';
import { VERSION } from '../boot/version.ts';
import { devicesCsv } from '../format/csv.ts';
import { agentCommands } from './agent.ts';
import { backupCommand } from './backup.ts';
import { cli, exactlyOne, positiveInt, withRuntime, writeCsv } from './common.ts';
import { doctorCommand } from './doctor.ts';
import { invitationCommands } from './invitations.ts';
import { memberCommands } from './members.ts';
import { operatorCommands } from './operators.ts';
import { count, print, printSummary } from './output.ts';
import { setupCommand } from './setup.ts';
import { waitCommand } from './wait.ts';

const jsonOption = (program: Command) => program.option('--json', 'print JSON');

function serverCommands(program: Command): void {
  program
    .command('serve')
    .description('serve the API and the console (and apply pending migrations first)')
    .action(async () => {
      // Loaded here: the HTTP stack is most of what a CLI start costs, and only serve needs it.
      const { startServer } = await import('../boot/server.ts');
      const server = await startServer(readConfig());
      for (const signal of ['SIGINT', 'SIGTERM'] as const)
        process.once(signal, () => {
          server.app.log.info({ signal }, 'stopping');
          void server.stop().then(() => process.exit(0));
        });
    });
  setupCommand(program);
  waitCommand(program);
  jsonOption(program.command('migrate').description('apply pending database migrations')).action(async (o: { json?: boolean }) => {
    await withRuntime(async (rt) => printSummary({ migrated: true, database: rt.database.describe }, Boolean(o.json), `the database is up to date (${rt.database.describe})`));
  });
}

function catalogCommands(program: Command): void {
  const product = program.command('product').description('products the operator sells');
  jsonOption(
    product
      .command('create')
      .description('add a product (its code is what subscriptions name)')
      .requiredOption('--code <code>', 'product code, e.g. desktop-pro')
      .requiredOption('--name <name>', 'display name')
      .option('--download-url <url>', 'where users download the product'),
  ).action(async (o: { code: string; name: string; downloadUrl?: string; json?: boolean }) =>
    withRuntime(async (rt) => {
      const p = await rt.services.products.create(cli, { code: o.code, name: o.name, downloadUrl: o.downloadUrl ?? null });
      printSummary(p, Boolean(o.json), `created product ${p.code} "${p.name}" (id ${p.id})`);
    }),
  );
  jsonOption(product.command('list').description('the products, by code')).action(async (o: { json?: boolean }) =>
    withRuntime(async (rt) => {
      const list = await rt.services.products.list();
      print(list, Boolean(o.json), { columns: ['CODE', 'NAME', 'ID'], rows: list.map((p) => [p.code, p.name, p.id]) });
    }),
  );

  const account = program.command('account').description('business accounts (the operator’s customers)');
  jsonOption(account.command('create').description('add a business account').requiredOption('--name <name>', 'the customer organisation')).action(
    async (o: { name: string; json?: boolean }) =>
      withRuntime(async (rt) => {
        const a = await rt.services.accounts.create(cli, { name: o.name });
        printSummary(a, Boolean(o.json), `created account "${a.name}" (id ${a.id})`);
      }),
  );

  const subscription = program.command('subscription').description('subscriptions: an account’s seats of a product');
  jsonOption(
    subscription
      .command('create')
      .description('sell an account a subscription of N seats (it comes with a primary key)')
      .requiredOption('--account <id>', 'account id')
      .requiredOption('--product <code>', 'product code')
      .requiredOption('--seats <n>', 'number of seats', positiveInt)
      .requiredOption('--expires <date>', 'expiry, ISO 8601 (e.g. 2027-12-31T00:00:00Z)')
      .option('--grace-days <n>', 'grace period in days (default 30)', Number)
      .option('--auto-renew', 'mark as auto-renewing'),
  ).action(async (o: { account: string; product: string; seats: number; expires: string; graceDays?: number; autoRenew?: boolean; json?: boolean }) =>
    withRuntime(async (rt) => {
      const s = await rt.services.subscriptions.create(cli, {
        accountId: o.account,
        product: o.product,
        seats: o.seats,
        expiresAt: o.expires,
        gracePeriodDays: o.graceDays,
        autoRenew: o.autoRenew ?? false,
      });
      printSummary(s, Boolean(o.json), [
        `created subscription ${s.id}: ${count(s.seats.total, 'seat')} of ${s.product.code} for account ${s.accountId}, until ${s.expiresAt}`,
        `primary key: ${s.primaryKey.key} (id ${s.primaryKey.id})`,
      ]);
    }),
  );
}

function accessCommands(program: Command): void {
  const token = program.command('token').description('API tokens (shown once, stored hashed)');
  jsonOption(
    token
      .command('create')
      .description('make an API token: an operator token, or an account token for its administrators’ scripts')
      .option('--account <id>', 'an account token for this account')
      .option('--operator', 'an operator token')
      .requiredOption('--name <name>', 'what the token is for'),
  ).action(async (o: { account?: string; operator?: boolean; name: string; json?: boolean }) => {
    exactlyOne({ account: o.account, operator: o.operator }, 'give exactly one of --account <id> or --operator');
    await withRuntime(async (rt) => {
      const created = await rt.services.tokens.create(cli, { accountId: o.account ?? null, name: o.name });
      // The token alone on the first line, for `| head -1`.
      printSummary(created, Boolean(o.json), [created.token, '(shown once: store it now)']);
    });
  });

  const signingKeys = program.command('signing-keys').description('certificate signing keys');
  jsonOption(signingKeys.command('rotate').description('sign new certificates with a new key (the old one stays published until its certificates expire)')).action(
    async (o: { json?: boolean }) =>
      withRuntime(async (rt) => {
        const r = await rt.services.signingKeys.rotate(cli);
        printSummary(r, Boolean(o.json), `signing with the new key ${r.kid}; retired ${r.retired.length === 0 ? 'none' : r.retired.join(', ')}`);
      }),
  );
}

function seatCommands(program: Command): void {
  const keys = program.command('keys').description('license keys');
  jsonOption(keys.command('list').description("a subscription's keys with their seats").requiredOption('--subscription <id>', 'subscription id')).action(
    async (o: { subscription: string; json?: boolean }) =>
      withRuntime(async (rt) => {
        const list = await rt.services.keys.list(cli, o.subscription);
        print(list, Boolean(o.json), {
          columns: ['NAME', 'TYPE', 'MAX', 'USED', 'AVAILABLE', 'STATUS', 'EXPIRES', 'KEY'],
          rows: list.map((k) => [k.name, k.type, k.maxSeats, k.used, k.available, k.status, k.expiresAt.slice(0, 10), k.key]),
        });
      }),
  );

  const devices = program.command('devices').description('activated devices');
  jsonOption(
    devices
      .command('list')
      .description("a subscription's active devices, newest first")
      .requiredOption('--subscription <id>', 'subscription id')
      .option('--key <id>', 'only this key')
      .option('--search <text>', 'name, serial, MAC, IP, OS, version')
      .option('--limit <n>', 'rows', positiveInt, 50),
  ).action(async (o: { subscription: string; key?: string; search?: string; limit: number; json?: boolean }) =>
    withRuntime(async (rt) => {
      const page = await rt.services.activations.list(cli, o.subscription, {
        keyId: o.key,
        search: o.search,
        sort: 'activatedAt',
        descending: true,
        limit: Math.min(o.limit, 500),
        offset: 0,
      });
      print(page, Boolean(o.json), {
        columns: ['COMPUTER', 'OS', 'VERSION', 'KEY', 'ACTIVATED', 'LAST CHECK-IN', 'ID'],
        rows: page.data.map((a) => [a.device.name, a.device.os, a.device.appVersion, a.keyName, a.activatedAt, a.lastCheckInAt, a.id]),
      });
    }),
  );
  devices
    .command('export')
    .description('export devices to CSV')
    .requiredOption('--subscription <id>', 'subscription id')
    .option('--key <id>', 'only this key')
    .option('--all', 'include ended activations')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: { subscription: string; key?: string; all?: boolean; out?: string }) =>
      withRuntime(async (rt) =>
        writeCsv(rt.services.activations.export(cli, o.subscription, { keyId: o.key, status: o.all ? 'all' : 'active' }), devicesCsv, o.out, 'device'),
      ),
    );

  jsonOption(program.command('sweep').description('apply due expiries and auto-releases now (the server also does it periodically)')).action(async (o: { json?: boolean }) =>
    withRuntime(async (rt) => {
      const r = await rt.services.sweeps.run();
      printSummary(r, Boolean(o.json), `settled ${count(r.subscriptionsSettled, 'subscription')}, auto-released ${count(r.devicesAutoReleased, 'device')}`);
    }),
  );
}

export function buildProgram(): Command {
  const program = new Command()
    .name('allot')
    .description(
      'Allot license server: serve, set up, and operator commands.\nConfiguration comes from ALLOT_* environment variables (see README);\nALLOT_DEBUG=1 prints the stack trace of a failure.',
    )
    .version(VERSION)
    .showHelpAfterError();
  serverCommands(program);
  catalogCommands(program);
  accessCommands(program);
  seatCommands(program);
  invitationCommands(program);
  memberCommands(program);
  operatorCommands(program);
  doctorCommand(program);
  backupCommand(program);
  agentCommands(program);
  return program;
}

import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, readConfig } from '../boot/config.ts';
import { startServer, VERSION } from '../boot/server.ts';
import { AllotError } from '../domain/errors.ts';
import { devicesCsv } from '../format/csv.ts';
import { backupCommand } from './backup.ts';
import { cli, exactlyOne, PartialFailure, positiveInt, withRuntime, writeCsv } from './common.ts';
import { doctorCommand } from './doctor.ts';
import { invitationCommands } from './invitations.ts';
import { memberCommands } from './members.ts';
import { print } from './output.ts';

const program = new Command()
  .name('allot')
  .description('Allot license server: serve, migrate, and operator commands.\nConfiguration comes from ALLOT_* environment variables (see README);\nALLOT_DEBUG=1 prints the stack trace of a failure.')
  .version(VERSION)
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the API (and apply pending migrations first)')
  .action(async () => {
    const server = await startServer(readConfig());
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => {
        server.app.log.info({ signal }, 'stopping');
        void server.stop().then(() => process.exit(0));
      });
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .option('--json', 'print JSON')
  .action(async (o: { json?: boolean }) => {
    await withRuntime(async (rt) => print({ migrated: true, database: rt.database.describe }, Boolean(o.json)));
  });

const product = program.command('product').description('products the operator sells');
product
  .command('create')
  .requiredOption('--code <code>', 'product code, e.g. desktop-pro')
  .requiredOption('--name <name>', 'display name')
  .option('--download-url <url>', 'where users download the product')
  .option('--json', 'print JSON')
  .action(async (o: { code: string; name: string; downloadUrl?: string; json?: boolean }) =>
    withRuntime(async (rt) => print(await rt.services.products.create(cli, { code: o.code, name: o.name, downloadUrl: o.downloadUrl ?? null }), true)),
  );
product
  .command('list')
  .option('--json', 'print JSON')
  .action(async (o: { json?: boolean }) =>
    withRuntime(async (rt) => {
      const list = await rt.services.products.list();
      print(list, Boolean(o.json), { columns: ['CODE', 'NAME', 'ID'], rows: list.map((p) => [p.code, p.name, p.id]) });
    }),
  );

program
  .command('account')
  .description('business accounts')
  .command('create')
  .requiredOption('--name <name>', 'the customer organisation')
  .option('--json', 'print JSON')
  .action(async (o: { name: string; json?: boolean }) =>
    withRuntime(async (rt) => print(await rt.services.accounts.create(cli, { name: o.name }), true)),
  );

program
  .command('subscription')
  .description('subscriptions')
  .command('create')
  .requiredOption('--account <id>', 'account id')
  .requiredOption('--product <code>', 'product code')
  .requiredOption('--seats <n>', 'number of seats', positiveInt)
  .requiredOption('--expires <date>', 'expiry, ISO 8601 (e.g. 2027-12-31T00:00:00Z)')
  .option('--grace-days <n>', 'grace period in days (default 30)', Number)
  .option('--auto-renew', 'mark as auto-renewing')
  .option('--json', 'print JSON')
  .action(async (o: { account: string; product: string; seats: number; expires: string; graceDays?: number; autoRenew?: boolean }) =>
    withRuntime(async (rt) =>
      print(
        await rt.services.subscriptions.create(cli, {
          accountId: o.account,
          product: o.product,
          seats: o.seats,
          expiresAt: o.expires,
          gracePeriodDays: o.graceDays,
          autoRenew: o.autoRenew ?? false,
        }),
        true,
      ),
    ),
  );

program
  .command('token')
  .description('API tokens (shown once, stored hashed)')
  .command('create')
  .option('--account <id>', 'an account token for this account')
  .option('--operator', 'an operator token')
  .requiredOption('--name <name>', 'what the token is for')
  .option('--json', 'print JSON')
  .action(async (o: { account?: string; operator?: boolean; name: string; json?: boolean }) => {
    exactlyOne({ account: o.account, operator: o.operator }, 'give exactly one of --account <id> or --operator');
    await withRuntime(async (rt) => {
      const created = await rt.services.tokens.create(cli, { accountId: o.account ?? null, name: o.name });
      if (o.json) print(created, true);
      else process.stdout.write(`${created.token}\n(shown once: store it now)\n`);
    });
  });

program
  .command('keys')
  .description('license keys')
  .command('list')
  .requiredOption('--subscription <id>', 'subscription id')
  .option('--json', 'print JSON')
  .action(async (o: { subscription: string; json?: boolean }) =>
    withRuntime(async (rt) => {
      const keys = await rt.services.keys.list(cli, o.subscription);
      print(keys, Boolean(o.json), {
        columns: ['NAME', 'TYPE', 'MAX', 'USED', 'AVAILABLE', 'STATUS', 'EXPIRES', 'KEY'],
        rows: keys.map((k) => [k.name, k.type, k.maxSeats, k.used, k.available, k.status, k.expiresAt.slice(0, 10), k.key]),
      });
    }),
  );

const devices = program.command('devices').description('activated devices');
devices
  .command('list')
  .requiredOption('--subscription <id>', 'subscription id')
  .option('--key <id>', 'only this key')
  .option('--search <text>', 'name, serial, MAC, IP, OS, version')
  .option('--limit <n>', 'rows', positiveInt, 50)
  .option('--json', 'print JSON')
  .action(async (o: { subscription: string; key?: string; search?: string; limit: number; json?: boolean }) =>
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
    withRuntime(async (rt) => writeCsv(rt.services.activations.export(cli, o.subscription, { keyId: o.key, status: o.all ? 'all' : 'active' }), devicesCsv, o.out)),
  );

invitationCommands(program);
memberCommands(program);
doctorCommand(program);
backupCommand(program);

program
  .command('signing-keys')
  .description('certificate signing keys')
  .command('rotate')
  .option('--json', 'print JSON')
  .action(async () => withRuntime(async (rt) => print(await rt.services.signingKeys.rotate(cli), true)));

program
  .command('sweep')
  .description('apply due expiries and auto-releases now (the server also does it periodically)')
  .action(async () => withRuntime(async (rt) => print(await rt.services.sweeps.run(), true)));

/** A failure in one line: what went wrong and, where it helps, which setting to look at. */
function failureLine(error: unknown): string {
  if (error instanceof PartialFailure) return `${failureLine(error.failure)} (${error.done})`;
  if (error instanceof AllotError) return `${error.code}: ${error.message}${error.details ? ` ${JSON.stringify(error.details)}` : ''}`;
  const { code, syscall, port } = error as { code?: string; syscall?: string; port?: number };
  if (syscall === 'listen' && (code === 'EADDRINUSE' || code === 'EACCES'))
    return `cannot listen on port ${port ?? '?'} (${code === 'EADDRINUSE' ? 'already in use' : 'not permitted'}); set ALLOT_PORT or ALLOT_HOST.`;
  // Node reports a host with several addresses as an AggregateError with no message of its own.
  const aggregate = error instanceof AggregateError;
  const message = (error as Error)?.message || (aggregate ? error.errors.map((e: Error) => e.message).join('; ') : String(error));
  if (aggregate || syscall === 'connect' || syscall === 'getaddrinfo') return `cannot connect to the database (ALLOT_DATABASE_URL): ${message}`;
  return message;
}

// A reader that stops early (`allot … | head`) is no failure of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

program.parseAsync().catch((error: unknown) => {
  if (process.env.ALLOT_DEBUG === '1') console.error(error);
  console.error(`allot: ${failureLine(error)}`);
  const failure = error instanceof PartialFailure ? error.failure : error;
  process.exit(failure instanceof AllotError || failure instanceof ConfigError || failure instanceof InvalidArgumentError ? 2 : 1);
});

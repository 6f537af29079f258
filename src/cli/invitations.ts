/** `allot invite` and `allot invitations list|export` (docs/invitations.md). */
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { InviteResult, Services } from '../app/services.ts';
import { INVITATION_EXPIRY_DAYS, INVITATION_LANGUAGES, INVITATION_STATUSES, type InvitationStatus } from '../domain/invitations.ts';
import { invitationsCsv } from '../format/csv.ts';
import { cli, exactlyOne, PartialFailure, positiveInt, withRuntime, writeCsv } from './common.ts';
import {
  chunksOf,
  entriesFromCsvFile,
  entriesFromList,
  inInputOrder,
  placeRejections,
  planInvitations,
  type InvitePlan,
} from './invite-batches.ts';
import { print } from './output.ts';
import { INVITE_CLI_CHUNK_ROWS, INVITE_CLI_MAX_ROWS, PAGE_MAX_ROWS } from '../domain/limits.ts';

interface InviteOptions {
  key: string;
  emails?: string;
  csv?: string;
  language?: string;
  expiresInDays?: string;
  json?: boolean;
}

const INVITE_HELP = `
Addresses are compared in lower case. Invalid, repeated and already-invited addresses are
reported one by one (with their CSV line) and the others are invited; the command exits 0
even when some are rejected. The CSV file has one address per line and an optional header:
a column named email (or e-mail, mail) is read, otherwise the first.

Lists of more than ${INVITE_CLI_CHUNK_ROWS} addresses go in batches of ${INVITE_CLI_CHUNK_ROWS}, each its own transaction,
so a large import is not atomic: should a batch fail, the batches before it stay invited.
Running the same command again invites the rest and reports those as already_invited.`;

/** A progress bar on standard error, for people watching a long import (never for scripts). */
function progress(total: number, shown: boolean): { advance(n: number): void; stop(): void } {
  if (!shown) return { advance: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'inviting [{bar}] {value}/{total} addresses ({percentage}%), {eta_formatted} left',
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0);
  return { advance: (n) => bar.increment(n), stop: () => bar.stop() };
}

async function inviteInChunks(
  services: Services,
  keyId: string,
  plan: InvitePlan,
  options: { language?: string; expiresInDays?: number; showProgress: boolean },
): Promise<InviteResult> {
  const chunks = chunksOf(plan.send, INVITE_CLI_CHUNK_ROWS);
  const bar = progress(plan.send.length, options.showProgress && chunks.length > 1);
  const data: InviteResult['data'] = [];
  const rejected = [...plan.duplicates];
  try {
    for (const [n, chunk] of chunks.entries()) {
      const result = await services.invitations
        .invite(cli, keyId, { entries: chunk.map((c) => c.value), language: options.language, expiresInDays: options.expiresInDays })
        .catch((error: unknown) => {
          if (n === 0) throw error;
          throw new PartialFailure(error, `the batches before this one, each its own transaction, invited ${data.length}; once the cause is fixed, the same command invites the rest`);
        });
      data.push(...result.data);
      rejected.push(...placeRejections(chunk, result.rejected));
      bar.advance(chunk.length);
    }
  } finally {
    bar.stop();
  }
  return { data, rejected: inInputOrder(rejected) };
}

function printInviteResult(result: InviteResult, json: boolean): void {
  if (json) return print(result, true);
  process.stdout.write(`${result.data.length} invited, ${result.rejected.length} rejected\n`);
  if (result.rejected.length === 0) return;
  const withLines = result.rejected.some((r) => r.line !== undefined);
  process.stdout.write('\n');
  print(result, false, {
    columns: [...(withLines ? ['LINE'] : []), 'EMAIL', 'REASON'],
    rows: result.rejected.map((r) => [...(withLines ? [r.line ?? null] : []), r.email, r.reason]),
  });
}

type Scope = { subscriptionId: string } | { keyId: string };

function scopeOf(o: { subscription?: string; key?: string }): Scope {
  exactlyOne({ subscription: o.subscription, key: o.key }, 'give exactly one of --subscription <id> or --key <id>');
  return o.key !== undefined ? { keyId: o.key } : { subscriptionId: o.subscription! };
}

const statusOption = () => new Option('--status <status>', 'only invitations in this state').choices(INVITATION_STATUSES);

export function invitationCommands(program: Command): void {
  program
    .command('invite')
    .description('invite people to activate with a key: a personal code each, by email')
    .requiredOption('--key <id>', 'the key the invitees activate with')
    .option('--emails <list>', 'addresses, separated by commas')
    .option('--csv <file>', 'a CSV file of addresses')
    .addOption(new Option('--language <code>', 'the language of the email (default en)').choices(INVITATION_LANGUAGES))
    .addOption(new Option('--expires-in-days <n>', 'how long the codes work (default 7)').choices(INVITATION_EXPIRY_DAYS.map(String)))
    .option('--json', 'print JSON: {data, rejected}')
    .addHelpText('after', INVITE_HELP)
    .action(async (o: InviteOptions) => {
      exactlyOne({ emails: o.emails, csv: o.csv }, 'give exactly one of --emails <list> or --csv <file>');
      const entries = o.csv !== undefined ? await entriesFromCsvFile(o.csv) : entriesFromList(o.emails!);
      if (entries.length === 0) throw new InvalidArgumentError(`no email address in ${o.csv !== undefined ? o.csv : '--emails'}`);
      if (entries.length > INVITE_CLI_MAX_ROWS) throw new InvalidArgumentError(`at most ${INVITE_CLI_MAX_ROWS} addresses per run (got ${entries.length}); split the list`);
      await withRuntime(async (rt) => {
        const result = await inviteInChunks(rt.services, o.key, planInvitations(entries), {
          language: o.language,
          expiresInDays: o.expiresInDays === undefined ? undefined : Number(o.expiresInDays),
          showProgress: Boolean(process.stderr.isTTY) && !o.json,
        });
        printInviteResult(result, Boolean(o.json));
      });
    });

  const invitations = program.command('invitations').description('invitations: personal activation codes sent by email');
  invitations
    .command('list')
    .description('invitations, newest first')
    .option('--subscription <id>', "the subscription's invitations")
    .option('--key <id>', "one key's invitations")
    .addOption(statusOption())
    .option('--search <text>', 'part of the email address')
    .option('--limit <n>', `rows (at most ${PAGE_MAX_ROWS})`, positiveInt, 50)
    .option('--json', 'print JSON')
    .action(async (o: { subscription?: string; key?: string; status?: InvitationStatus; search?: string; limit: number; json?: boolean }) => {
      const scope = scopeOf(o);
      await withRuntime(async (rt) => {
        const page = await rt.services.invitations.list(cli, scope, { status: o.status, search: o.search, limit: Math.min(o.limit, PAGE_MAX_ROWS), offset: 0 });
        print(page, Boolean(o.json), {
          columns: ['EMAIL', 'STATUS', 'KEY', 'LANGUAGE', 'EXPIRES', 'DELIVERY', 'CODE'],
          rows: page.data.map((i) => [i.email, i.status, i.keyName, i.language, i.expiresAt, i.delivery.status, i.code]),
        });
      });
    });
  invitations
    .command('export')
    .description('export invitations to CSV (email, code, status, key, language, expires_at, delivery, download_url)')
    .option('--subscription <id>', "the subscription's invitations")
    .option('--key <id>', "one key's invitations")
    .addOption(statusOption())
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: { subscription?: string; key?: string; status?: InvitationStatus; out?: string }) => {
      const scope = scopeOf(o);
      await withRuntime(async (rt) => writeCsv(rt.services.invitations.export(cli, scope, { status: o.status }), invitationsCsv, o.out, 'invitation'));
    });
}

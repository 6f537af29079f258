/** What every command shares: who the CLI acts as, the runtime it opens, argument checks and safe file output. */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { InvalidArgumentError } from 'commander';
import type { Caller } from '../app/context.ts';
import { readConfig } from '../boot/config.ts';
import type { Runtime } from '../boot/runtime.ts';
import { reportWritten } from './output.ts';

/** The CLI acts as the operator, on the database the environment names. */
export const cli: Caller = { actor: { type: 'operator', id: 'cli', name: 'allot CLI' }, requestId: null };

export const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number above 0');
  return n;
};

/** Throws the usage error unless exactly one of the options was given (checked before the database is opened). */
export function exactlyOne(given: Record<string, unknown>, message: string): void {
  if (Object.values(given).filter((v) => v !== undefined && v !== false).length !== 1) throw new InvalidArgumentError(message);
}

export async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const config = readConfig();
  // Loaded on use: commands that need no database (help, wait, argument errors) start faster.
  const { openRuntime } = await import('../boot/runtime.ts');
  const rt = await openRuntime(config);
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

/**
 * A failure after part of the work was committed (a large import runs in several
 * transactions): the failure, and what stays done despite it.
 */
export class PartialFailure extends Error {
  constructor(
    readonly failure: unknown,
    readonly done: string,
  ) {
    super(done);
  }
}

/** Writes beside `file` first, so that a failure leaves `file` as it was. */
async function writeFileWhole(file: string, data: NodeJS.ReadableStream): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await pipeline(data, createWriteStream(temp, { flags: 'wx' }));
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes an export as CSV to `out` or, without it, to standard output, and says on standard
 * error how many rows it wrote where (`noun`: what a row is). The first row is read before
 * anything is written, so that an error (not found, say) leaves both untouched.
 */
export async function writeCsv<T>(
  rows: AsyncGenerator<T>,
  toCsv: (rows: AsyncIterable<T>) => NodeJS.ReadableStream,
  out: string | undefined,
  noun: string,
): Promise<void> {
  const first = await rows.next();
  let written = 0;
  async function* all() {
    if (!first.done) {
      written++;
      yield first.value;
    }
    for await (const row of rows) {
      written++;
      yield row;
    }
  }
  if (out) await writeFileWhole(out, toCsv(all()));
  else await pipeline(toCsv(all()), process.stdout);
  reportWritten(written, noun, out);
}

/** A refusal of the command itself (not of a use-case): one line, exit 2, like a use-case's refusal. */
export class CommandRefused extends Error {}

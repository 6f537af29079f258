import { InvalidArgumentError } from 'commander';
import { ConfigError } from '../boot/config.ts';
import { AllotError } from '../domain/errors.ts';
import { CommandRefused, PartialFailure } from './common.ts';
import { buildProgram } from './program.ts';

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

/** 2 for a refusal (of a use-case, the configuration, the arguments or the command), 1 for anything else. */
function exitCodeOf(error: unknown): number {
  const failure = error instanceof PartialFailure ? error.failure : error;
  const refused = [AllotError, ConfigError, InvalidArgumentError, CommandRefused].some((kind) => failure instanceof kind);
  return refused ? 2 : 1;
}

// A reader that stops early (`allot … | head`) is no failure of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

buildProgram()
  .parseAsync()
  .catch((error: unknown) => {
    if (process.env.ALLOT_DEBUG === '1') console.error(error);
    console.error(`allot: ${failureLine(error)}`);
    process.exit(exitCodeOf(error));
  });

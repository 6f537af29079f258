/** `allot backup FILE [--force] [--json]` (docs/operations.md): an online copy of the SQLite database. */
import type { Command } from 'commander';
import { readConfig } from '../boot/config.ts';
import { print } from './output.ts';

export function backupCommand(program: Command): void {
  program
    .command('backup')
    .description('copy the SQLite database to FILE while servers keep serving (PostgreSQL: pg_dump, see docs/operations.md)')
    .argument('<file>', 'where the copy goes (a new file unless --force)')
    .option('--force', 'replace FILE if it exists')
    .option('--json', 'print JSON')
    .action(async (file: string, o: { force?: boolean; json?: boolean }) => {
      const config = readConfig();
      const { backupDatabase } = await import('../boot/runtime.ts');
      const report = await backupDatabase(config, file, { force: Boolean(o.force) });
      if (o.json) print(report, true);
      else process.stdout.write(`backed up ${report.source} to ${report.file} (${report.pages} pages, ${report.bytes} bytes, ${report.ms} ms)\n`);
      // Without its master key the copy is useless: say so every time.
      process.stderr.write(
        `Keep the master key with this backup (${report.masterKey === 'ALLOT_MASTER_KEY' ? 'the ALLOT_MASTER_KEY value' : report.masterKey}): it is not in the database, and without it the copy's keys cannot be read.\n`,
      );
    });
}

/** `allot doctor [--repair] [--json]` (docs/operations.md): the seat counters against a recount of the rows. */
import type { Command } from 'commander';
import type { CounterReport, SubscriptionDrift } from '../app/services.ts';
import { cli, withRuntime } from './common.ts';
import { print } from './output.ts';

function describeDrift(d: SubscriptionDrift): string[] {
  const lines = [`subscription ${d.subscriptionId} (account ${d.accountId}):`];
  if (d.counters) {
    const { stored, recount } = d.counters;
    const fields = (['used', 'reserved', 'reservedUsed'] as const).filter((f) => stored[f] !== recount[f]);
    lines.push(`  subscription counters: ${fields.map((f) => `${f} stored ${stored[f]}, recount ${recount[f]}`).join('; ')}`);
  }
  for (const k of d.keys) lines.push(`  key ${k.keyId} "${k.name}" (${k.type}): used stored ${k.stored}, recount ${k.recount}`);
  if (d.repaired) lines.push('  repaired: the counters now equal the recount');
  else if (d.unrepairable) lines.push(`  cannot repair, the rows themselves break the seat invariant: ${d.unrepairable.join('; ')}`);
  else lines.push('  not repaired (allot doctor --repair sets the counters to the recount)');
  return lines;
}

function summary(r: CounterReport): string {
  const checked = `checked ${r.subscriptions} subscription${r.subscriptions === 1 ? '' : 's'} and ${r.keys} key${r.keys === 1 ? '' : 's'}`;
  if (r.drift.length === 0) return `${checked}: every counter equals a recount of the rows`;
  const repaired = r.drift.filter((d) => d.repaired).length;
  return `${checked}: drift in ${r.drift.length} subscription${r.drift.length === 1 ? '' : 's'}, ${repaired} repaired`;
}

export function doctorCommand(program: Command): void {
  program
    .command('doctor')
    .description('recount every seat counter from the rows and report drift (exit 1 while drift remains); --repair fixes it')
    .option('--repair', 'set drifted counters to the recount (recorded as subscription.counters_repaired)')
    .option('--json', 'print JSON')
    .action(async (o: { repair?: boolean; json?: boolean }) =>
      withRuntime(async (rt) => {
        const report = await rt.services.counters.check(cli, { repair: Boolean(o.repair) });
        if (o.json) print(report, true);
        else process.stdout.write([...report.drift.flatMap(describeDrift), summary(report)].join('\n') + '\n');
        if (!report.consistent) process.exitCode = 1;
      }),
    );
}

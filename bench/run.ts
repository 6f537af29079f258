/**
 * `npm run bench [-- --json] [-- --scenario <name>]`: runs each scenario on SQLite, and on
 * PostgreSQL when ALLOT_BENCH_PG_URL names a server (each run on a database of its own,
 * dropped after). Prints a table per scenario, or with --json `{machine, results}`.
 * Performance figures live here and in docs/benchmarks.md, never in test assertions.
 */
import { parseArgs } from 'node:util';
import { print } from '../src/cli/output.ts';
import { startAllot, type AllotUnderTest } from './allot.ts';
import { benchDialects } from './databases.ts';
import { machine } from './machine.ts';
import type { BenchResult, Scenario } from './scenario.ts';
import { inviteCsv } from './scenarios/invite-csv.ts';

const SCENARIOS: Scenario[] = [inviteCsv];

const { values: args } = parseArgs({ options: { json: { type: 'boolean', default: false }, scenario: { type: 'string', multiple: true } } });
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

const selected = args.scenario ? SCENARIOS.filter((s) => args.scenario!.includes(s.name)) : SCENARIOS;
if (selected.length === 0) {
  console.error(`bench: no such scenario; there are: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

async function runScenario(scenario: Scenario, dialect: BenchResult['dialect']): Promise<BenchResult> {
  const started: AllotUnderTest[] = [];
  try {
    const figures = await scenario.run({
      dialect,
      log: (message) => log(`${scenario.name} on ${dialect}: ${message}`),
      startAllot: async () => {
        const allot = await startAllot(dialect);
        started.push(allot);
        return allot;
      },
    });
    return { scenario: scenario.name, dialect, ...figures };
  } finally {
    for (const allot of started) await allot.stop();
  }
}

const results: BenchResult[] = [];
for (const scenario of selected) for (const dialect of benchDialects()) results.push(await runScenario(scenario, dialect));

if (args.json) print({ machine: machine(), results }, true);
else {
  const m = machine();
  console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}\n`);
  for (const scenario of selected) {
    const rows = results.filter((r) => r.scenario === scenario.name);
    const columns = Object.keys(rows[0]!);
    console.log(`${scenario.name}: ${scenario.description}`);
    print(rows, false, { columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) });
    console.log('');
  }
}
if (!process.env.ALLOT_BENCH_PG_URL) log('PostgreSQL skipped: set ALLOT_BENCH_PG_URL (an administrator URL) to measure it too');

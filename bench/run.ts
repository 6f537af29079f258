/**
 * `npm run bench [-- --json] [-- --scenario <name>]`: runs each scenario on SQLite, and on
 * PostgreSQL when ALLOT_BENCH_PG_URL names a server (each run on a database of its own,
 * dropped after). Prints a table per scenario, or with --json `{machine, results}`.
 * Performance figures live here and in docs/benchmarks.md, never in test assertions.
 *
 * Further options: --quick (a short smoke run), --profile (CPU profile of the server, where a
 * scenario supports it), --duration/--warmup <seconds> and --connections <n> (throughput, growth),
 * --sizes 10000,100000 (growth: how many activations to seed, each size on a database of its own),
 * --dialect sqlite|postgres (only that one; PostgreSQL still needs ALLOT_BENCH_PG_URL).
 */
import { parseArgs } from 'node:util';
import { print } from '../src/cli/output.ts';
import { spawnAllot, startAllot, type AllotProcess, type AllotUnderTest } from './allot.ts';
import { benchDialects } from './databases.ts';
import { machine } from './machine.ts';
import type { BenchOptions, BenchResult, Scenario } from './scenario.ts';
import { consoleRender } from './scenarios/console-render.ts';
import { growth } from './scenarios/growth.ts';
import { inviteCsv } from './scenarios/invite-csv.ts';
import { throughput } from './scenarios/throughput.ts';
import { metricsCost } from './scenarios/metrics-cost.ts';

const SCENARIOS: Scenario[] = [inviteCsv, consoleRender, throughput, growth, metricsCost];

const USAGE = `usage: npm run bench [-- --scenario <${SCENARIOS.map((s) => s.name).join('|')}>] [--json] [--quick] [--profile]
       [--duration <s>] [--warmup <s>] [--connections <n>] [--sizes <n,n,…>] [--dialect sqlite|postgres]`;

function readArgs() {
  try {
    return parseArgs({
      options: {
        help: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        scenario: { type: 'string', multiple: true },
        quick: { type: 'boolean', default: false },
        profile: { type: 'boolean', default: false },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        connections: { type: 'string' },
        dialect: { type: 'string', multiple: true },
        sizes: { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const args = readArgs();
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function positive(name: string, raw: string | undefined, integer: boolean): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    console.error(`bench: --${name} must be a positive ${integer ? 'whole ' : ''}number (got "${raw}")`);
    process.exit(2);
  }
  return n;
}

const options: BenchOptions = {
  quick: args.quick,
  profile: args.profile,
  durationSeconds: positive('duration', args.duration, false),
  warmupSeconds: positive('warmup', args.warmup, false),
  connections: positive('connections', args.connections, true),
  sizes: args.sizes === undefined ? undefined : args.sizes.split(',').map((s) => positive('sizes', s.trim(), true)!),
};

const selected = args.scenario ? SCENARIOS.filter((s) => args.scenario!.includes(s.name)) : SCENARIOS;
if (selected.length === 0) {
  console.error(`bench: no such scenario; there are: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

async function runScenario(scenario: Scenario, dialect: BenchResult['dialect']): Promise<BenchResult[]> {
  const started: AllotUnderTest[] = [];
  const spawned: AllotProcess[] = [];
  try {
    const figures = await scenario.run({
      dialect,
      options,
      log: (message) => log(`${scenario.name} on ${dialect}: ${message}`),
      startAllot: async () => {
        const allot = await startAllot(dialect);
        started.push(allot);
        return allot;
      },
      spawnAllot: async (spawnOptions) => {
        const allot = await spawnAllot(dialect, spawnOptions);
        spawned.push(allot);
        return allot;
      },
    });
    return (Array.isArray(figures) ? figures : [figures]).map((f) => ({ scenario: scenario.name, dialect, ...f }));
  } finally {
    for (const allot of started) await allot.stop();
    for (const allot of spawned) await allot.dispose();
  }
}

const results: BenchResult[] = [];
const dialects = benchDialects().filter((d) => !args.dialect || args.dialect.includes(d));
for (const scenario of selected) for (const dialect of dialects) results.push(...(await runScenario(scenario, dialect)));

if (args.json) print({ machine: machine(), options, results }, true);
else {
  const m = machine();
  console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}\n`);
  for (const scenario of selected) {
    const ofScenario = results.filter((r) => r.scenario === scenario.name);
    const tables = [...new Set(ofScenario.map((r) => r.table))];
    for (const table of tables) {
      const rows = ofScenario.filter((r) => r.table === table);
      // Every field any row has, in the order first seen; not the scenario's name nor the table's.
      const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => c !== 'scenario' && c !== 'table');
      console.log(table === undefined ? `${scenario.name}: ${scenario.description}` : `${scenario.name}: ${table}`);
      print(rows, false, { columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) });
      console.log('');
    }
  }
}
if (!process.env.ALLOT_BENCH_PG_URL) log('PostgreSQL skipped: set ALLOT_BENCH_PG_URL (an administrator URL) to measure it too');

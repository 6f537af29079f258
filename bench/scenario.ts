/**
 * What a benchmark scenario is: a named measurement that runs once per database dialect and
 * returns its figures (one row, or several). The runner (run.ts) adds `scenario` and `dialect`
 * to make a result, prints the results as tables or as JSON, and cleans up what a scenario
 * started.
 */
import type { AllotProcess, AllotUnderTest, SpawnOptions } from './allot.ts';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Figures of one run, units last in their names (`inviteMs`, `addressesPerSecond`). A row with
 * a `table` field is printed in a table of that name, apart from the scenario's main one.
 */
export type Figures = Record<string, number | string>;

export type BenchResult = { scenario: string; dialect: Dialect } & Figures;

export interface BenchContext {
  dialect: Dialect;
  /** Allot on a new, empty database of this dialect, listening on 127.0.0.1; stopped (and its database dropped) after the scenario. */
  startAllot(): Promise<AllotUnderTest>;
  /** The same, as `allot serve` in a process of its own (configured through ALLOT_* variables); disposed of after the scenario. */
  spawnAllot(options?: SpawnOptions): Promise<AllotProcess>;
  /** The command line's settings. */
  options: BenchOptions;
  /** Progress for the person watching (standard error). */
  log(message: string): void;
}

export interface BenchOptions {
  /** A short smoke run: every step, brief measurements (figures not for the record). */
  quick: boolean;
  /** Profile the server under load (where a scenario supports it). */
  profile: boolean;
  /** Overrides of a scenario's measuring time, warm-up time and connections. */
  durationSeconds?: number;
  warmupSeconds?: number;
  connections?: number;
  /** Growth: how many activations each run seeds (the scenario's own sizes otherwise). */
  sizes?: number[];
}

export interface Scenario {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<Figures | Figures[]>;
}

/**
 * What a benchmark scenario is: a named measurement that runs once per database dialect and
 * returns its figures. The runner (run.ts) adds `scenario` and `dialect` to make a result,
 * prints the results as a table or as JSON, and cleans up what a scenario started.
 */
import type { AllotUnderTest } from './allot.ts';

export type Dialect = 'sqlite' | 'postgres';

/** Figures of one run, units last in their names (`inviteMs`, `addressesPerSecond`). */
export type Figures = Record<string, number | string>;

export type BenchResult = { scenario: string; dialect: Dialect } & Figures;

export interface BenchContext {
  dialect: Dialect;
  /** Allot on a new, empty database of this dialect, listening on 127.0.0.1; stopped (and its database dropped) after the scenario. */
  startAllot(): Promise<AllotUnderTest>;
  /** Progress for the person watching (standard error). */
  log(message: string): void;
}

export interface Scenario {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<Figures>;
}

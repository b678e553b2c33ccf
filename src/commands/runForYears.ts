import { JaarplanError } from '../errors.js';
import type { Io } from '../io.js';
import type { PlanSetRequest, YearsWanted } from '../node/planSet.js';
import type { GlobalOptions } from './common.js';

/**
 * What `report` and `verantwoording` ask of the plan set: the plans of `--plans` of the year or
 * years, with the config of `--config`.
 */
export function yearsRequest(wanted: YearsWanted, options: { plans: string; config?: string }, io: Io): PlanSetRequest {
  return { paths: [options.plans], cwd: io.cwd, wanted, ...(options.config === undefined ? {} : { config: options.config }) };
}

/** What `report` and `verantwoording` are given on the command line. */
export interface YearsCommandLine<F> {
  format: F;
  year?: number;
  years?: { first: number; last: number };
  plans: string;
  out?: string;
  config?: string;
}

/** The options both commands run with, besides the year or years. */
export type YearsBase<F> = GlobalOptions & { format: F; plans: string; out?: string; config?: string };

/**
 * Runs `report` or `verantwoording` for what the command line asks: `--years A-B` side by side, or
 * `--year N`; neither is a usage error (exit 2).
 */
export async function runForYears<F>(
  o: YearsCommandLine<F>,
  global: GlobalOptions,
  io: Io,
  run: {
    year: (options: YearsBase<F> & { year: number }, io: Io) => Promise<number>;
    years: (options: YearsBase<F> & { years: { first: number; last: number } }, io: Io) => Promise<number>;
  },
): Promise<number> {
  const base: YearsBase<F> = {
    ...global,
    format: o.format,
    plans: o.plans,
    ...(o.out === undefined ? {} : { out: o.out }),
    ...(o.config === undefined ? {} : { config: o.config }),
  };
  if (o.years !== undefined) return run.years({ ...base, years: o.years }, io);
  if (o.year !== undefined) return run.year({ ...base, year: o.year }, io);
  throw new JaarplanError('year-required', {});
}

import type { CheckOptions } from '../core/checkAccount.js';
import type { Plan } from '../core/plan.js';
import { JaarplanError } from '../errors.js';
import type { Io } from '../io.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { readPlans } from '../node/readPlans.js';
import { inYears, loadSettings, refuseInvalid, type GlobalOptions } from './common.js';
import { plansToCount } from './plansToCount.js';
import { refusePlaceholders } from './refusePlaceholders.js';

/** Which plans a report or account is made of: one year, or a range of years side by side. */
export type YearsWanted = { year: number } | { years: { first: number; last: number } };

/** The plans to report on, or the exit code of a refusal that has been written. */
export type PlansOfYears =
  | { refused: number }
  | {
      /** The plans of the years, drafts left out, with the config's severities. */
      files: CheckedFile[];
      /** Their typed plans. */
      plans: Plan[];
      /** Every file read, which `--out` may never overwrite. */
      all: CheckedFile[];
      /** What the checks were told (the config's threshold for differences). */
      checks: CheckOptions;
    };

/**
 * The one way `report` and `verantwoording` read their plans: every plan under `--plans` of the
 * year (or years), drafts left out with a note, two plans of one identity marked, the config's
 * severities applied; none is a JaarplanError (exit 2); a plan with errors, a duplicate or a
 * placeholder is refused on standard error (exit 1 or 2), so that nothing misleading is published.
 */
export async function plansOfYears(
  wanted: YearsWanted,
  options: GlobalOptions & { plans: string; config?: string },
  io: Io,
): Promise<PlansOfYears> {
  const { severities, checks } = await loadSettings(io, options.config);
  const all = (await readPlans({ paths: [options.plans], cwd: io.cwd, checks })).files;
  const [first, last] = 'year' in wanted ? [wanted.year, wanted.year] : [wanted.years.first, wanted.years.last];
  const files = plansToCount(all.filter(inYears(first, last)), options, io).map(severities);
  if (files.length === 0) {
    throw 'year' in wanted
      ? new JaarplanError('no-plan-for-year', { year: wanted.year, dir: options.plans })
      : new JaarplanError('no-plan-for-years', { first, last, dir: options.plans });
  }
  const refused = (await refuseInvalid(files, options, io)) ?? (await refusePlaceholders(files, options, io));
  if (refused !== null) return { refused };
  return { files, plans: files.map((f) => f.plan).filter((p): p is Plan => p !== null), all, checks };
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

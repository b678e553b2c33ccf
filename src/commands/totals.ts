import { computeTotals } from '../core/computeTotals.js';
import type { Plan } from '../core/plan.js';
import { JaarplanError } from '../errors.js';
import type { Io } from '../io.js';
import { readPlans, yearOf } from '../load/readPlans.js';
import { totalsReporters } from '../reporters/index.js';
import { refuseInvalid, reporterOptions, type GlobalOptions } from './common.js';

/** The options of `totals`. */
export interface TotalsOptions extends GlobalOptions {
  /** Output format. */
  format: keyof typeof totalsReporters;
  /** Only the plans of this year. */
  year?: number;
}

/** `jaarplan totals [paths...] [--year N]`: totals across the plans; refuses plans with errors. */
export async function totalsCommand(paths: string[], options: TotalsOptions, io: Io): Promise<number> {
  const given = paths.length > 0 ? paths : ['plans'];
  let files = await readPlans(given, io.cwd);
  if (options.year !== undefined) {
    files = files.filter((f) => yearOf(f) === options.year);
    if (files.length === 0) throw new JaarplanError('no-plan-for-year', { year: options.year, dir: given.join(', ') });
  }
  const refused = refuseInvalid(files, options, io);
  if (refused !== null) return refused;
  const plans = files.map((f) => f.plan).filter((p): p is Plan => p !== null);
  io.stdout(totalsReporters[options.format](computeTotals(plans), reporterOptions(options, io)));
  return 0;
}

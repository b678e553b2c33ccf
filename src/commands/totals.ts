import { Option, type Command } from 'commander';
import { computeTotals } from '../core/computeTotals.js';
import type { Plan } from '../core/plan.js';
import { JaarplanError } from '../errors.js';
import type { Io } from '../io.js';
import { readPlans, yearOf } from '../load/readPlans.js';
import type { totalsReporters } from '../reporters/index.js';
import { totalsLoaders } from '../reporters/lazy.js';
import { parseYear, refuseInvalid, stdinOf, reporterOptions, type CommandContext, type GlobalOptions } from './common.js';

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
  let { files } = await readPlans({ paths: given, cwd: io.cwd, ...stdinOf(io) });
  if (options.year !== undefined) {
    files = files.filter((f) => yearOf(f) === options.year);
    if (files.length === 0) throw new JaarplanError('no-plan-for-year', { year: options.year, dir: given.join(', ') });
  }
  const refused = await refuseInvalid(files, options, io);
  if (refused !== null) return refused;
  const plans = files.map((f) => f.plan).filter((p): p is Plan => p !== null);
  const reporter = await totalsLoaders[options.format]();
  io.stdout(reporter(computeTotals(plans), reporterOptions(options, io)));
  return 0;
}

/** Adds `totals` to the program. */
export function registerTotals(program: Command, ctx: CommandContext): void {
  program
    .command('totals')
    .description('total plans per source, kind of source, section and activity')
    .argument('[paths...]', 'plan files or folders (default: plans/)')
    .option('-y, --year <year>', 'only the plans of this year', parseYear)
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(totalsLoaders)).default('table'))
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan totals --year 2013
  $ jaarplan totals plans/2013.yaml --format markdown
  $ jaarplan totals --format json`,
    )
    .action(async (paths: string[], o: { format: TotalsOptions['format']; year?: number }) => {
      const options = { ...ctx.global(), format: o.format, ...(o.year === undefined ? {} : { year: o.year }) };
      ctx.exit(await totalsCommand(paths, options, ctx.io));
    });
}

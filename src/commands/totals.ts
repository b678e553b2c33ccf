import { Option, type Command } from 'commander';
import { compareYears } from '../core/compareYears.js';
import { computeTotals } from '../core/computeTotals.js';
import { groupings, groupTotals, type GroupBy } from '../core/groupTotals.js';
import type { Io } from '../io.js';
import { totalsByFormats } from '../reporters/totalsBy/index.js';
import { formatsOf } from '../reporters/registry.js';
import { totalsFormats, type TotalsFormat } from '../reporters/totals/index.js';
import { totalsYearsFormats } from '../reporters/totalsYears/index.js';
import { configOption, parseYear, parseYears, type CommandContext, type GlobalOptions } from './common.js';
import { runOnPlanSet } from './planSetFor.js';

/** The options of `totals`. */
export interface TotalsOptions extends GlobalOptions {
  /** Output format. */
  format: TotalsFormat;
  /** Only the plans of this year. */
  year?: number;
  /** One row per group instead of the full totals. */
  by?: GroupBy;
  /** These years side by side (a range such as `2013-2016`), grouped by `by` (default: source). */
  years?: { first: number; last: number };
  /** Write to this file instead of standard output. */
  out?: string;
  /** An explicit config file. */
  config?: string;
}

/**
 * `jaarplan totals [paths...] [--year N | --years A-B] [--by X]`: totals across the plans; leaves
 * drafts out; refuses plans that cannot be counted and two plans of one year, municipality and wijk;
 * counts plans whose budget rules fail, with the errors on top, and exits 1.
 */
export async function totalsCommand(paths: string[], options: TotalsOptions, io: Io): Promise<number> {
  const range = options.years;
  const wanted = options.year !== undefined ? { year: options.year } : range !== undefined ? { years: range } : undefined;
  // --years and --by offer the same formats, typed by this registry; only the chosen format is loaded.
  return runOnPlanSet({ ...options, paths, ...(wanted === undefined ? {} : { wanted }) }, io, totalsFormats, async ({ plans }, shown) => {
    if (range !== undefined)
      return (await totalsYearsFormats[options.format]())(compareYears(plans, range.first, range.last, options.by ?? 'source'), shown);
    if (options.by !== undefined) return (await totalsByFormats[options.format]())(groupTotals(plans, options.by), shown);
    return (await totalsFormats[options.format]())(computeTotals(plans), shown);
  });
}

/** Adds `totals` to the program. */
export function registerTotals(program: Command, ctx: CommandContext): void {
  program
    .command('totals')
    .description('total plans per source, kind of source, section and activity')
    .argument('[paths...]', 'plan files, folders or glob patterns (default: plans/)')
    .option('-y, --year <year>', 'only the plans of this year', parseYear)
    .addOption(
      new Option('--years <range>', 'these years side by side, with the change each year (such as 2013-2016)')
        .argParser(parseYears)
        .conflicts('year'),
    )
    .addOption(new Option('--by <grouping>', 'one row per group (with --years: default source)').choices(groupings))
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatsOf(totalsFormats)).default('table'))
    .option('-o, --out <file>', 'write to this file (all at once; never over a plan) instead of standard output')
    .addOption(configOption())
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan totals --year 2013
  $ jaarplan totals plans/2013.yaml --format markdown
  $ jaarplan totals --format json
  $ jaarplan totals --year 2013 --format csv > begroting-2013.csv
  $ jaarplan totals --by wijk
  $ jaarplan totals --years 2013-2016 --by source
  $ jaarplan totals --year 2013 --format markdown --out totalen-2013.md`,
    )
    .action(
      async (
        paths: string[],
        o: { format: TotalsOptions['format']; year?: number; years?: TotalsOptions['years']; by?: GroupBy; out?: string; config?: string },
      ) => {
        const options: TotalsOptions = {
          ...ctx.global(),
          format: o.format,
          ...(o.year === undefined ? {} : { year: o.year }),
          ...(o.years === undefined ? {} : { years: o.years }),
          ...(o.by === undefined ? {} : { by: o.by }),
          ...(o.out === undefined ? {} : { out: o.out }),
          ...(o.config === undefined ? {} : { config: o.config }),
        };
        ctx.exit(await totalsCommand(paths, options, ctx.io));
      },
    );
}

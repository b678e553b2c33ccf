import { Option, type Command } from 'commander';
import { buildVerantwoording } from '../core/buildVerantwoording.js';
import { buildVerantwoordingYears } from '../core/buildVerantwoordingYears.js';
import type { Io } from '../io.js';
import { verantwoordingFormats, type VerantwoordingFormat } from '../reporters/verantwoording/index.js';
import { verantwoordingYearsFormats } from '../reporters/verantwoordingYears/index.js';
import { formatsOf } from '../reporters/registry.js';
import { configOption, parseYear, parseYears, type CommandContext, type GlobalOptions } from './common.js';
import { runOnPlanSet } from './planSetFor.js';
import { runForYears, type YearsCommandLine } from './runForYears.js';

/** The options of `verantwoording`. */
export interface VerantwoordingOptions extends GlobalOptions {
  format: VerantwoordingFormat;
  year: number;
  /** The plans: files, folders or patterns (default: `plans`). */
  paths: string[];
  out?: string;
  config?: string;
}

/**
 * `jaarplan verantwoording --year N`: the account of the year's plans (drafts left out), with the
 * config's threshold for differences; refuses plans that cannot be counted and duplicates, and shows
 * budget-rule errors on top (exit 1), as report does.
 */
export async function verantwoordingCommand(options: VerantwoordingOptions, io: Io): Promise<number> {
  return runOnPlanSet({ ...options, wanted: { year: options.year } }, io, verantwoordingFormats, async (set, shown) =>
    (await verantwoordingFormats[options.format]())(buildVerantwoording(options.year, set.plans, set.checks.deviation), shown),
  );
}

/** `jaarplan verantwoording --years A-B`: each year's account side by side, and the indicators that come back. */
export async function verantwoordingYearsCommand(
  options: Omit<VerantwoordingOptions, 'year'> & { years: { first: number; last: number } },
  io: Io,
): Promise<number> {
  const { first, last } = options.years;
  return runOnPlanSet({ ...options, wanted: { years: options.years } }, io, verantwoordingYearsFormats, async (set, shown) =>
    (await verantwoordingYearsFormats[options.format]())(buildVerantwoordingYears(set.plans, first, last, set.checks.deviation), shown),
  );
}

/** Adds `verantwoording` to the program. */
export function registerVerantwoording(program: Command, ctx: CommandContext): void {
  program
    .command('verantwoording')
    .description(
      'account for a year: per activity its goal and indicators, what was done, and budget against spending, with a green/orange/red assessment',
    )
    .argument('[paths...]', 'plan files, folders or glob patterns (default: plans/)')
    .option('-y, --year <year>', 'the year to account for', parseYear)
    .addOption(
      new Option('--years <range>', 'these years side by side instead, with the indicators that come back (such as 2014-2016)')
        .argParser(parseYears)
        .conflicts('year'),
    )
    .option('--plans <dir>', 'the folder of plans, the same as giving it as an argument')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatsOf(verantwoordingFormats)).default('table'))
    .option('-o, --out <file>', 'write to this file (all at once; never over a plan) instead of standard output; required for xlsx')
    .addOption(configOption())
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan verantwoording --year 2015
  $ jaarplan verantwoording plans/ --year 2015
  $ jaarplan verantwoording --year 2015 --format html --out verantwoording-2015.html
  $ jaarplan verantwoording --year 2015 --format xlsx --out verantwoording-2015.xlsx
  $ jaarplan verantwoording --years 2014-2016 --format markdown`,
    )
    .action(async (paths: string[], o: YearsCommandLine<VerantwoordingFormat>) => {
      ctx.exit(await runForYears(paths, o, ctx.global(), ctx.io, { year: verantwoordingCommand, years: verantwoordingYearsCommand }));
    });
}

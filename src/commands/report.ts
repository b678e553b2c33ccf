import { Option, type Command } from 'commander';
import { reportOf } from '../core/buildReport.js';
import { buildYearsReport } from '../core/buildYearsReport.js';
import type { Io } from '../io.js';
import { reportFormats, type ReportFormat } from '../reporters/report/index.js';
import { formatsOf } from '../reporters/registry.js';
import { reportYearsFormats } from '../reporters/reportYears/index.js';
import { configOption, parseYear, parseYears, type CommandContext, type GlobalOptions } from './common.js';
import { runOnPlanSet } from './planSetFor.js';
import { runForYears, type YearsCommandLine } from './runForYears.js';

/** The options of `report`. */
export interface ReportOptions extends GlobalOptions {
  /** Output format. */
  format: ReportFormat;
  /** The year to report. */
  year: number;
  /** The plans: files, folders or patterns (default: `plans`). */
  paths: string[];
  /** Write to this file instead of standard output. */
  out?: string;
  /** An explicit config file. */
  config?: string;
}

/** `jaarplan report --years A-B`: the years side by side, across all their plans but drafts; refuses plans that cannot be counted and duplicates, shows budget-rule errors on top (exit 1). */
export async function reportYearsCommand(
  options: Omit<ReportOptions, 'year'> & { years: { first: number; last: number } },
  io: Io,
): Promise<number> {
  const { first, last } = options.years;
  // The years report offers every format of the one-year report, so no choice needs checking here.
  return runOnPlanSet({ ...options, wanted: { years: options.years } }, io, reportYearsFormats, async (set, shown) =>
    (await reportYearsFormats[options.format]())(buildYearsReport(set.plans, first, last), shown),
  );
}

/** `jaarplan report --year N`: every plan of the year but drafts, readable; refuses plans that cannot be counted and duplicates, shows budget-rule errors on top (exit 1). */
export async function reportCommand(options: ReportOptions, io: Io): Promise<number> {
  // The same report as the library's renderReport, with only the chosen format loaded.
  return runOnPlanSet({ ...options, wanted: { year: options.year } }, io, reportFormats, async (set, shown) =>
    (await reportFormats[options.format]())(reportOf(set.files, options.year, set.checks.deviation), shown),
  );
}

/** Adds `report` to the program. */
export function registerReport(program: Command, ctx: CommandContext): void {
  program
    .command('report')
    .description("report a year's plans: content, owners, budget lines, totals and points of attention")
    .argument('[paths...]', 'plan files, folders or glob patterns (default: plans/)')
    .option('-y, --year <year>', 'the year to report', parseYear)
    .addOption(
      new Option('--years <range>', 'these years side by side instead (such as 2013-2016)').argParser(parseYears).conflicts('year'),
    )
    .option('--plans <dir>', 'the folder of plans, the same as giving it as an argument')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatsOf(reportFormats)).default('table'))
    .option('-o, --out <file>', 'write to this file (all at once; never over a plan) instead of standard output')
    .addOption(configOption())
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan report --year 2013
  $ jaarplan report plans/ --year 2013
  $ jaarplan report --year 2013 --format markdown > jaarplan-2013.md
  $ jaarplan report --year 2013 --format json --lang en
  $ jaarplan report --years 2013-2016 --format markdown
  $ jaarplan report --year 2013 --format html --out jaarplan-2013.html`,
    )
    .action(async (paths: string[], o: YearsCommandLine<ReportOptions['format']>) => {
      ctx.exit(await runForYears(paths, o, ctx.global(), ctx.io, { year: reportCommand, years: reportYearsCommand }));
    });
}

import { Option, type Command } from 'commander';
import { reportOf } from '../core/buildReport.js';
import { buildYearsReport } from '../core/buildYearsReport.js';
import type { Io } from '../io.js';
import { reportFormats, type ReportFormat } from '../reporters/report/index.js';
import { formatsOf } from '../reporters/registry.js';
import { yearsReportFormats } from '../reporters/yearsReport/index.js';
import { configOption, emit, requireOutFor, parseYear, parseYears, reporterOptionsFor, type CommandContext, type GlobalOptions } from './common.js';
import { planSetFor } from './planSetFor.js';
import { runForYears, yearsRequest, type YearsCommandLine } from './runForYears.js';

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

/** `jaarplan report --years A-B`: the years side by side, across all their plans but drafts; refuses plans with errors and duplicates. */
export async function reportYearsCommand(
  options: Omit<ReportOptions, 'year'> & { years: { first: number; last: number } },
  io: Io,
): Promise<number> {
  requireOutFor(yearsReportFormats, options.format, options.out);
  const { first, last } = options.years;
  // The years report offers every format of the one-year report, so no choice needs checking here.
  const reporter = await yearsReportFormats[options.format]();
  const read = await planSetFor(yearsRequest({ years: options.years }, options, io), options, io);
  if (typeof read === 'number') return read;
  const text = await reporter(buildYearsReport(read.plans, first, last), reporterOptionsFor(options, io, options.out));
  await emit(text, options.out, io, { files: read.all, folders: options.paths });
  return 0;
}

/** `jaarplan report --year N`: every plan of the year but drafts, readable; refuses plans with errors and duplicates. */
export async function reportCommand(options: ReportOptions, io: Io): Promise<number> {
  requireOutFor(reportFormats, options.format, options.out);
  const read = await planSetFor(yearsRequest({ year: options.year }, options, io), options, io);
  if (typeof read === 'number') return read;
  // The same report as the library's renderReport, with only the chosen format loaded.
  const reporter = await reportFormats[options.format]();
  const text = await reporter(reportOf(read.files, options.year, read.checks.deviation), reporterOptionsFor(options, io, options.out));
  await emit(text, options.out, io, { files: read.all, folders: options.paths });
  return 0;
}

/** Adds `report` to the program. */
export function registerReport(program: Command, ctx: CommandContext): void {
  program
    .command('report')
    .description("report a year's plans: content, owners, budget lines, totals and points of attention")
    .argument('[paths...]', 'plan files, folders or glob patterns (default: plans/)')
    .option('-y, --year <year>', 'the year to report', parseYear)
    .addOption(new Option('--years <range>', 'these years side by side instead (such as 2013-2016)').argParser(parseYears).conflicts('year'))
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

import { Option, type Command } from 'commander';
import { buildReport } from '../core/buildReport.js';
import type { Plan } from '../core/plan.js';
import { JaarplanError } from '../errors.js';
import type { Io } from '../io.js';
import { readPlans, yearOf } from '../load/readPlans.js';
import type { reportReporters } from '../reporters/index.js';
import { reportLoaders } from '../reporters/lazy.js';
import { parseYear, refuseInvalid, reporterOptions, type CommandContext, type GlobalOptions } from './common.js';

/** The options of `report`. */
export interface ReportOptions extends GlobalOptions {
  /** Output format. */
  format: keyof typeof reportReporters;
  /** The year to report. */
  year: number;
  /** The folder of plans. */
  plans: string;
}

/** `jaarplan report --year N`: every plan of the year, readable; refuses plans with errors. */
export async function reportCommand(options: ReportOptions, io: Io): Promise<number> {
  const files = (await readPlans({ paths: [options.plans], cwd: io.cwd })).files.filter((f) => yearOf(f) === options.year);
  if (files.length === 0) throw new JaarplanError('no-plan-for-year', { year: options.year, dir: options.plans });
  const refused = await refuseInvalid(files, options, io);
  if (refused !== null) return refused;
  const plans = files
    .filter((f): f is typeof f & { plan: Plan } => f.plan !== null)
    .map((f) => ({ plan: f.plan, diagnostics: f.diagnostics }));
  const reporter = await reportLoaders[options.format]();
  io.stdout(reporter(buildReport(options.year, plans), reporterOptions(options, io)));
  return 0;
}

/** Adds `report` to the program. */
export function registerReport(program: Command, ctx: CommandContext): void {
  program
    .command('report')
    .description("report a year's plans: content, owners, budget lines, totals and points of attention")
    .requiredOption('-y, --year <year>', 'the year to report', parseYear)
    .option('--plans <dir>', 'the folder of plans', 'plans')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(reportLoaders)).default('table'))
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan report --year 2013
  $ jaarplan report --year 2013 --format markdown > jaarplan-2013.md
  $ jaarplan report --year 2013 --format json --lang en`,
    )
    .action(async (o: { format: ReportOptions['format']; year: number; plans: string }) => {
      ctx.exit(await reportCommand({ ...ctx.global(), format: o.format, year: o.year, plans: o.plans }, ctx.io));
    });
}

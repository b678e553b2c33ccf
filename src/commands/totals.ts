import { Option, type Command } from 'commander';
import { computeTotals } from '../core/computeTotals.js';
import type { Plan } from '../core/plan.js';
import { JaarplanError } from '../errors.js';
import type { Io } from '../io.js';
import { readPlans, yearOf } from '../load/readPlans.js';
import { writeOutput } from '../load/writeOutput.js';
import { totalsReporters } from '../reporters/index.js';
import { parseYear, refuseInvalid, reporterOptions, type CommandContext, type GlobalOptions } from './common.js';

/** The options of `totals`. */
export interface TotalsOptions extends GlobalOptions {
  /** Output format. */
  format: keyof typeof totalsReporters;
  /** Only the plans of this year. */
  year?: number;
  /** Write to this file instead of standard output. */
  out?: string;
}

/** `jaarplan totals [paths...] [--year N]`: totals across the plans; refuses plans with errors. */
export async function totalsCommand(paths: string[], options: TotalsOptions, io: Io): Promise<number> {
  const given = paths.length > 0 ? paths : ['plans'];
  const all = await readPlans(given, io.cwd);
  let files = all;
  if (options.year !== undefined) {
    files = files.filter((f) => yearOf(f) === options.year);
    if (files.length === 0) throw new JaarplanError('no-plan-for-year', { year: options.year, dir: given.join(', ') });
  }
  const refused = refuseInvalid(files, options, io);
  if (refused !== null) return refused;
  const plans = files.map((f) => f.plan).filter((p): p is Plan => p !== null);
  // A file is no terminal: no colour in it unless FORCE_COLOR asks.
  const text = totalsReporters[options.format](computeTotals(plans), reporterOptions(options, options.out ? { ...io, isTTY: false } : io));
  if (options.out === undefined) io.stdout(text);
  else await writeOutput(options.out, text, { cwd: io.cwd, inputs: all.map((f) => f.path), folders: given });
  return 0;
}

/** Adds `totals` to the program. */
export function registerTotals(program: Command, ctx: CommandContext): void {
  program
    .command('totals')
    .description('total plans per source, kind of source, section and activity')
    .argument('[paths...]', 'plan files or folders (default: plans/)')
    .option('-y, --year <year>', 'only the plans of this year', parseYear)
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(totalsReporters)).default('table'))
    .option('-o, --out <file>', 'write to this file (all at once; never over a plan) instead of standard output')
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan totals --year 2013
  $ jaarplan totals plans/2013.yaml --format markdown
  $ jaarplan totals --format json
  $ jaarplan totals --year 2013 --format markdown --out totalen-2013.md`,
    )
    .action(async (paths: string[], o: { format: TotalsOptions['format']; year?: number; out?: string }) => {
      const options = {
        ...ctx.global(),
        format: o.format,
        ...(o.year === undefined ? {} : { year: o.year }),
        ...(o.out === undefined ? {} : { out: o.out }),
      };
      ctx.exit(await totalsCommand(paths, options, ctx.io));
    });
}

import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { budgetLineRows } from '../core/budgetLines.js';
import type { Io } from '../io.js';
import { writeFolder } from '../node/writeFolder.js';
import { exportFormats, type ExportFormat } from '../reporters/export/index.js';
import { configOption, parseYear, type CommandContext, type GlobalOptions } from './common.js';
import { countedExit, planSetFor, planSetRequest } from './planSetFor.js';

/** The options of `export`. */
export interface ExportOptions extends GlobalOptions {
  /** The kind of export. */
  format: ExportFormat;
  /** The folder to write, new or empty. */
  out: string;
  /** Only the plans of this year. */
  year?: number;
  /** An explicit config file. */
  config?: string;
}

/** The file of each format that makes its folder what it is, written last. */
const lastFile: Record<ExportFormat, string> = { datapackage: 'datapackage.json' };

/**
 * `jaarplan export --format datapackage --out DIR [paths...]`: the plans as open data, in a new or
 * empty folder. Refuses, as totals does, plans that cannot be counted or have placeholders and two
 * plans of one year, municipality and wijk; leaves drafts out. Plans whose budget rules fail are
 * written, with their errors on standard error, and the command exits 1.
 */
export async function exportCommand(paths: string[], options: ExportOptions, io: Io): Promise<number> {
  // The same plans as totals counts, read with the config's threshold for differences and severities.
  const set = await planSetFor(
    planSetRequest(paths, options, io, options.year === undefined ? undefined : { year: options.year }),
    options,
    io,
  );
  if (typeof set === 'number') return set;
  const { plans } = set;
  const make = await exportFormats[options.format]();
  const output = make({ plans, rows: budgetLineRows(plans) });
  await writeFolder(resolve(io.cwd, options.out), options.out, output, lastFile[options.format]);
  return await countedExit(set, true, options, io);
}

/** Adds `export` to the program. */
export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description('write the plans as open data: a Fiscal Data Package (CSV and datapackage.json)')
    .argument('[paths...]', 'plan files, folders or glob patterns (default: plans/)')
    .addOption(new Option('-f, --format <format>', 'export format').choices(Object.keys(exportFormats)).default('datapackage'))
    .requiredOption('-o, --out <folder>', 'the folder to write (new or empty)')
    .option('-y, --year <year>', 'only the plans of this year', parseYear)
    .addOption(configOption())
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan export --format datapackage --out open-data
  $ jaarplan export plans/ --year 2013 --out open-data-2013`,
    )
    .action(async (paths: string[], o: { format: ExportFormat; out: string; year?: number; config?: string }) => {
      const options: ExportOptions = {
        ...ctx.global(),
        format: o.format,
        out: o.out,
        ...(o.year === undefined ? {} : { year: o.year }),
        ...(o.config === undefined ? {} : { config: o.config }),
      };
      ctx.exit(await exportCommand(paths, options, ctx.io));
    });
}

import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { readPlans } from '../load/readPlans.js';
import { validateReporters } from '../reporters/index.js';
import { validateQuiet, validateVerbose } from '../reporters/validateTextDetail.js';
import { reporterOptions, type CommandContext, type GlobalOptions } from './common.js';

/** The options of `validate`. */
export interface ValidateOptions extends GlobalOptions {
  /** Output format. */
  format: keyof typeof validateReporters;
  /** Warnings fail too. */
  strict: boolean;
  /** Text format: only what fails, and nothing when clean. */
  quiet?: boolean;
  /** Text format: every file checked, and notes about each plan. */
  verbose?: boolean;
}

/** `jaarplan validate [paths...]`: exit 0 clean, 1 with errors (or warnings under --strict). */
export async function validateCommand(paths: string[], options: ValidateOptions, io: Io): Promise<number> {
  const files = await readPlans(paths.length > 0 ? paths : ['plans'], io.cwd);
  const reporting = reporterOptions(options, io);
  // --quiet and --verbose shape the text for people; the JSON contract stays the same.
  const text =
    options.format === 'text' && options.quiet
      ? validateQuiet(files, { ...reporting, strict: options.strict })
      : options.format === 'text' && options.verbose
        ? validateVerbose(files, reporting)
        : validateReporters[options.format](files, reporting);
  if (text !== '') io.stdout(text);
  const diagnostics = files.flatMap((f) => f.diagnostics);
  const failing = diagnostics.some((d) => d.severity === 'error' || (options.strict && d.severity === 'warning'));
  return failing ? 1 : 0;
}

/** Adds `validate` to the program. */
export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .description('check plans against the schema and the budget rules')
    .argument('[paths...]', 'plan files or folders (default: plans/)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(validateReporters)).default('text'))
    .option('--strict', 'warnings fail too (exit 1)', false)
    .addOption(new Option('-q, --quiet', 'only what fails (errors; warnings too with --strict), nothing when clean').conflicts('verbose'))
    .option('--verbose', 'also list every file checked, with notes about each plan')
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan validate plans/2013.yaml
  $ jaarplan validate plans/ --strict
  $ jaarplan validate --format json
  $ jaarplan validate --quiet                 prints nothing when every plan is clean
  $ jaarplan validate --verbose`,
    )
    .action(async (paths: string[], o: { format: ValidateOptions['format']; strict: boolean; quiet?: boolean; verbose?: boolean }) => {
      const options = { ...ctx.global(), format: o.format, strict: o.strict, quiet: o.quiet === true, verbose: o.verbose === true };
      ctx.exit(await validateCommand(paths, options, ctx.io));
    });
}

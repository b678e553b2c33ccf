import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { readPlans } from '../load/readPlans.js';
import { validateReporters } from '../reporters/index.js';
import { reporterOptions, type CommandContext, type GlobalOptions } from './common.js';

/** The options of `validate`. */
export interface ValidateOptions extends GlobalOptions {
  /** Output format. */
  format: keyof typeof validateReporters;
  /** Warnings fail too. */
  strict: boolean;
}

/** `jaarplan validate [paths...]`: exit 0 clean, 1 with errors (or warnings under --strict). */
export async function validateCommand(paths: string[], options: ValidateOptions, io: Io): Promise<number> {
  const files = await readPlans(paths.length > 0 ? paths : ['plans'], io.cwd);
  io.stdout(validateReporters[options.format](files, reporterOptions(options, io)));
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
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan validate plans/2013.yaml
  $ jaarplan validate plans/ --strict
  $ jaarplan validate --format json`,
    )
    .action(async (paths: string[], o: { format: ValidateOptions['format']; strict: boolean }) => {
      ctx.exit(await validateCommand(paths, { ...ctx.global(), format: o.format, strict: o.strict }, ctx.io));
    });
}

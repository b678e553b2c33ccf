import { CommanderError, Option } from 'commander';
import type { Lang } from './i18n/lang.js';
import type { CommandContext } from './commands/common.js';
import { registerDiff } from './commands/diff.js';
import { registerCompletion } from './commands/completion.js';
import { registerExplain } from './commands/explain.js';
import { registerExport } from './commands/export.js';
import { registerInit } from './commands/init.js';
import { registerLsp } from './commands/lsp.js';
import { registerReport } from './commands/report.js';
import { registerVerantwoording } from './commands/verantwoording.js';
import { registerSchema } from './commands/schema.js';
import { registerTotals } from './commands/totals.js';
import { registerValidate } from './commands/validate.js';
import { JaarplanError } from './errors.js';
import { cliWords } from './i18n/cli.js';
import { failureText, labels } from './i18n/labels.js';
import type { Io } from './io.js';
import { createProgram, type JaarplanCommand } from './program.js';
import { version } from './version.js';

/**
 * The language asked for with `--lang`, read before commander parses so that its help and its
 * usage errors are in that language too: the last `--lang X` or `--lang=X` before a `--`, as
 * commander reads it; Dutch otherwise (also for a value that is no language, which commander then
 * refuses, in Dutch).
 */
export function langFromArgv(argv: string[]): Lang {
  let lang: Lang = 'nl';
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) lang = value === 'en' ? 'en' : 'nl';
  }
  return lang;
}

/**
 * Runs the command line and returns the exit code: 0 clean, 1 findings, 2 usage, input or internal
 * failure. Writes only through `io`; never exits the process.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const lang = langFromArgv(argv);
  const program = buildProgram(lang, io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return failure(error, lang, argv.includes('--debug'), io);
  }
}

/** The program with every command, speaking `lang`; `exit` records the exit code of the command that ran. */
export function buildProgram(lang: Lang, io: Io, exit: (code: number) => void): JaarplanCommand {
  const program = createProgram('jaarplan', lang);
  program
    .description('Validate, total and report the yearly plans (jaarplannen) of a neighbourhood programme.')
    .version(version, '-V, --version', cliWords[lang].version)
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['nl', 'en']).default('nl'))
    .option('--no-color', 'no colours (also when NO_COLOR is set)')
    .option('--debug', 'show the stack of an internal error')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      getOutHelpWidth: () => io.columns ?? 80,
      getErrHelpWidth: () => io.columns ?? 80,
    })
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan validate                      check every plan in plans/
  $ jaarplan totals --year 2013            totals per source, section and activity
  $ jaarplan report --year 2013 --format markdown > jaarplan-2013.md
  $ jaarplan report --year 2013 --format html --out jaarplan-2013.html
  $ jaarplan diff --base origin/main       what a branch does to the budget
  $ jaarplan init --year 2014 --from plans/2013.yaml

Exit codes: 0 clean (warnings allowed), 1 findings, 2 usage or input failure.`,
    );

  const global = () => {
    const o = program.opts<{ lang: Lang; color: boolean }>();
    return { lang: o.lang, color: o.color };
  };

  const ctx: CommandContext = { io, global, exit };
  // One line per command; each command's options and help live in its own file.
  registerValidate(program, ctx);
  registerTotals(program, ctx);
  registerReport(program, ctx);
  registerVerantwoording(program, ctx);
  registerDiff(program, ctx);
  registerExport(program, ctx);
  registerInit(program, ctx);
  registerSchema(program, ctx);
  registerExplain(program, ctx);
  registerCompletion(program, ctx);
  registerLsp(program, ctx);
  return program;
}

/**
 * Turns what was thrown into output and an exit code: commander's usage errors (already printed)
 * and known failures are one line; anything else is a bug, shown as one line asking for a report,
 * with the stack only under --debug.
 */
export function failure(error: unknown, lang: Lang, debug: boolean, io: Pick<Io, 'stderr'>): number {
  if (error instanceof CommanderError) {
    // Help and version are not failures; everything else commander reports is a usage error.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
    return 2;
  }
  if (error instanceof JaarplanError) {
    // A failure of several lines (every mistake of a config) names the program on each.
    io.stderr(
      failureText(error, lang)
        .split('\n')
        .map((line) => `jaarplan: ${line}\n`)
        .join(''),
    );
    return 2;
  }
  const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  io.stderr(`jaarplan: ${labels[lang].internalError(debug)}\n${debug ? detail : `(${detail})`}\n`);
  return 2;
}

import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { JaarplanError } from '../errors.js';
import { cliWords } from '../i18n/cli.js';
import { failureText, labels } from '../i18n/labels.js';
import type { Io } from '../io.js';
import { isUnreadable } from '../node/readPlan.js';
import { readPlans } from '../node/readPlans.js';
import type { ResultCache } from '../node/resultCache.js';
import { readSiblings } from '../node/readSiblings.js';
import { withPlanSetChecks } from '../node/withPlanSetChecks.js';
import { writeOutput } from '../node/writeOutput.js';
import { formatsOf } from '../reporters/registry.js';
import { validateFormats, type ValidateFormat } from '../reporters/validate/index.js';
import { InvalidValue } from '../program.js';
import { countDiagnostics, type ValidationResult } from '../reporters/validate/result.js';
import { configOption, reporterOptions, stdinOf, type CommandContext, type GlobalOptions } from './common.js';
import type { ReporterOptions } from '../reporters/shared/options.js';
import { loadSettings } from '../node/loadSettings.js';
import type { CheckOptions } from '../core/checkVerantwoording.js';

/** A validate output format. */
export type { ValidateFormat };

/** Where one format goes: a file, or standard output. */
export interface OutputTarget {
  /** The format. */
  format: ValidateFormat;
  /** The file to write it to; standard output when absent. */
  output?: string;
}

/** The options of `validate`. */
export interface ValidateOptions extends GlobalOptions {
  /** The formats to produce and where each goes. */
  targets: OutputTarget[];
  /** Warnings fail too. */
  strict: boolean;
  /** Fail when there are more warnings than this. */
  maxWarnings?: number;
  /** Show at most this many diagnostics per file. */
  maxErrors: number | null;
  /** A glob pattern that matches nothing is a failure (exit 2). */
  failOnUnmatched: boolean;
  /** The name standard input is shown and checked as. */
  stdinFilename?: string;
  /** An explicit config file. */
  config?: string;
  /** Text format: only what fails, and nothing when clean. */
  quiet?: boolean;
  /** Text format: every file checked, and notes about each plan. */
  verbose?: boolean;
  /** Keep each file's results in this file (absolute or relative to the working folder) between runs. */
  cache?: string;
}

/** Where --cache keeps its results when --cache-location is not given, in the working folder. */
export const DEFAULT_CACHE_LOCATION = '.jaarplan-cache';

/**
 * `jaarplan validate [paths...]`: exit 0 clean, 1 with errors (or warnings under --strict or over
 * --max-warnings), 2 when a pattern matched nothing under --fail-on-unmatched or a file could not
 * be read.
 */
export async function validateCommand(paths: string[], options: ValidateOptions, io: Io): Promise<number> {
  const { severities, checks } = await loadSettings(io, options.config);
  const given = paths.length > 0 ? paths : ['plans'];
  // --verbose describes the plans themselves, which the cache does not keep: it reads every file.
  const cache = options.cache === undefined || options.verbose ? undefined : await openCache(options.cache, io.cwd, checks);
  const read = await readPlans({
    ...(cache === undefined ? {} : { cache }),
    paths: given,
    checks,
    cwd: io.cwd,
    // Only --verbose describes the plans themselves; otherwise their typed form is not kept.
    diagnosticsOnly: !options.verbose,
    ...stdinOf(io),
    ...(options.stdinFilename === undefined ? {} : { stdinName: options.stdinFilename }),
  });
  if (options.failOnUnmatched && read.unmatched.length > 0) {
    throw new JaarplanError('unmatched-pattern', { patterns: read.unmatched });
  }
  // Two plans of one year, municipality and wijk, and one wijk written in several ways, are found
  // across the files; a file given from the plans folder is also compared with the plans beside it.
  const checked = withPlanSetChecks(read.files, {
    cwd: io.cwd,
    siblings: await readSiblings(read.files, given, io.cwd),
    spelling: true,
    ...(given.includes('-') ? { stdinName: options.stdinFilename ?? '<stdin>' } : {}),
  });
  if (cache !== undefined) {
    try {
      await cache.save();
    } catch (error) {
      // A cache that cannot be written costs the next run time, never this run its result.
      if (!(error instanceof JaarplanError)) throw error;
      io.stderr(`jaarplan: ${failureText(error, options.lang)}\njaarplan: ${cliWords[options.lang].cacheNotWritten}\n`);
    }
  }
  const files = checked.map(severities);
  const result: ValidationResult = { files, maxPerFile: options.maxErrors };
  const counts = countDiagnostics(result);
  // More warnings than --max-warnings fail the run: --quiet shows them, as it shows what --strict
  // fails, and standard error says which limit was passed, whatever the format.
  const overMax = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
  const reporter = reporterOptions(options, io);
  for (const target of options.targets) {
    const reporting = target.output === undefined ? reporter : { ...reporter, color: false };
    // The text is made and written a file at a time, so thousands of plans never hold their whole
    // report in memory; the other formats are made whole.
    const pieces: Iterable<string> =
      target.format === 'text'
        ? await textPieces(result, { ...reporting, strict: options.strict || overMax }, options)
        : [(await validateFormats[target.format]())(result, reporting)];
    if (target.output === undefined) {
      for (const text of batched(pieces)) io.stdout(text);
    } else {
      // Written whole and at once all the same: into a temporary file, which then takes the name.
      await writeOutput(target.output, batched(pieces), { cwd: io.cwd, inputs: files.map((f) => f.path), folders: given });
    }
  }
  for (const pattern of read.unmatched) io.stderr(`jaarplan: ${labels[options.lang].unmatched(pattern)}\n`);

  if (files.some(isUnreadable)) return 2;
  if (overMax) io.stderr(`jaarplan: ${cliWords[options.lang].tooManyWarnings(counts.warnings, options.maxWarnings!)}\n`);
  if (counts.errors > 0) return 1;
  if (options.strict && counts.warnings > 0) {
    // Said on standard error, as for --max-warnings, so the reason is there in every format and under -q.
    io.stderr(`jaarplan: ${cliWords[options.lang].strictWarnings(counts.warnings)}\n`);
    return 1;
  }
  return overMax ? 1 : 0;
}

/**
 * The text format in pieces, as --quiet and --verbose shape it for people. Only the chosen
 * reporter is loaded.
 */
async function textPieces(
  result: ValidationResult,
  reporting: ReporterOptions & { strict: boolean },
  options: Pick<ValidateOptions, 'quiet' | 'verbose'>,
): Promise<Iterable<string>> {
  if (options.quiet) return (await import('../reporters/validate/textDetail.js')).validateQuietPieces(result, reporting);
  if (options.verbose) return (await import('../reporters/validate/textDetail.js')).validateVerbosePieces(result, reporting);
  return (await import('../reporters/validate/text.js')).validateTextPieces(result, reporting);
}

/** How much text is gathered before it is written: few writes, and never much held. */
const WRITE_SIZE = 64 * 1024;

/** Pieces of text gathered into writes of about WRITE_SIZE characters; never an empty one. */
export function* batched(pieces: Iterable<string>, size = WRITE_SIZE): Generator<string> {
  let text = '';
  for (const piece of pieces) {
    text += piece;
    if (text.length >= size) {
      yield text;
      text = '';
    }
  }
  if (text !== '') yield text;
}

async function openCache(location: string, cwd: string, checks: CheckOptions): Promise<ResultCache> {
  const { cacheKey, openResultCache } = await import('../node/resultCache.js');
  return openResultCache(resolve(cwd, location), location, cacheKey(checks));
}

function parseCount(value: string): number {
  // Reported with the option's name, in the user's language.
  if (!/^\d+$/.test(value)) throw new InvalidValue('count');
  return Number(value);
}

/** Adds `validate` to the program. */
export function registerValidate(program: Command, ctx: CommandContext): void {
  const targets: { format: ValidateFormat; output?: string }[] = [];
  const command = program
    .command('validate')
    .description('check plans against the schema and the budget rules')
    .argument('[paths...]', 'plan files, folders or glob patterns (default: plans/); - reads standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format; repeat with --output FILE to write several').choices(formatsOf(validateFormats)),
    )
    .option('-o, --output <file>', 'write the format given just before to this file')
    .option('--strict', 'warnings fail too (exit 1)', false)
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount)
    .option('--max-errors <n>', 'show at most this many problems per file (0 shows all)', parseCount, 100)
    .option('--fail-on-unmatched', 'a glob pattern that matches no file fails (exit 2)', false)
    .option('--stdin-filename <name>', 'the file name to show for standard input (-)')
    .addOption(configOption())
    .addOption(new Option('-q, --quiet', 'only what fails (errors; warnings too with --strict), nothing when clean').conflicts('verbose'))
    .option('--verbose', 'also list every file checked, with notes about each plan')
    .option('--cache', "keep each file's results and check again only files that changed")
    .option('--cache-location <file>', `the file --cache keeps its results in (default: ${DEFAULT_CACHE_LOCATION})`)
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan validate plans/2013.yaml
  $ jaarplan validate "plans/**/*.yaml" --strict
  $ jaarplan validate --format github --format junit --output junit.xml
  $ cat plans/2013.yaml | jaarplan validate - --stdin-filename plans/2013.yaml
  $ jaarplan validate --quiet                 prints nothing when every plan is clean
  $ jaarplan validate --verbose`,
    );
  // Each --output belongs to the --format just before it, so the order of the options is kept.
  command.on('option:format', (format: ValidateFormat) => targets.push({ format }));
  command.on('option:output', (output: string) => {
    const last = targets[targets.length - 1];
    if (!last || last.output !== undefined) throw new JaarplanError('output-without-format', {});
    last.output = output;
  });
  command.action(
    async (
      paths: string[],
      o: {
        strict: boolean;
        maxWarnings?: number;
        maxErrors: number;
        failOnUnmatched: boolean;
        stdinFilename?: string;
        config?: string;
        quiet?: boolean;
        verbose?: boolean;
        cache?: boolean;
        cacheLocation?: string;
      },
    ) => {
      if (o.cacheLocation !== undefined && !o.cache)
        throw new JaarplanError('option-needs', { option: '--cache-location', needs: '--cache' });
      const chosen = targets.length > 0 ? targets : [{ format: 'text' as const }];
      const toStdout = chosen.filter((t) => t.output === undefined);
      if (toStdout.length > 1) throw new JaarplanError('several-to-stdout', { formats: toStdout.map((t) => t.format) });
      ctx.exit(
        await validateCommand(
          paths,
          {
            ...ctx.global(),
            targets: chosen,
            strict: o.strict,
            maxErrors: o.maxErrors === 0 ? null : o.maxErrors,
            failOnUnmatched: o.failOnUnmatched,
            quiet: o.quiet === true,
            verbose: o.verbose === true,
            ...(o.maxWarnings === undefined ? {} : { maxWarnings: o.maxWarnings }),
            ...(o.stdinFilename === undefined ? {} : { stdinFilename: o.stdinFilename }),
            ...(o.config === undefined ? {} : { config: o.config }),
            ...(o.cache ? { cache: o.cacheLocation ?? DEFAULT_CACHE_LOCATION } : {}),
          },
          ctx.io,
        ),
      );
    },
  );
}

import { Option } from 'commander';
import type { Lang } from '../core/amount.js';
import { withRules, type WithDiagnostics } from '../core/applyRules.js';
import type { CheckOptions } from '../core/checkAccount.js';
import { JaarplanError } from '../errors.js';
import { useColor, type Io } from '../io.js';
import { loadConfig } from '../node/loadConfig.js';
import { hasErrors, type CheckedFile } from '../load/parsePlan.js';
import { isUnreadable } from '../node/readPlan.js';
import { yearOf } from '../node/readPlans.js';
import { parseYearRange } from '../core/compareYears.js';
import { writeOutput } from '../node/writeOutput.js';
import { labels } from '../i18n/labels.js';
import type { ReporterOptions } from '../reporters/shared/options.js';
import { fullResult } from '../reporters/validate/result.js';

/** Options every command has. */
export interface GlobalOptions {
  /** --lang */
  lang: Lang;
  /** false with --no-color */
  color: boolean;
}

/** What each command's registration gets from the CLI: the I/O, the global options, the exit code. */
export interface CommandContext {
  /** The outside world. */
  io: Io;
  /** The global options, read when the command runs. */
  global: () => GlobalOptions;
  /** Records the exit code of the command that ran. */
  exit: (code: number) => void;
}

/**
 * Reporter options for output that goes to `out` (a file) or, without it, to standard output: a
 * file is no terminal, so it gets no colour unless FORCE_COLOR asks.
 */
export function reporterOptionsFor(global: GlobalOptions, io: Io, out: string | undefined): ReporterOptions {
  return reporterOptions(global, out === undefined ? io : { ...io, isTTY: false });
}

/** Writes a command's output to standard output, or with `out` all at once to that file, never over an input. */
export async function emit(text: string | Uint8Array, out: string | undefined, io: Io, inputs: { files: CheckedFile[]; folders: string[] }): Promise<void> {
  if (typeof text !== 'string' && out === undefined) throw new JaarplanError('binary-needs-out', {});
  if (out === undefined) io.stdout(text as string);
  else await writeOutput(out, text, { cwd: io.cwd, inputs: inputs.files.map((f) => f.path), folders: inputs.folders });
}

/** A workbook is written to a file, never to a terminal: xlsx without --out is a usage error (exit 2), before any plan is read. */
export function requireOutFor(format: string, out: string | undefined): void {
  if (format === 'xlsx' && out === undefined) throw new JaarplanError('binary-needs-out', {});
}

/** Reporter options from the global options and the terminal. */
export function reporterOptions(global: GlobalOptions, io: Io): ReporterOptions {
  return { lang: global.lang, color: useColor(global.color, io) };
}

/**
 * Totals and reports are only made of plans without errors: when any has errors, their diagnostics
 * go to standard error with a line per refused plan, and the exit code is 1. Returns null when all
 * plans may be used.
 */
export async function refuseInvalid(files: CheckedFile[], global: GlobalOptions, io: Io): Promise<number | null> {
  const bad = files.filter(hasErrors);
  if (bad.length === 0) return null;
  // Loaded only when needed: a clean run of a JSON format never loads the terminal text code.
  const { validateText } = await import('../reporters/validate/text.js');
  const options = { lang: global.lang, color: useColor(global.color, { env: io.env, isTTY: false }) };
  io.stderr(validateText(fullResult(bad), options));
  for (const file of bad) io.stderr(labels[global.lang].refused(file.path) + '\n');
  return bad.some(isUnreadable) ? 2 : 1;
}

/** Applies the config's severities to what carries diagnostics. */
export type Severities = <T extends WithDiagnostics>(item: T) => T;

/**
 * What a config asks of every command that reads plans: `checks` for reading them (the threshold of
 * `unexplained-deviation`), `severities` for what the reading found.
 */
export interface Settings {
  /** The config's severities. */
  severities: Severities;
  /** What the checks are told. */
  checks: CheckOptions;
}

/**
 * The settings of the config (`file`, or the one found upward from the working folder), for every
 * command that reads plans: validate, totals, report, verantwoording, export and diff (both sides),
 * and the language server. `checks` goes to the reading of each plan; `severities` is the one
 * function applied to the diagnostics a command reports or acts on (the refusal of plans with
 * errors, the points of attention, diff's introduced and resolved diagnostics). Without a config,
 * nothing changes. A config with mistakes is a JaarplanError (exit 2) before any plan is read.
 */
export async function loadSettings(io: Pick<Io, 'cwd'>, file: string | undefined): Promise<Settings> {
  const config = await loadConfig(io.cwd, file);
  if (config === null) return { severities: (item) => item, checks: {} };
  return { severities: (item) => withRules(item, config.rules), checks: config.checks };
}

/** The `--config` option, the same for every command that reports diagnostics. */
export function configOption(): Option {
  return new Option('-c, --config <file>', 'the config file (default: jaarplan.config.yaml, found upward)');
}

/** Standard input for `-`, when the process has one. */
export function stdinOf(io: Io): { readStdin?: () => Promise<Uint8Array> } {
  return io.readStdin ? { readStdin: io.readStdin } : {};
}

/** Parses a `--year` value: four digits, or a JaarplanError (exit 2). */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new JaarplanError('invalid-year', { value });
  return Number(value);
}

/** Parses a `--years` value: `2013-2016` or one year, or a JaarplanError (exit 2). */
export function parseYears(value: string): { first: number; last: number } {
  const range = parseYearRange(value);
  if (range === null) throw new JaarplanError('invalid-years', { value });
  return range;
}

/** Whether a file is of one of the years from `first` to `last`: the one year filter of every command. */
export function inYears(first: number, last: number): (file: CheckedFile) => boolean {
  return (file) => {
    const year = yearOf(file);
    return year !== null && year >= first && year <= last;
  };
}

import { Option } from 'commander';
import type { Lang } from '../core/amount.js';
import { JaarplanError } from '../errors.js';
import { useColor, type Io } from '../io.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { parseYearRange } from '../core/compareYears.js';
import { writeOutput } from '../node/writeOutput.js';
import { isBinary, type FormatTraits } from '../reporters/registry.js';
import type { ReporterOptions } from '../reporters/shared/options.js';

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

/**
 * A binary format (a workbook) is written to a file, never to a terminal: without --out it is a
 * usage error (exit 2), before any plan is read. The registry's entry says which formats are binary.
 */
export function requireOutFor(registry: Record<string, FormatTraits>, format: string, out: string | undefined): void {
  if (isBinary(registry, format) && out === undefined) throw new JaarplanError('binary-needs-out', {});
}

/** Reporter options from the global options and the terminal. */
export function reporterOptions(global: GlobalOptions, io: Io): ReporterOptions {
  return { lang: global.lang, color: useColor(global.color, io) };
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

import { Option } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { JaarplanError } from '../errors.js';
import { useColor, type Io } from '../io.js';
import { parseYearRange } from '../core/compareYears.js';
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

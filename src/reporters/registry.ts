import type { ReporterOptions } from './shared/options.js';

/** A reporter: a pure function from a result to the text to print. */
export type Reporter<T> = (result: T, options: ReporterOptions) => string;

/** A reporter of a binary format (a workbook): bytes for a file, never for a terminal. */
export type BinaryReporter<T> = (result: T, options: ReporterOptions) => Promise<Uint8Array>;

/**
 * The formats of one command, each loaded when it is chosen: a JSON run never loads the terminal
 * table code, and `validate` never loads the report's. Every family (a folder under reporters/)
 * has one registry in its index.ts, and `--format`'s choices, the help and shell completion are its
 * keys: a format is added by one entry there.
 */
export type Registry<T> = Record<string, () => Promise<Reporter<T> | BinaryReporter<T>>>;

/** The formats of a registry, in its order. */
export function formatsOf<R extends Registry<never>>(registry: R): (keyof R & string)[] {
  return Object.keys(registry) as (keyof R & string)[];
}

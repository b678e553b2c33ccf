import type { ReporterOptions } from './shared/options.js';

/** A reporter: a pure function from a result to the text to print. */
export type Reporter<T> = (result: T, options: ReporterOptions) => string;

/** A reporter of a binary format (a workbook): bytes for a file, never for a terminal. */
export type BinaryReporter<T> = (result: T, options: ReporterOptions) => Promise<Uint8Array>;

/** What a format is, declared by its entry: whether it gives bytes for a file (`--out` required) rather than text. */
export interface FormatTraits {
  /** Bytes for a file (a workbook): `--out` is required, and the library's text renderers do not offer it. */
  readonly binary: boolean;
}

/** An entry of a registry: the loader of its reporter, carrying what the format is. */
export type FormatEntry<R> = (() => Promise<R>) & FormatTraits;

/** A format that gives text, for a terminal, a file or the library. */
export function textFormat<R extends Reporter<never>>(load: () => Promise<R>): (() => Promise<R>) & { readonly binary: false } {
  return Object.assign(load, { binary: false as const });
}

/** A format that gives bytes, written only with `--out`. */
export function binaryFormat<R extends BinaryReporter<never>>(load: () => Promise<R>): (() => Promise<R>) & { readonly binary: true } {
  return Object.assign(load, { binary: true as const });
}

/**
 * The formats of one command, each loaded when it is chosen: a JSON run never loads the terminal
 * table code, and `validate` never loads the report's. Every family (a folder under reporters/)
 * has one registry in its index.ts, and `--format`'s choices, the help and shell completion are its
 * keys: a format is added by one entry there, which says whether it is binary (`binaryFormat`) or
 * text (`textFormat`); no format is named anywhere else.
 */
export type Registry<T> = Record<string, FormatEntry<Reporter<T> | BinaryReporter<T>>>;

/** The text formats of a registry: those its entries do not declare binary (what the library renders). */
export type TextFormats<R> = { [K in keyof R]: R[K] extends { readonly binary: true } ? never : K }[keyof R] & string;

/** Whether a registry's format gives bytes for a file. */
export function isBinary(registry: Record<string, FormatTraits>, format: string): boolean {
  return Object.hasOwn(registry, format) && registry[format]!.binary;
}

/** The formats of a registry, in its order. */
export function formatsOf<R extends Registry<never>>(registry: R): (keyof R & string)[] {
  return Object.keys(registry) as (keyof R & string)[];
}

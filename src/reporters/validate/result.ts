import { errorsFirst } from '../../core/countable.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { CheckedFile } from '../../load/parsePlan.js';

/** What `validate` reports: the checked files, and how many diagnostics per file to show. */
export interface ValidationResult {
  /** The files, each with all of its diagnostics. */
  files: CheckedFile[];
  /** Show at most this many diagnostics per file (--max-errors); null shows all. */
  maxPerFile: number | null;
}

/**
 * The diagnostics of a file that are shown, as a person reads them: the errors first, then the
 * warnings, each in file order. `--max-errors` keeps the first of these, so an error is never left
 * out for a warning.
 */
export function shown(file: CheckedFile, result: ValidationResult): Diagnostic[] {
  const ordered = errorsFirst(file.diagnostics);
  return result.maxPerFile === null ? ordered : ordered.slice(0, result.maxPerFile);
}

/**
 * The same diagnostics in file order, for the machine formats (JSON, JUnit, SARIF, GitHub), where
 * the order carries no meaning and stays as it was.
 */
export function shownInFileOrder(file: CheckedFile, result: ValidationResult): Diagnostic[] {
  const picked = new Set(shown(file, result));
  return file.diagnostics.filter((d) => picked.has(d));
}

/** How many diagnostics of a file are left out. */
export function omitted(file: CheckedFile, result: ValidationResult): number {
  return file.diagnostics.length - shown(file, result).length;
}

/** Files, errors and warnings over all files, including those left out of the output. */
export function countDiagnostics(result: ValidationResult): { files: number; errors: number; warnings: number } {
  // Counted in place: a list of every diagnostic of thousands of plans is not made for a count.
  let errors = 0;
  let all = 0;
  for (const file of result.files) {
    all += file.diagnostics.length;
    for (const d of file.diagnostics) if (d.severity === 'error') errors++;
  }
  return { files: result.files.length, errors, warnings: all - errors };
}

/** A result that shows everything. */
export function fullResult(files: CheckedFile[]): ValidationResult {
  return { files, maxPerFile: null };
}

import type { Diagnostic } from '../../core/diagnostic.js';
import type { CheckedFile } from '../../load/parsePlan.js';

/** What `validate` reports: the checked files, and how many diagnostics per file to show. */
export interface ValidationResult {
  /** The files, each with all of its diagnostics. */
  files: CheckedFile[];
  /** Show at most this many diagnostics per file (--max-errors); null shows all. */
  maxPerFile: number | null;
}

/** The diagnostics of a file that are shown. */
export function shown(file: CheckedFile, result: ValidationResult): Diagnostic[] {
  return result.maxPerFile === null ? file.diagnostics : file.diagnostics.slice(0, result.maxPerFile);
}

/** How many diagnostics of a file are left out. */
export function omitted(file: CheckedFile, result: ValidationResult): number {
  return file.diagnostics.length - shown(file, result).length;
}

/** Files, errors and warnings over all files, including those left out of the output. */
export function countDiagnostics(result: ValidationResult): { files: number; errors: number; warnings: number } {
  const all = result.files.flatMap((f) => f.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  return { files: result.files.length, errors, warnings: all.length - errors };
}

/** A result that shows everything. */
export function fullResult(files: CheckedFile[]): ValidationResult {
  return { files, maxPerFile: null };
}

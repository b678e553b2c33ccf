import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { CheckedFile } from '../../load/parsePlan.js';
import { labels } from '../../i18n/labels.js';
import { messageOf } from '../../i18n/messages.js';
import { excerpt } from './excerpt.js';
import type { ReporterOptions } from '../shared/options.js';
import { countDiagnostics, omitted, shown, type ValidationResult } from './result.js';

/** The two painters, made once: a report of thousands of diagnostics paints with one of them. */
const painters = { plain: new Chalk({ level: 0 }), colored: new Chalk({ level: 1 }) };

/** The painter for text with colours or without. */
export function painter(color: boolean): ChalkInstance {
  return color ? painters.colored : painters.plain;
}

/** One diagnostic as a line: `path:line:column  severity  message  [code]`. */
export function diagnosticLine(d: Diagnostic, options: ReporterOptions): string {
  const chalk = painter(options.color);
  const severity = labels[options.lang].severity[d.severity];
  const painted = d.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity);
  return `${chalk.bold(`${d.file}:${d.line}:${d.column}`)}  ${painted}  ${messageOf(d, options.lang)}  ${chalk.dim(`[${d.code}]`)}`;
}

/**
 * The diagnostics of one file as text, each on a line followed by the source line it points at,
 * and a line saying how many were left out; every line ends in a line feed, and a file without
 * diagnostics shown gives the empty string.
 */
export function fileText(file: CheckedFile, result: ValidationResult, options: ReporterOptions): string {
  const chalk = painter(options.color);
  let text = '';
  for (const d of shown(file, result)) {
    text += `${diagnosticLine(d, options)}\n`;
    if (file.source !== null) {
      const lines = excerpt(file.source, d, chalk);
      if (lines !== '') text += `${lines}\n`;
    }
  }
  const left = omitted(file, result);
  if (left > 0) text += `${chalk.dim(labels[options.lang].omitted(file.path, left))}\n`;
  return text;
}

/** The summary line: files, errors and warnings over all files, including those left out. */
export function summaryText(result: ValidationResult, options: ReporterOptions): string {
  const counts = countDiagnostics(result);
  return `${labels[options.lang].validateSummary(counts.files, counts.errors, counts.warnings)}\n`;
}

/**
 * Validation results as text in pieces, made one at a time: the diagnostics of each file with
 * their source lines, then the summary. Joined, the pieces are `validateText`; a command writes
 * each as it comes, so the text of thousands of files is never held whole.
 */
export function* validateTextPieces(result: ValidationResult, options: ReporterOptions): Generator<string> {
  for (const file of result.files) {
    const text = fileText(file, result, options);
    if (text !== '') yield text;
  }
  yield summaryText(result, options);
}

/** Validation results as text: every diagnostic of every file with its source line, then a summary. */
export function validateText(result: ValidationResult, options: ReporterOptions): string {
  return [...validateTextPieces(result, options)].join('');
}

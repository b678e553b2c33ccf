import { Chalk } from 'chalk';
import type { Diagnostic } from '../core/diagnostic.js';
import { labels } from '../i18n/labels.js';
import { messageOf } from '../i18n/messages.js';
import type { CheckedFile } from '../load/parsePlan.js';
import type { ReporterOptions } from './options.js';

/** One diagnostic as a line: `path:line:column  severity  message  [code]`. */
export function diagnosticLine(d: Diagnostic, options: ReporterOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const severity = labels[options.lang].severity[d.severity];
  const painted = d.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity);
  return `${chalk.bold(`${d.file}:${d.line}:${d.column}`)}  ${painted}  ${messageOf(d, options.lang)}  ${chalk.dim(`[${d.code}]`)}`;
}

/** Validation results as text: every diagnostic of every file, then a one-line summary. */
export function validateText(files: CheckedFile[], options: ReporterOptions): string {
  const diagnostics = files.flatMap((f) => f.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const lines = diagnostics.map((d) => diagnosticLine(d, options));
  lines.push(labels[options.lang].validateSummary(files.length, errors, diagnostics.length - errors));
  return lines.join('\n') + '\n';
}

import { Chalk } from 'chalk';
import type { Diagnostic } from '../../core/diagnostic.js';
import { labels } from '../../i18n/labels.js';
import { messageOf } from '../../i18n/messages.js';
import { excerpt } from './excerpt.js';
import type { ReporterOptions } from '../shared/options.js';
import { countDiagnostics, omitted, shown, type ValidationResult } from './result.js';

/** One diagnostic as a line: `path:line:column  severity  message  [code]`. */
export function diagnosticLine(d: Diagnostic, options: ReporterOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const severity = labels[options.lang].severity[d.severity];
  const painted = d.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity);
  return `${chalk.bold(`${d.file}:${d.line}:${d.column}`)}  ${painted}  ${messageOf(d, options.lang)}  ${chalk.dim(`[${d.code}]`)}`;
}

/** The diagnostics of some files as lines, each followed by the source line it points at. */
export function diagnosticsText(result: ValidationResult, options: ReporterOptions): string[] {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  for (const file of result.files) {
    for (const d of shown(file, result)) {
      lines.push(diagnosticLine(d, options));
      if (file.source !== null) {
        const shown = excerpt(file.source, d, chalk);
        if (shown !== '') lines.push(shown);
      }
    }
    const left = omitted(file, result);
    if (left > 0) lines.push(chalk.dim(labels[options.lang].omitted(file.path, left)));
  }
  return lines;
}

/** Validation results as text: every diagnostic of every file with its source line, then a summary. */
export function validateText(result: ValidationResult, options: ReporterOptions): string {
  const counts = countDiagnostics(result);
  const lines = diagnosticsText(result, options);
  lines.push(labels[options.lang].validateSummary(counts.files, counts.errors, counts.warnings));
  return lines.join('\n') + '\n';
}

import { Chalk } from 'chalk';
import { formatMoney } from '../../i18n/lang.js';
import { knownSum } from '../../core/checkPlan.js';
import { activitiesOf } from '../../core/plan.js';
import { labels } from '../../i18n/labels.js';
import { validateDetailWords } from '../../i18n/validateDetail.js';
import type { ReporterOptions } from '../shared/options.js';
import { diagnosticsText } from './text.js';
import { countDiagnostics, type ValidationResult } from './result.js';

/**
 * `validate --quiet`: only what makes validation fail (errors, and warnings under --strict), with
 * their source lines, and the summary only when something failed, so a clean run prints nothing.
 */
export function validateQuiet(result: ValidationResult, options: ReporterOptions & { strict: boolean }): string {
  const failing: ValidationResult = {
    ...result,
    files: result.files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error' || options.strict) })),
  };
  if (failing.files.every((f) => f.diagnostics.length === 0)) return '';
  const lines = diagnosticsText(failing, options);
  // The counts are of everything found, so the summary does not hide the warnings left out above.
  const c = countDiagnostics(result);
  lines.push(labels[options.lang].validateSummary(c.files, c.errors, c.warnings));
  return lines.join('\n') + '\n';
}

/**
 * `validate --verbose`: per file, its diagnostics, a line saying it was checked, and a note of what
 * the plan holds; then the usual summary. Notes are marked `info` and never change the exit code.
 */
export function validateVerbose(result: ValidationResult, options: ReporterOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const words = validateDetailWords[options.lang];
  const info = (path: string, text: string) => `${chalk.bold(path)}  ${chalk.cyan(words.info)}  ${text}`;
  const lines: string[] = [];
  for (const file of result.files) {
    lines.push(...diagnosticsText({ ...result, files: [file] }, options));
    const errors = file.diagnostics.filter((d) => d.severity === 'error').length;
    lines.push(info(file.path, words.checked(errors, file.diagnostics.length - errors)));
    if (file.plan) {
      const { known, unknownLines } = knownSum(file.plan);
      lines.push(
        info(
          file.path,
          words.planNote({
            jaar: file.plan.jaar,
            sections: file.plan.onderdelen.length,
            activities: activitiesOf(file.plan).length,
            sources: file.plan.bronnen.length,
            known: formatMoney(known, options.lang),
            unknownLines,
          }),
        ),
      );
    }
  }
  const c = countDiagnostics(result);
  lines.push(labels[options.lang].validateSummary(c.files, c.errors, c.warnings));
  return lines.join('\n') + '\n';
}

import { Chalk } from 'chalk';
import { formatMoney } from '../core/amount.js';
import { knownSum } from '../core/checkPlan.js';
import { activitiesOf } from '../core/plan.js';
import { labels } from '../i18n/labels.js';
import { validateDetailWords } from '../i18n/validateDetail.js';
import type { CheckedFile } from '../load/parsePlan.js';
import type { ReporterOptions } from './options.js';
import { diagnosticLine } from './validateText.js';

/**
 * `validate --quiet`: only what makes validation fail (errors, and warnings under --strict), and the
 * summary only when something failed, so a clean run prints nothing.
 */
export function validateQuiet(files: CheckedFile[], options: ReporterOptions & { strict: boolean }): string {
  const failing = files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error' || options.strict);
  if (failing.length === 0) return '';
  const all = files.flatMap((f) => f.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const lines = failing.map((d) => diagnosticLine(d, options));
  // The counts are of everything found, so the summary does not hide the warnings left out above.
  lines.push(labels[options.lang].validateSummary(files.length, errors, all.length - errors));
  return lines.join('\n') + '\n';
}

/**
 * `validate --verbose`: per file, its diagnostics, a line saying it was checked, and a note of what
 * the plan holds; then the usual summary. Notes are marked `info` and never change the exit code.
 */
export function validateVerbose(files: CheckedFile[], options: ReporterOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const words = validateDetailWords[options.lang];
  const info = (path: string, text: string) => `${chalk.bold(path)}  ${chalk.cyan(words.info)}  ${text}`;
  const lines: string[] = [];
  for (const file of files) {
    lines.push(...file.diagnostics.map((d) => diagnosticLine(d, options)));
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
  const all = files.flatMap((f) => f.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  lines.push(labels[options.lang].validateSummary(files.length, errors, all.length - errors));
  return lines.join('\n') + '\n';
}

import { formatMoney } from '../../i18n/lang.js';
import { knownSum } from '../../core/checkPlan.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { activitiesOf } from '../../core/plan.js';
import type { CheckedFile } from '../../load/parsePlan.js';
import { validateDetailWords } from '../../i18n/validateDetail.js';
import type { ReporterOptions } from '../shared/options.js';
import { fileText, painter, summaryText } from './text.js';
import type { ValidationResult } from './result.js';

/** The options of `validate --quiet`: whether warnings fail too (--strict, or over --max-warnings). */
export type QuietOptions = ReporterOptions & { strict: boolean };

/**
 * `validate --quiet` in pieces, made one at a time (see validateTextPieces): only what makes
 * validation fail (errors, and warnings under --strict), with their source lines, and the summary
 * only when something failed, so a clean run gives no piece at all.
 */
export function* validateQuietPieces(result: ValidationResult, options: QuietOptions): Generator<string> {
  const fails = (d: Diagnostic) => d.severity === 'error' || options.strict;
  if (!result.files.some((f) => f.diagnostics.some(fails))) return;
  for (const file of result.files) {
    const failing: CheckedFile = { ...file, diagnostics: file.diagnostics.filter(fails) };
    const text = fileText(failing, result, options);
    if (text !== '') yield text;
  }
  // The counts are of everything found, so the summary does not hide the warnings left out above.
  yield summaryText(result, options);
}

/**
 * `validate --verbose` in pieces, one per file (see validateTextPieces): its diagnostics, a line
 * saying it was checked, and a note of what the plan holds; then the usual summary. Notes are
 * marked `info` and never change the exit code.
 */
export function* validateVerbosePieces(result: ValidationResult, options: ReporterOptions): Generator<string> {
  const chalk = painter(options.color);
  const words = validateDetailWords[options.lang];
  const info = (path: string, text: string) => `${chalk.bold(path)}  ${chalk.cyan(words.info)}  ${text}\n`;
  for (const file of result.files) {
    let text = fileText(file, result, options);
    const errors = file.diagnostics.filter((d) => d.severity === 'error').length;
    text += info(file.path, words.checked(errors, file.diagnostics.length - errors));
    if (file.plan) {
      const { known, unknownLines } = knownSum(file.plan);
      text += info(
        file.path,
        words.planNote({
          jaar: file.plan.jaar,
          sections: file.plan.onderdelen.length,
          activities: activitiesOf(file.plan).length,
          sources: file.plan.bronnen.length,
          known: formatMoney(known, options.lang),
          unknownLines,
        }),
      );
    }
    yield text;
  }
  yield summaryText(result, options);
}

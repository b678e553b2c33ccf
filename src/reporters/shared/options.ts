import type { Lang } from '../../i18n/lang.js';
import type { Diagnostic } from '../../core/diagnostic.js';

/** What every reporter is told: the language, and whether it may colour (only terminal tables do). */
export interface ReporterOptions {
  /** The language of the words and the amounts. */
  lang: Lang;
  /** Whether ANSI colours may be used. */
  color: boolean;
  /**
   * The errors of the plans counted all the same (the budget rules), to show on top of the output:
   * a workbook gives them its first sheet; the text formats get them from `withFindings`.
   */
  findings?: Diagnostic[];
}

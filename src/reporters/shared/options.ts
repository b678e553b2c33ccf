import type { Lang } from '../../core/amount.js';

/** What every reporter is told: the language, and whether it may colour (only terminal tables do). */
export interface ReporterOptions {
  /** The language of the words and the amounts. */
  lang: Lang;
  /** Whether ANSI colours may be used. */
  color: boolean;
}

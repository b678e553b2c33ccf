import type { Code, Diagnostic } from './diagnostic.js';

/**
 * Per code, whether a plan with this finding can still be counted. `false` (cannot be counted): the
 * file is not a readable plan (unreadable, not text, too large or deep, YAML that does not parse, a
 * duplicate key, a schema violation), an amount cannot be read, hidden characters may make it read
 * otherwise than it shows, or it is a second plan of one identity (`duplicate-plan`), which would be
 * added twice. These are always errors: a config cannot lower them, and every command that counts
 * plans refuses a plan with one.
 *
 * `true`: the plan's figures can be read as written, and a command counts them with the finding
 * shown on top. The budget rules (`over-budget`, `unknown-source`, `no-source`, the taakveld checks,
 * a stated total that disagrees) are such: they say a figure is wrong, not that it cannot be read.
 * `duplicate-activity-nr` is one too: every line keeps its amount and its activity's title, so the
 * sums are the same whichever activity carries the number. A config may lower these like any check.
 * (`placeholder` is a warning; a plan with one is refused on its own rule, unless the config turns
 * it off.)
 */
export const countable = {
  'unreadable-file': false,
  'not-text': false,
  'too-deep': false,
  'string-too-long': false,
  'multiple-documents': false,
  'yaml-tag': false,
  'file-too-large': false,
  'empty-file': false,
  'yaml-syntax': false,
  'yaml-alias': false,
  'duplicate-key': false,
  schema: false,
  'bidi-character': false,
  'invisible-character': false,
  'ambiguous-amount': false,
  'invalid-amount': false,
  'duplicate-plan': false,
  'unknown-source': true,
  'duplicate-activity-nr': true,
  'over-budget': true,
  'unallocated-budget': true,
  'unknown-amount': true,
  'no-source': true,
  'not-balanced': true,
  'stated-total': true,
  'suspicious-scale': true,
  'programme-budget-in-wijk': true,
  overspent: true,
  'unexplained-deviation': true,
  'status-spending': true,
  'no-owner': true,
  'unused-source': true,
  'results-percentage': true,
  'year-mismatch': true,
  placeholder: true,
  'wijk-spelling': true,
  'unknown-taakveld': true,
  'taakveld-year-not-covered': true,
  'taakveld-not-in-year': true,
  'taakveld-list-out-of-date': true,
} as const satisfies Record<Code, boolean>;

/** Whether a diagnostic keeps its plan from being counted: an error of a code that cannot be counted. */
export function isUncountable(d: Pick<Diagnostic, 'code' | 'severity'>): boolean {
  return d.severity === 'error' && !countable[d.code];
}

/**
 * The diagnostics with the errors first, then the warnings, each in the order given (a stable
 * partition): the order in which a person reads findings, so that the error that matters is never
 * below a page of warnings.
 */
export function errorsFirst<T extends Pick<Diagnostic, 'severity'>>(diagnostics: readonly T[]): T[] {
  return [...diagnostics.filter((d) => d.severity === 'error'), ...diagnostics.filter((d) => d.severity !== 'error')];
}

import { computeTotals, type Totals } from './computeTotals.js';
import { errorsFirst, isUncountable } from './countable.js';
import type { Diagnostic } from './diagnostic.js';
import { comparePlans } from './orderPlans.js';
import type { Plan } from './plan.js';
import { JaarplanError } from '../errors.js';

/** One plan in a report, with its totals and its warnings (the points of attention). */
export interface ReportEntry {
  /** The plan. */
  plan: Plan;
  /** Its own totals. */
  totals: Totals;
  /** Its diagnostics, errors (the budget rules, which leave a plan countable) before warnings. */
  diagnostics: Diagnostic[];
}

/** The report of one year: every plan of that year, and their combined totals. */
export interface Report {
  /** The year. */
  year: number;
  /** The plans, in the order of `orderPlans`: the city-wide plan first, then the wijk plans by name. */
  entries: ReportEntry[];
  /** The totals of all plans together. */
  combined: Totals;
}

/** Builds the report of a year from its checked plans. */
export function buildReport(year: number, plans: { plan: Plan; diagnostics: Diagnostic[] }[]): Report {
  const ordered = [...plans].sort((a, b) => comparePlans(a.plan, b.plan));
  return {
    year,
    entries: ordered.map(({ plan, diagnostics }) => ({ plan, totals: computeTotals([plan]), diagnostics })),
    combined: computeTotals(ordered.map((p) => p.plan)),
  };
}

/** A plan to report: a loaded plan whose checks found no errors, with its warnings. */
export interface ReportablePlan {
  /** The typed plan; null when its shape was wrong, which a report refuses. */
  plan: Plan | null;
  /** Its diagnostics, shown as points of attention. */
  diagnostics: Diagnostic[];
  /** The file, as shown to the user. */
  path?: string;
}

/**
 * The report of one year's plans, as `jaarplan report` builds it before choosing a format. Throws
 * when a plan cannot be counted (see `countable.ts`) or none is given: a report of a plan that cannot
 * be read would mislead. A plan whose budget rules fail is reported, its errors first.
 */
export function reportOf(plans: ReportablePlan[], year?: number): Report {
  const usable: { plan: Plan; diagnostics: Diagnostic[] }[] = [];
  for (const p of plans) {
    if (p.plan === null || p.diagnostics.some(isUncountable)) throw new JaarplanError('report-plan-has-errors', { path: p.path ?? null });
    usable.push({ plan: p.plan, diagnostics: errorsFirst(p.diagnostics) });
  }
  if (usable.length === 0) throw new JaarplanError('report-no-plans', {});
  return buildReport(year ?? usable[0]!.plan.jaar, usable);
}

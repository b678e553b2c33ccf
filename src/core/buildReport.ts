import { buildVerantwoording, type Light } from './buildVerantwoording.js';
import { computeTotals, type Totals } from './computeTotals.js';
import { errorsFirst, isUncountable } from './countable.js';
import type { Diagnostic } from './diagnostic.js';
import { comparePlans } from './orderPlans.js';
import type { Plan } from './plan.js';
import { DEFAULT_DEVIATION, type DeviationThreshold } from './sum.js';
import { JaarplanError } from '../errors.js';

/** One plan in a report, with its totals and its warnings (the points of attention). */
export interface ReportEntry {
  /** The plan. */
  plan: Plan;
  /** Its own totals. */
  totals: Totals;
  /** Its diagnostics, errors (the budget rules, which leave a plan countable) before warnings. */
  diagnostics: Diagnostic[];
  /**
   * How many of its activities `verantwoording` rates green, orange and red (with the same
   * threshold for differences); null when no line of the year's plans gives `besteed`, since
   * before any spending the account's colours say nothing about the plan.
   */
  assessment: Record<Light, number> | null;
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

/** Builds the report of a year from its checked plans; `threshold` is the config's for differences, as `verantwoording` takes it. */
export function buildReport(
  year: number,
  plans: { plan: Plan; diagnostics: Diagnostic[] }[],
  threshold: DeviationThreshold = DEFAULT_DEVIATION,
): Report {
  const ordered = [...plans].sort((a, b) => comparePlans(a.plan, b.plan));
  const combined = computeTotals(ordered.map((p) => p.plan));
  // The account's own assessment, so that the report and `verantwoording` never rate a plan differently.
  const account = combined.hasSpent
    ? buildVerantwoording(
        year,
        ordered.map((p) => p.plan),
        threshold,
      )
    : null;
  const counts = new Map(account?.plans.map((p) => [p.plan, p.counts]));
  return {
    year,
    entries: ordered.map(({ plan, diagnostics }) => ({
      plan,
      totals: computeTotals([plan]),
      diagnostics,
      assessment: counts.get(plan) ?? null,
    })),
    combined,
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
export function reportOf(plans: ReportablePlan[], year?: number, threshold?: DeviationThreshold): Report {
  const usable: { plan: Plan; diagnostics: Diagnostic[] }[] = [];
  for (const p of plans) {
    if (p.plan === null || p.diagnostics.some(isUncountable)) throw new JaarplanError('report-plan-has-errors', { path: p.path ?? null });
    usable.push({ plan: p.plan, diagnostics: errorsFirst(p.diagnostics) });
  }
  if (usable.length === 0) throw new JaarplanError('report-no-plans', {});
  return buildReport(year ?? usable[0]!.plan.jaar, usable, threshold);
}

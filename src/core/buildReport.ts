import { computeTotals, type Totals } from './computeTotals.js';
import type { Diagnostic } from './diagnostic.js';
import type { Plan } from './plan.js';

/** One plan in a report, with its totals and its warnings (the points of attention). */
export interface ReportEntry {
  /** The plan. */
  plan: Plan;
  /** Its own totals. */
  totals: Totals;
  /** Its diagnostics (a reported plan has no errors, so these are warnings). */
  diagnostics: Diagnostic[];
}

/** The report of one year: every plan of that year, and their combined totals. */
export interface Report {
  /** The year. */
  year: number;
  /** The plans: the city-wide plan first, then the wijk plans by name. */
  entries: ReportEntry[];
  /** The totals of all plans together. */
  combined: Totals;
}

/** Builds the report of a year from its checked plans. */
export function buildReport(year: number, plans: { plan: Plan; diagnostics: Diagnostic[] }[]): Report {
  const ordered = [...plans].sort(
    (a, b) =>
      Number(a.plan.wijk !== undefined) - Number(b.plan.wijk !== undefined) ||
      (a.plan.wijk ?? '').localeCompare(b.plan.wijk ?? '', 'nl') ||
      a.plan.path.localeCompare(b.plan.path),
  );
  return {
    year,
    entries: ordered.map(({ plan, diagnostics }) => ({ plan, totals: computeTotals([plan]), diagnostics })),
    combined: computeTotals(ordered.map((p) => p.plan)),
  };
}

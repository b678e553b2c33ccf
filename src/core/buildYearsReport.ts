import { compareYears, type YearComparison } from './compareYears.js';
import { groupTotals, type GroupTotals } from './groupTotals.js';
import { orderPlans } from './orderPlans.js';
import type { Plan } from './plan.js';

/** A report of several years side by side: how each source, wijk and theme developed, and each year's budget against spending. */
export interface YearsReport {
  /** The first year. */
  first: number;
  /** The last year. */
  last: number;
  /** The plans of those years, in the order of `orderPlans`: by year, the city-wide plan first, then the wijk plans by name. */
  plans: Plan[];
  /** The years side by side per source, per wijk and per theme. */
  comparisons: YearComparison[];
  /** Each year's total, with spending when some line gives it. */
  perYear: GroupTotals;
}

/** Builds the report of the years `first` to `last` from their plans. */
export function buildYearsReport(plans: Plan[], first: number, last: number): YearsReport {
  const ordered = orderPlans(plans.filter((p) => p.jaar >= first && p.jaar <= last));
  return {
    first,
    last,
    plans: ordered,
    comparisons: (['source', 'wijk', 'thema'] as const).map((by) => compareYears(ordered, first, last, by)),
    perYear: groupTotals(ordered, 'year'),
  };
}

import type { Cents } from './amount.js';
import { emptySum, sumDelta, sumOfSums, type Sum } from './sum.js';
import { groupId, groupTotals, orderGroups, type Group, type GroupBy } from './groupTotals.js';
import { orderPlans } from './orderPlans.js';
import type { Plan } from './plan.js';

/** One row of years side by side: a group's sum in each year, the change each year, and all years together. */
export interface YearRow {
  /** The group, as in `groupTotals`; null for city-wide or no theme. */
  key: string | null;
  /** A longer name where there is one. */
  naam?: string;
  /** The sum in each year, in the order of `YearComparison.years`. */
  perYear: Sum[];
  /**
   * The change against the year before, for the second year on (so one fewer than the years). Null
   * when either year has lines without an amount, or has no plan at all: the change of an unknown is
   * unknown.
   */
  deltas: (Cents | null)[];
  /** All years together. */
  total: Sum;
}

/** Budget lines per group and per year: a column per year, a total, and the change year on year. */
export interface YearComparison {
  /** How the rows are grouped. */
  by: GroupBy;
  /** The plans of those years, in the order of `orderPlans`. */
  plans: Plan[];
  /** The years, ascending and without gaps. */
  years: number[];
  /** The years of the range that have no plan: their sums are empty, and no change is given against them. */
  missing: number[];
  /** One row per group. */
  rows: YearRow[];
  /** The row of all lines (each line once, also by theme). */
  total: YearRow;
}

/** The change from one year's sum to the next; a group without lines in a year had nothing budgeted. */
export function delta(before: Sum, after: Sum): Cents | null {
  return sumDelta(before, after);
}

function row(key: string | null, naam: string | undefined, perYear: Sum[], present: boolean[]): YearRow {
  const total = sumOfSums(perYear);
  return {
    key,
    ...(naam === undefined ? {} : { naam }),
    perYear,
    deltas: perYear.slice(1).map((sum, i) => (present[i] && present[i + 1] ? delta(perYear[i]!, sum) : null)),
    total,
  };
}

/**
 * Sets the years from `first` to `last` side by side, across every plan of each year (the
 * city-wide plan and the wijk plans alike). Plans of other years are left out.
 */
export function compareYears(plans: Plan[], first: number, last: number, by: GroupBy): YearComparison {
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const perYear = years.map((year) =>
    groupTotals(
      plans.filter((p) => p.jaar === year),
      by,
    ),
  );
  // Within a year that has plans, a group without lines had nothing budgeted; a year without any
  // plan is not known at all.
  const present = perYear.map((t) => t.plans.length > 0);
  // A group appears once, in the order of the year it first appears in; a wijk is named as in the
  // latest year that has it (its spelling may differ from year to year).
  const seen = new Map<string | null, Group>();
  for (const g of perYear.flatMap((t) => t.groups)) {
    const id = groupId(by, g.key);
    if (!seen.has(id) || by === 'wijk') seen.set(id, g);
  }
  // Each year's groups by their id, looked up once per row rather than searched for each.
  const byId = perYear.map((t) => new Map(t.groups.map((x) => [groupId(by, x.key), x.sum])));
  const rows = orderGroups(by, [...seen.values()]).map((g) =>
    row(
      g.key,
      g.naam,
      byId.map((sums) => sums.get(groupId(by, g.key)) ?? emptySum()),
      present,
    ),
  );
  return {
    by,
    plans: orderPlans(plans.filter((p) => p.jaar >= first && p.jaar <= last)),
    years,
    missing: years.filter((_, i) => !present[i]),
    rows,
    total: row(
      null,
      undefined,
      perYear.map((t) => t.total),
      present,
    ),
  };
}

/** Reads a range of years, `2013-2016`, or one year, `2014`; null when it is not one (or runs backwards or over 100 years). */
export function parseYearRange(text: string): { first: number; last: number } | null {
  const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  if (last < first || last - first >= 100) return null;
  return { first, last };
}

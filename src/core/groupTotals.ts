import { addAmount as add, emptySum, type Sum } from './sum.js';
import { orderPlans } from './orderPlans.js';
import type { Activity, BudgetLine, Plan, Section, Thema } from './plan.js';
import { declaredSource, sourceKey, wijkKey } from './planIdentity.js';
import { sortCodes, taakveldName, taakveldStatus, type Successors } from './iv3Taakvelden.js';

/** What budget lines can be grouped by. */
export type GroupBy = 'source' | 'section' | 'plan' | 'wijk' | 'year' | 'thema' | 'taakveld' | 'karakter';

/** Every grouping, in the order help and errors list them. */
export const groupings: readonly GroupBy[] = ['source', 'section', 'plan', 'wijk', 'year', 'thema', 'taakveld', 'karakter'];

/** One group of budget lines. */
export interface Group {
  /** What the lines share: a source code, section title, plan path, wijk, year or theme. Null for city-wide (wijk) or no theme (thema). */
  key: string | null;
  /** A longer name where there is one: the source's name, the plan's title. */
  naam?: string;
  /** The budgeted amounts. */
  sum: Sum;
  /** The spent amounts; a line without `besteed` counts as unknown. */
  spent: Sum;
  /** By taakveld: the years its lines come from, and where a renumbering breaks the series. */
  taakveld?: TaakveldSeries;
}

/** A taakveld across the years of the plans totalled. */
export interface TaakveldSeries {
  /** The plan years the group's lines come from, ascending. */
  years: number[];
  /** When the code leaves the list within the plans' years: the year it is gone and what replaced it. */
  ends?: { year: number; successors: Successors[] };
  /** When the code joins the list within the plans' years: the year it starts and the codes it follows. */
  starts?: { year: number; follows: string[] };
}

/** Budget lines grouped one way, across plans. */
export interface GroupTotals {
  /** How they are grouped. */
  by: GroupBy;
  /** The plans the lines come from, in the order of `orderPlans`. */
  plans: Plan[];
  /** The groups, in a stable order (see `groupTotals`). */
  groups: Group[];
  /** All lines: with `thema`, an activity with several themes is still counted once here. */
  total: Sum;
  /** All spending. */
  spent: Sum;
  /** Whether any line gives `besteed`. */
  hasSpent: boolean;
}

const themaOrder: readonly Thema[] = ['sociaal', 'fysiek', 'economisch', 'veilig'];

/** The groups a budget line belongs to: one, except by theme, where it is every theme of its activity. */
function keysOf(by: GroupBy, plan: Plan, section: Section, activity: Activity, line: BudgetLine): (string | null)[] {
  switch (by) {
    case 'source':
      return [line.bron];
    case 'section':
      return [section.titel];
    case 'plan':
      return [plan.path];
    case 'wijk':
      return [wijkKey(plan.wijk)];
    case 'year':
      return [String(plan.jaar)];
    case 'thema':
      return activity.themas.length > 0 ? activity.themas : [null];
    case 'taakveld':
      return [activity.taakveld ?? null];
    case 'karakter':
      return [line.karakter ?? null];
  }
}

/**
 * Whether a grouping takes a plan's funding table instead of its division, where the plan has one:
 * sources and incidental/structural money are what the funding says, as in `totals`.
 */
const fromFunding = (by: GroupBy, plan: Plan) => (by === 'source' || by === 'karakter') && plan.financiering.length > 0;

/**
 * What makes two groups one: the key itself, except for wijken and sources, which are one however
 * their name is capitalised, spaced or composed (see `wijkKey` and `sourceKey`).
 */
export function groupId(by: GroupBy, key: string | null): string | null {
  return by === 'wijk' ? wijkKey(key) : by === 'source' && key !== null ? sourceKey(key) : key;
}

/**
 * Totals budget lines per group, over the plans in the order of `orderPlans`. Sources, sections and
 * plans keep the order they first appear in; years ascend; wijken come city-wide first, then by
 * name; themes in the schema's order, with no theme last. So the same plans always give the same
 * table. A wijk is named as its latest plan writes it.
 */
export function groupTotals(unordered: Plan[], by: GroupBy): GroupTotals {
  const plans = orderPlans(unordered);
  const groups = new Map<string | null, Group>();
  // Plans are ordered by year, so the last spelling of a wijk is that of its latest plan.
  const spellings = new Map<string | null, string>();
  const total = emptySum();
  const spent = emptySum();
  for (const plan of plans) {
    if (plan.wijk !== undefined) spellings.set(wijkKey(plan.wijk), plan.wijk);
    const funded = fromFunding(by, plan);
    const lines: { keys: (string | null)[]; line: { bedrag: number | null; besteed?: number } }[] = funded
      ? plan.financiering.map((line) => ({ keys: [by === 'source' ? line.bron : (line.karakter ?? null)], line }))
      : plan.onderdelen.flatMap((section) =>
          section.activiteiten.flatMap((activity) =>
            activity.dekking.map((line) => ({ keys: keysOf(by, plan, section, activity, line), line })),
          ),
        );
    for (const { keys, line } of lines) {
      const besteed = line.besteed ?? null;
      add(total, line.bedrag);
      add(spent, besteed);
      for (const written of keys) {
        const source = by === 'source' ? declaredSource(plan.bronnen, written) : undefined;
        // A source is named by the code its plan declares, however a line writes it.
        const key = source?.code ?? written;
        let group = groups.get(groupId(by, key));
        if (!group) {
          const naam =
            by === 'source' ? source?.naam : by === 'plan' ? plan.titel : by === 'taakveld' && key !== null ? taakveldName(key) : undefined;
          group = { key, ...(naam === undefined ? {} : { naam }), sum: emptySum(), spent: emptySum() };
          groups.set(groupId(by, key), group);
        }
        add(group.sum, line.bedrag);
        add(group.spent, besteed);
      }
    }
  }
  if (by === 'wijk') for (const [key, group] of groups) group.key = key === null ? null : (spellings.get(key) ?? group.key);
  if (by === 'taakveld') for (const group of groups.values()) addSeries(group, plans);
  return {
    by,
    plans,
    groups: orderGroups(by, [...groups.values()]),
    total,
    spent,
    hasSpent: spent.lines > spent.unknownLines,
  };
}

/**
 * A taakveld's years, its name in the latest of them, and where its series breaks: 6.2 in plans of
 * 2023 and 2025 ends in 2025, when 6.21, 6.22 and 6.23 replace it.
 */
function addSeries(group: Group, plans: Plan[]): void {
  const code = group.key;
  if (code === null) return;
  const years = [...new Set(plans.filter((p) => activitiesWith(p, code)).map((p) => p.jaar))].sort((a, b) => a - b);
  const all = plans.map((p) => p.jaar);
  const [first, last] = [Math.min(...all), Math.max(...all)];
  const naam = taakveldName(code, years[years.length - 1] ?? last);
  if (naam === undefined) delete group.naam;
  else group.naam = naam;
  const series: TaakveldSeries = { years };
  const atEnd = taakveldStatus(code, last);
  if (atEnd.kind === 'retired') {
    const lastValid = atEnd.years[atEnd.years.length - 1]!.to;
    if (lastValid !== null && lastValid >= first) series.ends = { year: lastValid + 1, successors: atEnd.successors };
  }
  const atStart = taakveldStatus(code, first);
  if (atStart.kind === 'not-yet' && atStart.since <= last) series.starts = { year: atStart.since, follows: atStart.instead };
  group.taakveld = series;
}

function activitiesWith(plan: Plan, code: string): boolean {
  return plan.onderdelen.some((s) => s.activiteiten.some((a) => a.taakveld === code && a.dekking.length > 0));
}

/** Puts groups in the order `groupTotals` documents; shared with the years side by side. */
export function orderGroups(by: GroupBy, groups: Group[]): Group[] {
  const nullsFirst = (a: Group, b: Group) => Number(a.key !== null) - Number(b.key !== null);
  switch (by) {
    case 'year':
      return [...groups].sort((a, b) => Number(a.key) - Number(b.key));
    case 'wijk':
      return [...groups].sort((a, b) => nullsFirst(a, b) || (wijkKey(a.key) ?? '').localeCompare(wijkKey(b.key) ?? '', 'nl'));
    case 'thema': {
      const rank = (g: Group) => (g.key === null ? themaOrder.length : themaOrder.indexOf(g.key as Thema));
      return [...groups].sort((a, b) => rank(a) - rank(b));
    }
    case 'karakter': {
      const rank = (g: Group) => (g.key === 'structureel' ? 0 : g.key === 'incidenteel' ? 1 : 2);
      return [...groups].sort((a, b) => rank(a) - rank(b));
    }
    case 'taakveld': {
      // In the order of the BBV's lists (a code that left just before its successors); a code on no
      // list after those, no taakveld last.
      const order = sortCodes(groups.flatMap((g) => (g.key === null ? [] : [g.key])));
      const rank = (g: Group) => (g.key === null ? order.length : order.indexOf(g.key));
      return [...groups].sort((a, b) => rank(a) - rank(b));
    }
    default:
      return groups;
  }
}

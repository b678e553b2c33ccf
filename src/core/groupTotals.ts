import { addAmount as add, emptySum, type Sum } from './sum.js';
import type { Activity, BudgetLine, Plan, Section, Thema } from './plan.js';

/** What budget lines can be grouped by. */
export type GroupBy = 'source' | 'section' | 'plan' | 'wijk' | 'year' | 'thema';

/** Every grouping, in the order help and errors list them. */
export const groupings: readonly GroupBy[] = ['source', 'section', 'plan', 'wijk', 'year', 'thema'];

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
}

/** Budget lines grouped one way, across plans. */
export interface GroupTotals {
  /** How they are grouped. */
  by: GroupBy;
  /** The plans the lines come from. */
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
      return [plan.wijk ?? null];
    case 'year':
      return [String(plan.jaar)];
    case 'thema':
      return activity.themas.length > 0 ? activity.themas : [null];
  }
}

/**
 * Totals budget lines per group. Sources, sections and plans keep the order they first appear in;
 * years ascend; wijken come city-wide first, then by name; themes in the schema's order, with no
 * theme last. So the same plans always give the same table.
 */
export function groupTotals(plans: Plan[], by: GroupBy): GroupTotals {
  const groups = new Map<string | null, Group>();
  const total = emptySum();
  const spent = emptySum();
  for (const plan of plans) {
    for (const section of plan.onderdelen) {
      for (const activity of section.activiteiten) {
        for (const line of activity.dekking) {
          const besteed = line.besteed ?? null;
          add(total, line.bedrag);
          add(spent, besteed);
          for (const key of keysOf(by, plan, section, activity, line)) {
            let group = groups.get(key);
            if (!group) {
              const naam =
                by === 'source'
                  ? plan.bronnen.find((s) => s.code === key)?.naam
                  : by === 'plan'
                    ? plan.titel
                    : undefined;
              group = { key, ...(naam === undefined ? {} : { naam }), sum: emptySum(), spent: emptySum() };
              groups.set(key, group);
            }
            add(group.sum, line.bedrag);
            add(group.spent, besteed);
          }
        }
      }
    }
  }
  return {
    by,
    plans,
    groups: orderGroups(by, [...groups.values()]),
    total,
    spent,
    hasSpent: spent.lines > spent.unknownLines,
  };
}

/** Puts groups in the order `groupTotals` documents; shared with the years side by side. */
export function orderGroups(by: GroupBy, groups: Group[]): Group[] {
  const nullsFirst = (a: Group, b: Group) => Number(a.key !== null) - Number(b.key !== null);
  switch (by) {
    case 'year':
      return [...groups].sort((a, b) => Number(a.key) - Number(b.key));
    case 'wijk':
      return [...groups].sort((a, b) => nullsFirst(a, b) || (a.key ?? '').localeCompare(b.key ?? '', 'nl'));
    case 'thema': {
      const rank = (g: Group) => (g.key === null ? themaOrder.length : themaOrder.indexOf(g.key as Thema));
      return [...groups].sort((a, b) => rank(a) - rank(b));
    }
    default:
      return groups;
  }
}

import type { Cents } from './amount.js';
import { orderPlans } from './orderPlans.js';
import type { Plan, Soort } from './plan.js';
import { addAmount as add, addSum, differenceFrom, emptySum, type Sum } from './sum.js';

export type { Sum } from './sum.js';

/** The total of one source across the plans. */
export interface SourceTotal {
  /** The source's code. */
  code: string;
  /** Its name (from the first plan that declares it). */
  naam: string;
  /** Own budget or co-funding. */
  soort: Soort;
  /** Its sum. */
  sum: Sum;
  /** What was spent: `besteed` of the same lines, a line without it counting as unknown. */
  spent: Sum;
}

/** The total of one section of one plan. */
export interface SectionTotal {
  /** The plan it belongs to. */
  plan: string;
  /** The section's title. */
  titel: string;
  /** Its sum. */
  sum: Sum;
  /** What was spent of it. */
  spent: Sum;
}

/** The total of one activity of one plan. */
export interface ActivityTotal {
  /** The plan it belongs to. */
  plan: string;
  /** The section it is in. */
  onderdeel: string;
  /** Its number. */
  nr: number;
  /** Its title. */
  titel: string;
  /** Its sum. */
  sum: Sum;
  /** What was spent of it. */
  spent: Sum;
}

/** Totals across one or more plans. */
export interface Totals {
  /** The plans totalled, in the order of `orderPlans`. */
  plans: Plan[];
  /** Per source, in the order the plans declare them. */
  sources: SourceTotal[];
  /** Per kind of source: own budget and co-funding. */
  bySoort: Record<Soort, Sum>;
  /** What was spent per kind of source. */
  spentBySoort: Record<Soort, Sum>;
  /** Per section of each plan. */
  sections: SectionTotal[];
  /** Per activity of each plan. */
  activities: ActivityTotal[];
  /** Everything. */
  total: Sum;
  /** Everything spent; lines without `besteed` count as unknown. */
  spent: Sum;
  /** Whether any line gives `besteed`: only then is spending shown, so plans without it read as before. */
  hasSpent: boolean;
  /** The declared totals added up, or null when no plan declares one. */
  declaredTotal: Cents | null;
  /** How many of the plans declare a total. */
  declaredPlans: number;
  /**
   * Declared minus known, over the plans that declare a total; positive is budget not yet
   * allocated, negative is over budget. Null when no plan declares a total.
   */
  difference: Cents | null;
}

/** Totals the plans per source, kind of source, section and activity, taking the plans in the order of `orderPlans`. */
export function computeTotals(unordered: Plan[]): Totals {
  const plans = orderPlans(unordered);
  const sources = new Map<string, SourceTotal>();
  const bySoort: Record<Soort, Sum> = { eigen: emptySum(), cofinanciering: emptySum() };
  const spentBySoort: Record<Soort, Sum> = { eigen: emptySum(), cofinanciering: emptySum() };
  const sections: SectionTotal[] = [];
  const activities: ActivityTotal[] = [];
  const total = emptySum();
  const spent = emptySum();
  // The declared totals, and the known amounts of the plans that declare one: the difference is
  // taken over those plans only.
  const declared = emptySum();
  const declaredAllocated = emptySum();

  for (const plan of plans) {
    for (const source of plan.bronnen) {
      if (!sources.has(source.code)) {
        sources.set(source.code, {
          code: source.code,
          naam: source.naam,
          soort: source.soort,
          sum: emptySum(),
          spent: emptySum(),
        });
      }
    }
    const planSum = emptySum();
    for (const section of plan.onderdelen) {
      const sectionTotal: SectionTotal = { plan: plan.path, titel: section.titel, sum: emptySum(), spent: emptySum() };
      sections.push(sectionTotal);
      for (const activity of section.activiteiten) {
        const activityTotal: ActivityTotal = {
          plan: plan.path,
          onderdeel: section.titel,
          nr: activity.nr,
          titel: activity.titel,
          sum: emptySum(),
          spent: emptySum(),
        };
        activities.push(activityTotal);
        for (const line of activity.dekking) {
          const source = sources.get(line.bron);
          // Lines of undeclared sources are refused by validation before totals are made.
          if (source) {
            add(source.sum, line.bedrag);
            add(bySoort[source.soort], line.bedrag);
          }
          add(sectionTotal.sum, line.bedrag);
          add(activityTotal.sum, line.bedrag);
          add(planSum, line.bedrag);
          add(total, line.bedrag);
          const besteed = line.besteed ?? null;
          if (source) {
            add(source.spent, besteed);
            add(spentBySoort[source.soort], besteed);
          }
          add(sectionTotal.spent, besteed);
          add(activityTotal.spent, besteed);
          add(spent, besteed);
        }
      }
    }
    if (plan.totaalBudget !== null) {
      add(declared, plan.totaalBudget);
      addSum(declaredAllocated, planSum);
    }
  }
  return {
    plans,
    sources: [...sources.values()],
    bySoort,
    spentBySoort,
    sections,
    activities,
    total,
    spent,
    hasSpent: spent.lines > spent.unknownLines,
    declaredTotal: declared.lines === 0 ? null : declared.known,
    declaredPlans: declared.lines,
    difference: declared.lines === 0 ? null : differenceFrom(declared.known, declaredAllocated),
  };
}

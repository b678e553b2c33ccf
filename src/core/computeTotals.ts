import type { Cents } from './amount.js';
import type { Plan, Soort } from './plan.js';

/** A sum of budget lines: the known amounts, and how many lines have no amount. */
export interface Sum {
  /** The known amounts added up, in cents. */
  known: Cents;
  /** How many lines have no amount (and so are not in `known`). */
  unknownLines: number;
  /** How many lines in all. */
  lines: number;
}

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
}

/** The total of one section of one plan. */
export interface SectionTotal {
  /** The plan it belongs to. */
  plan: string;
  /** The section's title. */
  titel: string;
  /** Its sum. */
  sum: Sum;
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
}

/** Totals across one or more plans. */
export interface Totals {
  /** The plans totalled. */
  plans: Plan[];
  /** Per source, in the order the plans declare them. */
  sources: SourceTotal[];
  /** Per kind of source: own budget and co-funding. */
  bySoort: Record<Soort, Sum>;
  /** Per section of each plan. */
  sections: SectionTotal[];
  /** Per activity of each plan. */
  activities: ActivityTotal[];
  /** Everything. */
  total: Sum;
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

/** An empty sum. */
export function emptySum(): Sum {
  return { known: 0, unknownLines: 0, lines: 0 };
}

function add(sum: Sum, bedrag: Cents | null): void {
  sum.lines++;
  if (bedrag === null) sum.unknownLines++;
  else sum.known += bedrag;
}

/** Totals the plans per source, kind of source, section and activity. */
export function computeTotals(plans: Plan[]): Totals {
  const sources = new Map<string, SourceTotal>();
  const bySoort: Record<Soort, Sum> = { eigen: emptySum(), cofinanciering: emptySum() };
  const sections: SectionTotal[] = [];
  const activities: ActivityTotal[] = [];
  const total = emptySum();
  let declaredTotal: Cents | null = null;
  let declaredKnown: Cents = 0;
  let declaredPlans = 0;

  for (const plan of plans) {
    for (const source of plan.bronnen) {
      if (!sources.has(source.code)) {
        sources.set(source.code, { code: source.code, naam: source.naam, soort: source.soort, sum: emptySum() });
      }
    }
    const planSum = emptySum();
    for (const section of plan.onderdelen) {
      const sectionTotal: SectionTotal = { plan: plan.path, titel: section.titel, sum: emptySum() };
      sections.push(sectionTotal);
      for (const activity of section.activiteiten) {
        const activityTotal: ActivityTotal = {
          plan: plan.path,
          onderdeel: section.titel,
          nr: activity.nr,
          titel: activity.titel,
          sum: emptySum(),
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
        }
      }
    }
    if (plan.totaalBudget !== null) {
      declaredTotal = (declaredTotal ?? 0) + plan.totaalBudget;
      declaredKnown += planSum.known;
      declaredPlans++;
    }
  }
  return {
    plans,
    sources: [...sources.values()],
    bySoort,
    sections,
    activities,
    total,
    declaredTotal,
    declaredPlans,
    difference: declaredTotal === null ? null : declaredTotal - declaredKnown,
  };
}

/** Whether a sum has lines but no known amount at all: then it is unknown, not zero. */
export function isUnknown(sum: Sum): boolean {
  return sum.unknownLines > 0 && sum.known === 0 && sum.unknownLines === sum.lines;
}


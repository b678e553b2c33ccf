import type { Cents } from './amount.js';
import { orderPlans } from './orderPlans.js';
import type { Plan, Soort } from './plan.js';
import { hasPerSaldo, perSaldo, type PerSaldo } from './perSaldo.js';
import { declaredSource, nameKey, sourceKey } from './planIdentity.js';
import { addAmount as add, addSum, differenceFrom, emptySum, isComplete, type Sum } from './sum.js';

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

/** Where the figures per source come from: the funding table, the lines of the activities, or each for some plans. */
export type SourceSide = 'financiering' | 'verdeling' | 'beide';

/** Whether a plan's sides agree: its funding per source, its division over the activities, its declared total. */
export interface Balance {
  /** The plan. */
  plan: string;
  /** The funding side (`financiering`) added up. */
  funding: Sum;
  /** The division over the activities added up. */
  division: Sum;
  /** The declared total (`totaal_budget`), or null. */
  declared: Cents | null;
  /** Funding minus division, when both are complete; null otherwise. */
  difference: Cents | null;
  /** Per source that the division's lines name: its funding against the division's lines of it. */
  perSource: { code: string; funding: Sum; division: Sum; difference: Cents | null }[];
}

/** A programme's budget, declared on the city-wide plan, against the city-wide plan and its wijk plans together. */
export interface ProgrammeTotal {
  /** The city-wide plan that declares it. */
  plan: string;
  /** Its municipality. */
  gemeente: string;
  /** Its year. */
  jaar: number;
  /** The programme's budget, in cents. */
  budget: Cents;
  /** The division of every plan of that year and municipality (city-wide and wijk plans) added up. */
  division: Sum;
  /** How many plans that is. */
  plans: number;
  /** The budget minus the known division: positive is not yet allocated, negative over budget. */
  difference: Cents;
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
  /** Where the figures per source (and per kind of source) come from. */
  sourceSide: SourceSide;
  /** The funding tables added up, or null when no plan has one. */
  funding: Sum | null;
  /** What was spent of the funding (`besteed` of its lines), or null when no plan has a funding table. */
  fundingSpent: Sum | null;
  /** For each plan with a funding table, whether its sides agree. */
  balances: Balance[];
  /** The plans per saldo (lasten, baten, saldo, reserves, result), or null when no plan has income or reserve movements. */
  perSaldo: PerSaldo | null;
  /** The programmes' budgets declared on city-wide plans, each against its plans together. */
  programmes: ProgrammeTotal[];
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
  const funding = emptySum();
  const fundingSpent = emptySum();
  const balances: Balance[] = [];
  let fromFunding = 0;
  // Sources are keyed as names are compared (see `sourceKey`): a code written in two forms, in one
  // plan or in two, is one source, named as the first plan declares it.
  const addToSource = (code: string | null, amount: Sum['known'] | null, besteed: Sum['known'] | null) => {
    const source = code === null ? undefined : sources.get(sourceKey(code));
    // Lines of undeclared sources are refused by validation before totals are made.
    if (!source) return;
    add(source.sum, amount);
    add(bySoort[source.soort], amount);
    add(source.spent, besteed);
    add(spentBySoort[source.soort], besteed);
  };

  for (const plan of plans) {
    for (const source of plan.bronnen) {
      if (!sources.has(sourceKey(source.code))) {
        sources.set(sourceKey(source.code), {
          code: source.code,
          naam: source.naam,
          soort: source.soort,
          sum: emptySum(),
          spent: emptySum(),
        });
      }
    }
    const planSum = emptySum();
    // With a funding table, the figures per source come from it; the activities' lines are then the division.
    const funded = plan.financiering.length > 0;
    if (funded) {
      fromFunding++;
      for (const line of plan.financiering) {
        addToSource(line.bron, line.bedrag, line.besteed ?? null);
        add(funding, line.bedrag);
        add(fundingSpent, line.besteed ?? null);
      }
    }
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
          const besteed = line.besteed ?? null;
          if (!funded) addToSource(line.bron, line.bedrag, besteed);
          add(sectionTotal.sum, line.bedrag);
          add(activityTotal.sum, line.bedrag);
          add(planSum, line.bedrag);
          add(total, line.bedrag);
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
    if (funded) balances.push(balanceOf(plan));
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
    // Spending given on the funding side alone (what a source paid out) is spending too.
    hasSpent: spent.lines > spent.unknownLines || fundingSpent.lines > fundingSpent.unknownLines,
    declaredTotal: declared.lines === 0 ? null : declared.known,
    declaredPlans: declared.lines,
    difference: declared.lines === 0 ? null : differenceFrom(declared.known, declaredAllocated),
    sourceSide: fromFunding === 0 ? 'verdeling' : fromFunding === plans.length ? 'financiering' : 'beide',
    funding: fromFunding === 0 ? null : funding,
    fundingSpent: fromFunding === 0 ? null : fundingSpent,
    balances,
    perSaldo: hasPerSaldo(plans) ? perSaldo(plans) : null,
    programmes: programmesOf(plans),
  };
}

/** The division of a plan: every line of its activities. */
export function divisionOf(plan: Plan): Sum {
  const sum = emptySum();
  for (const section of plan.onderdelen)
    for (const activity of section.activiteiten) for (const line of activity.dekking) add(sum, line.bedrag);
  return sum;
}

/**
 * Whether a plan with a funding table balances: funding against division in all, and per source
 * where the division's lines name sources.
 */
export function balanceOf(plan: Plan): Balance {
  const funding = emptySum();
  // Per source key (see `sourceKey`), with the code as the plan declares it, or else as first written.
  const codeOf = (bron: string) => declaredSource(plan.bronnen, bron)?.code ?? bron;
  const fundingOf = new Map<string, Sum>();
  for (const line of plan.financiering) {
    add(funding, line.bedrag);
    const key = sourceKey(line.bron);
    if (!fundingOf.has(key)) fundingOf.set(key, emptySum());
    add(fundingOf.get(key)!, line.bedrag);
  }
  const division = divisionOf(plan);
  const divisionPerSource = new Map<string, { code: string; sum: Sum }>();
  for (const section of plan.onderdelen) {
    for (const activity of section.activiteiten) {
      for (const line of activity.dekking) {
        if (line.bron === null) continue;
        const key = sourceKey(line.bron);
        if (!divisionPerSource.has(key)) divisionPerSource.set(key, { code: codeOf(line.bron), sum: emptySum() });
        add(divisionPerSource.get(key)!.sum, line.bedrag);
      }
    }
  }
  const minus = (a: Sum, b: Sum) => (isComplete(a) && isComplete(b) ? a.known - b.known : null);
  return {
    plan: plan.path,
    funding,
    division,
    declared: plan.totaalBudget,
    difference: division.lines === 0 ? null : minus(funding, division),
    perSource: [...divisionPerSource].map(([key, { code, sum: d }]) => {
      const f = fundingOf.get(key) ?? emptySum();
      return { code, funding: f, division: d, difference: minus(f, d) };
    }),
  };
}

/** The programmes' budgets: each declared on a city-wide plan, against every plan of its year and municipality. */
function programmesOf(plans: readonly Plan[]): ProgrammeTotal[] {
  const programmes: ProgrammeTotal[] = [];
  for (const plan of plans) {
    if (plan.wijk !== undefined || plan.programmaBudget === null) continue;
    const key = nameKey(plan.gemeente);
    const members = plans.filter((p) => p.jaar === plan.jaar && nameKey(p.gemeente) === key);
    const division = emptySum();
    for (const member of members) addSum(division, divisionOf(member));
    programmes.push({
      plan: plan.path,
      gemeente: plan.gemeente,
      jaar: plan.jaar,
      budget: plan.programmaBudget,
      division,
      plans: members.length,
      difference: differenceFrom(plan.programmaBudget, division),
    });
  }
  return programmes;
}

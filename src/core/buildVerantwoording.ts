import { judgeDeviation, type LineDeviation } from './checkVerantwoording.js';
import { computeTotals, type Totals } from './computeTotals.js';
import { orderPlans } from './orderPlans.js';
import type { Indicator, Plan, Soort, ActivityStatus } from './plan.js';
import { budgetOf, DEFAULT_DEVIATION, deviationOf, spentOf, sumOfSums, type Deviation, type DeviationThreshold, type Sum } from './sum.js';

// The account (verantwoording) of a year: per plan and activity the three questions a council asks
// (what did we want to achieve, what did we do, what did it cost), with a traffic-light assessment
// whose rules are these, each rule a reason that is shown beside the colour:
//
//   red     the activity is `vervallen`, or still `gepland` at the year's end, or its spending
//           deviates without an explanation;
//   orange  it is `lopend`, or has no status in a plan that gives statuses (a plan that gives none,
//           a budget table, is not rated on them), or a target was missed or its realisation is not
//           given, or its spending deviates with an explanation, or a line has no amount (the
//           budget is not fully known), or a line has no `besteed` (the spending is not fully known);
//   green   none of these: `afgerond`, every target met, spending within the threshold.
//
// "Deviates" and "explained" are the one rule of `judgeDeviation`, which the check
// `unexplained-deviation` reads too, so validate and the account agree: a line deviates on its own,
// and the total on its own, so two lines that differ by the same amount in opposite directions
// deviate though the total does not. The lines that deviate are listed with the activity
// (`deviatingLines`), and every explanation the plan gives (the activity's and its lines') with them.

/** The assessment of an activity. */
export type Light = 'groen' | 'oranje' | 'rood';

/** Why an activity is not green; each reason has its colour. */
export type LightReason =
  | 'vervallen'
  | 'gepland'
  | 'unexplained-deviation'
  | 'lopend'
  | 'no-status'
  | 'target-missed'
  | 'realisation-unknown'
  | 'explained-deviation'
  | 'budget-unknown'
  | 'spending-unknown';

/** The colour each reason gives. */
export const reasonLight: Record<LightReason, Light> = {
  vervallen: 'rood',
  gepland: 'rood',
  'unexplained-deviation': 'rood',
  lopend: 'oranje',
  'no-status': 'oranje',
  'target-missed': 'oranje',
  'realisation-unknown': 'oranje',
  'explained-deviation': 'oranje',
  'budget-unknown': 'oranje',
  'spending-unknown': 'oranje',
};

/** An indicator with whether its target was met. */
export interface VerantwoordingIndicator extends Indicator {
  /** Met (true), missed (false), or not to tell: no target or no realisation (null). */
  met: boolean | null;
}

/** Money against its budget. */
export interface Money {
  budget: Sum;
  spent: Sum;
  /** Spent minus budget and its share; null when either is not complete. */
  deviation: Deviation | null;
}

/** One activity's account. */
export interface VerantwoordingActivity extends Money {
  onderdeel: string;
  nr: number;
  titel: string;
  /** What it was to achieve: the plan's description. */
  omschrijving?: string;
  status?: ActivityStatus;
  indicators: VerantwoordingIndicator[];
  /** What was done and achieved. */
  resultaat?: string;
  /** Why spending differs from the budget: the activity's `verantwoording.toelichting`. */
  toelichting?: string;
  /** The `toelichting` of its budget lines, in the order of the plan (the line's place from 0, its source). */
  lineExplanations: { index: number; bron: string | null; text: string }[];
  /** The lines whose spending differs from their amount beyond the threshold, explained or not. */
  deviatingLines: LineDeviation[];
  light: Light;
  /** Why it is not green, worst first; empty when green. */
  reasons: LightReason[];
}

/** One plan's account. */
export interface VerantwoordingPlan extends Money {
  plan: Plan;
  totals: Totals;
  activities: VerantwoordingActivity[];
  counts: Record<Light, number>;
}

/** A source's or kind's money. */
export interface VerantwoordingSource extends Money {
  code: string;
  naam: string;
  soort: Soort;
}

/** The account of a year. */
export interface Verantwoording extends Money {
  year: number;
  threshold: DeviationThreshold;
  plans: VerantwoordingPlan[];
  /** The totals of all plans, as `totals` computes them. */
  combined: Totals;
  sources: VerantwoordingSource[];
  soorten: ({ soort: Soort } & Money)[];
  /**
   * The kinds of source added up: the total of the tables per source and per kind, which come from
   * the funding tables where plans have them (`combined.sourceSide`), so that they add up to their
   * own total rather than to the division's.
   */
  soortenTotal: Money;
  counts: Record<Light, number>;
}

const ORDER: Light[] = ['rood', 'oranje', 'groen'];

/** Whether a realisation meets its target: as `richting` says, or, without it, lower is better when the target is below the baseline. */
export function targetMet(i: Indicator): boolean | null {
  if (i.streefwaarde === undefined || i.realisatie === undefined) return null;
  const lowerIsBetter = i.richting === undefined ? i.nulmeting !== undefined && i.streefwaarde < i.nulmeting : i.richting === 'lager';
  return lowerIsBetter ? i.realisatie <= i.streefwaarde : i.realisatie >= i.streefwaarde;
}

function money(budget: Sum, spent: Sum, threshold: DeviationThreshold): Money {
  return { budget, spent, deviation: deviationOf(budget, spent, threshold) };
}

function counts(lights: Light[]): Record<Light, number> {
  const c: Record<Light, number> = { groen: 0, oranje: 0, rood: 0 };
  for (const l of lights) c[l]++;
  return c;
}

function verantwoordingPlan(plan: Plan, threshold: DeviationThreshold): VerantwoordingPlan {
  const activities: VerantwoordingActivity[] = [];
  // A plan that gives no status anywhere does not use them: missing one is no reason.
  const usesStatus = plan.onderdelen.some((s) => s.activiteiten.some((a) => a.status !== undefined));
  for (const section of plan.onderdelen) {
    for (const a of section.activiteiten) {
      const m = money(budgetOf(a.dekking), spentOf(a.dekking), threshold);
      const judged = judgeDeviation(a, threshold);
      const reasons: LightReason[] = [];
      if (a.status === undefined && usesStatus) reasons.push('no-status');
      else if (a.status !== undefined && a.status !== 'afgerond') reasons.push(a.status);
      const indicators = (a.indicatoren ?? []).map((i) => ({ ...i, met: targetMet(i) }));
      if (indicators.some((i) => i.met === false)) reasons.push('target-missed');
      if (indicators.some((i) => i.streefwaarde !== undefined && i.realisatie === undefined)) reasons.push('realisation-unknown');
      if (judged.judgement === 'unexplained') reasons.push('unexplained-deviation');
      // A cancelled activity that spent less needs no further word: its status is the explanation.
      else if (judged.judgement === 'explained') reasons.push('explained-deviation');
      // An unknown budget is named as such, and unknown spending as such; a line can miss both.
      if (a.dekking.some((l) => l.bedrag === null)) reasons.push('budget-unknown');
      if (a.dekking.some((l) => l.besteed === undefined)) reasons.push('spending-unknown');
      reasons.sort((x, y) => ORDER.indexOf(reasonLight[x]) - ORDER.indexOf(reasonLight[y]));
      const lineExplanations = a.dekking.flatMap((l, index) =>
        l.toelichting === undefined ? [] : [{ index, bron: l.bron, text: l.toelichting }],
      );
      activities.push({
        onderdeel: section.titel,
        nr: a.nr,
        titel: a.titel,
        ...(a.omschrijving === undefined ? {} : { omschrijving: a.omschrijving }),
        ...(a.status === undefined ? {} : { status: a.status }),
        indicators,
        ...(a.verantwoording?.resultaat === undefined ? {} : { resultaat: a.verantwoording.resultaat }),
        ...(a.verantwoording?.toelichting === undefined ? {} : { toelichting: a.verantwoording.toelichting }),
        lineExplanations,
        deviatingLines: judged.lines,
        ...m,
        light: reasons.length === 0 ? 'groen' : reasonLight[reasons[0]!],
        reasons,
      });
    }
  }
  const totals = computeTotals([plan]);
  return { plan, totals, activities, counts: counts(activities.map((a) => a.light)), ...money(totals.total, totals.spent, threshold) };
}

/** Builds the account of a year's plans (drafts and plans with errors are the command's to refuse). */
export function buildVerantwoording(year: number, plans: Plan[], threshold: DeviationThreshold = DEFAULT_DEVIATION): Verantwoording {
  const ordered = orderPlans(plans);
  const combined = computeTotals(ordered);
  const accounts = ordered.map((p) => verantwoordingPlan(p, threshold));
  return {
    year,
    threshold,
    plans: accounts,
    combined,
    sources: combined.sources.map((s) => ({ code: s.code, naam: s.naam, soort: s.soort, ...money(s.sum, s.spent, threshold) })),
    soorten: (['eigen', 'cofinanciering'] as const).map((soort) => ({
      soort,
      ...money(combined.bySoort[soort], combined.spentBySoort[soort], threshold),
    })),
    soortenTotal: money(
      sumOfSums([combined.bySoort.eigen, combined.bySoort.cofinanciering]),
      sumOfSums([combined.spentBySoort.eigen, combined.spentBySoort.cofinanciering]),
      threshold,
    ),
    counts: counts(accounts.flatMap((p) => p.activities.map((a) => a.light))),
    ...money(combined.total, combined.spent, threshold),
  };
}

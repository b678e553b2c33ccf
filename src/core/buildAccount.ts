import { checkAccount } from './checkAccount.js';
import { computeTotals, type Totals } from './computeTotals.js';
import { orderPlans } from './orderPlans.js';
import type { Indicator, Plan, Soort, ActivityStatus } from './plan.js';
import { budgetOf, DEFAULT_DEVIATION, deviationOf, spentOf, type Deviation, type DeviationThreshold, type Sum } from './sum.js';

// The account (verantwoording) of a year: per plan and activity the three questions a council asks
// (what did we want to achieve, what did we do, what did it cost), with a traffic-light assessment
// whose rules are these, each rule a reason that is shown beside the colour:
//
//   red     the activity is `vervallen`, or still `gepland` at the year's end, or its spending
//           differs from the budget beyond the threshold without an explanation;
//   orange  it is `lopend`, or has no status in a plan that gives statuses (a plan that gives none,
//           a budget table, is not rated on them), or a target was missed or its realisation is not
//           given, or its spending differs beyond the threshold with an explanation, or its
//           spending is not (fully) known;
//   green   none of these: `afgerond`, every target met, spending within the threshold.
//
// "Explained" is what the check `unexplained-deviation` accepts, so validate and the account agree.

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
  'spending-unknown': 'oranje',
};

/** An indicator with whether its target was met. */
export interface AccountIndicator extends Indicator {
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
export interface AccountActivity extends Money {
  onderdeel: string;
  nr: number;
  titel: string;
  /** What it was to achieve: the plan's description. */
  omschrijving?: string;
  status?: ActivityStatus;
  indicators: AccountIndicator[];
  /** What was done and achieved. */
  resultaat?: string;
  /** Why spending differs from the budget. */
  toelichting?: string;
  light: Light;
  /** Why it is not green, worst first; empty when green. */
  reasons: LightReason[];
}

/** One plan's account. */
export interface AccountPlan extends Money {
  plan: Plan;
  totals: Totals;
  activities: AccountActivity[];
  counts: Record<Light, number>;
}

/** A source's or kind's money. */
export interface AccountSource extends Money {
  code: string;
  naam: string;
  soort: Soort;
}

/** The account of a year. */
export interface Account extends Money {
  year: number;
  threshold: DeviationThreshold;
  plans: AccountPlan[];
  /** The totals of all plans, as `totals` computes them. */
  combined: Totals;
  sources: AccountSource[];
  soorten: ({ soort: Soort } & Money)[];
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

function accountPlan(plan: Plan, threshold: DeviationThreshold): AccountPlan {
  const unexplained = checkAccount(plan, { deviation: threshold })
    .filter((f) => f.code === 'unexplained-deviation')
    .map((f) => f.pointer);
  const activities: AccountActivity[] = [];
  // A plan that gives no status anywhere does not use them: missing one is no reason.
  const usesStatus = plan.onderdelen.some((s) => s.activiteiten.some((a) => a.status !== undefined));
  for (const section of plan.onderdelen) {
    for (const a of section.activiteiten) {
      const m = money(budgetOf(a.dekking), spentOf(a.dekking), threshold);
      const reasons: LightReason[] = [];
      if (a.status === undefined && usesStatus) reasons.push('no-status');
      else if (a.status !== undefined && a.status !== 'afgerond') reasons.push(a.status);
      const indicators = (a.indicatoren ?? []).map((i) => ({ ...i, met: targetMet(i) }));
      if (indicators.some((i) => i.met === false)) reasons.push('target-missed');
      if (indicators.some((i) => i.streefwaarde !== undefined && i.realisatie === undefined)) reasons.push('realisation-unknown');
      const beyond = unexplained.some((p) => p === a.pointer || p.startsWith(a.pointer + '/'));
      if (beyond) reasons.push('unexplained-deviation');
      // A cancelled activity that spent less needs no further word: its status is the explanation.
      else if (m.deviation?.beyond && !(a.status === 'vervallen' && m.deviation.difference > 0)) reasons.push('explained-deviation');
      else if (a.dekking.length > 0 && m.deviation === null) reasons.push('spending-unknown');
      reasons.sort((x, y) => ORDER.indexOf(reasonLight[x]) - ORDER.indexOf(reasonLight[y]));
      activities.push({
        onderdeel: section.titel,
        nr: a.nr,
        titel: a.titel,
        ...(a.omschrijving === undefined ? {} : { omschrijving: a.omschrijving }),
        ...(a.status === undefined ? {} : { status: a.status }),
        indicators,
        ...(a.verantwoording?.resultaat === undefined ? {} : { resultaat: a.verantwoording.resultaat }),
        ...(a.verantwoording?.toelichting === undefined ? {} : { toelichting: a.verantwoording.toelichting }),
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
export function buildAccount(year: number, plans: Plan[], threshold: DeviationThreshold = DEFAULT_DEVIATION): Account {
  const ordered = orderPlans(plans);
  const combined = computeTotals(ordered);
  const accounts = ordered.map((p) => accountPlan(p, threshold));
  return {
    year,
    threshold,
    plans: accounts,
    combined,
    sources: combined.sources.map((s) => ({ code: s.code, naam: s.naam, soort: s.soort, ...money(s.sum, s.spent, threshold) })),
    soorten: (['eigen', 'cofinanciering'] as const).map((soort) => ({ soort, ...money(combined.bySoort[soort], combined.spentBySoort[soort], threshold) })),
    counts: counts(accounts.flatMap((p) => p.activities.map((a) => a.light))),
    ...money(combined.total, combined.spent, threshold),
  };
}

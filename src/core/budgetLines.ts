import type { Cents } from './amount.js';
import { taakveldName } from './iv3Taakvelden.js';
import { orderPlans } from './orderPlans.js';
import type { Plan, Soort } from './plan.js';
import { declaredSource } from './planIdentity.js';

/** One budget line of a plan with everything that places it: the rows of open budget data. */
export interface BudgetLineRow {
  jaar: number;
  gemeente: string;
  /** Absent for the city-wide plan. */
  wijk?: string;
  onderdeel: string;
  activiteitNr: number;
  activiteit: string;
  /** The source's code; null for a line of the division alone (the plan gives its funding per source apart). */
  bron: string | null;
  /** The source's name; absent when the plan does not declare the source. */
  bronNaam?: string;
  soort?: Soort;
  taakveld?: string;
  /** The taakveld's name on the BBV's list of the plan's year; absent when the code is on no list. */
  taakveldNaam?: string;
  /** The budgeted amount; null when the plan does not give it. */
  begroot: Cents | null;
  /** The amount spent; null while it is not known. */
  besteed: Cents | null;
}

/** Every budget line of the plans, plans in the order of `orderPlans`, lines in plan order. */
export function budgetLineRows(plans: Plan[]): BudgetLineRow[] {
  return orderPlans(plans).flatMap((plan) =>
    plan.onderdelen.flatMap((section) =>
      section.activiteiten.flatMap((activity) =>
        activity.dekking.map((line): BudgetLineRow => {
          const source = declaredSource(plan.bronnen, line.bron);
          const naam = activity.taakveld === undefined ? undefined : taakveldName(activity.taakveld, plan.jaar);
          return {
            jaar: plan.jaar,
            gemeente: plan.gemeente,
            ...(plan.wijk === undefined ? {} : { wijk: plan.wijk }),
            onderdeel: section.titel,
            activiteitNr: activity.nr,
            activiteit: activity.titel,
            // The code as the plan declares it, however the line writes it, so rows of one source group together.
            bron: source?.code ?? line.bron,
            ...(source === undefined ? {} : { bronNaam: source.naam, soort: source.soort }),
            ...(activity.taakveld === undefined ? {} : { taakveld: activity.taakveld }),
            ...(naam === undefined ? {} : { taakveldNaam: naam }),
            begroot: line.bedrag,
            besteed: line.besteed ?? null,
          };
        }),
      ),
    ),
  );
}

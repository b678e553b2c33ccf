import type { Cents } from './amount.js';

/** The kind of a funding source: the programme's own budget, or co-funding from elsewhere. */
export type Soort = 'eigen' | 'cofinanciering';

/** A theme of the neighbourhood approach. */
export type Thema = 'sociaal' | 'fysiek' | 'economisch' | 'veilig';

/** How far an activity has come. */
export type ActivityStatus = 'gepland' | 'lopend' | 'afgerond' | 'vervallen';

/** Whether money comes back every year (structureel) or for this year or a set period (incidenteel). */
export type Karakter = 'incidenteel' | 'structureel';

/** What a line is that may be negative: a cut, a correction of an earlier line, or money coming back. */
export type Aard = 'bezuiniging' | 'correctie' | 'terugbetaling';

/** The unit the plan's amounts are written in: euros, thousands (x € 1.000) or millions (x € 1 mln). */
export type Schaal = 1 | 1000 | 1000000;

/** A funding source (dekkingsbron) declared under `bronnen`. */
export interface Source {
  /** The code that budget lines use, such as `wijkaanpak` or `S+R`. */
  code: string;
  /** The full name, such as `Stad- en Regiocontract`. */
  naam: string;
  /** Own budget or co-funding. */
  soort: Soort;
  /** JSON pointer of the source in the plan file. */
  pointer: string;
}

/** One budget line (dekkingsregel) of an activity: the division (verdeling) of the money over the activities. */
export interface BudgetLine {
  /** The code of the source that pays; null for a line of the division alone, where the plan gives its funding per source apart (`financiering`). */
  bron: string | null;
  /** The amount in cents; null when the plan names the source without an amount. */
  bedrag: Cents | null;
  /** The amount was written but could not be read; that is reported on its own, not as unknown. */
  unreadable?: boolean;
  /** The amount actually spent, in cents; absent while it is not known (or could not be read). */
  besteed?: Cents;
  /** An optional explanation. */
  toelichting?: string;
  /** Incidental or structural money, when the plan says. */
  karakter?: Karakter;
  /** A cut, correction or refund: only such a line may be negative. */
  aard?: Aard;
  /** JSON pointer of the line in the plan file. */
  pointer: string;
}

/** One line of the funding side (financiering): what a source gives to the plan as a whole. */
export interface FundingLine {
  /** The code of the source. */
  bron: string;
  /** The amount in cents; null when not known. */
  bedrag: Cents | null;
  /** The amount was written but could not be read. */
  unreadable?: boolean;
  /** What was spent of it, in cents, when known. */
  besteed?: Cents;
  /** Incidental or structural money, when the plan says. */
  karakter?: Karakter;
  /** A cut, correction or refund: only such a line may be negative. */
  aard?: Aard;
  /** An optional explanation. */
  toelichting?: string;
  /** JSON pointer of the line in the plan file. */
  pointer: string;
}

/** One line of income (baten): money that comes in, such as a grant or a partner's contribution received. */
export interface IncomeLine {
  /** What the money is, as the document names it. */
  omschrijving: string;
  /** The source it comes from, when the plan says. */
  bron?: string;
  /** The budgeted income in cents; null when not known. */
  bedrag: Cents | null;
  /** The amount was written but could not be read. */
  unreadable?: boolean;
  /** The income received (the account), in cents, when known. */
  realisatie?: Cents;
  /** Incidental or structural money, when the plan says. */
  karakter?: Karakter;
  /** A cut, correction or refund: only such a line may be negative. */
  aard?: Aard;
  /** An optional explanation. */
  toelichting?: string;
  /** JSON pointer of the line in the plan file. */
  pointer: string;
}

/** One movement of a reserve: an addition (toevoeging) or a withdrawal (onttrekking). */
export interface ReserveLine {
  /** The reserve and the reason, as the document names them. */
  omschrijving: string;
  /** Into the reserve (toevoeging) or out of it (onttrekking). */
  mutatie: 'toevoeging' | 'onttrekking';
  /** The budgeted movement in cents, always positive; null when not known. */
  bedrag: Cents | null;
  /** The amount was written but could not be read. */
  unreadable?: boolean;
  /** The movement in the account, in cents, when known. */
  realisatie?: Cents;
  /** Incidental or structural money, when the plan says. */
  karakter?: Karakter;
  /** An optional explanation. */
  toelichting?: string;
  /** JSON pointer of the line in the plan file. */
  pointer: string;
}

/** A total that the document itself states, to be checked against its lines. */
export interface Stated {
  /** The stated amount in cents. */
  cents: Cents;
  /** JSON pointer of the stated figure in the plan file. */
  pointer: string;
}

/** The figures of a budget or an account that a document states. */
export interface StatedFigures {
  /** The total of the costs (the division). */
  lasten?: Stated;
  /** The total of the income. */
  baten?: Stated;
  /** Income minus costs. */
  saldo?: Stated;
  /** The saldo plus withdrawals minus additions to reserves. */
  resultaat?: Stated;
  /** The total of the funding side. */
  financiering?: Stated;
}

/** Every total that a document states besides `totaal_budget`. */
export interface StatedTotals {
  /** Of the budget (begroting). */
  begroting: StatedFigures;
  /** Of the account (rekening). */
  rekening: StatedFigures;
  /** Per source, budgeted. */
  bronnen: (Stated & { code: string })[];
}

/** One measurable result of an activity. A target below the baseline means lower is better. */
export interface Indicator {
  /** What is measured; the same name in later years makes the series across years. */
  naam: string;
  /** The unit, such as `bewoners` or `procent`. */
  eenheid?: string;
  /** The value at the start (last year's realisation). */
  nulmeting?: number;
  /** The value to reach by the end of the year. */
  streefwaarde?: number;
  /** Whether a higher or a lower value is better; inferred from baseline and target when absent. */
  richting?: 'hoger' | 'lager';
  /** The value reached; absent while it is not known. */
  realisatie?: number;
  /** JSON pointer of the indicator in the plan file. */
  pointer: string;
}

/** The account of an activity after the year (`verantwoording`). */
export interface ActivityVerantwoording {
  /** What was done and achieved. */
  resultaat?: string;
  /** Why spending differs from the budget. */
  toelichting?: string;
  /** JSON pointer of the account in the plan file. */
  pointer: string;
}

/** An activity of the plan. */
export interface Activity {
  /** Its number, unique in the plan. */
  nr: number;
  /** Its title. */
  titel: string;
  /** What it is about. */
  omschrijving?: string;
  /** The themes it contributes to. */
  themas: Thema[];
  /** Who is responsible: roles, one per entry. */
  actiehouders: string[];
  /** How far it has come, when the plan says so. */
  status?: ActivityStatus;
  /** What it is measured by: baseline, target and what was reached. */
  indicatoren?: Indicator[];
  /** The account after the year: what was achieved, and why spending differs from the budget. */
  verantwoording?: ActivityVerantwoording;
  /** Its Iv3 taakveld of the BBV, as a code such as `6.1` (see `core/iv3Taakvelden.ts`). */
  taakveld?: string;
  /** Its budget lines. */
  dekking: BudgetLine[];
  /** JSON pointer of the activity in the plan file. */
  pointer: string;
}

/** A section (onderdeel) of the plan. */
export interface Section {
  /** Its title. */
  titel: string;
  /** Its activities, in plan order. */
  activiteiten: Activity[];
  /** The section's total as the document states it, when it does. */
  totaal?: Stated;
  /** JSON pointer of the section in the plan file. */
  pointer: string;
}

/** One line of the previous year's results; it can cover several points. */
export interface ResultPoint {
  /** The numbers of the points of the framework this line covers. */
  nrs: number[];
  /** What was achieved. */
  tekst: string;
}

/** The results of the previous year. */
export interface Results {
  /** The year of the results. */
  jaar: number;
  /** The framework the results are measured against. */
  kader?: string;
  /** Introductory text. */
  inleiding?: string;
  /** The number of points in the framework. */
  puntenTotaal?: number;
  /** The declared percentage realised. */
  gerealiseerdProcent?: number;
  /** The lines of results. */
  punten: ResultPoint[];
  /** JSON pointer of the results in the plan file. */
  pointer: string;
}

/** A yearly plan, read and typed, with amounts in cents. */
export interface Plan {
  /** The file it was read from, as shown to the user. */
  path: string;
  /** The year of the plan. */
  jaar: number;
  /** Its title. */
  titel: string;
  /** The municipality. */
  gemeente: string;
  /** The neighbourhood; absent for the municipality's own city-wide plan. */
  wijk?: string;
  /** A draft (`concept: true`): checked, but never totalled or reported. */
  concept?: boolean;
  /** The municipal programme it belongs to. */
  programma?: string;
  /** Where the document comes from. */
  herkomst?: string;
  /** Introductory text. */
  inleiding?: string;
  /** The declared total budget of all sources, or null when the plan declares none (or it is invalid). */
  totaalBudget: Cents | null;
  /** The programme's budget (the city-wide plan and its wijk plans of the year together), or null. */
  programmaBudget: Cents | null;
  /** The unit the amounts were written in; every amount here is already in cents. */
  schaal: Schaal;
  /** The funding sources, in plan order. */
  bronnen: Source[];
  /** The funding side: per source, for the plan as a whole (empty when the plan ties amounts to sources per activity). */
  financiering: FundingLine[];
  /** The income lines. */
  baten: IncomeLine[];
  /** The movements of reserves. */
  reserves: ReserveLine[];
  /** The totals the document states, to be checked. */
  totalen: StatedTotals;
  /** The previous year's results. */
  resultaten?: Results;
  /** The sections, in plan order. */
  onderdelen: Section[];
}

/** Every activity of a plan, in plan order, with the section it belongs to. */
export function activitiesOf(plan: Plan): readonly { section: Section; activity: Activity }[] {
  // The checks of a plan walk its activities several times in a row: the list of the plan asked
  // for last is kept (one plan, so nothing of a set of plans stays alive by it) and given again while
  // its sections and activities are still the same ones (compared one by one, which costs less than
  // making the list).
  if (last !== null && last.plan === plan && stillMatches(last.activities, plan)) return last.activities;
  const activities: { section: Section; activity: Activity }[] = [];
  for (const section of plan.onderdelen) for (const activity of section.activiteiten) activities.push({ section, activity });
  last = { plan, activities };
  return activities;
}

let last: { plan: Plan; activities: readonly { section: Section; activity: Activity }[] } | null = null;

function stillMatches(made: readonly { section: Section; activity: Activity }[], plan: Plan): boolean {
  let k = 0;
  for (const section of plan.onderdelen) {
    for (const activity of section.activiteiten) {
      const entry = made[k++];
      if (entry === undefined || entry.section !== section || entry.activity !== activity) return false;
    }
  }
  return k === made.length;
}

import type { Cents } from './amount.js';

/** The kind of a funding source: the programme's own budget, or co-funding from elsewhere. */
export type Soort = 'eigen' | 'cofinanciering';

/** A theme of the neighbourhood approach. */
export type Thema = 'sociaal' | 'fysiek' | 'economisch' | 'veilig';

/** How far an activity has come. */
export type ActivityStatus = 'gepland' | 'lopend' | 'afgerond' | 'vervallen';

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

/** One budget line (dekkingsregel) of an activity. */
export interface BudgetLine {
  /** The code of the source that pays. */
  bron: string;
  /** The amount in cents; null when the plan names the source without an amount. */
  bedrag: Cents | null;
  /** The amount was written but could not be read; that is reported on its own, not as unknown. */
  unreadable?: boolean;
  /** The amount actually spent, in cents; absent while it is not known (or could not be read). */
  besteed?: Cents;
  /** An optional explanation. */
  toelichting?: string;
  /** JSON pointer of the line in the plan file. */
  pointer: string;
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
export interface ActivityAccount {
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
  verantwoording?: ActivityAccount;
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
  /** The funding sources, in plan order. */
  bronnen: Source[];
  /** The previous year's results. */
  resultaten?: Results;
  /** The sections, in plan order. */
  onderdelen: Section[];
}

/** Every activity of a plan, in plan order, with the section it belongs to. */
export function activitiesOf(plan: Plan): { section: Section; activity: Activity }[] {
  return plan.onderdelen.flatMap((section) =>
    section.activiteiten.map((activity) => ({ section, activity })),
  );
}

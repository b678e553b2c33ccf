import type { Lang } from './lang.js';
import type { GroupBy } from '../core/groupTotals.js';
import type { ActivityStatus } from '../core/plan.js';

/** The words of spending, groupings, years side by side and CSV, per language. */
export interface DataLabels {
  /** Column header for the budgeted amount, when spending is shown next to it. */
  budgeted: string;
  /** Column header and row label for what was spent. */
  spent: string;
  /** Column header and row label for budget minus spent (negative when overspent). */
  remaining: string;
  /** Column header for spent as a share of the budget. */
  percent: string;
  /** A whole percentage, written as the language writes it. */
  percentOf: (percent: number) => string;
  /** One budget line with spending, hledger-style: `€ 4.250 besteed [85% van € 5.000]`. */
  lineSpent: (spent: string, percent: string | null, budget: string) => string;
  /** The status of an activity. */
  status: Record<ActivityStatus, string>;
  /** The label of the status field in a report. */
  statusLabel: string;
  /** The heading above a grouped table. */
  byTitle: Record<GroupBy, string>;
  /** The column header of the group. */
  byHeader: Record<GroupBy, string>;
  /** The group of activities without a theme. */
  noThema: string;
  /** A budget line of an activity without a taakveld, in totals --by taakveld. */
  noTaakveld: string;
  /** The group of lines that do not say whether they are incidental or structural. */
  noKarakter: string;
  /** The header of a taakveld's name on the BBV's list. */
  taakveldNaam: string;
  /** The header of the plan years a taakveld's lines come from. */
  taakveldJaren: string;
  /** The note for a taakveld that leaves the list within the plans' years. */
  taakveldEnds: (code: string, year: number, successors: string) => string;
  /** The note for a taakveld that joins the list within the plans' years, after the codes it follows. */
  taakveldStarts: (code: string, year: number, follows: string) => string;
  /** The note under a table by theme: an activity with several themes counts in each. */
  themaNote: string;
  /** The heading of years side by side. */
  yearsTitle: (first: number, last: number, by: string) => string;
  /** The header of the change against the year before. */
  delta: (year: number) => string;
  /** The title of `report --years`. */
  yearsReportTitle: (first: number, last: number, gemeente: string) => string;
  /** The note under years side by side when some year has no plan. */
  missingYears: (years: number[]) => string;
  /** The header of a count of lines without an amount next to an amount column, in CSV. */
  withoutAmount: (column: string) => string;
  /** The headers of the CSV of budget lines, in column order. */
  csv: {
    plan: string;
    jaar: string;
    gemeente: string;
    wijk: string;
    onderdeel: string;
    nr: string;
    activiteit: string;
    status: string;
    broncode: string;
    bron: string;
    soort: string;
    bedrag: string;
    besteed: string;
    unknownLines: string;
    unknownSpent: string;
  };
}

const nl: DataLabels = {
  budgeted: 'Begroot',
  spent: 'Besteed',
  remaining: 'Restant',
  percent: '% besteed',
  percentOf: (p) => `${p}%`,
  lineSpent: (spent, percent, budget) => `${spent} besteed [${percent === null ? '' : `${percent} van `}${budget}]`,
  status: { gepland: 'gepland', lopend: 'lopend', afgerond: 'afgerond', vervallen: 'vervallen' },
  statusLabel: 'Status',
  byTitle: {
    source: 'Per bron',
    section: 'Per onderdeel',
    plan: 'Per plan',
    wijk: 'Per wijk',
    year: 'Per jaar',
    thema: 'Per thema',
    taakveld: 'Per taakveld (Iv3)',
    karakter: 'Incidenteel en structureel',
  },
  byHeader: {
    source: 'Code',
    section: 'Onderdeel',
    plan: 'Plan',
    wijk: 'Wijk',
    year: 'Jaar',
    thema: 'Thema',
    taakveld: 'Taakveld',
    karakter: 'Karakter',
  },
  noThema: 'zonder thema',
  noTaakveld: 'zonder taakveld',
  noKarakter: 'niet opgegeven',
  taakveldNaam: 'Naam (BBV)',
  taakveldJaren: 'Jaren',
  taakveldEnds: (code, year, successors) =>
    `De reeks van ${code} is onderbroken door een vernummering: ${code} staat vanaf ${year} niet meer op de lijst van taakvelden (${successors}).`,
  taakveldStarts: (code, year, follows) =>
    `${code} staat pas vanaf ${year} op de lijst van taakvelden` + (follows === '' ? '.' : `; daarvoor was dat ${follows}.`),
  themaNote: 'Een activiteit met meer thema’s telt bij elk thema mee; de rijen tellen daarom niet op tot het totaal.',
  yearsTitle: (first, last, by) => `${first}–${last} naast elkaar, ${by.toLowerCase()}`,
  delta: (year) => `Δ ${year}`,
  withoutAmount: (column) => `${column} regels zonder bedrag`,
  yearsReportTitle: (first, last, gemeente) => `Jaarplannen ${gemeente} ${first}–${last}`,
  missingYears: (years) => `Geen plan voor ${years.join(', ')}; daartegen is geen verschil te geven.`,
  csv: {
    plan: 'Plan',
    jaar: 'Jaar',
    gemeente: 'Gemeente',
    wijk: 'Wijk',
    onderdeel: 'Onderdeel',
    nr: 'Activiteit nr',
    activiteit: 'Activiteit',
    status: 'Status',
    broncode: 'Broncode',
    bron: 'Bron',
    soort: 'Soort',
    bedrag: 'Bedrag',
    besteed: 'Besteed',
    unknownLines: 'Regels zonder bedrag',
    unknownSpent: 'Regels zonder besteed',
  },
};

const en: DataLabels = {
  budgeted: 'Budgeted',
  spent: 'Spent',
  remaining: 'Remaining',
  percent: '% spent',
  percentOf: (p) => `${p}%`,
  lineSpent: (spent, percent, budget) => `${spent} spent [${percent === null ? '' : `${percent} of `}${budget}]`,
  status: { gepland: 'planned', lopend: 'in progress', afgerond: 'completed', vervallen: 'cancelled' },
  statusLabel: 'Status',
  byTitle: {
    source: 'By source',
    section: 'By section',
    plan: 'By plan',
    wijk: 'By neighbourhood',
    year: 'By year',
    thema: 'By theme',
    taakveld: 'By taakveld (Iv3)',
    karakter: 'Incidental and structural',
  },
  byHeader: {
    source: 'Code',
    section: 'Section',
    plan: 'Plan',
    wijk: 'Neighbourhood',
    year: 'Year',
    thema: 'Theme',
    taakveld: 'Taakveld',
    karakter: 'Character',
  },
  noThema: 'no theme',
  noTaakveld: 'no taakveld',
  noKarakter: 'not given',
  taakveldNaam: 'Name (BBV)',
  taakveldJaren: 'Years',
  taakveldEnds: (code, year, successors) =>
    `The series of ${code} is broken by a renumbering: ${code} is not on the list of taakvelden from ${year} on (${successors}).`,
  taakveldStarts: (code, year, follows) =>
    `${code} is on the list of taakvelden only from ${year} on` + (follows === '' ? '.' : `; before, that was ${follows}.`),
  themaNote: 'An activity with several themes counts in each; the rows therefore do not add up to the total.',
  yearsTitle: (first, last, by) => `${first}–${last} side by side, ${by.toLowerCase()}`,
  delta: (year) => `Δ ${year}`,
  withoutAmount: (column) => `${column} lines without amount`,
  yearsReportTitle: (first, last, gemeente) => `Yearly plans ${gemeente} ${first}–${last}`,
  missingYears: (years) => `No plan for ${years.join(', ')}; no change can be given against it.`,
  csv: {
    plan: 'Plan',
    jaar: 'Year',
    gemeente: 'Municipality',
    wijk: 'Neighbourhood',
    onderdeel: 'Section',
    nr: 'Activity no.',
    activiteit: 'Activity',
    status: 'Status',
    broncode: 'Source code',
    bron: 'Source',
    soort: 'Kind',
    bedrag: 'Amount',
    besteed: 'Spent',
    unknownLines: 'Lines without amount',
    unknownSpent: 'Lines without spent',
  },
};

/** The data labels of each language. */
export const dataLabels: Record<Lang, DataLabels> = { nl, en };

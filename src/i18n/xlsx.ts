import type { Lang } from './lang.js';
import { moneyWords, type MoneyWords } from './money.js';

/** The words of the workbooks (`--format xlsx`). */
export interface XlsxWords {
  summary: string;
  attention: string;
  totalsTitle: (years: string) => string;
  reportTitle: (year: number) => string;
  verantwoordingTitle: (year: number) => string;
  subjectTotals: string;
  subjectReport: string;
  subjectVerantwoording: string;
  headers: {
    bron: string;
    naam: string;
    soort: string;
    onderdeel: string;
    nr: string;
    activiteit: string;
    begroot: string;
    besteed: string;
    /** The plan years a taakveld's lines come from, by taakveld. */
    jaren: string;
    over: string;
    plan: string;
    bestand: string;
    verschil: string;
    verschilProcent: string;
    status: string;
    beoordeling: string;
    doel: string;
    indicatoren: string;
    resultaat: string;
    toelichting: string;
    regel: string;
    code: string;
    melding: string;
  };
  total: (unknownBudget: number, unknownSpent: number) => string;
  unknownAmount: string;
  unknownSpent: string;
  allUnknown: string;
  someUnknown: (n: number) => string;
  remainingUnknown: string;
  byKind: string;
  /** The words of the money model: funding, per saldo, V and N. */
  money: MoneyWords;
}

const nl: XlsxWords = {
  summary: 'Samenvatting',
  attention: 'Aandachtspunten',
  totalsTitle: (years) => `Begroting ${years}`,
  reportTitle: (year) => `Jaarplan ${year}`,
  verantwoordingTitle: (year) => `Verantwoording ${year}`,
  subjectTotals: 'Begroting per bron, soort en plan',
  subjectReport: 'Jaarplan: begroting en aandachtspunten',
  subjectVerantwoording: 'Verantwoording: begroting tegen besteding, doelen en resultaten',
  headers: {
    bron: 'Bron',
    naam: 'Naam',
    soort: 'Soort',
    onderdeel: 'Onderdeel',
    nr: 'Nr',
    activiteit: 'Activiteit',
    begroot: 'Begroot',
    besteed: 'Besteed',
    jaren: 'Jaren',
    over: 'Over',
    plan: 'Plan',
    bestand: 'Bestand',
    verschil: 'Verschil',
    verschilProcent: 'Verschil %',
    status: 'Status',
    beoordeling: 'Beoordeling',
    doel: 'Doel',
    indicatoren: 'Indicatoren',
    resultaat: 'Resultaat',
    toelichting: 'Toelichting',
    regel: 'Regel',
    code: 'Code',
    melding: 'Melding',
  },
  total: (b, s) =>
    'Totaal' +
    (b + s === 0
      ? ''
      : ` (${[b > 0 ? `${b} ${b === 1 ? 'regel' : 'regels'} zonder bedrag` : '', s > 0 ? `${s} zonder besteed` : ''].filter(Boolean).join(', ')})`),
  unknownAmount: 'Het plan noemt deze bron zonder bedrag: onbekend, niet nul.',
  unknownSpent: 'Besteed is (nog) niet ingevuld: onbekend, niet nul.',
  allUnknown: 'Geen enkele regel heeft een bedrag: onbekend, niet nul.',
  someUnknown: (n) => `${n} ${n === 1 ? 'regel heeft' : 'regels hebben'} geen bedrag en ${n === 1 ? 'telt' : 'tellen'} niet mee.`,
  remainingUnknown: 'Niet te berekenen: een bedrag of besteding ontbreekt.',
  byKind: 'Per soort bron',
  money: moneyWords.nl,
};

const en: XlsxWords = {
  summary: 'Summary',
  attention: 'Points of attention',
  totalsTitle: (years) => `Budget ${years}`,
  reportTitle: (year) => `Yearly plan ${year}`,
  verantwoordingTitle: (year) => `Account ${year}`,
  subjectTotals: 'Budget per source, kind and plan',
  subjectReport: 'Yearly plan: budget and points of attention',
  subjectVerantwoording: 'Account: budget against spending, goals and results',
  headers: {
    bron: 'Source',
    naam: 'Name',
    soort: 'Kind',
    onderdeel: 'Section',
    nr: 'No',
    activiteit: 'Activity',
    begroot: 'Budget',
    besteed: 'Spent',
    jaren: 'Years',
    over: 'Remaining',
    plan: 'Plan',
    bestand: 'File',
    verschil: 'Difference',
    verschilProcent: 'Difference %',
    status: 'Status',
    beoordeling: 'Assessment',
    doel: 'Goal',
    indicatoren: 'Indicators',
    resultaat: 'Result',
    toelichting: 'Explanation',
    regel: 'Line',
    code: 'Code',
    melding: 'Message',
  },
  total: (b, s) =>
    'Total' +
    (b + s === 0
      ? ''
      : ` (${[b > 0 ? `${b} ${b === 1 ? 'line' : 'lines'} without an amount` : '', s > 0 ? `${s} without spending` : ''].filter(Boolean).join(', ')})`),
  unknownAmount: 'The plan names this source without an amount: unknown, not zero.',
  unknownSpent: 'Spending is not filled in (yet): unknown, not zero.',
  allUnknown: 'No line has an amount: unknown, not zero.',
  someUnknown: (n) => `${n} ${n === 1 ? 'line has' : 'lines have'} no amount and ${n === 1 ? 'is' : 'are'} not included.`,
  remainingUnknown: 'Cannot be computed: an amount or spending is missing.',
  byKind: 'Per kind of source',
  money: moneyWords.en,
};

export const xlsxWords: Record<Lang, XlsxWords> = { nl, en };

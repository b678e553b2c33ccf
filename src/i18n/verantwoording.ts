import type { Lang } from './lang.js';
import type { Light, LightReason } from '../core/buildVerantwoording.js';
import type { ActivityStatus } from '../core/plan.js';

/** The words of `jaarplan verantwoording`. */
export interface VerantwoordingWords {
  title: (year: number) => string;
  yearsTitle: (first: number, last: number) => string;
  perYear: string;
  series: string;
  seriesNote: string;
  seriesTable: string;
  noPlan: string;
  measured: (realisatie: string, streefwaarde: string, met: boolean | null) => string;
  jaar: string;
  wijk: string;
  intro: (percent: string, amount: string) => string;
  light: Record<Light, string>;
  reason: Record<LightReason, string>;
  status: Record<ActivityStatus, string>;
  noStatus: string;
  counts: (c: Record<Light, number>) => string;
  overview: string;
  perSource: string;
  perSoort: string;
  perPlan: string;
  activities: string;
  want: string;
  did: string;
  cost: string;
  noGoal: string;
  noResult: string;
  noExplanation: string;
  /** A budget line named in the account: by its source, or by its place when it has none. */
  line: (index: number, bron: string | null) => string;
  /** Whether a deviating line is explained, after its figures. */
  lineExplained: (explained: boolean) => string;
  head: {
    nr: string;
    activiteit: string;
    status: string;
    beoordeling: string;
    begroot: string;
    besteed: string;
    verschil: string;
    procent: string;
    bron: string;
    naam: string;
    soort: string;
    plan: string;
    indicator: string;
    eenheid: string;
    nulmeting: string;
    streefwaarde: string;
    realisatie: string;
    gehaald: string;
    onderdeel: string;
    indicatoren: string;
    resultaat: string;
    toelichting: string;
    redenen: string;
    afwijkendeRegels: string;
    begrootOnbekend: string;
    besteedOnbekend: string;
  };
  met: (met: boolean | null) => string;
  total: string;
  unknownNumber: string;
  footer: string;
}

const nl: VerantwoordingWords = {
  title: (year) => `Verantwoording ${year}`,
  yearsTitle: (first, last) => `Verantwoording ${first}–${last}`,
  perYear: 'Per jaar',
  series: 'Indicatoren door de jaren',
  seriesNote:
    'Per indicator die in meer dan één jaar terugkomt (dezelfde gemeente, wijk en naam): de realisatie, met de streefwaarde van dat jaar.',
  seriesTable: 'Realisatie per jaar',
  noPlan: 'geen plan',
  measured: (r, s, met) => `${r} (streefwaarde ${s})${met === null ? '' : met ? ': gehaald' : ': niet gehaald'}`,
  jaar: 'Jaar',
  wijk: 'Wijk',
  intro: (percent, amount) =>
    `Per activiteit: wat wilden we bereiken, wat hebben we gedaan, en wat heeft het gekost. Een verschil tussen besteding en begroting van meer dan ${percent} én meer dan ${amount} vraagt een toelichting.`,
  light: { groen: 'groen', oranje: 'oranje', rood: 'rood' },
  reason: {
    vervallen: 'vervallen',
    gepland: 'aan het eind van het jaar nog gepland',
    'unexplained-deviation': 'afwijking zonder toelichting',
    lopend: 'nog lopend',
    'no-status': 'geen status',
    'target-missed': 'streefwaarde niet gehaald',
    'realisation-unknown': 'realisatie niet ingevuld',
    'explained-deviation': 'afwijking, toegelicht',
    'budget-unknown': 'begroting niet bij elke regel bekend',
    'spending-unknown': 'besteding niet bij elke regel bekend',
  },
  status: { gepland: 'gepland', lopend: 'lopend', afgerond: 'afgerond', vervallen: 'vervallen' },
  noStatus: 'geen status',
  counts: (c) => `${c.groen} groen, ${c.oranje} oranje, ${c.rood} rood`,
  overview: 'Overzicht',
  perSource: 'Per bron',
  perSoort: 'Per soort bron',
  perPlan: 'Per plan',
  activities: 'Activiteiten',
  want: 'Wat wilden we bereiken?',
  did: 'Wat hebben we gedaan?',
  cost: 'Wat heeft het gekost?',
  noGoal: 'Het plan beschrijft geen doel.',
  noResult: 'Nog geen resultaat beschreven.',
  noExplanation: 'Geen toelichting.',
  line: (index, bron) => (bron === null ? `regel ${index + 1}` : `regel ${index + 1} (${bron})`),
  lineExplained: (explained) => (explained ? 'toegelicht' : 'zonder toelichting'),
  head: {
    nr: 'Nr',
    activiteit: 'Activiteit',
    status: 'Status',
    beoordeling: 'Beoordeling',
    begroot: 'Begroot',
    besteed: 'Besteed',
    verschil: 'Verschil',
    procent: 'Verschil %',
    bron: 'Bron',
    naam: 'Naam',
    soort: 'Soort',
    plan: 'Plan',
    indicator: 'Indicator',
    eenheid: 'Eenheid',
    nulmeting: 'Nulmeting',
    streefwaarde: 'Streefwaarde',
    realisatie: 'Realisatie',
    gehaald: 'Gehaald',
    onderdeel: 'Onderdeel',
    indicatoren: 'Indicatoren',
    resultaat: 'Resultaat',
    toelichting: 'Toelichting',
    redenen: 'Waarom',
    afwijkendeRegels: 'Afwijkende regels',
    begrootOnbekend: 'Regels zonder bedrag',
    besteedOnbekend: 'Regels zonder besteed',
  },
  met: (met) => (met === null ? '–' : met ? 'ja' : 'nee'),
  total: 'Totaal',
  unknownNumber: '–',
  footer: 'Gemaakt met jaarplan uit de jaarplannen van de wijkaanpak.',
};

const en: VerantwoordingWords = {
  title: (year) => `Account ${year}`,
  yearsTitle: (first, last) => `Account ${first}–${last}`,
  perYear: 'Per year',
  series: 'Indicators across the years',
  seriesNote:
    "Per indicator that comes back in more than one year (the same municipality, wijk and name): the realisation, with that year's target.",
  seriesTable: 'Realised per year',
  noPlan: 'no plan',
  measured: (r, s, met) => `${r} (target ${s})${met === null ? '' : met ? ': met' : ': missed'}`,
  jaar: 'Year',
  wijk: 'Wijk',
  intro: (percent, amount) =>
    `Per activity: what did we want to achieve, what did we do, and what did it cost. A difference between spending and budget of more than ${percent} and more than ${amount} needs an explanation.`,
  light: { groen: 'green', oranje: 'amber', rood: 'red' },
  reason: {
    vervallen: 'cancelled',
    gepland: 'still planned at the end of the year',
    'unexplained-deviation': 'difference without an explanation',
    lopend: 'still running',
    'no-status': 'no status',
    'target-missed': 'target missed',
    'realisation-unknown': 'realisation not filled in',
    'explained-deviation': 'difference, explained',
    'budget-unknown': 'budget not known for every line',
    'spending-unknown': 'spending not known for every line',
  },
  status: { gepland: 'planned', lopend: 'running', afgerond: 'completed', vervallen: 'cancelled' },
  noStatus: 'no status',
  counts: (c) => `${c.groen} green, ${c.oranje} amber, ${c.rood} red`,
  overview: 'Overview',
  perSource: 'Per source',
  perSoort: 'Per kind of source',
  perPlan: 'Per plan',
  activities: 'Activities',
  want: 'What did we want to achieve?',
  did: 'What did we do?',
  cost: 'What did it cost?',
  noGoal: 'The plan describes no goal.',
  noResult: 'No result described yet.',
  noExplanation: 'No explanation.',
  line: (index, bron) => (bron === null ? `line ${index + 1}` : `line ${index + 1} (${bron})`),
  lineExplained: (explained) => (explained ? 'explained' : 'without an explanation'),
  head: {
    nr: 'No',
    activiteit: 'Activity',
    status: 'Status',
    beoordeling: 'Assessment',
    begroot: 'Budget',
    besteed: 'Spent',
    verschil: 'Difference',
    procent: 'Difference %',
    bron: 'Source',
    naam: 'Name',
    soort: 'Kind',
    plan: 'Plan',
    indicator: 'Indicator',
    eenheid: 'Unit',
    nulmeting: 'Baseline',
    streefwaarde: 'Target',
    realisatie: 'Realised',
    gehaald: 'Met',
    onderdeel: 'Section',
    indicatoren: 'Indicators',
    resultaat: 'Result',
    toelichting: 'Explanation',
    redenen: 'Why',
    afwijkendeRegels: 'Deviating lines',
    begrootOnbekend: 'Lines without an amount',
    besteedOnbekend: 'Lines without spending',
  },
  met: (met) => (met === null ? '–' : met ? 'yes' : 'no'),
  total: 'Total',
  unknownNumber: '–',
  footer: 'Made with jaarplan from the yearly plans of the neighbourhood approach.',
};

export const verantwoordingWords: Record<Lang, VerantwoordingWords> = { nl, en };

import type { Lang } from '../core/amount.js';
import type { Severity } from '../core/diagnostic.js';
import type { Soort } from '../core/plan.js';
import type { FailureArgs, FailureCode } from '../errors.js';

/** Every word of the user interface, per language (diagnostic messages live in messages.ts). */
export interface Labels {
  severity: Record<Severity, string>;
  soort: Record<Soort, string>;
  unknown: string;
  /** "onbekend (2 regels)": a sum of several lines, none with an amount. */
  unknownOf: (n: number) => string;
  /** "€ 5.000 + 2 onbekend" */
  plusUnknown: (n: number) => string;
  /** Marks an activity without budget lines. */
  noLines: string;
  validateSummary: (files: number, errors: number, warnings: number) => string;
  noProblems: string;
  refused: (path: string) => string;
  headers: {
    source: string;
    code: string;
    soort: string;
    amount: string;
    unknownLines: string;
    section: string;
    nr: string;
    activity: string;
    plan: string;
    owners: string;
    lines: string;
    title: string;
  };
  total: string;
  declaredTotal: string;
  difference: string;
  /** The difference when only some plans declare a total. */
  differenceOf: (declaring: number, plans: number) => string;
  notDeclared: string;
  differenceNote: (difference: number) => 'unallocated' | 'over' | 'exact';
  differenceText: Record<'unallocated' | 'over' | 'exact', string>;
  titles: {
    totals: string;
    perSource: string;
    perSoort: string;
    perSection: string;
    perActivity: string;
    plans: string;
    results: (year: number) => string;
    activities: string;
    attention: string;
    combined: (year: number) => string;
    noAttention: string;
  };
  meta: {
    jaar: string;
    gemeente: string;
    wijk: string;
    cityWide: string;
    programma: string;
    herkomst: string;
    totaalBudget: string;
    kader: string;
    realisedLabel: string;
    realised: (percent: number, total: number | undefined) => string;
    budgetHeading: string;
    themas: string;
    owners: string;
    noOwner: string;
    budget: string;
    points: (nrs: number[]) => string;
  };
  failures: { [C in FailureCode]: (args: FailureArgs[C]) => string };
  internalError: string;
}

const nl: Labels = {
  severity: { error: 'fout', warning: 'waarschuwing' },
  soort: { eigen: 'eigen', cofinanciering: 'cofinanciering' },
  unknown: 'onbekend',
  unknownOf: (n) => `onbekend (${n} regels)`,
  plusUnknown: (n) => `+ ${n} onbekend`,
  noLines: '–',
  validateSummary: (files, errors, warnings) =>
    `${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd: ${errors} ${errors === 1 ? 'fout' : 'fouten'}, ` +
    `${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.`,
  noProblems: 'geen problemen',
  refused: (path) => `${path} heeft fouten; eerst herstellen (jaarplan validate ${path}).`,
  headers: {
    source: 'Bron',
    code: 'Code',
    soort: 'Soort',
    amount: 'Bedrag',
    unknownLines: 'Zonder bedrag',
    section: 'Onderdeel',
    nr: 'Nr',
    activity: 'Activiteit',
    plan: 'Plan',
    owners: 'Actiehouders',
    lines: 'Dekking',
    title: 'Titel',
  },
  total: 'Totaal',
  declaredTotal: 'Totaal budget (volgens plan)',
  difference: 'Verschil',
  differenceOf: (d, p) => `Verschil (over de ${d} van ${p} plannen met een totaal budget)`,
  notDeclared: 'niet opgegeven',
  differenceNote: (d) => (d > 0 ? 'unallocated' : d < 0 ? 'over' : 'exact'),
  differenceText: { unallocated: 'niet toegewezen', over: 'boven budget', exact: 'sluitend' },
  titles: {
    totals: 'Totalen',
    perSource: 'Per bron',
    perSoort: 'Per soort bron',
    perSection: 'Per onderdeel',
    perActivity: 'Per activiteit',
    plans: 'Plannen',
    results: (year) => `Resultaten ${year}`,
    activities: 'Activiteiten',
    attention: 'Aandachtspunten',
    combined: (year) => `Alle plannen van ${year} samen`,
    noAttention: 'Geen aandachtspunten.',
  },
  meta: {
    jaar: 'Jaar',
    gemeente: 'Gemeente',
    wijk: 'Wijk',
    cityWide: 'stadsbreed',
    programma: 'Programma',
    herkomst: 'Bron van het document',
    totaalBudget: 'Totaal budget',
    kader: 'Kader',
    realisedLabel: 'Gerealiseerd',
    realised: (p, t) => `${p}%${t === undefined ? '' : ` (van ${t} punten)`}`,
    budgetHeading: 'Begroting',
    themas: "Thema's",
    owners: 'Actie',
    noOwner: 'geen actiehouder genoemd',
    budget: 'Dekking',
    points: (nrs) => (nrs.length === 1 ? `Punt ${nrs[0]}` : `Punten ${nrs.join(' en ')}`),
  },
  failures: {
    'path-not-found': (a) => `Niet gevonden: ${a.path}`,
    'path-unreadable': (a) => `Kan ${a.path} niet lezen (${a.reason}).`,
    'no-plans': (a) => `Geen plannen (*.yaml, *.yml) gevonden in ${a.paths.join(', ')}.`,
    'no-plan-for-year': (a) => `Geen plan voor ${a.year} in ${a.dir}.`,
    'invalid-year': (a) => `Ongeldig jaar: ${a.value}; geef een jaartal zoals 2013.`,
    'invalid-option': (a) => `Ongeldige waarde ${a.value} voor ${a.option}; kies uit ${a.allowed.join(', ')}.`,
    'file-exists': (a) => `${a.path} bestaat al; jaarplan init overschrijft niets. Kies een ander pad met --out, of verwijder het bestand eerst.`,
    'write-failed': (a) => `Kan ${a.path} niet schrijven (${a.reason}).`,
    'invalid-wijk': (a) => `Ongeldige wijknaam ${JSON.stringify(a.value)}; een wijknaam heeft letters of cijfers.`,
    'option-needs': (a) => `${a.option} werkt alleen samen met ${a.needs}.`,
  },
  internalError: 'Interne fout in jaarplan; meld dit met de uitvoer hieronder.',
};

const en: Labels = {
  severity: { error: 'error', warning: 'warning' },
  soort: { eigen: 'own', cofinanciering: 'co-funding' },
  unknown: 'unknown',
  unknownOf: (n) => `unknown (${n} lines)`,
  plusUnknown: (n) => `+ ${n} unknown`,
  noLines: '–',
  validateSummary: (files, errors, warnings) =>
    `${files} ${files === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ` +
    `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
  noProblems: 'no problems',
  refused: (path) => `${path} has errors; fix them first (jaarplan validate ${path}).`,
  headers: {
    source: 'Source',
    code: 'Code',
    soort: 'Kind',
    amount: 'Amount',
    unknownLines: 'Without amount',
    section: 'Section',
    nr: 'No.',
    activity: 'Activity',
    plan: 'Plan',
    owners: 'Owners',
    lines: 'Budget lines',
    title: 'Title',
  },
  total: 'Total',
  declaredTotal: 'Total budget (as declared)',
  difference: 'Difference',
  differenceOf: (d, p) => `Difference (over the ${d} of ${p} plans that declare a total)`,
  notDeclared: 'not declared',
  differenceNote: (d) => (d > 0 ? 'unallocated' : d < 0 ? 'over' : 'exact'),
  differenceText: { unallocated: 'unallocated', over: 'over budget', exact: 'balanced' },
  titles: {
    totals: 'Totals',
    perSource: 'By source',
    perSoort: 'By kind of source',
    perSection: 'By section',
    perActivity: 'By activity',
    plans: 'Plans',
    results: (year) => `Results ${year}`,
    activities: 'Activities',
    attention: 'Points of attention',
    combined: (year) => `All plans of ${year} together`,
    noAttention: 'No points of attention.',
  },
  meta: {
    jaar: 'Year',
    gemeente: 'Municipality',
    wijk: 'Neighbourhood',
    cityWide: 'city-wide',
    programma: 'Programme',
    herkomst: 'Source of the document',
    totaalBudget: 'Total budget',
    kader: 'Framework',
    realisedLabel: 'Realised',
    realised: (p, t) => `${p}%${t === undefined ? '' : ` (of ${t} points)`}`,
    budgetHeading: 'Budget',
    themas: 'Themes',
    owners: 'Owners',
    noOwner: 'no owner named',
    budget: 'Budget lines',
    points: (nrs) => (nrs.length === 1 ? `Point ${nrs[0]}` : `Points ${nrs.join(' and ')}`),
  },
  failures: {
    'path-not-found': (a) => `Not found: ${a.path}`,
    'path-unreadable': (a) => `Cannot read ${a.path} (${a.reason}).`,
    'no-plans': (a) => `No plans (*.yaml, *.yml) found in ${a.paths.join(', ')}.`,
    'no-plan-for-year': (a) => `No plan for ${a.year} in ${a.dir}.`,
    'invalid-year': (a) => `Invalid year: ${a.value}; give a year such as 2013.`,
    'invalid-option': (a) => `Invalid value ${a.value} for ${a.option}; choose one of ${a.allowed.join(', ')}.`,
    'file-exists': (a) => `${a.path} already exists; jaarplan init overwrites nothing. Choose another path with --out, or remove the file first.`,
    'write-failed': (a) => `Cannot write ${a.path} (${a.reason}).`,
    'invalid-wijk': (a) => `Invalid neighbourhood name ${JSON.stringify(a.value)}; a name has letters or digits.`,
    'option-needs': (a) => `${a.option} only works together with ${a.needs}.`,
  },
  internalError: 'Internal error in jaarplan; please report it with the output below.',
};

/** The labels of each language. */
export const labels: Record<Lang, Labels> = { nl, en };

import type { DifferenceKind } from '../core/sum.js';
import type { Lang } from './lang.js';
import type { Severity } from '../core/diagnostic.js';
import type { Soort } from '../core/plan.js';
import type { FailureArgs, FailureCode, JaarplanError } from '../errors.js';
import { shellArg } from './shellArg.js';
import { outputFailures } from './output.js';
import { diffFailures } from './diff.js';

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
  /** A glob pattern that matched no file. */
  unmatched: (pattern: string) => string;
  /** A line saying how many diagnostics of a file --max-errors left out. */
  omitted: (path: string, count: number) => string;
  refused: (path: string) => string;
  /** A plan not used because it still has placeholders to fill in. */
  refusedPlaceholder: (path: string) => string;
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
  differenceText: Record<DifferenceKind, string>;
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
    /** The heading of the overview that opens the report of several plans. */
    overview: (year: number) => string;
    /** What the overview's table per wijk shows, and where its assessment comes from. */
    overviewNote: (spending: boolean) => string;
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
    taakveld: string;
    owners: string;
    noOwner: string;
    budget: string;
    points: (nrs: number[]) => string;
  };
  failures: { [C in FailureCode]: (args: FailureArgs[C]) => string };
  internalError: (debug: boolean) => string;
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
  unmatched: (pattern) => `geen bestanden gevonden voor ${pattern}`,
  omitted: (path, n) => `… en nog ${n} ${n === 1 ? 'melding' : 'meldingen'} in ${path} niet getoond (--max-errors).`,
  refused: (path) => `${path} heeft fouten; eerst herstellen (jaarplan validate ${shellArg(path)}).`,
  refusedPlaceholder: (path) =>
    `${path} heeft nog plekken tussen <...> om in te vullen; eerst invullen (jaarplan validate ${shellArg(path)}).`,
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
    overview: (year) => `Overzicht ${year}`,
    overviewNote: (spending) =>
      spending
        ? 'Per wijk wat begroot en besteed is. De beoordeling telt de activiteiten van het plan zoals de verantwoording ze beoordeelt (groen, oranje, rood). De plannen volgen hieronder, de totalen van alle plannen samen aan het eind.'
        : 'Per wijk het bedrag van het plan tegen het totaal budget dat het plan opgeeft. De plannen volgen hieronder, de totalen van alle plannen samen aan het eind.',
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
    taakveld: 'Taakveld',
    owners: 'Actie',
    noOwner: 'geen actiehouder genoemd',
    budget: 'Dekking',
    points: (nrs) => (nrs.length === 1 ? `Punt ${nrs[0]}` : `Punten ${nrs.join(' en ')}`),
  },
  failures: {
    ...outputFailures.nl,
    ...diffFailures.nl,
    'path-not-found': (a) => `Niet gevonden: ${a.path}`,
    'report-plan-has-errors': (a) =>
      `${a.path ?? 'Een plan'} kan niet worden geteld (een fout in de vorm, een bedrag of een verborgen teken); kijk het na met jaarplan validate.`,
    'report-no-plans': () => 'Geen plannen gegeven om over te rapporteren.',
    'unknown-code': (a) =>
      `Onbekende code ${a.code}${a.suggestion ? `; bedoelt u ${a.suggestion}?` : '.'} "jaarplan explain" toont alle codes.`,
    'path-unreadable': (a) => `Kan ${a.path} niet lezen (${a.reason}).`,
    'no-plans': (a) => `Geen plannen (*.yaml, *.yml) gevonden in ${a.paths.join(', ')}.`,
    'no-plan-for-year': (a) => `Geen plan voor ${a.year} in ${a.dir}.`,
    'invalid-year': (a) => `Ongeldig jaar: ${a.value}; geef een jaartal zoals 2013.`,
    'invalid-option': (a) => `Ongeldige waarde ${a.value} voor ${a.option}; kies uit ${a.allowed.join(', ')}.`,
    'config-invalid': (a) =>
      a.problems
        .map(
          (p) =>
            `${a.path}:${p.line}:${p.column}: ` +
            ({
              yaml: `geen geldige YAML (${p.detail}).`,
              'not-mapping': 'verwacht een mapping, zoals "rules:" met daaronder "code: error".',
              'unknown-key': `onbekende sleutel "${p.key}"; alleen "rules" en "deviation" zijn toegestaan.`,
              'deviation-not-mapping': 'verwacht onder "deviation:" een mapping met "percent" en "amount".',
              'deviation-key': `onbekende sleutel "${p.key}" onder deviation; kies percent of amount.`,
              'deviation-value': `"${p.value}" voor ${p.key}: geef een getal van 0 of meer${p.key === 'amount' ? ' (euro, zoals 1000 of "€ 1.000")' : ''}.`,
              'unknown-code': `onbekende code "${p.code}"${p.suggestion ? `; bedoelt u "${p.suggestion}"?` : '.'}`,
              'unknown-setting': `"${p.setting}" voor ${p.code}: kies error, warning of off.`,
              'error-stays-error': `${p.code} is altijd een fout (een plan ermee kan niet worden geteld) en kan niet "${p.setting}" worden.`,
            }[p.problem as string] ?? String(p.problem)),
        )
        .join('\n'),
    'unmatched-pattern': (a) => `Geen bestanden gevonden voor ${a.patterns.join(', ')} (--fail-on-unmatched).`,
    'output-without-format': () => 'Geef eerst --format en dan --output (bijvoorbeeld --format junit --output junit.xml).',
    'several-to-stdout': (a) =>
      `Hoogstens één formaat kan naar de standaarduitvoer; geef --output voor de andere (${a.formats.join(', ')}).`,
    'year-required': () => 'Geef een jaar (--year 2013) of een reeks jaren (--years 2013-2016).',
    'plans-twice': (a) =>
      `--plans ${a.plans} en ${a.paths.join(' ')} noemen andere plannen; geef de plannen als argumenten (--plans is hetzelfde als één map als argument).`,
    'binary-needs-out': () => 'Een werkmap (xlsx) gaat naar een bestand: geef --out, zoals --out begroting.xlsx.',
    'invalid-years': (a) => `Ongeldige jaren: ${a.value}; geef een reeks zoals 2013-2016 (hoogstens 100 jaar) of één jaar.`,
    'no-plan-for-years': (a) => `Geen plan voor ${a.first}–${a.last} in ${a.dir}.`,
    'file-exists': (a) =>
      `${a.path} bestaat al; jaarplan init overschrijft niets. Kies een ander pad met --out, of verwijder het bestand eerst.`,
    'out-folder-not-empty': (a) =>
      `${a.path} bestaat al en is niet leeg; jaarplan export schrijft alleen in een nieuwe of lege map. Kies een andere map met --out, of maak haar eerst leeg.`,
    'write-failed': (a) =>
      `Kan ${a.path} niet schrijven (${a.reason}); er is niets geschreven.` +
      (a.reason === 'ENOENT'
        ? ' Bestaat de map?'
        : a.reason === 'EACCES' || a.reason === 'EPERM'
          ? ' Mag er in de map geschreven worden?'
          : ''),
    'invalid-wijk': (a) => `Ongeldige wijknaam ${JSON.stringify(a.value)}; een wijknaam heeft letters of cijfers.`,
    'option-needs': (a) => `${a.option} werkt alleen samen met ${a.needs}.`,
  },
  internalError: (debug) =>
    debug
      ? 'Interne fout in jaarplan; meld dit met de uitvoer hieronder.'
      : 'Interne fout in jaarplan; dit is een fout in jaarplan zelf, niet in uw plan. Meld het, met de uitvoer van dezelfde opdracht met --debug.',
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
  unmatched: (pattern) => `no files found for ${pattern}`,
  omitted: (path, n) => `… and ${n} more ${n === 1 ? 'problem' : 'problems'} in ${path} not shown (--max-errors).`,
  refused: (path) => `${path} has errors; fix them first (jaarplan validate ${shellArg(path)}).`,
  refusedPlaceholder: (path) =>
    `${path} still has places between <...> to fill in; fill them in first (jaarplan validate ${shellArg(path)}).`,
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
    overview: (year) => `Overview ${year}`,
    overviewNote: (spending) =>
      spending
        ? "Per neighbourhood what was budgeted and spent. The assessment counts the plan's activities as the account (verantwoording) assesses them (green, amber, red). The plans follow below, the totals of all plans together at the end."
        : 'Per neighbourhood the amount of the plan against the total budget the plan declares. The plans follow below, the totals of all plans together at the end.',
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
    taakveld: 'Taakveld',
    owners: 'Owners',
    noOwner: 'no owner named',
    budget: 'Budget lines',
    points: (nrs) => (nrs.length === 1 ? `Point ${nrs[0]}` : `Points ${nrs.join(' and ')}`),
  },
  failures: {
    ...outputFailures.en,
    ...diffFailures.en,
    'path-not-found': (a) => `Not found: ${a.path}`,
    'report-plan-has-errors': (a) =>
      `${a.path ?? 'A plan'} cannot be counted (an error in its shape, an amount or a hidden character); check it with jaarplan validate.`,
    'report-no-plans': () => 'No plans given to report on.',
    'unknown-code': (a) =>
      `Unknown code ${a.code}${a.suggestion ? `; did you mean ${a.suggestion}?` : '.'} "jaarplan explain" lists every code.`,
    'path-unreadable': (a) => `Cannot read ${a.path} (${a.reason}).`,
    'no-plans': (a) => `No plans (*.yaml, *.yml) found in ${a.paths.join(', ')}.`,
    'no-plan-for-year': (a) => `No plan for ${a.year} in ${a.dir}.`,
    'invalid-year': (a) => `Invalid year: ${a.value}; give a year such as 2013.`,
    'invalid-option': (a) => `Invalid value ${a.value} for ${a.option}; choose one of ${a.allowed.join(', ')}.`,
    'config-invalid': (a) =>
      a.problems
        .map(
          (p) =>
            `${a.path}:${p.line}:${p.column}: ` +
            ({
              yaml: `not valid YAML (${p.detail}).`,
              'not-mapping': 'expected a mapping, such as "rules:" with "code: error" below it.',
              'unknown-key': `unknown key "${p.key}"; only "rules" and "deviation" are allowed.`,
              'deviation-not-mapping': 'expected a mapping with "percent" and "amount" under "deviation:".',
              'deviation-key': `unknown key "${p.key}" under deviation; choose percent or amount.`,
              'deviation-value': `"${p.value}" for ${p.key}: give a number of 0 or more${p.key === 'amount' ? ' (euros, such as 1000 or "€ 1.000")' : ''}.`,
              'unknown-code': `unknown code "${p.code}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : '.'}`,
              'unknown-setting': `"${p.setting}" for ${p.code}: choose error, warning or off.`,
              'error-stays-error': `${p.code} is always an error (a plan with it cannot be counted) and cannot be "${p.setting}".`,
            }[p.problem as string] ?? String(p.problem)),
        )
        .join('\n'),
    'unmatched-pattern': (a) => `No files found for ${a.patterns.join(', ')} (--fail-on-unmatched).`,
    'output-without-format': () => 'Give --format first, then --output (for example --format junit --output junit.xml).',
    'several-to-stdout': (a) => `At most one format can go to standard output; give --output for the others (${a.formats.join(', ')}).`,
    'year-required': () => 'Give a year (--year 2013) or a range of years (--years 2013-2016).',
    'plans-twice': (a) =>
      `--plans ${a.plans} and ${a.paths.join(' ')} name different plans; give the plans as arguments (--plans is the same as one folder as an argument).`,
    'binary-needs-out': () => 'A workbook (xlsx) goes to a file: give --out, such as --out budget.xlsx.',
    'invalid-years': (a) => `Invalid years: ${a.value}; give a range such as 2013-2016 (at most 100 years) or one year.`,
    'no-plan-for-years': (a) => `No plan for ${a.first}–${a.last} in ${a.dir}.`,
    'file-exists': (a) =>
      `${a.path} already exists; jaarplan init overwrites nothing. Choose another path with --out, or remove the file first.`,
    'out-folder-not-empty': (a) =>
      `${a.path} exists and is not empty; jaarplan export writes only into a new or empty folder. Choose another folder with --out, or empty it first.`,
    'write-failed': (a) =>
      `Cannot write ${a.path} (${a.reason}); nothing was written.` +
      (a.reason === 'ENOENT' ? ' Does the folder exist?' : a.reason === 'EACCES' || a.reason === 'EPERM' ? ' Is the folder writable?' : ''),
    'invalid-wijk': (a) => `Invalid neighbourhood name ${JSON.stringify(a.value)}; a name has letters or digits.`,
    'option-needs': (a) => `${a.option} only works together with ${a.needs}.`,
  },
  internalError: (debug) =>
    debug
      ? 'Internal error in jaarplan; please report it with the output below.'
      : 'Internal error in jaarplan; this is a bug in jaarplan, not in your plan. Please report it with the output of the same command run with --debug.',
};

/** The labels of each language. */
export const labels: Record<Lang, Labels> = { nl, en };

/** A known failure in words, in the user's language. */
export function failureText(error: JaarplanError, lang: Lang): string {
  const make = labels[lang].failures[error.code as FailureCode] as (args: unknown) => string;
  return make(error.args);
}

import type { Cents } from '../core/amount.js';
import { formatMoneyChange, type Lang } from './lang.js';
import type { FailOn } from '../core/diffPlans.js';
import type { PlanField } from '../core/planFields.js';
import type { GitFailureArgs } from '../node/git.js';

/** Every word of `jaarplan diff`, per language. */
export interface DiffLabels {
  /** A signed amount: `€ +5.000`. */
  delta: (cents: Cents) => string;
  /** The delta of something that did not change. */
  same: string;
  /** Shown where something does not exist on one side. */
  absent: string;
  /** A line that was wholly unknown and now has an amount. */
  nowKnown: string;
  /** A line that had an amount and now has none. */
  nowUnknown: string;
  /** A sum with fewer lines without an amount than before. */
  fewerUnknown: (n: number) => string;
  /** A sum with more lines without an amount than before. */
  moreUnknown: (n: number) => string;
  /** A delta of something new: `€ +5.000, nieuw`. */
  addedWith: (delta: string) => string;
  /** Something new without any known amount. */
  addedUnknown: string;
  /** A delta of something gone: `€ -5.000, vervallen`. */
  removedWith: (delta: string) => string;
  /** Something gone that had no known amount. */
  removedUnknown: string;
  /** A declared total where there was none. */
  declaredAdded: string;
  /** No declared total where there was one. */
  declaredRemoved: string;
  /** Column headers. */
  headers: { before: string; after: string; delta: string; change: string };
  /** Titles of the tables and lists. */
  titles: {
    totals: string;
    perSource: string;
    perSection: string;
    activities: string;
    details: string;
    introduced: string;
    resolved: string;
    planFields: string;
    spending: string;
    /** The lines of the plan's own lists, one title per list. */
    lists: { financiering: string; baten: string; reserves: string };
    /** The programme's budget and the totals the plan states. */
    amounts: string;
  };
  /** Row labels of the totals table. */
  rows: { total: string; declared: string; difference: string; spent: string; funding: string };
  /** The name of the lines of an activity that name no source: the division alone. */
  division: string;
  /** The header of the column of field names. */
  fieldHeader: string;
  /** Every field of the plan format, as a reader calls it (lower case; a table capitalises it). */
  fields: Record<PlanField, string>;
  /** A field per key (a stated total of a source, of a section): the field and the key. */
  ofKey: (field: string, key: string) => string;
  /** A field of the `n`th line of `resultaten.punten`. */
  ofPoint: (field: string, n: number) => string;
  /** A yes/no value (whether the plan has `resultaten`). */
  yesNo: (value: boolean) => string;
  /** The heading of one file: its path and the two versions compared. */
  fileHeading: (path: string, before: string, after: string) => string;
  /** The name of the working tree as a version. */
  workingTree: string;
  /** An activity, section or plan as a whole. */
  status: { added: string; removed: string; changed: string; unchanged: string };
  /** What changed about an activity, for its row in the activities table. */
  what: {
    titel: string;
    omschrijving: string;
    actiehouders: string;
    themas: string;
    moved: string;
    renumbered: string;
    budget: string;
    spent: string;
  };
  /** The details of a changed activity. */
  detail: {
    renumbered: (from: number, to: number) => string;
    titel: (from: string) => string;
    omschrijving: string;
    moved: (from: string, to: string) => string;
    ownersAdded: (names: string[]) => string;
    ownersRemoved: (names: string[]) => string;
    themesAdded: (names: string[]) => string;
    themesRemoved: (names: string[]) => string;
    line: (bron: string, before: string, after: string, delta: string) => string;
    renamedSource: (from: string, to: string) => string;
    /** What was spent of the lines of one source. */
    lineSpent: (bron: string, before: string, after: string, delta: string) => string;
    /** A text (field) of the lines of one source. */
    lineText: (bron: string, field: string, before: string, after: string) => string;
    /** An amount of the lines of one key of the plan's own lists other than the budget (besteed, realisatie). */
    lineAmount: (key: string, field: string, before: string, after: string, delta: string) => string;
    /** Any other field of the activity: its name, before and after. */
    field: (field: string, before: string, after: string) => string;
  };
  /** The one-line summary and the notes under a file's heading. */
  summary: {
    /** How many plans changed, were added or were removed. */
    plans: (changed: number, added: number, removed: number, unchanged: number) => string;
    noPlans: string;
    total: (before: string, after: string, delta: string) => string;
    activities: (added: number, removed: number, changed: number) => string;
    noActivities: string;
    diagnostics: (introduced: number, resolved: number) => string;
    /** What was spent, in all plans compared, when it changed. */
    spent: (before: string, after: string, delta: string) => string;
    /** The funding tables, in all plans compared, when they changed. */
    funding: (before: string, after: string, delta: string) => string;
    /** How many fields of the plans (and their results) changed. */
    fields: (n: number) => string;
    newPlan: string;
    unchangedPlan: string;
    removedPlan: string;
    unreadable: (label: string) => string;
  };
  /** Written to standard error when `--fail-on` trips. */
  failed: (mode: FailOn) => string;
  /** Written to standard error when the edit introduced errors. */
  errorsIntroduced: (n: number) => string;
  /** The wording of git and argument failures. */
  failures: { [C in keyof GitFailureArgs]: (args: GitFailureArgs[C]) => string };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const nl: DiffLabels = {
  delta: (c) => formatMoneyChange(c, 'nl'),
  same: '=',
  absent: '–',
  nowKnown: 'nu bekend',
  nowUnknown: 'nu onbekend',
  fewerUnknown: (n) => `${n} onbekend minder`,
  moreUnknown: (n) => `${n} onbekend meer`,
  addedWith: (d) => `${d}, nieuw`,
  addedUnknown: 'nieuw, onbekend',
  removedWith: (d) => `${d}, vervallen`,
  removedUnknown: 'vervallen, onbekend',
  declaredAdded: 'nu opgegeven',
  declaredRemoved: 'niet meer opgegeven',
  headers: { before: 'Voor', after: 'Na', delta: 'Verschil', change: 'Wijziging' },
  titles: {
    totals: 'Totalen',
    perSource: 'Per bron',
    perSection: 'Per onderdeel',
    activities: 'Activiteiten',
    details: 'Wijzigingen per activiteit',
    introduced: 'Nieuwe meldingen',
    resolved: 'Opgeloste meldingen',
    planFields: 'Plan',
    spending: 'Besteed per activiteit',
    lists: { financiering: 'Financiering', baten: 'Baten', reserves: 'Reserves' },
    amounts: 'Bedragen volgens het plan',
  },
  rows: {
    total: 'Totaal',
    declared: 'Totaal budget (volgens plan)',
    difference: 'Verschil met totaal budget',
    spent: 'Besteed',
    funding: 'Financiering',
  },
  division: 'verdeling',
  fieldHeader: 'Veld',
  fields: {
    jaar: 'jaar',
    titel: 'titel',
    gemeente: 'gemeente',
    wijk: 'wijk',
    concept: 'concept',
    programma: 'programma',
    herkomst: 'herkomst',
    inleiding: 'inleiding',
    totaal_budget: 'totaal budget',
    programma_budget: 'programmabudget',
    schaal: 'schaal',
    financiering: 'financiering',
    'financiering.*.bron': 'bron van de financiering',
    'financiering.*.bedrag': 'bedrag',
    'financiering.*.besteed': 'besteed',
    'financiering.*.karakter': 'karakter',
    'financiering.*.aard': 'aard',
    'financiering.*.toelichting': 'toelichting',
    baten: 'baten',
    'baten.*.omschrijving': 'omschrijving van de baten',
    'baten.*.bron': 'bron',
    'baten.*.bedrag': 'bedrag',
    'baten.*.realisatie': 'realisatie',
    'baten.*.karakter': 'karakter',
    'baten.*.aard': 'aard',
    'baten.*.toelichting': 'toelichting',
    reserves: 'reserves',
    'reserves.*.omschrijving': 'omschrijving van de reservemutatie',
    'reserves.*.mutatie': 'mutatie',
    'reserves.*.bedrag': 'bedrag',
    'reserves.*.realisatie': 'realisatie',
    'reserves.*.karakter': 'karakter',
    'reserves.*.toelichting': 'toelichting',
    totalen: 'totalen volgens het plan',
    'totalen.begroting': 'begroting volgens het plan',
    'totalen.begroting.lasten': 'lasten (begroting, volgens het plan)',
    'totalen.begroting.baten': 'baten (begroting, volgens het plan)',
    'totalen.begroting.saldo': 'saldo (begroting, volgens het plan)',
    'totalen.begroting.resultaat': 'resultaat (begroting, volgens het plan)',
    'totalen.begroting.financiering': 'financiering (begroting, volgens het plan)',
    'totalen.rekening': 'rekening volgens het plan',
    'totalen.rekening.lasten': 'lasten (rekening, volgens het plan)',
    'totalen.rekening.baten': 'baten (rekening, volgens het plan)',
    'totalen.rekening.saldo': 'saldo (rekening, volgens het plan)',
    'totalen.rekening.resultaat': 'resultaat (rekening, volgens het plan)',
    'totalen.rekening.financiering': 'financiering (rekening, volgens het plan)',
    'totalen.bronnen': 'totalen per bron volgens het plan',
    'totalen.bronnen.*': 'totaal van de bron volgens het plan',
    bronnen: 'bronnen',
    'bronnen.*': 'code van de bron',
    'bronnen.*.naam': 'naam van de bron',
    'bronnen.*.soort': 'soort bron',
    resultaten: 'resultaten vorig jaar',
    'resultaten.jaar': 'jaar van de resultaten',
    'resultaten.kader': 'kader van de resultaten',
    'resultaten.inleiding': 'inleiding bij de resultaten',
    'resultaten.punten_totaal': 'aantal punten van het kader',
    'resultaten.gerealiseerd_procent': 'gerealiseerd (procent)',
    'resultaten.punten': 'aantal regels met resultaten',
    'resultaten.punten.*.nrs': 'nummers',
    'resultaten.punten.*.tekst': 'tekst',
    onderdelen: 'onderdelen',
    'onderdelen.*.titel': 'titel van het onderdeel',
    'onderdelen.*.totaal': 'totaal van het onderdeel volgens het plan',
    'onderdelen.*.activiteiten': 'activiteiten',
    'onderdelen.*.activiteiten.*.nr': 'nummer',
    'onderdelen.*.activiteiten.*.titel': 'titel',
    'onderdelen.*.activiteiten.*.omschrijving': 'omschrijving',
    'onderdelen.*.activiteiten.*.themas': "thema's",
    'onderdelen.*.activiteiten.*.actiehouders': 'actiehouders',
    'onderdelen.*.activiteiten.*.status': 'status',
    'onderdelen.*.activiteiten.*.indicatoren': 'aantal indicatoren',
    'onderdelen.*.activiteiten.*.indicatoren.*.naam': 'indicatoren',
    'onderdelen.*.activiteiten.*.indicatoren.*.eenheid': 'eenheid van de indicatoren',
    'onderdelen.*.activiteiten.*.indicatoren.*.nulmeting': 'nulmeting',
    'onderdelen.*.activiteiten.*.indicatoren.*.streefwaarde': 'streefwaarde',
    'onderdelen.*.activiteiten.*.indicatoren.*.richting': 'richting',
    'onderdelen.*.activiteiten.*.indicatoren.*.realisatie': 'realisatie',
    'onderdelen.*.activiteiten.*.verantwoording': 'verantwoording',
    'onderdelen.*.activiteiten.*.verantwoording.resultaat': 'resultaat',
    'onderdelen.*.activiteiten.*.verantwoording.toelichting': 'toelichting bij de besteding',
    'onderdelen.*.activiteiten.*.taakveld': 'taakveld',
    'onderdelen.*.activiteiten.*.dekking': 'dekking',
    'onderdelen.*.activiteiten.*.dekking.*.bron': 'bron',
    'onderdelen.*.activiteiten.*.dekking.*.bedrag': 'bedrag',
    'onderdelen.*.activiteiten.*.dekking.*.besteed': 'besteed',
    'onderdelen.*.activiteiten.*.dekking.*.toelichting': 'toelichting',
    'onderdelen.*.activiteiten.*.dekking.*.karakter': 'karakter',
    'onderdelen.*.activiteiten.*.dekking.*.aard': 'aard',
  },
  ofKey: (field, key) => `${field}: ${key}`,
  ofPoint: (field, n) => `resultaten, regel ${n}: ${field}`,
  yesNo: (value) => (value ? 'ja' : 'nee'),
  fileHeading: (path, before, after) => `${path} (${before} → ${after})`,
  workingTree: 'werkmap',
  status: { added: 'nieuw', removed: 'vervallen', changed: 'gewijzigd', unchanged: 'ongewijzigd' },
  what: {
    titel: 'titel',
    omschrijving: 'omschrijving',
    actiehouders: 'actiehouders',
    themas: "thema's",
    moved: 'verplaatst',
    renumbered: 'vernummerd',
    budget: 'dekking',
    spent: 'besteed',
  },
  detail: {
    renumbered: (from, to) => `vernummerd van ${from} naar ${to}`,
    titel: (from) => `titel was "${from}"`,
    omschrijving: 'omschrijving gewijzigd',
    moved: (from, to) => `verplaatst van "${from}" naar "${to}"`,
    ownersAdded: (names) => `actiehouder${names.length === 1 ? '' : 's'} erbij: ${names.join('; ')}`,
    ownersRemoved: (names) => `actiehouder${names.length === 1 ? '' : 's'} eraf: ${names.join('; ')}`,
    themesAdded: (names) => `thema's erbij: ${names.join(', ')}`,
    themesRemoved: (names) => `thema's eraf: ${names.join(', ')}`,
    line: (bron, before, after, delta) => `${bron}: ${before} → ${after} (${delta})`,
    renamedSource: (from, to) => `${from} → ${to}`,
    lineSpent: (bron, before, after, delta) => `${bron} besteed: ${before} → ${after} (${delta})`,
    lineText: (bron, field, before, after) => `${bron} ${field}: ${before} → ${after}`,
    lineAmount: (key, field, before, after, delta) => `${key} ${field}: ${before} → ${after} (${delta})`,
    field: (field, before, after) => `${field}: ${before} → ${after}`,
  },
  summary: {
    plans: (changed, added, removed, unchanged) =>
      [
        changed > 0 ? `${count(changed, 'plan', 'plannen')} gewijzigd` : '',
        added > 0 ? `${count(added, 'plan', 'plannen')} nieuw` : '',
        removed > 0 ? `${count(removed, 'plan', 'plannen')} vervallen` : '',
        unchanged > 0 ? `${count(unchanged, 'plan', 'plannen')} ongewijzigd` : '',
      ]
        .filter(Boolean)
        .join(', ') || 'geen plannen gewijzigd',
    noPlans: 'Geen plannen gewijzigd.',
    total: (before, after, delta) => `totaal ${before} → ${after} (${delta})`,
    activities: (added, removed, changed) => `activiteiten: ${added} nieuw, ${removed} vervallen, ${changed} gewijzigd`,
    noActivities: 'activiteiten ongewijzigd',
    diagnostics: (introduced, resolved) => `meldingen: ${introduced} nieuw, ${resolved} opgelost`,
    spent: (before, after, delta) => `besteed ${before} → ${after} (${delta})`,
    funding: (before, after, delta) => `financiering ${before} → ${after} (${delta})`,
    fields: (n) => `${count(n, 'veld', 'velden')} van het plan gewijzigd`,
    newPlan: 'Nieuw plan.',
    unchangedPlan: 'Geen wijzigingen in het plan, zijn activiteiten, bronnen, bedragen of bestedingen.',
    removedPlan: 'Plan vervallen.',
    unreadable: (label) => `${label} is geen leesbaar plan; alleen de meldingen zijn vergeleken.`,
  },
  failed: (mode) =>
    ({
      increase: '--fail-on increase: het budget is gestegen.',
      decrease: '--fail-on decrease: het budget is gedaald.',
      any: '--fail-on any: het plan is gewijzigd.',
    })[mode],
  errorsIntroduced: (n) => `De wijziging brengt ${count(n, 'nieuwe fout', 'nieuwe fouten')} in het plan.`,
  failures: {
    'git-unavailable': () => 'git is niet gevonden; installeer git om revisies te vergelijken.',
    'git-not-a-repository': () => 'Dit is geen git-repository; vergelijk twee bestanden, of ga naar de map van de repository.',
    'git-unknown-revision': (a) => `Onbekende revisie: ${a.revision}`,
    'git-failed': (a) => `${a.command} mislukte: ${a.detail}`,
    'git-path-missing': (a) => `${a.path} bestaat in geen van beide revisies (${a.revisions.join(', ')}).`,
    'git-path-missing-worktree': (a) => `${a.path} bestaat niet in ${a.revision} en niet in de werkmap.`,
    'diff-arguments': (a) =>
      `Onjuiste argumenten (${a.given.join(' ') || 'geen'}); gebruik jaarplan diff OUD NIEUW, jaarplan diff REV PAD, jaarplan diff REV1..REV2 PAD, jaarplan diff - PAD of jaarplan diff --base REV.`,
    'diff-stdin-terminal': (a) =>
      `Het argument - leest de ${a.position === 'old' ? 'oude' : 'nieuwe'} versie van standaardinvoer, maar er wordt niets doorgegeven; geef haar door met een pijp, bijvoorbeeld: git show HEAD:${a.path} | jaarplan diff ${a.position === 'old' ? `- ${a.path}` : `${a.path} -`}`,
  },
};

const en: DiffLabels = {
  delta: (c) => formatMoneyChange(c, 'en'),
  same: '=',
  absent: '–',
  nowKnown: 'now known',
  nowUnknown: 'now unknown',
  fewerUnknown: (n) => `${n} fewer unknown`,
  moreUnknown: (n) => `${n} more unknown`,
  addedWith: (d) => `${d}, new`,
  addedUnknown: 'new, unknown',
  removedWith: (d) => `${d}, removed`,
  removedUnknown: 'removed, unknown',
  declaredAdded: 'now declared',
  declaredRemoved: 'no longer declared',
  headers: { before: 'Before', after: 'After', delta: 'Change', change: 'What changed' },
  titles: {
    totals: 'Totals',
    perSource: 'By source',
    perSection: 'By section',
    activities: 'Activities',
    details: 'Changes per activity',
    introduced: 'New diagnostics',
    resolved: 'Resolved diagnostics',
    planFields: 'Plan',
    spending: 'Spent per activity',
    lists: { financiering: 'Funding', baten: 'Income', reserves: 'Reserves' },
    amounts: 'Amounts as stated in the plan',
  },
  rows: {
    total: 'Total',
    declared: 'Total budget (as declared)',
    difference: 'Difference from total budget',
    spent: 'Spent',
    funding: 'Funding',
  },
  division: 'division',
  fieldHeader: 'Field',
  fields: {
    jaar: 'year',
    titel: 'title',
    gemeente: 'municipality',
    wijk: 'neighbourhood',
    concept: 'draft',
    programma: 'programme',
    herkomst: 'origin',
    inleiding: 'introduction',
    totaal_budget: 'total budget',
    programma_budget: 'programme budget',
    schaal: 'scale',
    financiering: 'funding',
    'financiering.*.bron': 'source of the funding',
    'financiering.*.bedrag': 'amount',
    'financiering.*.besteed': 'spent',
    'financiering.*.karakter': 'character',
    'financiering.*.aard': 'kind of line',
    'financiering.*.toelichting': 'explanation',
    baten: 'income',
    'baten.*.omschrijving': 'description of the income',
    'baten.*.bron': 'source',
    'baten.*.bedrag': 'amount',
    'baten.*.realisatie': 'realised',
    'baten.*.karakter': 'character',
    'baten.*.aard': 'kind of line',
    'baten.*.toelichting': 'explanation',
    reserves: 'reserves',
    'reserves.*.omschrijving': 'description of the reserve movement',
    'reserves.*.mutatie': 'movement',
    'reserves.*.bedrag': 'amount',
    'reserves.*.realisatie': 'realised',
    'reserves.*.karakter': 'character',
    'reserves.*.toelichting': 'explanation',
    totalen: 'totals as stated',
    'totalen.begroting': 'budget as stated',
    'totalen.begroting.lasten': 'costs (budget, as stated)',
    'totalen.begroting.baten': 'income (budget, as stated)',
    'totalen.begroting.saldo': 'balance (budget, as stated)',
    'totalen.begroting.resultaat': 'result (budget, as stated)',
    'totalen.begroting.financiering': 'funding (budget, as stated)',
    'totalen.rekening': 'account as stated',
    'totalen.rekening.lasten': 'costs (account, as stated)',
    'totalen.rekening.baten': 'income (account, as stated)',
    'totalen.rekening.saldo': 'balance (account, as stated)',
    'totalen.rekening.resultaat': 'result (account, as stated)',
    'totalen.rekening.financiering': 'funding (account, as stated)',
    'totalen.bronnen': 'totals per source as stated',
    'totalen.bronnen.*': 'total of the source as stated',
    bronnen: 'sources',
    'bronnen.*': 'code of the source',
    'bronnen.*.naam': 'name of the source',
    'bronnen.*.soort': 'kind of source',
    resultaten: "previous year's results",
    'resultaten.jaar': 'year of the results',
    'resultaten.kader': 'framework of the results',
    'resultaten.inleiding': 'introduction to the results',
    'resultaten.punten_totaal': 'number of points of the framework',
    'resultaten.gerealiseerd_procent': 'realised (percent)',
    'resultaten.punten': 'number of result lines',
    'resultaten.punten.*.nrs': 'numbers',
    'resultaten.punten.*.tekst': 'text',
    onderdelen: 'sections',
    'onderdelen.*.titel': 'title of the section',
    'onderdelen.*.totaal': 'total of the section as stated',
    'onderdelen.*.activiteiten': 'activities',
    'onderdelen.*.activiteiten.*.nr': 'number',
    'onderdelen.*.activiteiten.*.titel': 'title',
    'onderdelen.*.activiteiten.*.omschrijving': 'description',
    'onderdelen.*.activiteiten.*.themas': 'themes',
    'onderdelen.*.activiteiten.*.actiehouders': 'owners',
    'onderdelen.*.activiteiten.*.status': 'status',
    'onderdelen.*.activiteiten.*.indicatoren': 'number of indicators',
    'onderdelen.*.activiteiten.*.indicatoren.*.naam': 'indicators',
    'onderdelen.*.activiteiten.*.indicatoren.*.eenheid': 'unit of the indicators',
    'onderdelen.*.activiteiten.*.indicatoren.*.nulmeting': 'baseline',
    'onderdelen.*.activiteiten.*.indicatoren.*.streefwaarde': 'target',
    'onderdelen.*.activiteiten.*.indicatoren.*.richting': 'direction',
    'onderdelen.*.activiteiten.*.indicatoren.*.realisatie': 'realised',
    'onderdelen.*.activiteiten.*.verantwoording': 'account',
    'onderdelen.*.activiteiten.*.verantwoording.resultaat': 'result',
    'onderdelen.*.activiteiten.*.verantwoording.toelichting': 'explanation of spending',
    'onderdelen.*.activiteiten.*.taakveld': 'taakveld',
    'onderdelen.*.activiteiten.*.dekking': 'budget lines',
    'onderdelen.*.activiteiten.*.dekking.*.bron': 'source',
    'onderdelen.*.activiteiten.*.dekking.*.bedrag': 'amount',
    'onderdelen.*.activiteiten.*.dekking.*.besteed': 'spent',
    'onderdelen.*.activiteiten.*.dekking.*.toelichting': 'explanation',
    'onderdelen.*.activiteiten.*.dekking.*.karakter': 'character',
    'onderdelen.*.activiteiten.*.dekking.*.aard': 'kind of line',
  },
  ofKey: (field, key) => `${field}: ${key}`,
  ofPoint: (field, n) => `results, line ${n}: ${field}`,
  yesNo: (value) => (value ? 'yes' : 'no'),
  fileHeading: (path, before, after) => `${path} (${before} → ${after})`,
  workingTree: 'working tree',
  status: { added: 'new', removed: 'removed', changed: 'changed', unchanged: 'unchanged' },
  what: {
    titel: 'title',
    omschrijving: 'description',
    actiehouders: 'owners',
    themas: 'themes',
    moved: 'moved',
    renumbered: 'renumbered',
    budget: 'budget',
    spent: 'spent',
  },
  detail: {
    renumbered: (from, to) => `renumbered from ${from} to ${to}`,
    titel: (from) => `title was "${from}"`,
    omschrijving: 'description changed',
    moved: (from, to) => `moved from "${from}" to "${to}"`,
    ownersAdded: (names) => `owner${names.length === 1 ? '' : 's'} added: ${names.join('; ')}`,
    ownersRemoved: (names) => `owner${names.length === 1 ? '' : 's'} removed: ${names.join('; ')}`,
    themesAdded: (names) => `themes added: ${names.join(', ')}`,
    themesRemoved: (names) => `themes removed: ${names.join(', ')}`,
    line: (bron, before, after, delta) => `${bron}: ${before} → ${after} (${delta})`,
    renamedSource: (from, to) => `${from} → ${to}`,
    lineSpent: (bron, before, after, delta) => `${bron} spent: ${before} → ${after} (${delta})`,
    lineText: (bron, field, before, after) => `${bron} ${field}: ${before} → ${after}`,
    lineAmount: (key, field, before, after, delta) => `${key} ${field}: ${before} → ${after} (${delta})`,
    field: (field, before, after) => `${field}: ${before} → ${after}`,
  },
  summary: {
    plans: (changed, added, removed, unchanged) =>
      [
        changed > 0 ? `${count(changed, 'plan', 'plans')} changed` : '',
        added > 0 ? `${count(added, 'plan', 'plans')} new` : '',
        removed > 0 ? `${count(removed, 'plan', 'plans')} removed` : '',
        unchanged > 0 ? `${count(unchanged, 'plan', 'plans')} unchanged` : '',
      ]
        .filter(Boolean)
        .join(', ') || 'no plans changed',
    noPlans: 'No plans changed.',
    total: (before, after, delta) => `total ${before} → ${after} (${delta})`,
    activities: (added, removed, changed) => `activities: ${added} new, ${removed} removed, ${changed} changed`,
    noActivities: 'activities unchanged',
    diagnostics: (introduced, resolved) => `diagnostics: ${introduced} new, ${resolved} resolved`,
    spent: (before, after, delta) => `spent ${before} → ${after} (${delta})`,
    funding: (before, after, delta) => `funding ${before} → ${after} (${delta})`,
    fields: (n) => `${count(n, 'field', 'fields')} of the plan changed`,
    newPlan: 'New plan.',
    unchangedPlan: 'No changes to the plan, its activities, sources, amounts or spending.',
    removedPlan: 'Plan removed.',
    unreadable: (label) => `${label} is not a readable plan; only the diagnostics were compared.`,
  },
  failed: (mode) =>
    ({
      increase: '--fail-on increase: the budget went up.',
      decrease: '--fail-on decrease: the budget went down.',
      any: '--fail-on any: the plan changed.',
    })[mode],
  errorsIntroduced: (n) => `The edit introduces ${count(n, 'new error', 'new errors')} into the plan.`,
  failures: {
    'git-unavailable': () => 'git was not found; install git to compare revisions.',
    'git-not-a-repository': () => 'This is not a git repository; compare two files, or go to the folder of the repository.',
    'git-unknown-revision': (a) => `Unknown revision: ${a.revision}`,
    'git-failed': (a) => `${a.command} failed: ${a.detail}`,
    'git-path-missing': (a) => `${a.path} exists in neither revision (${a.revisions.join(', ')}).`,
    'git-path-missing-worktree': (a) => `${a.path} exists neither in ${a.revision} nor in the working tree.`,
    'diff-arguments': (a) =>
      `Wrong arguments (${a.given.join(' ') || 'none'}); use jaarplan diff OLD NEW, jaarplan diff REV PATH, jaarplan diff REV1..REV2 PATH, jaarplan diff - PATH or jaarplan diff --base REV.`,
    'diff-stdin-terminal': (a) =>
      `The argument - reads the ${a.position} version from standard input, but nothing is piped in; pipe it, for example: git show HEAD:${a.path} | jaarplan diff ${a.position === 'old' ? `- ${a.path}` : `${a.path} -`}`,
  },
};

/** The words of `diff` in each language. */
export const diffLabels: Record<Lang, DiffLabels> = { nl, en };

/** The failures of git and of diff's arguments, in each language; part of the CLI's failure table. */
export const diffFailures: Record<Lang, DiffLabels['failures']> = { nl: nl.failures, en: en.failures };

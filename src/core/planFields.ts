// Every field of a plan file, and what each command does with it. This is the one table that
// `diff`, `init --from` and the JSON contract are held to: a test walks the schema's properties and
// fails when a field is missing here, and, for each field, checks the behaviour declared here
// (a change to a compared field shows in `diff`; a cleared field is gone after `init --from`; a shown
// field is in the JSON). A field that a command ignores must say so here, with the reason.

/** What `diff` does with a field. */
export type DiffPolicy =
  /** A change shows in the diff. */
  | 'compared'
  /** A change is not shown; the reason says why. */
  | { notCompared: string };

/** What `init --from` does with a field when it starts next year's plan. */
export type InitPolicy =
  /** Copied as it is. */
  | 'carried'
  /** Moved on to the new year (the plan's year, the titles that name it, the results' year). */
  | 'next-year'
  /**
   * Emptied: gone, or an empty list where the list is the place to fill in (`resultaten.punten`),
   * with the old value left as a `# vorig jaar: …` comment where it is an amount budgeted or stated
   * (`bedrag`, `totaal_budget`, `programma_budget`, `totalen`, a section's `totaal`;
   * `--keep-amounts` keeps those). Spending, realisation, the account's stated totals
   * (`totalen.rekening`) and status are last year's facts and go without a comment.
   */
  | 'cleared'
  /** Not copied; the reason says why. */
  | { notCarried: string };

/** What the JSON contract (`report --format json`, `totals --format json`) does with a field. */
export type JsonPolicy =
  /** It is in the JSON. */
  | 'shown'
  /** It is not; the reason says why. */
  | { notShown: string };

/** How the commands treat one field. */
export interface FieldPolicy {
  /** `jaarplan diff`. */
  diff: DiffPolicy;
  /** `jaarplan init --from`. */
  init: InitPolicy;
  /** The JSON contract of `report`. */
  json: JsonPolicy;
}

/**
 * Every field of the schema, by its path: object keys by name, `*` for any item of a list or any
 * key of a map (the source codes under `bronnen`).
 */
export const planFields = {
  jaar: { diff: 'compared', init: 'next-year', json: 'shown' },
  titel: { diff: 'compared', init: 'next-year', json: 'shown' },
  gemeente: { diff: 'compared', init: 'carried', json: 'shown' },
  wijk: { diff: 'compared', init: 'carried', json: 'shown' },
  concept: {
    diff: 'compared',
    init: { notCarried: 'next year starts as a plan of its own; whoever wants a draft marks it' },
    json: { notShown: 'drafts are left out of totals and report, so no plan in their JSON is one' },
  },
  programma: { diff: 'compared', init: 'carried', json: 'shown' },
  herkomst: { diff: 'compared', init: { notCarried: 'it names the document of the earlier year' }, json: 'shown' },
  inleiding: { diff: 'compared', init: 'carried', json: 'shown' },
  totaal_budget: { diff: 'compared', init: 'cleared', json: 'shown' },
  programma_budget: { diff: 'compared', init: 'cleared', json: 'shown' },
  // The unit the amounts are written in: the next year's document is normally a table of the same kind.
  schaal: { diff: 'compared', init: 'carried', json: 'shown' },
  // The funding table: the sources and the kind of each line stay, the year's figures are emptied.
  financiering: { diff: 'compared', init: 'carried', json: 'shown' },
  'financiering.*.bron': { diff: 'compared', init: 'carried', json: 'shown' },
  'financiering.*.bedrag': { diff: 'compared', init: 'cleared', json: 'shown' },
  'financiering.*.besteed': { diff: 'compared', init: 'cleared', json: 'shown' },
  'financiering.*.karakter': { diff: 'compared', init: 'carried', json: 'shown' },
  'financiering.*.aard': { diff: 'compared', init: 'carried', json: 'shown' },
  'financiering.*.toelichting': { diff: 'compared', init: 'carried', json: 'shown' },
  baten: { diff: 'compared', init: 'carried', json: 'shown' },
  'baten.*.omschrijving': { diff: 'compared', init: 'carried', json: 'shown' },
  'baten.*.bron': { diff: 'compared', init: 'carried', json: 'shown' },
  'baten.*.bedrag': { diff: 'compared', init: 'cleared', json: 'shown' },
  'baten.*.realisatie': { diff: 'compared', init: 'cleared', json: 'shown' },
  'baten.*.karakter': { diff: 'compared', init: 'carried', json: 'shown' },
  'baten.*.aard': { diff: 'compared', init: 'carried', json: 'shown' },
  'baten.*.toelichting': { diff: 'compared', init: 'carried', json: 'shown' },
  reserves: { diff: 'compared', init: 'carried', json: 'shown' },
  'reserves.*.omschrijving': { diff: 'compared', init: 'carried', json: 'shown' },
  'reserves.*.mutatie': { diff: 'compared', init: 'carried', json: 'shown' },
  'reserves.*.bedrag': { diff: 'compared', init: 'cleared', json: 'shown' },
  'reserves.*.realisatie': { diff: 'compared', init: 'cleared', json: 'shown' },
  'reserves.*.karakter': { diff: 'compared', init: 'carried', json: 'shown' },
  'reserves.*.toelichting': { diff: 'compared', init: 'carried', json: 'shown' },
  // init: the totals a document states are the figures of that document; the next year's plan
  // states its own, so the whole block goes, left as a comment with last year's figures.
  totalen: { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.begroting': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.begroting.lasten': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.begroting.baten': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.begroting.saldo': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.begroting.resultaat': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.begroting.financiering': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.rekening': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.rekening.lasten': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.rekening.baten': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.rekening.saldo': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.rekening.resultaat': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.rekening.financiering': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.bronnen': { diff: 'compared', init: 'cleared', json: 'shown' },
  'totalen.bronnen.*': { diff: 'compared', init: 'cleared', json: 'shown' },
  bronnen: { diff: 'compared', init: 'carried', json: 'shown' },
  'bronnen.*': { diff: 'compared', init: 'carried', json: 'shown' },
  'bronnen.*.naam': { diff: 'compared', init: 'carried', json: 'shown' },
  'bronnen.*.soort': { diff: 'compared', init: 'carried', json: 'shown' },
  // init: the results become those of the earlier plan's year, kept as a place to fill in; each part
  // follows its own policy below (the framework stays, what was achieved is emptied).
  resultaten: { diff: 'compared', init: 'next-year', json: 'shown' },
  'resultaten.jaar': { diff: 'compared', init: 'next-year', json: 'shown' },
  'resultaten.kader': { diff: 'compared', init: 'carried', json: 'shown' },
  'resultaten.inleiding': { diff: 'compared', init: 'cleared', json: 'shown' },
  'resultaten.punten_totaal': { diff: 'compared', init: 'carried', json: 'shown' },
  'resultaten.gerealiseerd_procent': { diff: 'compared', init: 'cleared', json: 'shown' },
  'resultaten.punten': { diff: 'compared', init: 'cleared', json: 'shown' },
  'resultaten.punten.*.nrs': { diff: 'compared', init: 'cleared', json: 'shown' },
  'resultaten.punten.*.tekst': { diff: 'compared', init: 'cleared', json: 'shown' },
  onderdelen: { diff: 'compared', init: 'carried', json: 'shown' },
  // init: a section title such as "Activiteiten 2013" names the plan's year, so the year moves on
  // (and the neighbourhood changes with --wijk), as in the plan's title.
  'onderdelen.*.titel': { diff: 'compared', init: 'next-year', json: 'shown' },
  'onderdelen.*.totaal': { diff: 'compared', init: 'cleared', json: 'shown' },
  'onderdelen.*.activiteiten': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.nr': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.titel': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.omschrijving': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.themas': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.actiehouders': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.status': { diff: 'compared', init: 'cleared', json: 'shown' },
  // The results of an activity (indicators and its account). init: the targets and what is measured
  // stay; this year's realisation becomes next year's baseline, and the account is next year's to write.
  'onderdelen.*.activiteiten.*.indicatoren': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.indicatoren.*.naam': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.indicatoren.*.eenheid': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.indicatoren.*.nulmeting': { diff: 'compared', init: 'next-year', json: 'shown' },
  'onderdelen.*.activiteiten.*.indicatoren.*.streefwaarde': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.indicatoren.*.richting': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.indicatoren.*.realisatie': { diff: 'compared', init: 'cleared', json: 'shown' },
  'onderdelen.*.activiteiten.*.verantwoording': { diff: 'compared', init: 'cleared', json: 'shown' },
  'onderdelen.*.activiteiten.*.verantwoording.resultaat': { diff: 'compared', init: 'cleared', json: 'shown' },
  'onderdelen.*.activiteiten.*.verantwoording.toelichting': { diff: 'compared', init: 'cleared', json: 'shown' },
  'onderdelen.*.activiteiten.*.taakveld': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.dekking': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.dekking.*.bron': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.dekking.*.bedrag': { diff: 'compared', init: 'cleared', json: 'shown' },
  'onderdelen.*.activiteiten.*.dekking.*.besteed': { diff: 'compared', init: 'cleared', json: 'shown' },
  'onderdelen.*.activiteiten.*.dekking.*.toelichting': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.dekking.*.karakter': { diff: 'compared', init: 'carried', json: 'shown' },
  'onderdelen.*.activiteiten.*.dekking.*.aard': { diff: 'compared', init: 'carried', json: 'shown' },
} as const satisfies Record<string, FieldPolicy>;

/** The path of a field of the plan format. */
export type PlanField = keyof typeof planFields;

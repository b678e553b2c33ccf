import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { InitWords } from '../i18n/init.js';

/** What a new plan is made from. */
export interface InitPlanOptions {
  /** The year of the new plan. */
  year: number;
  /** The neighbourhood; absent for the city-wide plan. */
  wijk?: string;
  /** The schema reference for the modeline, relative to the new file. */
  schemaRef: string;
  /** The words of the comments, in the user's language. */
  words: InitWords;
}

/** How plans are written: long text folded as in the bundled plans, `[1, 2]` rather than `[ 1, 2 ]`. */
const STRINGIFY = { lineWidth: 100, flowCollectionPadding: false } as const;

/** The first line of a plan: tells yaml-language-server (VS Code's YAML extension) where the schema is. */
export function modeline(schemaRef: string): string {
  return ` yaml-language-server: $schema=${schemaRef}`;
}

/**
 * A plan file name part for a neighbourhood: lower case, accents dropped, anything else a dash.
 * Empty when the name has no letters or digits.
 */
export function wijkSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const pair = (map: YAMLMap, key: string) => map.items.find((p) => isScalar(p.key) && p.key.value === key);

/** A new plan from scratch: a commented skeleton that validates, with placeholders to fill in. */
export function skeletonPlan(options: InitPlanOptions): string {
  const { year, wijk, words } = options;
  const w = words.placeholder;
  const doc = new Document({
    jaar: year,
    titel: wijk === undefined ? `Jaarplan ${year}` : `Jaarplan ${year} ${wijk}`,
    gemeente: w.gemeente,
    ...(wijk === undefined ? {} : { wijk }),
    bronnen: { wijkaanpak: { naam: 'Wijkaanpak', soort: 'eigen' } },
    onderdelen: [
      {
        titel: w.onderdeel,
        activiteiten: [
          {
            nr: 1,
            titel: w.activiteit,
            omschrijving: w.omschrijving,
            actiehouders: [w.actiehouder],
            dekking: [{ bron: 'wijkaanpak' }],
          },
        ],
      },
    ],
  });
  doc.commentBefore = [modeline(options.schemaRef), '', ...words.skeletonHeader(year).map((l) => ` ${l}`)].join('\n');
  const root = doc.contents as YAMLMap;
  const c = words.comment;
  const after = (key: string, comment: string, map: YAMLMap = root) => {
    const p = pair(map, key);
    if (p && isScalar(p.value)) p.value.comment = ` ${comment}`;
  };
  if (wijk !== undefined) after('wijk', c.wijk);
  // Optional keys the author may want, shown as comments so the skeleton still validates.
  const bronnen = pair(root, 'bronnen')!;
  (bronnen.key as Node).commentBefore = [
    ` programma: ...            # ${c.programma}`,
    ` totaal_budget: "€ 0"      # ${c.totaalBudget}`,
    ` resultaten:               # ${c.resultaten}`,
    '',
    ` ${c.bronnen}`,
  ].join('\n');
  (bronnen.key as Node).spaceBefore = true;
  const wijkaanpak = (bronnen.value as YAMLMap).items[0]!.value as YAMLMap;
  after('soort', c.soort, wijkaanpak);
  const onderdelen = pair(root, 'onderdelen')!;
  (onderdelen.key as Node).commentBefore = ` ${c.onderdelen}`;
  (onderdelen.key as Node).spaceBefore = true;
  const activity = ((((onderdelen.value as YAMLSeq).items[0] as YAMLMap).items[1]!.value as YAMLSeq).items[0]) as YAMLMap;
  after('nr', c.nr, activity);
  (pair(activity, 'actiehouders')!.key as Node).commentBefore = ` ${c.actiehouders}`;
  (pair(activity, 'dekking')!.key as Node).commentBefore = ` ${c.dekking}`;
  const line = (pair(activity, 'dekking')!.value as YAMLSeq).items[0] as YAMLMap;
  after('bron', c.bedrag, line);
  return doc.toString(STRINGIFY);
}

/** What changes when a plan is carried over from an earlier one. */
export interface NextYearOptions extends InitPlanOptions {
  /** The earlier plan, as shown to the user (for the header). */
  fromPath: string;
  /** Keep the amounts and the declared total rather than clearing them. */
  keepAmounts: boolean;
  /** Formats an amount as it was written, for the comment beside a cleared one. */
  shownAmount: (node: Scalar) => string;
}

/**
 * The next year's plan from an earlier one, which must be a valid plan: the same sources, sections and
 * activities with the year moved on, last year's results emptied (resultaten.jaar becomes the
 * earlier plan's year), and the amounts and declared total cleared unless kept. Comments in the
 * body are kept; the header is replaced, since it describes the earlier plan.
 */
export function nextYearPlan(source: string, options: NextYearOptions): string {
  const { year, words } = options;
  const doc = parseDocument(source, { keepSourceTokens: false });
  if (!isMap(doc.contents)) throw new Error('nextYearPlan: the earlier plan is not a mapping');
  const root = doc.contents as YAMLMap;
  const previousYear = Number((pair(root, 'jaar')!.value as Scalar).value);

  // The header comment belongs to the earlier plan; in the yaml library it sits on the first key.
  const first = root.items[0]!.key as Node;
  first.commentBefore = [
    modeline(options.schemaRef),
    '',
    ...words.fromHeader(year, options.fromPath, options.keepAmounts).map((l) => ` ${l}`),
  ].join('\n');
  doc.commentBefore = null;

  (pair(root, 'jaar')!.value as Scalar).value = year;
  const titel = pair(root, 'titel')!.value as Scalar;
  titel.value = String(titel.value).replaceAll(String(previousYear), String(year));

  // Section titles such as "Activiteiten 2013" name the plan's year; activity titles may name
  // another year on purpose ("Wijkmonitor 2013"), so they are left as they are.
  const sections = pair(root, 'onderdelen')!.value;
  for (const section of isSeq(sections) ? sections.items : []) {
    const title = isMap(section) ? pair(section as YAMLMap, 'titel')?.value : undefined;
    if (isScalar(title) && typeof title.value === 'string') title.value = title.value.replaceAll(String(previousYear), String(year));
  }

  if (options.wijk !== undefined) {
    const existing = pair(root, 'wijk');
    if (existing) (existing.value as Scalar).value = options.wijk;
    else root.items.splice(root.items.indexOf(pair(root, 'gemeente')!) + 1, 0, doc.createPair('wijk', options.wijk));
  }

  if (!options.keepAmounts) root.delete('totaal_budget');

  // Results: the framework stays (kader, punten_totaal); what was achieved is for the new author.
  const results = new YAMLMap();
  results.items.push(doc.createPair('jaar', previousYear));
  const oldResults = pair(root, 'resultaten');
  if (oldResults && isMap(oldResults.value)) {
    for (const key of ['kader', 'punten_totaal']) {
      const kept = pair(oldResults.value, key);
      if (kept) results.items.push(kept);
    }
  }
  const punten = new YAMLSeq();
  punten.flow = true;
  results.items.push(doc.createPair('punten', punten));
  results.commentBefore = ` ${words.resultsToFill(previousYear)}`;
  if (oldResults) {
    oldResults.value = results;
  } else {
    const resultsPair = doc.createPair('resultaten', results);
    (resultsPair.key as Node).spaceBefore = true;
    root.items.splice(root.items.indexOf(pair(root, 'onderdelen')!), 0, resultsPair);
  }

  if (!options.keepAmounts) {
    const onderdelen = pair(root, 'onderdelen')!.value;
    for (const onderdeel of isSeq(onderdelen) ? onderdelen.items : []) {
      const activiteiten = isMap(onderdeel) ? pair(onderdeel, 'activiteiten')?.value : undefined;
      for (const activiteit of isSeq(activiteiten) ? activiteiten.items : []) {
        const dekking = isMap(activiteit) ? pair(activiteit, 'dekking')?.value : undefined;
        for (const line of isSeq(dekking) ? dekking.items : []) {
          if (!isMap(line)) continue;
          const bedrag = pair(line, 'bedrag');
          if (!bedrag) continue;
          const shown = options.shownAmount(bedrag.value as Scalar);
          line.delete('bedrag');
          // The cleared amount stays visible as a comment: a starting point, not a number that counts.
          const bron = pair(line, 'bron')!.value as Scalar;
          bron.comment = ` ${words.amountCleared(shown)}`;
        }
      }
    }
  }
  return doc.toString(STRINGIFY);
}

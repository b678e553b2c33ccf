import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node, type Pair } from 'yaml';
import type { InitWords } from '../i18n/init.js';
import type { planFields, InitPolicy, PlanField } from '../core/planFields.js';

/** What a new plan is made from. */
export interface InitPlanOptions {
  /** The year of the new plan. */
  year: number;
  /** The neighbourhood; absent for the city-wide plan. */
  wijk?: string;
  /** The schema reference for the modeline, relative to the new file; without it, no modeline. */
  schemaRef?: string | undefined;
  /** The words of the comments, in the user's language. */
  words: InitWords;
}

/** How plans are written: long text folded as in the bundled plans, `[1, 2]` rather than `[ 1, 2 ]`. */
const STRINGIFY = { lineWidth: 100, flowCollectionPadding: false } as const;

/** The first line of a plan: tells yaml-language-server (VS Code's YAML extension) where the schema is. */
export function modeline(schemaRef: string): string {
  return ` yaml-language-server: $schema=${schemaRef}`;
}

/** The header's first lines: the modeline and a blank line, when there is a schema to point at. */
function modelineLines(schemaRef: string | undefined): string[] {
  return schemaRef === undefined ? [] : [modeline(schemaRef), ''];
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
  doc.commentBefore = [...modelineLines(options.schemaRef), ...words.skeletonHeader(year).map((l) => ` ${l}`)].join('\n');
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
}

/** One entry of a mapping in the earlier plan that a field's path leads to. */
interface Place {
  /** The mapping that holds it. */
  map: YAMLMap;
  /** The entry itself. */
  pair: Pair;
}

/** What the steps of `nextYearPlan` share. */
interface NextYear {
  doc: Document;
  root: YAMLMap;
  options: NextYearOptions;
  /** The earlier plan's year. */
  previousYear: number;
  /** The earlier plan's neighbourhood, if it names one. */
  previousWijk: string | undefined;
}

/**
 * What `init --from` does to one field, held by the compiler to the field's policy in planFields:
 * a carried field is kept, a field that moves on to the next year has its own step, a cleared field
 * is removed (`remove`), emptied (`empty`, a list left to fill in) or cleared by its own step (the
 * amounts, which leave a comment), and a field that is not carried is removed.
 */
type InitStep<P extends InitPolicy> = P extends 'carried'
  ? 'keep'
  : P extends 'next-year'
    ? (places: Place[], c: NextYear) => void
    : P extends 'cleared'
      ? 'remove' | 'empty' | ((places: Place[], c: NextYear) => void)
      : P extends { notCarried: string }
        ? 'remove'
        : never;

/** The year moved on, and the neighbourhood changed when --wijk names another one, in a title. */
function moveTitle(places: Place[], c: NextYear): void {
  for (const { pair } of places) {
    if (!isScalar(pair.value) || typeof pair.value.value !== 'string') continue;
    let title = pair.value.value.replaceAll(String(c.previousYear), String(c.options.year));
    const wijk = c.options.wijk;
    if (c.previousWijk !== undefined && wijk !== undefined && wijk !== c.previousWijk) {
      title = title.replace(wholeWords(c.previousWijk), () => wijk);
    }
    pair.value.value = title;
  }
}

/** Matches a name where it stands as a whole: "Noord" in "Wijkplan Noord", not in "Noorderhaven". */
function wholeWords(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
}

/** An amount as it was written in the earlier plan: `€ 10.000`, `10000`. */
function asWritten(node: unknown): string {
  if (!isScalar(node)) return '';
  return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}

/** Adds a comment above a key, before any comment already there. */
function commentAbove(key: unknown, comment: string): void {
  const node = key as Node;
  node.commentBefore = node.commentBefore ? `${comment}\n${node.commentBefore}` : comment;
}

/** Removes an entry; a comment or blank line above it stays, above the next entry. */
function removePair(map: YAMLMap, pair: Pair): void {
  const index = map.items.indexOf(pair);
  if (index === -1) return;
  map.items.splice(index, 1);
  const key = pair.key as Node | null;
  const next = map.items[index]?.key as Node | undefined;
  if (!key || !next) return;
  if (key.commentBefore) commentAbove(next, key.commentBefore);
  if (key.spaceBefore) next.spaceBefore = true;
}

/**
 * Every field of a plan and what `init --from` does with it. The type holds each entry to the field's
 * init policy in planFields, so a new field, or a changed policy, does not compile until it is
 * decided here.
 */
const initSteps: { [F in PlanField]: InitStep<(typeof planFields)[F]['init']> } = {
  jaar: (places, c) => {
    for (const { pair } of places) (pair.value as Scalar).value = c.options.year;
  },
  titel: moveTitle,
  gemeente: 'keep',
  wijk: 'keep',
  programma: 'keep',
  herkomst: 'remove',
  concept: 'remove',
  inleiding: 'keep',
  bronnen: 'keep',
  totaal_budget: (places, c) => {
    if (c.options.keepAmounts) return;
    for (const { map, pair } of places) {
      // Left as a commented-out key with last year's amount, as the skeleton shows optional keys.
      const comment = ` totaal_budget:  # ${c.options.words.amountCleared(asWritten(pair.value))}`;
      const next = map.items[map.items.indexOf(pair) + 1]?.key as Node | undefined;
      // Where the key was: before the blank line that separated it from the next key.
      const spaced = next?.spaceBefore === true && !(pair.key as Node).spaceBefore;
      removePair(map, pair);
      if (!next) c.doc.comment = c.doc.comment ? `${comment}\n${c.doc.comment}` : comment;
      else if (!spaced) commentAbove(next, comment);
      else {
        next.spaceBefore = false;
        commentAbove(next, `${comment}\n`);
      }
    }
  },
  'bronnen.*': 'keep',
  'bronnen.*.naam': 'keep',
  'bronnen.*.soort': 'keep',
  resultaten: (places, c) => {
    let results = places[0]?.pair.value;
    if (!isMap(results)) {
      results = new YAMLMap();
      (results as YAMLMap).items.push(c.doc.createPair('jaar', c.previousYear));
      const resultsPair = c.doc.createPair('resultaten', results);
      (resultsPair.key as Node).spaceBefore = true;
      const onderdelen = pair(c.root, 'onderdelen');
      c.root.items.splice(onderdelen ? c.root.items.indexOf(onderdelen) : c.root.items.length, 0, resultsPair);
    }
    const map = results as YAMLMap;
    if (!pair(map, 'punten')) map.items.push(c.doc.createPair('punten', new YAMLSeq()));
    map.commentBefore = ` ${c.options.words.resultsToFill(c.previousYear)}`;
  },
  // The results become those of the earlier plan's year, which is for the new author to fill in.
  'resultaten.jaar': (places, c) => {
    for (const { pair } of places) (pair.value as Scalar).value = c.previousYear;
  },
  'resultaten.kader': 'keep',
  'resultaten.inleiding': 'remove',
  'resultaten.punten_totaal': 'keep',
  'resultaten.gerealiseerd_procent': 'remove',
  'resultaten.punten': 'empty',
  'resultaten.punten.*.nrs': 'remove',
  'resultaten.punten.*.tekst': 'remove',
  onderdelen: 'keep',
  'onderdelen.*.titel': moveTitle,
  'onderdelen.*.activiteiten': 'keep',
  'onderdelen.*.activiteiten.*.nr': 'keep',
  'onderdelen.*.activiteiten.*.titel': 'keep',
  'onderdelen.*.activiteiten.*.omschrijving': 'keep',
  'onderdelen.*.activiteiten.*.themas': 'keep',
  'onderdelen.*.activiteiten.*.actiehouders': 'keep',
  'onderdelen.*.activiteiten.*.status': 'remove',
  'onderdelen.*.activiteiten.*.indicatoren': 'keep',
  'onderdelen.*.activiteiten.*.indicatoren.*.naam': 'keep',
  'onderdelen.*.activiteiten.*.indicatoren.*.eenheid': 'keep',
  // Last year's realisation is where the new year starts; without one the old baseline stays. When
  // the new baseline would turn the direction read from baseline and target around (a target that
  // was passed), the direction is written out, so the target keeps its meaning.
  'onderdelen.*.activiteiten.*.indicatoren.*.nulmeting': (_places, c) => {
    for (const { map, pair: realised } of placesOf(c.root, 'onderdelen.*.activiteiten.*.indicatoren.*.realisatie')) {
      const baseline = pair(map, 'nulmeting');
      const target = pair(map, 'streefwaarde');
      const number = (p: Pair | undefined) => (p && isScalar(p.value) && typeof p.value.value === 'number' ? p.value.value : undefined);
      const direction = (b: number | undefined, t: number | undefined) => (b !== undefined && t !== undefined && t < b ? 'lager' : 'hoger');
      const before = direction(number(baseline), number(target));
      const after = direction(number(realised), number(target));
      if (baseline) baseline.value = realised.value;
      else map.items.splice(map.items.indexOf(target ?? realised), 0, c.doc.createPair('nulmeting', realised.value));
      if (!pair(map, 'richting') && before !== after) map.items.splice(map.items.indexOf(realised), 0, c.doc.createPair('richting', before));
    }
  },
  'onderdelen.*.activiteiten.*.indicatoren.*.streefwaarde': 'keep',
  'onderdelen.*.activiteiten.*.indicatoren.*.richting': 'keep',
  'onderdelen.*.activiteiten.*.indicatoren.*.realisatie': 'remove',
  'onderdelen.*.activiteiten.*.verantwoording': 'remove',
  'onderdelen.*.activiteiten.*.verantwoording.resultaat': 'remove',
  'onderdelen.*.activiteiten.*.verantwoording.toelichting': 'remove',
  'onderdelen.*.activiteiten.*.taakveld': 'keep',
  'onderdelen.*.activiteiten.*.dekking': 'keep',
  'onderdelen.*.activiteiten.*.dekking.*.bron': 'keep',
  'onderdelen.*.activiteiten.*.dekking.*.bedrag': (places, c) => {
    if (c.options.keepAmounts) return;
    for (const { map, pair: amount } of places) {
      const shown = asWritten(amount.value);
      removePair(map, amount);
      // The cleared amount stays visible beside its source: a starting point, not a number that counts.
      const bron = pair(map, 'bron')?.value;
      if (!isScalar(bron)) continue;
      const comment = ` ${c.options.words.amountCleared(shown)}`;
      bron.comment = bron.comment ? `${comment};${bron.comment}` : comment;
    }
  },
  'onderdelen.*.activiteiten.*.dekking.*.besteed': 'remove',
  'onderdelen.*.activiteiten.*.dekking.*.toelichting': 'keep',
};

/** The entries a field's path leads to: keys by name, `*` for every item of a list or entry of a mapping. */
function placesOf(root: YAMLMap, field: string): Place[] {
  const segments = field.split('.');
  let nodes: unknown[] = [root];
  const places: Place[] = [];
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    const next: unknown[] = [];
    for (const node of nodes) {
      if (segment === '*') {
        if (isSeq(node)) next.push(...node.items);
        else if (isMap(node)) {
          if (last) places.push(...node.items.map((p) => ({ map: node as YAMLMap, pair: p as Pair })));
          else next.push(...node.items.map((p) => p.value));
        }
      } else if (isMap(node)) {
        const found = pair(node as YAMLMap, segment);
        if (!found) continue;
        if (last) places.push({ map: node as YAMLMap, pair: found as Pair });
        else next.push(found.value);
      }
    }
    nodes = next;
  });
  return places;
}

/**
 * The next year's plan from an earlier one, which must be a valid plan. Each field is treated as
 * planFields says (see initSteps): the same sources, sections and activities with the year moved on,
 * last year's results emptied (resultaten.jaar becomes the earlier plan's year), spending, status and
 * the earlier document's origin gone, and the amounts and declared total cleared unless kept, each
 * left as a comment. With `wijk`, the plan is that neighbourhood's, and a title that named the earlier
 * plan's neighbourhood names the new one. Comments in the body are kept; the header is replaced,
 * since it describes the earlier plan.
 */
export function nextYearPlan(source: string, options: NextYearOptions): string {
  const { year, words } = options;
  const doc = parseDocument(source, { keepSourceTokens: false });
  if (!isMap(doc.contents)) throw new Error('nextYearPlan: the earlier plan is not a mapping');
  const root = doc.contents as YAMLMap;
  const previousWijk = pair(root, 'wijk')?.value;
  const c: NextYear = {
    doc,
    root,
    options,
    previousYear: Number((pair(root, 'jaar')!.value as Scalar).value),
    previousWijk: isScalar(previousWijk) && typeof previousWijk.value === 'string' ? previousWijk.value : undefined,
  };

  // The header comment belongs to the earlier plan; in the yaml library it sits on the first key.
  (root.items[0]!.key as Node).commentBefore = null;
  doc.commentBefore = null;

  for (const [field, step] of Object.entries(initSteps) as [PlanField, InitStep<InitPolicy>][]) {
    if (step === 'keep') continue;
    const places = placesOf(root, field);
    if (typeof step === 'function') step(places, c);
    else if (step === 'empty') for (const p of places) p.pair.value = Object.assign(new YAMLSeq(), { flow: true });
    else for (const p of places) removePair(p.map, p.pair);
  }

  if (options.wijk !== undefined) {
    const existing = pair(root, 'wijk');
    if (existing) (existing.value as Scalar).value = options.wijk;
    else root.items.splice(root.items.indexOf(pair(root, 'gemeente')!) + 1, 0, doc.createPair('wijk', options.wijk));
  }

  const first = root.items[0]!.key as Node;
  const header = [...modelineLines(options.schemaRef), ...words.fromHeader(year, options.fromPath, options.keepAmounts).map((l) => ` ${l}`)].join('\n');
  first.commentBefore = first.commentBefore ? `${header}\n${first.commentBefore}` : header;
  return doc.toString(STRINGIFY);
}

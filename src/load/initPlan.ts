import { Document, isMap, isScalar, isSeq, parseDocument, type Scalar, YAMLMap, YAMLSeq, type Node, type Pair } from 'yaml';
import type { InitWords } from '../i18n/init.js';
import type { planFields, InitPolicy, PlanField } from '../core/planFields.js';
import { taakveldStatus, type Successors } from '../core/iv3Taakvelden.js';
import type { Plan } from '../core/plan.js';

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
  const activity = (((onderdelen.value as YAMLSeq).items[0] as YAMLMap).items[1]!.value as YAMLSeq).items[0] as YAMLMap;
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
 * Removes an amount (or a block of stated amounts) and leaves it as a commented-out key with last
 * year's figures, where it was, as the skeleton shows optional keys: `# totaal_budget:  # vorig
 * jaar: € 60.000`. A block is commented out line by line, each amount with its comment.
 */
function leaveAsComment(places: Place[], c: NextYear): void {
  if (c.options.keepAmounts) return;
  const cleared = (value: unknown) => c.options.words.amountCleared(asWritten(value));
  const lines = (key: string, value: unknown, indent: string): string[] =>
    isMap(value)
      ? [` ${indent}${key}:`, ...value.items.flatMap((p) => lines(String(isScalar(p.key) ? p.key.value : p.key), p.value, indent + '  '))]
      : [` ${indent}${key}:  # ${cleared(value)}`];
  for (const { map, pair: p } of places) {
    const key = p.key as Node;
    // Where the key was: below a comment of its own, before the blank line that separated it from the next key.
    const comment = [...(key.commentBefore ? [key.commentBefore] : []), ...lines(String((p.key as Scalar).value), p.value, '')].join('\n');
    const next = map.items[map.items.indexOf(p) + 1]?.key as Node | undefined;
    const spaced = next?.spaceBefore === true && !key.spaceBefore;
    key.commentBefore = null;
    removePair(map, p);
    if (!next) {
      if (map === c.root) c.doc.comment = c.doc.comment ? `${comment}\n${c.doc.comment}` : comment;
      else map.comment = map.comment ? `${comment}\n${map.comment}` : comment;
    } else if (!spaced) commentAbove(next, comment);
    else {
      next.spaceBefore = false;
      commentAbove(next, `${comment}\n`);
    }
  }
}

/** The parts of `totalen`: cleared with the block as a whole (see leaveAsComment), kept with it. */
function withTotalen(): void {}

/**
 * Removes the amount of a line and leaves last year's amount as a comment beside what names the
 * line (its source, its description): a starting point, not a number that counts. A line of the
 * division alone names nothing: the comment goes beside what it keeps (karakter, aard,
 * toelichting), or above the line when nothing is left of it.
 */
function clearLineAmount(places: Place[], c: NextYear, name: 'bron' | 'omschrijving'): void {
  if (c.options.keepAmounts) return;
  for (const { map, pair: amount } of places) {
    const comment = ` ${c.options.words.amountCleared(asWritten(amount.value))}`;
    removePair(map, amount);
    // A comment inside `{ … }` would spread it over lines as a flow mapping; a block reads better.
    map.flow = false;
    const beside = [name, 'karakter', 'aard', 'toelichting'].map((key) => pair(map, key)?.value).find((value) => value !== undefined);
    if (isScalar(beside)) beside.comment = beside.comment ? `${comment};${beside.comment}` : comment;
    else map.commentBefore = map.commentBefore ? `${comment}\n${map.commentBefore}` : comment;
  }
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
  totaal_budget: (places, c) => leaveAsComment(places, c),
  programma_budget: (places, c) => leaveAsComment(places, c),
  schaal: 'keep',
  financiering: 'keep',
  'financiering.*.bron': 'keep',
  'financiering.*.bedrag': (places, c) => clearLineAmount(places, c, 'bron'),
  'financiering.*.besteed': 'remove',
  'financiering.*.karakter': 'keep',
  'financiering.*.aard': 'keep',
  'financiering.*.toelichting': 'keep',
  baten: 'keep',
  'baten.*.omschrijving': 'keep',
  'baten.*.bron': 'keep',
  'baten.*.bedrag': (places, c) => clearLineAmount(places, c, 'omschrijving'),
  'baten.*.realisatie': 'remove',
  'baten.*.karakter': 'keep',
  'baten.*.aard': 'keep',
  'baten.*.toelichting': 'keep',
  reserves: 'keep',
  'reserves.*.omschrijving': 'keep',
  'reserves.*.mutatie': 'keep',
  'reserves.*.bedrag': (places, c) => clearLineAmount(places, c, 'omschrijving'),
  'reserves.*.realisatie': 'remove',
  'reserves.*.karakter': 'keep',
  'reserves.*.toelichting': 'keep',
  // The totals a document states go as a whole, left as a comment with last year's figures; the
  // parts below go with it (and stay with it under --keep-amounts). The account's figures are last
  // year's facts, as spending is: they go without a comment, also under --keep-amounts.
  totalen: (places, c) => {
    const left: Place[] = [];
    for (const place of places) {
      const figures = place.pair.value;
      if (isMap(figures)) {
        const account = pair(figures as YAMLMap, 'rekening');
        if (account) removePair(figures as YAMLMap, account as Pair);
        if (figures.items.length === 0) {
          removePair(place.map, place.pair);
          continue;
        }
      }
      left.push(place);
    }
    leaveAsComment(left, c);
  },
  'totalen.begroting': withTotalen,
  'totalen.begroting.lasten': withTotalen,
  'totalen.begroting.baten': withTotalen,
  'totalen.begroting.saldo': withTotalen,
  'totalen.begroting.resultaat': withTotalen,
  'totalen.begroting.financiering': withTotalen,
  'totalen.rekening': withTotalen,
  'totalen.rekening.lasten': withTotalen,
  'totalen.rekening.baten': withTotalen,
  'totalen.rekening.saldo': withTotalen,
  'totalen.rekening.resultaat': withTotalen,
  'totalen.rekening.financiering': withTotalen,
  'totalen.bronnen': withTotalen,
  'totalen.bronnen.*': withTotalen,
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
  'onderdelen.*.totaal': (places, c) => leaveAsComment(places, c),
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
      if (!pair(map, 'richting') && before !== after)
        map.items.splice(map.items.indexOf(realised), 0, c.doc.createPair('richting', before));
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
  // A line of the division alone has no source to keep the comment beside (see clearLineAmount).
  'onderdelen.*.activiteiten.*.dekking.*.bedrag': (places, c) => clearLineAmount(places, c, 'bron'),
  'onderdelen.*.activiteiten.*.dekking.*.besteed': 'remove',
  'onderdelen.*.activiteiten.*.dekking.*.toelichting': 'keep',
  'onderdelen.*.activiteiten.*.dekking.*.karakter': 'keep',
  'onderdelen.*.activiteiten.*.dekking.*.aard': 'keep',
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
 * A taakveld whose code is not on the list of the new year (6.2 in a plan of 2025) is left out, with
 * a comment in its place that names the code and its successors: where one code became several the
 * choice is the author's, and a plan init writes always validates. `retiredTaakvelden` says which.
 */
function leaveOutRetiredTaakvelden(c: NextYear): void {
  for (const { map, pair: taakveld } of placesOf(c.root, 'onderdelen.*.activiteiten.*.taakveld')) {
    const code = asWritten(taakveld.value);
    const status = taakveldStatus(code, c.options.year);
    if (status.kind !== 'retired') continue;
    const comment = ` taakveld:  # ${c.options.words.taakveldRetired(code, c.options.year, status.successors)}`;
    const next = map.items[map.items.indexOf(taakveld) + 1];
    removePair(map, taakveld);
    if (next) commentAbove(next.key, comment);
    else map.comment = map.comment ? `${comment}\n${map.comment}` : comment;
  }
}

/** The taakvelden of an earlier plan that are not on the list of the new year, with their successors. */
export function retiredTaakvelden(plan: Plan, year: number): { nr: number; code: string; successors: Successors[] }[] {
  return plan.onderdelen.flatMap((s) =>
    s.activiteiten.flatMap((a) => {
      if (a.taakveld === undefined) return [];
      const status = taakveldStatus(a.taakveld, year);
      return status.kind === 'retired' ? [{ nr: a.nr, code: a.taakveld, successors: status.successors }] : [];
    }),
  );
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

  leaveOutRetiredTaakvelden(c);

  if (options.wijk !== undefined) {
    const existing = pair(root, 'wijk');
    if (existing) (existing.value as Scalar).value = options.wijk;
    else root.items.splice(root.items.indexOf(pair(root, 'gemeente')!) + 1, 0, doc.createPair('wijk', options.wijk));
  }

  const first = root.items[0]!.key as Node;
  const header = [
    ...modelineLines(options.schemaRef),
    ...words.fromHeader(year, options.fromPath, options.keepAmounts).map((l) => ` ${l}`),
  ].join('\n');
  first.commentBefore = first.commentBefore ? `${header}\n${first.commentBefore}` : header;
  return doc.toString(STRINGIFY);
}

import type { Cents } from './amount.js';
import type { Activity, BudgetLine, FundingLine, IncomeLine, Indicator, Plan, ReserveLine, ResultPoint, StatedFigures } from './plan.js';
import type { planFields, PlanField } from './planFields.js';

// How `diff` compares each field of the plan format. The table below has an entry for every field
// of `planFields`, so a field added there does not compile until diff says how it is compared; a
// field whose policy is `notCompared` can only be `ignored` here, and one that is `compared` can
// not be. Each kind of entry is handled by one piece of code in diffPlans.ts, so a new entry of a
// known kind is diffed, shown and put in the JSON without further code.

/** A value of a field as diff compares and shows it. */
export type Scalar = string | number | boolean;

/** How one field is compared. */
export type FieldComparer =
  /** A field of the plan (or of its `resultaten`): before and after, in `PlanDiff.fields`. */
  | { in: 'plan'; value: (plan: Plan) => Scalar | null }
  /** A field of each line of `resultaten.punten`: per point (by position), in `PlanDiff.fields`. */
  | { in: 'resultPoint'; value: (point: ResultPoint) => Scalar }
  /** A field of an activity, compared per matched activity: in `ActivityDiff.fields`. */
  | { in: 'activity'; value: (activity: Activity) => Scalar | null }
  /** An amount of a budget line, compared as sums per source per activity (`LineDiff`). */
  | { in: 'lineAmount'; amount: (line: BudgetLine) => Cents | null; as: 'budget' | 'spent' }
  /** A text of a budget line, compared per source per activity (`LineDiff.texts`). */
  | { in: 'lineText'; value: (line: BudgetLine) => string | null }
  /** An amount of a line of the plan's own lists (funding, income, reserves), compared as sums per key (`PlanLineDiff`). */
  | { in: 'listAmount'; list: PlanList; amount: (line: ListLine) => Cents | null; as: 'budget' | 'spent' }
  /** A text of a line of the plan's own lists, compared per key (`PlanLineDiff.texts`). */
  | { in: 'listText'; list: PlanList; value: (line: ListLine) => string | null }
  /** An amount of the plan as a whole (a stated total, the programme's budget): in `PlanDiff.amounts`. */
  | { in: 'planAmount'; amount: (plan: Plan) => Cents | null }
  /** Amounts of the plan by a key (a stated total per source, per section): in `PlanDiff.amounts`, one per key. */
  | { in: 'keyedAmount'; amounts: (plan: Plan) => Map<string, Cents>; bySource?: true }
  /**
   * Compared by matching: the sources, sections, activities and lines themselves, the declared
   * total, the lines of the plan's own lists by their key, or the stated totals by their place.
   */
  | { in: 'matched'; by: 'sources' | 'sections' | 'activities' | 'lines' | 'declared' | PlanList | 'stated' };

/** The plan's own lists of money lines, each compared per key as an activity's lines are per source. */
export type PlanList = 'financiering' | 'baten' | 'reserves';

/** The lines of each of the plan's own lists. */
export interface ListLines {
  /** The funding per source. */
  financiering: FundingLine;
  /** The income. */
  baten: IncomeLine;
  /** The movements of reserves. */
  reserves: ReserveLine;
}

/** A line of any of the plan's own lists. */
export type ListLine = ListLines[PlanList];

/**
 * What the lines of a list are matched by: the funding per source (a source renamed is followed),
 * income and reserve movements by their description.
 */
export const listKeys: { [L in PlanList]: (line: ListLines[L]) => string } = {
  financiering: (l) => l.bron,
  baten: (l) => l.omschrijving,
  reserves: (l) => l.omschrijving,
};

/** A field that diff does not compare (only for fields whose policy says `notCompared`). */
export interface Ignored {
  in: 'ignored';
}

type Policy<F extends PlanField> = (typeof planFields)[F]['diff'];

/** Per field, a comparer when `planFields` says it is compared, else `ignored`. */
export type FieldComparers = { [F in PlanField]: Policy<F> extends 'compared' ? FieldComparer : Ignored };

const plan = (value: (plan: Plan) => Scalar | null | undefined): FieldComparer => ({ in: 'plan', value: (p) => value(p) ?? null });
const activity = (value: (a: Activity) => Scalar | null | undefined): FieldComparer => ({ in: 'activity', value: (a) => value(a) ?? null });
/** One field of every indicator, named, as one value: `naam: value; …` (null when none gives it). */
const indicators = (a: Activity, value: (i: Indicator) => Scalar | undefined): string | null => {
  const given = (a.indicatoren ?? []).filter((i) => value(i) !== undefined);
  return given.length === 0 ? null : given.map((i) => `${i.naam}: ${String(value(i))}`).join('; ');
};
const listAmount = <L extends PlanList>(
  list: L,
  amount: (line: ListLines[L]) => Cents | null | undefined,
  as: 'budget' | 'spent',
): FieldComparer => ({
  in: 'listAmount',
  list,
  amount: (line) => amount(line as ListLines[L]) ?? null,
  as,
});
const listText = <L extends PlanList>(list: L, value: (line: ListLines[L]) => string | null | undefined): FieldComparer => ({
  in: 'listText',
  list,
  value: (line) => value(line as ListLines[L]) ?? null,
});
const stated = (side: 'begroting' | 'rekening', figure: keyof StatedFigures): FieldComparer => ({
  in: 'planAmount',
  amount: (p) => p.totalen[side][figure]?.cents ?? null,
});
/** A list compared as a set: its order is not a change. */
const set = (list: readonly string[], separator: string) => [...list].sort().join(separator);

/** How `diff` compares every field of the plan format. */
export const fieldComparers = {
  jaar: plan((p) => p.jaar),
  titel: plan((p) => p.titel),
  gemeente: plan((p) => p.gemeente),
  wijk: plan((p) => p.wijk),
  concept: plan((p) => p.concept ?? false),
  programma: plan((p) => p.programma),
  herkomst: plan((p) => p.herkomst),
  inleiding: plan((p) => p.inleiding),
  totaal_budget: { in: 'matched', by: 'declared' },
  programma_budget: { in: 'planAmount', amount: (p) => p.programmaBudget },
  schaal: plan((p) => p.schaal),
  financiering: { in: 'matched', by: 'financiering' },
  'financiering.*.bron': { in: 'matched', by: 'financiering' },
  'financiering.*.bedrag': listAmount('financiering', (l) => l.bedrag, 'budget'),
  'financiering.*.besteed': listAmount('financiering', (l) => l.besteed, 'spent'),
  'financiering.*.karakter': listText('financiering', (l) => l.karakter),
  'financiering.*.aard': listText('financiering', (l) => l.aard),
  'financiering.*.toelichting': listText('financiering', (l) => l.toelichting),
  baten: { in: 'matched', by: 'baten' },
  'baten.*.omschrijving': { in: 'matched', by: 'baten' },
  'baten.*.bron': listText('baten', (l) => l.bron),
  'baten.*.bedrag': listAmount('baten', (l) => l.bedrag, 'budget'),
  'baten.*.realisatie': listAmount('baten', (l) => l.realisatie, 'spent'),
  'baten.*.karakter': listText('baten', (l) => l.karakter),
  'baten.*.aard': listText('baten', (l) => l.aard),
  'baten.*.toelichting': listText('baten', (l) => l.toelichting),
  reserves: { in: 'matched', by: 'reserves' },
  'reserves.*.omschrijving': { in: 'matched', by: 'reserves' },
  'reserves.*.mutatie': listText('reserves', (l) => l.mutatie),
  'reserves.*.bedrag': listAmount('reserves', (l) => l.bedrag, 'budget'),
  'reserves.*.realisatie': listAmount('reserves', (l) => l.realisatie, 'spent'),
  'reserves.*.karakter': listText('reserves', (l) => l.karakter),
  'reserves.*.toelichting': listText('reserves', (l) => l.toelichting),
  totalen: { in: 'matched', by: 'stated' },
  'totalen.begroting': { in: 'matched', by: 'stated' },
  'totalen.begroting.lasten': stated('begroting', 'lasten'),
  'totalen.begroting.baten': stated('begroting', 'baten'),
  'totalen.begroting.saldo': stated('begroting', 'saldo'),
  'totalen.begroting.resultaat': stated('begroting', 'resultaat'),
  'totalen.begroting.financiering': stated('begroting', 'financiering'),
  'totalen.rekening': { in: 'matched', by: 'stated' },
  'totalen.rekening.lasten': stated('rekening', 'lasten'),
  'totalen.rekening.baten': stated('rekening', 'baten'),
  'totalen.rekening.saldo': stated('rekening', 'saldo'),
  'totalen.rekening.resultaat': stated('rekening', 'resultaat'),
  'totalen.rekening.financiering': stated('rekening', 'financiering'),
  'totalen.bronnen': { in: 'matched', by: 'stated' },
  'totalen.bronnen.*': { in: 'keyedAmount', amounts: (p) => new Map(p.totalen.bronnen.map((b) => [b.code, b.cents])), bySource: true },
  bronnen: { in: 'matched', by: 'sources' },
  'bronnen.*': { in: 'matched', by: 'sources' },
  'bronnen.*.naam': { in: 'matched', by: 'sources' },
  'bronnen.*.soort': { in: 'matched', by: 'sources' },
  resultaten: plan((p) => p.resultaten !== undefined),
  'resultaten.jaar': plan((p) => p.resultaten?.jaar),
  'resultaten.kader': plan((p) => p.resultaten?.kader),
  'resultaten.inleiding': plan((p) => p.resultaten?.inleiding),
  'resultaten.punten_totaal': plan((p) => p.resultaten?.puntenTotaal),
  'resultaten.gerealiseerd_procent': plan((p) => p.resultaten?.gerealiseerdProcent),
  'resultaten.punten': plan((p) => (p.resultaten === undefined ? null : p.resultaten.punten.length)),
  'resultaten.punten.*.nrs': { in: 'resultPoint', value: (point) => point.nrs.join(', ') },
  'resultaten.punten.*.tekst': { in: 'resultPoint', value: (point) => point.tekst },
  onderdelen: { in: 'matched', by: 'sections' },
  'onderdelen.*.titel': { in: 'matched', by: 'sections' },
  // Per section title; two sections of one title state one total together.
  'onderdelen.*.totaal': {
    in: 'keyedAmount',
    amounts: (p) => {
      const totals = new Map<string, Cents>();
      for (const s of p.onderdelen) if (s.totaal !== undefined) totals.set(s.titel, (totals.get(s.titel) ?? 0) + s.totaal.cents);
      return totals;
    },
  },
  'onderdelen.*.activiteiten': { in: 'matched', by: 'activities' },
  'onderdelen.*.activiteiten.*.nr': activity((a) => a.nr),
  'onderdelen.*.activiteiten.*.titel': activity((a) => a.titel),
  'onderdelen.*.activiteiten.*.omschrijving': activity((a) => a.omschrijving),
  'onderdelen.*.activiteiten.*.themas': activity((a) => set(a.themas, ', ')),
  'onderdelen.*.activiteiten.*.actiehouders': activity((a) => set(a.actiehouders, '; ')),
  'onderdelen.*.activiteiten.*.status': activity((a) => a.status),
  'onderdelen.*.activiteiten.*.indicatoren': activity((a) => (a.indicatoren === undefined ? null : a.indicatoren.length)),
  'onderdelen.*.activiteiten.*.indicatoren.*.naam': activity((a) =>
    a.indicatoren === undefined ? null : a.indicatoren.map((i) => i.naam).join('; '),
  ),
  'onderdelen.*.activiteiten.*.indicatoren.*.eenheid': activity((a) => indicators(a, (i) => i.eenheid)),
  'onderdelen.*.activiteiten.*.indicatoren.*.nulmeting': activity((a) => indicators(a, (i) => i.nulmeting)),
  'onderdelen.*.activiteiten.*.indicatoren.*.streefwaarde': activity((a) => indicators(a, (i) => i.streefwaarde)),
  'onderdelen.*.activiteiten.*.indicatoren.*.richting': activity((a) => indicators(a, (i) => i.richting)),
  'onderdelen.*.activiteiten.*.indicatoren.*.realisatie': activity((a) => indicators(a, (i) => i.realisatie)),
  'onderdelen.*.activiteiten.*.verantwoording': activity((a) => a.verantwoording !== undefined),
  'onderdelen.*.activiteiten.*.verantwoording.resultaat': activity((a) => a.verantwoording?.resultaat),
  'onderdelen.*.activiteiten.*.verantwoording.toelichting': activity((a) => a.verantwoording?.toelichting),
  'onderdelen.*.activiteiten.*.taakveld': activity((a) => a.taakveld),
  'onderdelen.*.activiteiten.*.dekking': { in: 'matched', by: 'lines' },
  'onderdelen.*.activiteiten.*.dekking.*.bron': { in: 'matched', by: 'lines' },
  'onderdelen.*.activiteiten.*.dekking.*.bedrag': { in: 'lineAmount', amount: (l) => l.bedrag, as: 'budget' },
  'onderdelen.*.activiteiten.*.dekking.*.besteed': { in: 'lineAmount', amount: (l) => l.besteed ?? null, as: 'spent' },
  'onderdelen.*.activiteiten.*.dekking.*.toelichting': { in: 'lineText', value: (l) => l.toelichting ?? null },
  'onderdelen.*.activiteiten.*.dekking.*.karakter': { in: 'lineText', value: (l) => l.karakter ?? null },
  'onderdelen.*.activiteiten.*.dekking.*.aard': { in: 'lineText', value: (l) => l.aard ?? null },
} satisfies FieldComparers;

/** The fields compared in one way, in the order of the table. */
export function fieldsIn<K extends FieldComparer['in']>(kind: K): [PlanField, Extract<FieldComparer, { in: K }>][] {
  return (Object.entries(fieldComparers) as [PlanField, FieldComparer | Ignored][]).filter(
    (e): e is [PlanField, Extract<FieldComparer, { in: K }>] => e[1].in === kind,
  );
}

/** A field whose value changed. */
export interface FieldChange {
  /** The field, by its path in the plan format. */
  field: PlanField;
  /** For a field of a list item (a line of `resultaten.punten`): its 1-based position; else null. */
  item: number | null;
  /** Before the edit; null where the field is not given. */
  before: Scalar | null;
  /** After the edit; null where the field is not given. */
  after: Scalar | null;
}

/** The plan-level fields (and those of `resultaten`, per point) that an edit changed. */
export function planFieldChanges(before: Plan | null, after: Plan | null): FieldChange[] {
  if (before === null || after === null) return [];
  const changes: FieldChange[] = [];
  for (const [field, c] of fieldsIn('plan')) {
    const b = c.value(before);
    const a = c.value(after);
    if (b !== a) changes.push({ field, item: null, before: b, after: a });
  }
  const pointsBefore = before.resultaten?.punten ?? [];
  const pointsAfter = after.resultaten?.punten ?? [];
  for (let i = 0; i < Math.max(pointsBefore.length, pointsAfter.length); i++) {
    for (const [field, c] of fieldsIn('resultPoint')) {
      const b = pointsBefore[i] === undefined ? null : c.value(pointsBefore[i]!);
      const a = pointsAfter[i] === undefined ? null : c.value(pointsAfter[i]!);
      if (b !== a) changes.push({ field, item: i + 1, before: b, after: a });
    }
  }
  return changes;
}

/** The fields of a matched activity that an edit changed. */
export function activityFieldChanges(before: Activity | null, after: Activity | null): FieldChange[] {
  if (before === null || after === null) return [];
  const changes: FieldChange[] = [];
  for (const [field, c] of fieldsIn('activity')) {
    const b = c.value(before);
    const a = c.value(after);
    if (b !== a) changes.push({ field, item: null, before: b, after: a });
  }
  return changes;
}

/** An amount of the plan as a whole that an edit changed: a stated total, or the programme's budget. */
export interface AmountFieldChange {
  /** The field, by its path in the plan format. */
  field: PlanField;
  /** For a field per key (`totalen.bronnen.*`, `onderdelen.*.totaal`): the source's code or the section's title; else null. */
  item: string | null;
  /** Before the edit, in cents; null where not given. */
  before: Cents | null;
  /** After the edit, in cents; null where not given. */
  after: Cents | null;
}

/**
 * The amounts of the plan as a whole that an edit changed, in the order of the plan format. Amounts
 * per source follow a renamed source (`renames`: old code → new code), as its lines do.
 */
export function planAmountChanges(
  before: Plan | null,
  after: Plan | null,
  renames: ReadonlyMap<string, string> = new Map(),
): AmountFieldChange[] {
  if (before === null || after === null) return [];
  const changes: AmountFieldChange[] = [];
  for (const [field, c] of fieldsIn('planAmount')) {
    const b = c.amount(before);
    const a = c.amount(after);
    if (b !== a) changes.push({ field, item: null, before: b, after: a });
  }
  for (const [field, c] of fieldsIn('keyedAmount')) {
    const b = c.bySource ? new Map([...c.amounts(before)].map(([code, cents]) => [renames.get(code) ?? code, cents])) : c.amounts(before);
    const a = c.amounts(after);
    for (const key of new Set([...b.keys(), ...a.keys()])) {
      const x = b.get(key) ?? null;
      const y = a.get(key) ?? null;
      if (x !== y) changes.push({ field, item: key, before: x, after: y });
    }
  }
  return changes;
}

import type { Cents } from './amount.js';
import { computeTotals } from './computeTotals.js';
import {
  activityFieldChanges,
  fieldsIn,
  listKeys,
  planAmountChanges,
  planFieldChanges,
  type AmountFieldChange,
  type FieldChange,
  type ListLine,
  type PlanList,
} from './diffFields.js';
import { amountDelta, budgetOf, compareSums, emptySum, sameAmounts, spentOf, sumOf, sumOfSums, type AmountChange } from './sum.js';

export { compareSums, type AmountChange, type ChangeKind } from './sum.js';
export type { AmountFieldChange, FieldChange, PlanList, Scalar } from './diffFields.js';
import type { Diagnostic } from './diagnostic.js';
import { activitiesOf, type Activity, type Plan, type Soort, type ActivityStatus, type Thema } from './plan.js';
import type { PlanField } from './planFields.js';

/** A value before and after the edit. */
export interface Change<T> {
  /** Before the edit. */
  before: T;
  /** After the edit. */
  after: T;
}

/** Whether something is new, gone, different or the same. */
export type DiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** A text of budget lines (such as `toelichting`) before and after: the texts of the lines of one source. */
export interface LineTextChange {
  /** The field. */
  field: PlanField;
  /** The texts of the lines before the edit, in plan order, lines without one left out. */
  before: string[];
  /** After the edit. */
  after: string[];
}

/** The money of one source within one activity: its lines added up. */
export interface LineDiff {
  /** The source's code after the edit (before it, for a removed line); null for the lines of the division alone (no source). */
  bron: string | null;
  /** The code before the edit, when the source was renamed. */
  bronBefore: string | null;
  /** The amount. */
  change: AmountChange;
  /** Whether the budgeted amounts changed (they can differ line by line with the same sum). */
  budgetChanged: boolean;
  /** What was spent (`besteed`); a line without it counts as unknown. */
  spent: AmountChange;
  /** Whether the amounts spent that the lines give changed (a line added or removed without `besteed` is no change of spending). */
  spentChanged: boolean;
  /** The texts of the lines that changed. */
  texts: LineTextChange[];
}

/** The lines of one key in one of the plan's own lists (a source's funding, an income line, a reserve movement), added up. */
export interface PlanLineDiff {
  /** The list. */
  list: PlanList;
  /** The key after the edit (before it, for removed lines): the source's code for funding, else the description. */
  key: string;
  /** The source's code before the edit, when the source was renamed. */
  keyBefore: string | null;
  /** The budgeted amount (`bedrag`). */
  change: AmountChange;
  /** Whether the budgeted amounts changed. */
  budgetChanged: boolean;
  /** The account's amount: `besteed` of funding, `realisatie` of income and reserves; a line without it counts as unknown. */
  spent: AmountChange;
  /** Whether the account's amounts that the lines give changed. */
  spentChanged: boolean;
  /** The texts of the lines that changed (toelichting, karakter, aard, mutatie, bron). */
  texts: LineTextChange[];
}

/** One activity, matched across the edit by number, or by title when its number changed. */
export interface ActivityDiff {
  /** What happened to it as a whole. */
  status: DiffStatus;
  /** Its number before and after (null on the side where it does not exist). */
  nr: Change<number | null>;
  /** Matched by title because its number changed. */
  renumbered: boolean;
  /** Its title before and after. */
  titel: Change<string | null>;
  /** The description was changed (both sides exist and differ). */
  omschrijvingChanged: boolean;
  /** Owners that were added. */
  actiehoudersAdded: string[];
  /** Owners that were removed. */
  actiehoudersRemoved: string[];
  /** Themes that were added. */
  themasAdded: Thema[];
  /** Themes that were removed. */
  themasRemoved: Thema[];
  /** The title of its section before and after. */
  section: Change<string | null>;
  /** It is in another section than before. */
  moved: boolean;
  /** Its budget lines per source; only the sources that changed. */
  lines: LineDiff[];
  /** The activity's total. */
  total: AmountChange;
  /** What was spent of it (`besteed` of its lines). */
  spent: AmountChange;
  /** Its `status` before and after (null where not given). */
  activityStatus: Change<ActivityStatus | null>;
  /** Every field of the activity that changed (from the table in diffFields.ts). */
  fields: FieldChange[];
}

/** One funding source, matched by code, or by name when its code was renamed. */
export interface SourceDiff {
  /** What happened to its declaration (code, name, kind); what happened to its money is in `change`. */
  status: DiffStatus;
  /** Its code after the edit (before it, for a removed source). */
  code: string;
  /** Its code before the edit, when that differs. */
  codeBefore: string | null;
  /** Its name before and after. */
  naam: Change<string | null>;
  /** Its kind before and after. */
  soort: Change<Soort | null>;
  /** The total of its lines. */
  change: AmountChange;
}

/** One section, matched by title. */
export interface SectionDiff {
  /** Whether it is new, gone, or in both versions. */
  status: DiffStatus;
  /** Its title. */
  titel: string;
  /** The total of its lines. */
  change: AmountChange;
}

/** Which way a figure moved. */
export type Direction = 'up' | 'down' | 'same';

/** Diagnostics that the edit introduced or resolved. */
export interface DiagnosticsDiff {
  /** In the new version, not in the old (placed in the new version). */
  introduced: Diagnostic[];
  /** In the old version, not in the new (placed in the old version). */
  resolved: Diagnostic[];
}

/** What an edit does to a plan. */
export interface PlanDiff {
  /** New plan, removed plan, or a plan in both versions. */
  status: DiffStatus;
  /** Every activity in either version, ordered by number. */
  activities: ActivityDiff[];
  /** Every source in either version, in declaration order (removed ones last). */
  sources: SourceDiff[];
  /** Own budget and co-funding. */
  soorten: { soort: Soort; change: AmountChange }[];
  /** Every section in either version (removed ones last). */
  sections: SectionDiff[];
  /** The whole plan. */
  total: AmountChange;
  /** What was spent of the whole plan (`besteed`); lines without it count as unknown. */
  spent: AmountChange;
  /** The fields of the plan and of its `resultaten` that changed, in the order of the plan format. */
  fields: FieldChange[];
  /** The declared total (totaal_budget) before and after; null where not declared. */
  declared: Change<Cents | null> & { delta: Cents | null };
  /** Declared minus known before and after; null where no total is declared. */
  difference: Change<Cents | null>;
  /** How the known amounts and the declared total moved; what `--fail-on` looks at. */
  budget: {
    allocated: Direction;
    declared: Direction;
    /** How the known amounts of the funding table moved (`same` where neither version has one). */
    funded: Direction;
    unknownLinesChanged: boolean;
    declaredAddedOrRemoved: boolean;
  };
  /** Whether any line's `besteed` changed. */
  spendingChanged: boolean;
  /** The funding table (`financiering`) added up, before and after; a side without one has no lines. */
  funding: AmountChange;
  /** The lines of the plan's own lists (funding, income, reserves) that changed, list by list. */
  lists: PlanLineDiff[];
  /** The amounts of the plan as a whole that changed: the programme's budget and the stated totals. */
  amounts: AmountFieldChange[];
  /** Diagnostics the edit introduced and resolved. */
  diagnostics: DiagnosticsDiff;
}

/** The `--fail-on` modes. */
export type FailOn = 'increase' | 'decrease' | 'any';

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Source codes matched across the edit: old code → new code. */
function matchSources(before: Plan | null, after: Plan | null): Map<string, string> {
  const map = new Map<string, string>();
  const oldSources = before?.bronnen ?? [];
  const newSources = after?.bronnen ?? [];
  const newCodes = new Set(newSources.map((s) => s.code));
  for (const s of oldSources) if (newCodes.has(s.code)) map.set(s.code, s.code);
  const taken = new Set(map.values());
  // A code that disappears while another with the same name appears was renamed, not replaced.
  for (const s of oldSources) {
    if (map.has(s.code)) continue;
    const candidates = newSources.filter(
      (n) => !taken.has(n.code) && !oldSources.some((o) => o.code === n.code) && norm(n.naam) === norm(s.naam),
    );
    if (candidates.length === 1) {
      map.set(s.code, candidates[0]!.code);
      taken.add(candidates[0]!.code);
    }
  }
  return map;
}

type Placed = { section: string; activity: Activity };

/**
 * Pairs activities: first same number and title, then the same title under another number
 * (renumbered), then the same number under another title; what is left was added or removed.
 * Matching on title first keeps an insertion that shifts numbers from looking like a chain of renames.
 */
function matchActivities(before: Placed[], after: Placed[]): [Placed | null, Placed | null, boolean][] {
  const pairs: [Placed | null, Placed | null, boolean][] = [];
  const oldLeft = new Set(before);
  const newLeft = new Set(after);
  const pass = (same: (o: Placed, n: Placed) => boolean, renumbered: boolean, unique: boolean) => {
    for (const o of [...oldLeft]) {
      const found = [...newLeft].filter((n) => same(o, n));
      if (found.length === 0 || (unique && found.length > 1)) continue;
      if (unique && [...oldLeft].filter((x) => same(x, found[0]!)).length > 1) continue;
      pairs.push([o, found[0]!, renumbered]);
      oldLeft.delete(o);
      newLeft.delete(found[0]!);
    }
  };
  pass((o, n) => o.activity.nr === n.activity.nr && norm(o.activity.titel) === norm(n.activity.titel), false, false);
  pass((o, n) => norm(o.activity.titel) === norm(n.activity.titel), true, true);
  pass((o, n) => o.activity.nr === n.activity.nr, false, false);
  for (const o of oldLeft) pairs.push([o, null, false]);
  for (const n of newLeft) pairs.push([null, n, false]);
  return pairs;
}

function setDiff<T>(before: T[], after: T[]): { added: T[]; removed: T[] } {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}

/** The lines of one key on both sides of the edit. */
interface LineGroup<L, K> {
  /** The key after the edit (or the old one, for lines only before it). */
  key: K;
  /** The old key, when it was renamed. */
  keyBefore: K | null;
  /** The lines before the edit. */
  before: L[];
  /** The lines after it. */
  after: L[];
}

/** Lines grouped by key, the old lines under their (possibly renamed) new key, in the order first seen. */
function groupLines<L, K extends string | null>(
  before: readonly L[],
  after: readonly L[],
  keyOf: (line: L) => K,
  renames: Map<string, string>,
): LineGroup<L, K>[] {
  const groups = new Map<K, LineGroup<L, K>>();
  const slot = (key: K) => {
    let g = groups.get(key);
    if (!g) {
      g = { key, keyBefore: null, before: [], after: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const line of before) {
    const own = keyOf(line);
    const key = (own === null ? own : (renames.get(own) ?? own)) as K;
    const g = slot(key);
    g.before.push(line);
    if (key !== own) g.keyBefore = own;
  }
  for (const line of after) slot(keyOf(line)).after.push(line);
  return [...groups.values()];
}

/** The money and texts of one group of lines, compared as sums, as the comparers of its fields say. */
function compareLines<L>(
  g: { before: L[]; after: L[] },
  amounts: { amount: (line: L) => Cents | null; as: 'budget' | 'spent' }[],
  texts: { field: PlanField; value: (line: L) => string | null }[],
): Pick<LineDiff, 'change' | 'budgetChanged' | 'spent' | 'spentChanged' | 'texts'> {
  const result = {
    change: compareSums(null, null),
    budgetChanged: false,
    spent: compareSums(null, null),
    spentChanged: false,
    texts: [] as LineTextChange[],
  };
  for (const c of amounts) {
    const before = g.before.map(c.amount);
    const after = g.after.map(c.amount);
    const change = compareSums(g.before.length > 0 ? sumOf(before) : null, g.after.length > 0 ? sumOf(after) : null);
    if (c.as === 'budget') {
      // The same amounts in another order are the same lines.
      Object.assign(result, { change, budgetChanged: change.kind !== 'unchanged' || !sameAmounts(before, after) });
    } else {
      // Spending changed when the amounts given changed: a line added without `besteed` spends nothing new.
      const given = (list: (Cents | null)[]) => list.filter((x) => x !== null);
      Object.assign(result, { spent: change, spentChanged: !sameAmounts(given(before), given(after)) });
    }
  }
  for (const { field, value } of texts) {
    const text = (list: L[]) => list.map(value).filter((t): t is string => t !== null && t !== '');
    const before = text(g.before);
    const after = text(g.after);
    if (before.join('\u0000') !== after.join('\u0000')) result.texts.push({ field, before, after });
  }
  return result;
}

/** The lines of the plan's own lists that changed: funding per source, income and reserves per description. */
function diffLists(before: Plan | null, after: Plan | null, renames: Map<string, string>): PlanLineDiff[] {
  const out: PlanLineDiff[] = [];
  for (const list of ['financiering', 'baten', 'reserves'] as const) {
    const keyOf = listKeys[list] as (line: ListLine) => string;
    // Only funding is keyed by a source, so only it follows a renamed source.
    const groups = groupLines<ListLine, string>(
      before?.[list] ?? [],
      after?.[list] ?? [],
      keyOf,
      list === 'financiering' ? renames : new Map(),
    );
    const amounts = fieldsIn('listAmount')
      .filter(([, c]) => c.list === list)
      .map(([, c]) => c);
    const texts = fieldsIn('listText')
      .filter(([, c]) => c.list === list)
      .map(([field, c]) => ({ field, value: c.value }));
    for (const g of groups) {
      const money = compareLines(g, amounts, texts);
      if (money.budgetChanged || money.spentChanged || money.texts.length > 0)
        out.push({ list, key: g.key, keyBefore: g.keyBefore, ...money });
    }
  }
  return out;
}

function diffActivity(o: Placed | null, n: Placed | null, renumbered: boolean, renames: Map<string, string>): ActivityDiff {
  const oa = o?.activity ?? null;
  const na = n?.activity ?? null;
  const owners = setDiff(oa?.actiehouders ?? [], na?.actiehouders ?? []);
  const themes = setDiff(oa?.themas ?? [], na?.themas ?? []);

  // Lines are compared per source: the old lines under their (possibly renamed) new code. Lines of
  // the division alone (no source) are compared with each other.
  const lines: LineDiff[] = [];
  for (const g of groupLines(oa?.dekking ?? [], na?.dekking ?? [], (l) => l.bron, renames)) {
    const money = compareLines(
      g,
      fieldsIn('lineAmount').map(([, c]) => c),
      fieldsIn('lineText').map(([field, c]) => ({ field, value: c.value })),
    );
    if (money.budgetChanged || money.spentChanged || money.texts.length > 0) lines.push({ bron: g.key, bronBefore: g.keyBefore, ...money });
  }

  const total = compareSums(oa ? budgetOf(oa.dekking) : null, na ? budgetOf(na.dekking) : null);
  const spent = compareSums(oa ? spentOf(oa.dekking) : null, na ? spentOf(na.dekking) : null);
  const moved = o !== null && n !== null && o.section !== n.section;
  const fields = activityFieldChanges(oa, na);
  const omschrijvingChanged = oa !== null && na !== null && (oa.omschrijving ?? '') !== (na.omschrijving ?? '');
  const changed = renumbered || moved || lines.length > 0 || fields.length > 0;
  return {
    status: oa === null ? 'added' : na === null ? 'removed' : changed ? 'changed' : 'unchanged',
    nr: { before: oa?.nr ?? null, after: na?.nr ?? null },
    renumbered,
    titel: { before: oa?.titel ?? null, after: na?.titel ?? null },
    omschrijvingChanged,
    actiehoudersAdded: owners.added,
    actiehoudersRemoved: owners.removed,
    themasAdded: themes.added,
    themasRemoved: themes.removed,
    section: { before: o?.section ?? null, after: n?.section ?? null },
    moved,
    lines,
    total,
    spent,
    activityStatus: { before: oa?.status ?? null, after: na?.status ?? null },
    fields,
  };
}

const keyOf = (d: Diagnostic) => `${d.code}\u0000${d.pointer}\u0000${JSON.stringify(d.args)}`;

/**
 * Diagnostics the edit introduced and resolved, compared by code, JSON pointer and arguments (not
 * by line, since an edit moves lines). Counted as a multiset: two equal diagnostics before and one
 * after is one resolved.
 */
export function diffDiagnostics(before: Diagnostic[], after: Diagnostic[]): DiagnosticsDiff {
  const remaining = new Map<string, number>();
  for (const d of before) remaining.set(keyOf(d), (remaining.get(keyOf(d)) ?? 0) + 1);
  const introduced: Diagnostic[] = [];
  for (const d of after) {
    const left = remaining.get(keyOf(d)) ?? 0;
    if (left > 0) remaining.set(keyOf(d), left - 1);
    else introduced.push(d);
  }
  const resolved: Diagnostic[] = [];
  for (const d of [...before].reverse()) {
    const left = remaining.get(keyOf(d)) ?? 0;
    if (left > 0) {
      resolved.unshift(d);
      remaining.set(keyOf(d), left - 1);
    }
  }
  return { introduced, resolved };
}

const direction = (before: number, after: number): Direction => (after > before ? 'up' : after < before ? 'down' : 'same');

/**
 * What an edit does to a plan: activities, sources, sections and totals before and after, and the
 * diagnostics it introduced or resolved. Either plan may be null: a plan that is new (or removed)
 * is compared with nothing, so everything in it is added (or removed).
 */
export function diffPlans(
  before: Plan | null,
  after: Plan | null,
  diagnostics: { before: Diagnostic[]; after: Diagnostic[] } = { before: [], after: [] },
): PlanDiff {
  const renames = matchSources(before, after);
  const tb = before ? computeTotals([before]) : null;
  const ta = after ? computeTotals([after]) : null;

  const sources: SourceDiff[] = [];
  const reverse = new Map([...renames].map(([o, n]) => [n, o]));
  for (const s of after?.bronnen ?? []) {
    const oldCode = reverse.get(s.code) ?? null;
    const old = oldCode === null ? undefined : before?.bronnen.find((b) => b.code === oldCode);
    const change = compareSums(
      oldCode === null ? null : (tb?.sources.find((x) => x.code === oldCode)?.sum ?? null),
      ta?.sources.find((x) => x.code === s.code)?.sum ?? emptySum(),
    );
    const status: DiffStatus = !old
      ? 'added'
      : old.code !== s.code || old.naam !== s.naam || old.soort !== s.soort
        ? 'changed'
        : 'unchanged';
    sources.push({
      status,
      code: s.code,
      codeBefore: old && old.code !== s.code ? old.code : null,
      naam: { before: old?.naam ?? null, after: s.naam },
      soort: { before: old?.soort ?? null, after: s.soort },
      change,
    });
  }
  for (const s of before?.bronnen ?? []) {
    if (renames.has(s.code)) continue;
    sources.push({
      status: 'removed',
      code: s.code,
      codeBefore: null,
      naam: { before: s.naam, after: null },
      soort: { before: s.soort, after: null },
      change: compareSums(tb?.sources.find((x) => x.code === s.code)?.sum ?? emptySum(), null),
    });
  }

  const soorten = (['eigen', 'cofinanciering'] as const).map((soort) => ({
    soort,
    change: compareSums(tb ? tb.bySoort[soort] : null, ta ? ta.bySoort[soort] : null),
  }));

  const sections: SectionDiff[] = [];
  const sectionSum = (t: typeof tb, titel: string) => {
    const found = t?.sections.filter((s) => s.titel === titel) ?? [];
    if (found.length === 0) return null;
    return sumOfSums(found.map((f) => f.sum));
  };
  const oldTitles = new Set(before?.onderdelen.map((s) => s.titel) ?? []);
  const newTitles = [...new Set(after?.onderdelen.map((s) => s.titel) ?? [])];
  for (const titel of newTitles) {
    const change = compareSums(sectionSum(tb, titel), sectionSum(ta, titel));
    sections.push({ status: oldTitles.has(titel) ? 'unchanged' : 'added', titel, change });
  }
  for (const titel of oldTitles) {
    if (!newTitles.includes(titel)) sections.push({ status: 'removed', titel, change: compareSums(sectionSum(tb, titel), null) });
  }
  for (const s of sections) {
    if (s.status === 'unchanged' && s.change.kind !== 'unchanged') s.status = 'changed';
  }

  const place = (plan: Plan | null): Placed[] =>
    plan ? activitiesOf(plan).map(({ section, activity }) => ({ section: section.titel, activity })) : [];
  const activities = matchActivities(place(before), place(after))
    .map(([o, n, renumbered]) => diffActivity(o, n, renumbered, renames))
    .sort((x, y) => (x.nr.after ?? x.nr.before ?? 0) - (y.nr.after ?? y.nr.before ?? 0));

  const total = compareSums(tb?.total ?? null, ta?.total ?? null);
  const spent = compareSums(tb?.spent ?? null, ta?.spent ?? null);
  const fields = planFieldChanges(before, after);
  const lists = diffLists(before, after, renames);
  const amounts = planAmountChanges(before, after, renames);
  const db = before?.totaalBudget ?? null;
  const da = after?.totaalBudget ?? null;
  const anyChange =
    activities.some((a) => a.status !== 'unchanged') ||
    sources.some((s) => s.status !== 'unchanged') ||
    sections.some((s) => s.status !== 'unchanged') ||
    fields.length > 0 ||
    lists.length > 0 ||
    amounts.length > 0 ||
    db !== da;

  return {
    status:
      before === null && after !== null ? 'added' : after === null && before !== null ? 'removed' : anyChange ? 'changed' : 'unchanged',
    activities,
    sources,
    soorten,
    sections,
    total,
    spent,
    fields,
    declared: { before: db, after: da, delta: amountDelta(db, da) },
    difference: { before: tb?.difference ?? null, after: ta?.difference ?? null },
    budget: {
      allocated: direction(tb?.total.known ?? 0, ta?.total.known ?? 0),
      declared: db !== null && da !== null ? direction(db, da) : 'same',
      funded: direction(tb?.funding?.known ?? 0, ta?.funding?.known ?? 0),
      unknownLinesChanged: (tb?.total.unknownLines ?? 0) !== (ta?.total.unknownLines ?? 0),
      declaredAddedOrRemoved: (db === null) !== (da === null),
    },
    spendingChanged: activities.some((a) => a.lines.some((l) => l.spentChanged)),
    funding: compareSums(tb?.funding ?? null, ta?.funding ?? null),
    lists,
    amounts,
    diagnostics: diffDiagnostics(diagnostics.before, diagnostics.after),
  };
}

/**
 * Whether a diff trips `--fail-on`. `increase` and `decrease` look at the budget only, and only at
 * known amounts: `increase` when the known amounts add up to more than before (an amount filled in
 * where there was none adds to them), the declared total rose or the funding table's known amounts
 * did; `decrease` the other way. Spending
 * is not budget: spending more is not a budget increase. `any` trips on every change of the plan
 * that the diff shows: its budget (also a line without an amount that came or went, or a declared
 * total added or removed), its spending, the status or any other field of an activity, a field of
 * the plan or its results, a source, a section. Diagnostics alone do not count: an introduced
 * error gives exit 1 by itself.
 */
export function failsOn(diff: PlanDiff, mode: FailOn): boolean {
  const { allocated, declared, funded, unknownLinesChanged, declaredAddedOrRemoved } = diff.budget;
  // With a funding table, the funding is budget as much as its division is.
  const up = allocated === 'up' || declared === 'up' || funded === 'up';
  const down = allocated === 'down' || declared === 'down' || funded === 'down';
  if (mode === 'increase') return up;
  if (mode === 'decrease') return down;
  return up || down || unknownLinesChanged || declaredAddedOrRemoved || diff.spendingChanged || diff.status !== 'unchanged';
}

/** One side of a file's diff, as read: a file at a revision or in the working tree. */
export interface DiffSide {
  /** The file, as shown to the user. */
  path: string;
  /** The git revision it was read at, as given by the user; null for a file on disk. */
  revision: string | null;
  /** `absent`: no file on this side; `unreadable`: a file too broken to make a plan of; `plan`: read. */
  state: 'absent' | 'unreadable' | 'plan';
  /** The plan, when `state` is `plan` (it may still have errors). */
  plan: Plan | null;
  /** Every diagnostic of this side. */
  diagnostics: Diagnostic[];
}

/**
 * A side of a diff from what was read there: nothing (absent), or a checked file, which is
 * `unreadable` when it could not be made into a plan.
 */
export function diffSide(
  path: string,
  revision: string | null,
  checked: { plan: Plan | null; diagnostics: Diagnostic[] } | null,
): DiffSide {
  if (checked === null) return { path, revision, state: 'absent', plan: null, diagnostics: [] };
  return { path, revision, state: checked.plan === null ? 'unreadable' : 'plan', plan: checked.plan, diagnostics: checked.diagnostics };
}

/** The diff of one plan file between two versions. */
export interface FileDiff {
  /** The file, as shown to the user. */
  path: string;
  /** The old version. */
  before: DiffSide;
  /** The new version. */
  after: DiffSide;
  /** False when a side exists but is too broken to read: then only its diagnostics are compared. */
  comparable: boolean;
  /** The diff; without `comparable`, its money and activities are empty. */
  diff: PlanDiff;
}

/**
 * Diffs one file's two versions. A side that is absent is compared as no plan (everything added or
 * removed); a side that exists but could not be read into a plan is not compared at all, because
 * showing its activities as removed would be false. Diagnostics are compared in every case.
 */
export function diffFile(path: string, before: DiffSide, after: DiffSide): FileDiff {
  const comparable = before.state !== 'unreadable' && after.state !== 'unreadable';
  const diagnostics = { before: before.diagnostics, after: after.diagnostics };
  const diff = comparable ? diffPlans(before.plan, after.plan, diagnostics) : diffPlans(null, null, diagnostics);
  if (!comparable) diff.status = before.state === 'absent' ? 'added' : after.state === 'absent' ? 'removed' : 'changed';
  return { path, before, after, comparable, diff };
}

/** The result of `jaarplan diff`: every file compared, and what `--fail-on` made of it. */
export interface DiffReport {
  /** The files, in path order. */
  files: FileDiff[];
  /** The `--fail-on` mode, or null without it. */
  failOn: FailOn | null;
  /** Whether any file trips `--fail-on`. */
  failed: boolean;
  /** How many errors the edit introduced over all files. */
  errorsIntroduced: number;
}

/** Collects the diffs of the files into the result of a run. */
export function diffReport(files: FileDiff[], failOn: FailOn | null): DiffReport {
  return {
    files,
    failOn,
    failed: failOn !== null && files.some((f) => f.comparable && failsOn(f.diff, failOn)),
    errorsIntroduced: files.reduce((n, f) => n + f.diff.diagnostics.introduced.filter((d) => d.severity === 'error').length, 0),
  };
}

import { errorsFirst } from '../../core/countable.js';
import { differenceKind } from '../../core/sum.js';
import { formatMoney, type Lang } from '../../i18n/lang.js';
import { sumOfSums, type Sum } from '../../core/sum.js';
import {
  compareSums,
  type ActivityDiff,
  type AmountChange,
  type AmountFieldChange,
  type DiffReport,
  type FieldChange,
  type FileDiff,
  type PlanLineDiff,
  type PlanList,
  type Scalar,
} from '../../core/diffPlans.js';
import type { PlanField } from '../../core/planFields.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { diffLabels } from '../../i18n/diff.js';
import { labels } from '../../i18n/labels.js';
import { messageOf } from '../../i18n/messages.js';
import { formatSum } from '../shared/formatSum.js';
import type { Cell, TableSpec } from '../shared/tableSpec.js';

/** A piece of a diff, independent of its output format. */
export type DiffBlock =
  | { kind: 'summary'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; spec: TableSpec; collapse: boolean }
  | { kind: 'list'; title: string; items: string[]; collapse: boolean };

/** Lists and tables longer than this are collapsed in Markdown, so a comment stays one screen. */
export const COLLAPSE_AFTER = 5;

/** The change of an amount in words: a signed delta, or what happened when there is none. */
export function deltaText(change: AmountChange, lang: Lang): string {
  const l = diffLabels[lang];
  switch (change.kind) {
    case 'added':
      return change.delta === null ? l.addedUnknown : l.addedWith(l.delta(change.delta));
    case 'removed':
      return change.delta === null ? l.removedUnknown : l.removedWith(l.delta(change.delta));
    // With a delta, the sum is part known on both sides: say how many lines without an amount it
    // gained or lost, since a line filled in and a line removed both lower that number.
    case 'became-known': {
      if (change.delta === null) return l.nowKnown;
      const fewer = l.fewerUnknown((change.before?.unknownLines ?? 0) - (change.after?.unknownLines ?? 0));
      return change.delta === 0 ? fewer : `${l.delta(change.delta)}, ${fewer}`;
    }
    case 'became-unknown': {
      if (change.delta === null) return l.nowUnknown;
      const more = l.moreUnknown((change.after?.unknownLines ?? 0) - (change.before?.unknownLines ?? 0));
      return change.delta === 0 ? more : `${l.delta(change.delta)}, ${more}`;
    }
    case 'up':
    case 'down':
      return l.delta(change.delta ?? 0);
    case 'unchanged':
      // Nothing on either side (an activity without budget lines) is not "the same amount".
      return (change.before?.lines ?? 0) === 0 && (change.after?.lines ?? 0) === 0 ? l.absent : l.same;
  }
}

/** The delta as a cell: coloured only for a known amount that went up or down. */
function deltaCell(change: AmountChange, lang: Lang): Cell {
  const text = deltaText(change, lang);
  if (change.kind === 'up') return { text, tone: 'good' };
  if (change.kind === 'down') return { text, tone: 'bad' };
  return text;
}

const sumText = (sum: Sum | null, lang: Lang) => (sum === null ? diffLabels[lang].absent : formatSum(sum, lang));

/** Whether a sum of spending has any line that gives `besteed`. */
const givesSpent = (sum: Sum | null) => sum !== null && sum.lines > sum.unknownLines;

/** Texts longer than this are shown as an excerpt around their first difference (JSON has them whole). */
const LONGEST_TEXT = 80;

/**
 * A text for a table or a list: on one line, and when long, the part around where it first differs
 * from the other side, so that a changed word in a long introduction can be seen.
 */
function excerpt(text: string, other: string | null): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LONGEST_TEXT) return flat;
  const otherFlat = (other ?? '').replace(/\s+/g, ' ').trim();
  let first = 0;
  while (first < flat.length && flat[first] === otherFlat[first]) first++;
  const start = Math.max(0, Math.min(first - 20, flat.length - LONGEST_TEXT));
  const end = start + LONGEST_TEXT;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** A field's value for people: `–` where not given, yes/no, a number, or the text (shortened when long). */
function valueText(value: Scalar | null, other: Scalar | null, lang: Lang, quote: boolean): string {
  const l = diffLabels[lang];
  if (value === null) return l.absent;
  if (typeof value === 'boolean') return l.yesNo(value);
  if (typeof value === 'number') return String(value);
  const text = excerpt(value, typeof other === 'string' ? other : null);
  return quote ? `"${text}"` : text;
}

/** The name of a changed field, with the line of the results it is in. */
function fieldName(f: FieldChange, lang: Lang): string {
  const l = diffLabels[lang];
  return f.item === null ? l.fields[f.field] : l.ofPoint(l.fields[f.field], f.item);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Fields of an activity that have words of their own in the table and the details. */
const shownApart = new Set<PlanField>([
  'onderdelen.*.activiteiten.*.nr',
  'onderdelen.*.activiteiten.*.titel',
  'onderdelen.*.activiteiten.*.omschrijving',
  'onderdelen.*.activiteiten.*.themas',
  'onderdelen.*.activiteiten.*.actiehouders',
]);

/** Whether an activity's spending changed: some amount that its lines give as `besteed`. */
const spendingChanged = (a: ActivityDiff) => a.lines.some((line) => line.spentChanged);

/** The one-line summary of the whole run: plans, total before and after, activities, diagnostics. */
export function summaryLine(report: DiffReport, lang: Lang): string {
  const l = diffLabels[lang];
  const files = report.files;
  if (files.length === 0) return l.summary.noPlans;
  const count = (status: string) => files.filter((f) => f.diff.status === status).length;
  const parts = [l.summary.plans(count('changed'), count('added'), count('removed'), count('unchanged'))];
  const comparable = files.filter((f) => f.comparable);
  if (comparable.length > 0) {
    const before = sumOfSums(comparable.map((f) => f.diff.total.before));
    const after = sumOfSums(comparable.map((f) => f.diff.total.after));
    parts.push(l.summary.total(sumText(before, lang), sumText(after, lang), deltaText(compareSums(before, after), lang)));
  }
  const activities = comparable.flatMap((f) => f.diff.activities);
  const n = (status: ActivityDiff['status']) => activities.filter((a) => a.status === status).length;
  parts.push(
    n('added') + n('removed') + n('changed') === 0 ? l.summary.noActivities : l.summary.activities(n('added'), n('removed'), n('changed')),
  );
  const spendingFiles = comparable.filter((f) => f.diff.spendingChanged);
  if (spendingFiles.length > 0) {
    const before = sumOfSums(spendingFiles.map((f) => f.diff.spent.before));
    const after = sumOfSums(spendingFiles.map((f) => f.diff.spent.after));
    parts.push(l.summary.spent(sumText(before, lang), sumText(after, lang), deltaText(compareSums(before, after), lang)));
  }
  // The funding tables only where one changed, so plans without one read as before.
  const fundingFiles = comparable.filter((f) => f.diff.lists.some((line) => line.list === 'financiering' && line.budgetChanged));
  if (fundingFiles.length > 0) {
    const before = sumOfSums(fundingFiles.map((f) => f.diff.funding.before));
    const after = sumOfSums(fundingFiles.map((f) => f.diff.funding.after));
    parts.push(l.summary.funding(sumText(before, lang), sumText(after, lang), deltaText(compareSums(before, after), lang)));
  }
  // The stated amounts are fields of the plan too, shown in a table of their own.
  const fields = comparable.reduce((n, f) => n + f.diff.fields.length + f.diff.amounts.length, 0);
  if (fields > 0) parts.push(l.summary.fields(fields));
  const introduced = files.reduce((s, f) => s + f.diff.diagnostics.introduced.length, 0);
  const resolved = files.reduce((s, f) => s + f.diff.diagnostics.resolved.length, 0);
  parts.push(l.summary.diagnostics(introduced, resolved));
  const text = parts.join('; ') + '.';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function activityTitle(a: ActivityDiff): string {
  const nr = a.renumbered ? `${a.nr.before} → ${a.nr.after}` : String(a.nr.after ?? a.nr.before);
  return `${nr}. ${a.titel.after ?? a.titel.before}`;
}

function whatChanged(a: ActivityDiff, lang: Lang): string {
  const l = diffLabels[lang];
  if (a.status !== 'changed') return l.status[a.status];
  const what: string[] = [];
  if (a.renumbered) what.push(l.what.renumbered);
  if (a.titel.before !== a.titel.after) what.push(l.what.titel);
  if (a.omschrijvingChanged) what.push(l.what.omschrijving);
  if (a.actiehoudersAdded.length + a.actiehoudersRemoved.length > 0) what.push(l.what.actiehouders);
  if (a.themasAdded.length + a.themasRemoved.length > 0) what.push(l.what.themas);
  if (a.moved) what.push(l.what.moved);
  for (const f of a.fields) if (!shownApart.has(f.field)) what.push(l.fields[f.field]);
  if (a.lines.some((line) => line.budgetChanged)) what.push(l.what.budget);
  if (spendingChanged(a)) what.push(l.what.spent);
  for (const field of new Set(a.lines.flatMap((line) => line.texts.map((t) => t.field)))) what.push(l.fields[field]);
  return what.join(', ');
}

/** The details of one changed activity: every field and every source line that changed. */
function activityDetails(a: ActivityDiff, lang: Lang): string[] {
  const l = diffLabels[lang];
  const d = l.detail;
  const items: string[] = [];
  if (a.renumbered && a.nr.before !== null && a.nr.after !== null) items.push(d.renumbered(a.nr.before, a.nr.after));
  if (a.status === 'changed' && a.titel.before !== null && a.titel.before !== a.titel.after) items.push(d.titel(a.titel.before));
  if (a.omschrijvingChanged) items.push(d.omschrijving);
  if (a.moved && a.section.before !== null && a.section.after !== null) items.push(d.moved(a.section.before, a.section.after));
  if (a.actiehoudersAdded.length > 0) items.push(d.ownersAdded(a.actiehoudersAdded));
  if (a.actiehoudersRemoved.length > 0) items.push(d.ownersRemoved(a.actiehoudersRemoved));
  if (a.themasAdded.length > 0) items.push(d.themesAdded(a.themasAdded));
  if (a.themasRemoved.length > 0) items.push(d.themesRemoved(a.themasRemoved));
  for (const f of a.fields) {
    if (!shownApart.has(f.field))
      items.push(d.field(fieldName(f, lang), valueText(f.before, f.after, lang, false), valueText(f.after, f.before, lang, false)));
  }
  for (const line of a.lines) {
    const own = line.bron ?? l.division;
    const bron = line.bronBefore === null ? own : d.renamedSource(line.bronBefore, own);
    if (line.budgetChanged)
      items.push(d.line(bron, sumText(line.change.before, lang), sumText(line.change.after, lang), deltaText(line.change, lang)));
    if (line.spentChanged)
      items.push(d.lineSpent(bron, sumText(line.spent.before, lang), sumText(line.spent.after, lang), deltaText(line.spent, lang)));
    for (const t of line.texts) {
      const text = (list: string[], other: string[]) =>
        list.length === 0 ? l.absent : list.map((x, i) => valueText(x, other[i] ?? null, lang, true)).join('; ');
      items.push(d.lineText(bron, l.fields[t.field], text(t.before, t.after), text(t.after, t.before)));
    }
  }
  return items;
}

/** The field that holds the account's amount of a line of each of the plan's own lists. */
const verantwoordingField = {
  financiering: 'financiering.*.besteed',
  baten: 'baten.*.realisatie',
  reserves: 'reserves.*.realisatie',
} as const satisfies Record<PlanList, PlanField>;

/** What changed in the lines of one key of a plan's own list: the amount, the account's amount, the texts. */
function listItems(line: PlanLineDiff, lang: Lang): string[] {
  const l = diffLabels[lang];
  const d = l.detail;
  const key = line.keyBefore === null ? line.key : d.renamedSource(line.keyBefore, line.key);
  const items: string[] = [];
  if (line.budgetChanged)
    items.push(d.line(key, sumText(line.change.before, lang), sumText(line.change.after, lang), deltaText(line.change, lang)));
  if (line.spentChanged) {
    const field = l.fields[verantwoordingField[line.list]];
    items.push(d.lineAmount(key, field, sumText(line.spent.before, lang), sumText(line.spent.after, lang), deltaText(line.spent, lang)));
  }
  for (const t of line.texts) {
    const text = (list: string[], other: string[]) =>
      list.length === 0 ? l.absent : list.map((x, i) => valueText(x, other[i] ?? null, lang, true)).join('; ');
    items.push(d.lineText(key, l.fields[t.field], text(t.before, t.after), text(t.after, t.before)));
  }
  return items;
}

/** A row of the table of the plan's stated amounts: the field, before, after and the change. */
function amountRow(a: AmountFieldChange, lang: Lang): Cell[] {
  const l = diffLabels[lang];
  const name = capitalise(a.item === null ? l.fields[a.field] : l.ofKey(l.fields[a.field], a.item));
  const money = (c: number | null) => (c === null ? l.absent : formatMoney(c, lang));
  const delta: Cell =
    a.before !== null && a.after !== null
      ? { text: l.delta(a.after - a.before), tone: a.after > a.before ? 'good' : 'bad' }
      : a.before === null
        ? l.declaredAdded
        : l.declaredRemoved;
  return [name, money(a.before), money(a.after), delta];
}

const diagnosticItem = (d: Diagnostic, lang: Lang) =>
  `${d.file}:${d.line}:${d.column} ${labels[lang].severity[d.severity]}: ${messageOf(d, lang)} [${d.code}]`;

function fileBlocks(file: FileDiff, lang: Lang): DiffBlock[] {
  const l = diffLabels[lang];
  const general = labels[lang];
  const blocks: DiffBlock[] = [];
  const version = (revision: string | null) => revision ?? l.workingTree;
  const git = file.before.revision !== null || file.after.revision !== null;
  blocks.push({
    kind: 'heading',
    text: git ? l.fileHeading(file.path, version(file.before.revision), version(file.after.revision)) : file.path,
  });
  const { diff } = file;

  const intro: string[] = [];
  if (!file.comparable) {
    const broken = file.after.state === 'unreadable' ? file.after : file.before;
    intro.push(l.summary.unreadable(broken.path));
  } else if (diff.status === 'added') intro.push(l.summary.newPlan);
  else if (diff.status === 'removed') intro.push(l.summary.removedPlan);
  else if (diff.status === 'unchanged') intro.push(l.summary.unchangedPlan);
  if (intro.length > 0) blocks.push({ kind: 'paragraph', text: intro.join(' ') });

  if (file.comparable && diff.fields.length > 0) {
    blocks.push({
      kind: 'table',
      collapse: diff.fields.length > COLLAPSE_AFTER,
      spec: {
        title: l.titles.planFields,
        head: [l.fieldHeader, l.headers.before, l.headers.after],
        rows: diff.fields.map((f) => [
          capitalise(fieldName(f, lang)),
          valueText(f.before, f.after, lang, false),
          valueText(f.after, f.before, lang, false),
        ]),
        align: ['left', 'left', 'left'],
      },
    });
  }

  if (file.comparable && diff.amounts.length > 0) {
    blocks.push({
      kind: 'table',
      collapse: diff.amounts.length > COLLAPSE_AFTER,
      spec: {
        title: l.titles.amounts,
        head: [l.fieldHeader, l.headers.before, l.headers.after, l.headers.delta],
        rows: diff.amounts.map((a) => amountRow(a, lang)),
        align: ['left', 'right', 'right', 'right'],
      },
    });
  }

  if (file.comparable) {
    const money = (c: number | null) => (c === null ? general.notDeclared : formatMoney(c, lang));
    const difference = (c: number | null) =>
      c === null ? general.notDeclared : `${formatMoney(Math.abs(c), lang)} ${general.differenceText[differenceKind(c)]}`;
    const declared = diff.declared;
    const declaredDelta: Cell =
      declared.delta !== null
        ? declared.delta === 0
          ? l.same
          : { text: l.delta(declared.delta), tone: declared.delta > 0 ? 'good' : 'bad' }
        : declared.before === null && declared.after !== null
          ? l.declaredAdded
          : declared.before !== null && declared.after === null
            ? l.declaredRemoved
            : l.same;
    blocks.push({
      kind: 'table',
      collapse: false,
      spec: {
        title: l.titles.totals,
        head: ['', l.headers.before, l.headers.after, l.headers.delta],
        rows: [
          [l.rows.total, sumText(diff.total.before, lang), sumText(diff.total.after, lang), deltaCell(diff.total, lang)],
          // The funding table only where a version has one: then the per-source figures come from it.
          ...(diff.funding.before === null && diff.funding.after === null
            ? []
            : [[l.rows.funding, sumText(diff.funding.before, lang), sumText(diff.funding.after, lang), deltaCell(diff.funding, lang)]]),
          ...diff.soorten.map((s) => [
            general.soort[s.soort],
            sumText(s.change.before, lang),
            sumText(s.change.after, lang),
            deltaCell(s.change, lang),
          ]),
          [l.rows.declared, money(declared.before), money(declared.after), declaredDelta],
          [l.rows.difference, difference(diff.difference.before), difference(diff.difference.after), ''],
          // Spending only where a version gives it, so plans without `besteed` read as before.
          ...(givesSpent(diff.spent.before) || givesSpent(diff.spent.after)
            ? [[l.rows.spent, sumText(diff.spent.before, lang), sumText(diff.spent.after, lang), deltaCell(diff.spent, lang)]]
            : []),
        ],
        align: ['left', 'right', 'right', 'right'],
      },
    });

    blocks.push({
      kind: 'table',
      collapse: false,
      spec: {
        title: l.titles.perSource,
        head: [general.headers.code, general.headers.source, l.headers.before, l.headers.after, l.headers.delta],
        rows: diff.sources.map((s) => [
          s.codeBefore === null ? s.code : l.detail.renamedSource(s.codeBefore, s.code),
          s.naam.before !== null && s.naam.after !== null && s.naam.before !== s.naam.after
            ? l.detail.renamedSource(s.naam.before, s.naam.after)
            : (s.naam.after ?? s.naam.before ?? ''),
          sumText(s.change.before, lang),
          sumText(s.change.after, lang),
          deltaCell(s.change, lang),
        ]),
        align: ['left', 'left', 'right', 'right', 'right'],
      },
    });

    const sections = diff.sections.filter((s) => s.status !== 'unchanged');
    if (sections.length > 0) {
      blocks.push({
        kind: 'table',
        collapse: sections.length > COLLAPSE_AFTER,
        spec: {
          title: l.titles.perSection,
          head: [general.headers.section, l.headers.before, l.headers.after, l.headers.delta],
          rows: sections.map((s) => [s.titel, sumText(s.change.before, lang), sumText(s.change.after, lang), deltaCell(s.change, lang)]),
          align: ['left', 'right', 'right', 'right'],
        },
      });
    }

    for (const list of ['financiering', 'baten', 'reserves'] as const) {
      const items = diff.lists.filter((line) => line.list === list).flatMap((line) => listItems(line, lang));
      if (items.length > 0) blocks.push({ kind: 'list', title: l.titles.lists[list], items, collapse: items.length > COLLAPSE_AFTER });
    }

    const changed = diff.activities.filter((a) => a.status !== 'unchanged');
    if (changed.length > 0) {
      blocks.push({
        kind: 'table',
        collapse: changed.length > COLLAPSE_AFTER,
        spec: {
          title: l.titles.activities,
          head: [general.headers.activity, l.headers.change, l.headers.before, l.headers.after, l.headers.delta],
          rows: changed.map((a) => [
            activityTitle(a),
            whatChanged(a, lang),
            sumText(a.total.before, lang),
            sumText(a.total.after, lang),
            deltaCell(a.total, lang),
          ]),
          align: ['left', 'left', 'right', 'right', 'right'],
        },
      });
      const spending = changed.filter(spendingChanged);
      if (spending.length > 0) {
        blocks.push({
          kind: 'table',
          collapse: spending.length > COLLAPSE_AFTER,
          spec: {
            title: l.titles.spending,
            head: [general.headers.activity, l.headers.before, l.headers.after, l.headers.delta],
            rows: spending.map((a) => [
              activityTitle(a),
              sumText(a.spent.before, lang),
              sumText(a.spent.after, lang),
              deltaCell(a.spent, lang),
            ]),
            align: ['left', 'right', 'right', 'right'],
          },
        });
      }
      const details = changed
        .filter((a) => a.status === 'changed')
        .map((a) => `${activityTitle(a)}: ${activityDetails(a, lang).join('; ')}`);
      if (details.length > 0) {
        blocks.push({ kind: 'list', title: l.titles.details, items: details, collapse: details.length > COLLAPSE_AFTER });
      }
    }
  }

  // As everywhere a person reads findings: errors before warnings, each in file order.
  const introduced = errorsFirst(diff.diagnostics.introduced);
  const resolved = errorsFirst(diff.diagnostics.resolved);
  if (introduced.length > 0) {
    blocks.push({
      kind: 'list',
      title: l.titles.introduced,
      items: introduced.map((d) => diagnosticItem(d, lang)),
      collapse: introduced.length > COLLAPSE_AFTER,
    });
  }
  if (resolved.length > 0) {
    blocks.push({
      kind: 'list',
      title: l.titles.resolved,
      items: resolved.map((d) => diagnosticItem(d, lang)),
      collapse: resolved.length > COLLAPSE_AFTER,
    });
  }
  return blocks;
}

/** The content of a diff: the one-line summary, then per file its tables and lists. */
export function diffBlocks(report: DiffReport, lang: Lang): DiffBlock[] {
  return [{ kind: 'summary', text: summaryLine(report, lang) }, ...report.files.flatMap((f) => fileBlocks(f, lang))];
}

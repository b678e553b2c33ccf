import { addMoneyRows, addPerSaldo, type MoneySheet } from '../shared/xlsx/moneyRows.js';
import type { Cell as XCell } from 'exceljs';
import type { Verantwoording, Money } from '../../core/buildVerantwoording.js';
import { isUnknown, type Sum } from '../../core/sum.js';
import { verantwoordingWords } from '../../i18n/verantwoording.js';
import { labels } from '../../i18n/labels.js';
import { xlsxWords } from '../../i18n/xlsx.js';
import type { ReporterOptions } from '../shared/options.js';
import {
  gemeentenOf,
  kindFormula,
  LINE_COLUMNS,
  lineRow,
  planSheetTitle,
  sourceFormula,
  type SourceSheet,
} from '../shared/xlsx/budgetWorkbook.js';
import {
  amountCell,
  col,
  formulaCell,
  headerRow,
  newWorkbook,
  PERCENT_FORMAT,
  sheetName,
  sheetRef,
  sumCell,
  totalRowAfter,
  widths,
  workbookBytes,
  type Worksheet,
} from '../shared/xlsx/workbook.js';
import { explanationText, numberText, reasonsText } from './blocks.js';
import { activitiesOf } from '../../core/plan.js';

/** The money columns, from this column on: budget, spent, difference (formula), difference % (formula). */
function moneyColumns(
  ws: Worksheet,
  row: number,
  from: number,
  m: Money,
  unknown: { amount: string; spent: string; diff: string; part: (n: number) => string },
): void {
  const r = ws.getRow(row);
  sumValue(r.getCell(from), m.budget, unknown.amount, unknown.part);
  sumValue(r.getCell(from + 1), m.spent, unknown.spent, () => unknown.spent);
  differenceFormulas(r.getCell(from + 2), r.getCell(from + 3), row, from, m, unknown.diff);
}

function differenceFormulas(diff: XCell, pct: XCell, row: number, from: number, m: Money, unknown: string): void {
  const b = `${col(from)}${row}`;
  const s = `${col(from + 1)}${row}`;
  if (m.deviation === null) {
    amountCell(diff, null, unknown);
    pct.value = null;
    return;
  }
  // Begroting minus rekening, the one sign of every difference.
  formulaCell(diff, `${b}-${s}`);
  if (m.deviation.percent === null) pct.value = null;
  else formulaCell(pct, `IF(${b}=0,"",ROUND((${b}-${s})/${b},3))`, PERCENT_FORMAT);
}

/** A sum as a number: 0 over no lines, empty with a note when unknown, with a note when known in part. */
function sumValue(cell: XCell, sum: Sum, unknown: string, part: (n: number) => string): void {
  amountCell(cell, sum.lines === 0 || isUnknown(sum) ? (sum.lines === 0 ? 0 : null) : sum.known, unknown);
  if (sum.lines > 0 && !isUnknown(sum) && sum.unknownLines > 0) cell.note = part(sum.unknownLines);
}

/**
 * A plan's budget lines from `row` on, in the columns of the totals workbook's plan sheets (section,
 * nr, activity, source as the plan declares it, kind, budget, spent, difference as a formula), under
 * a header; an unknown amount is an empty cell with a note. Returns their rows and the next free row.
 */
function addLineRows(
  ws: Worksheet,
  plan: import('../../core/plan.js').Plan,
  row: number,
  x: (typeof xlsxWords)['nl'],
): { first: number; last: number; next: number } {
  const hx = x.headers;
  const header = ws.getRow(row);
  [hx.onderdeel, hx.nr, hx.activiteit, hx.bron, hx.soort, hx.begroot, hx.besteed, hx.over].forEach((text, i) => {
    header.getCell(i + 1).value = text;
    header.getCell(i + 1).font = { bold: true };
  });
  row++;
  const first = row;
  for (const { section, activity } of activitiesOf(plan)) {
    for (const line of activity.dekking) {
      lineRow(ws, row, plan, { section, activity, line }, x, true);
      row++;
    }
  }
  return { first, last: row - 1, next: row };
}

/**
 * `verantwoording --format xlsx`: a summary sheet (per plan, per source, per kind, every figure a
 * formula: a plan's row refers to its sheet's total, a source's adds up the budget lines of every
 * plan sheet, a kind's adds up the source rows) and one sheet per plan with a row per activity: its
 * status and assessment (the reasons in a note), the money columns with the difference and its
 * percentage as formulas, its indicators, result and explanation; below them the plan's budget
 * lines, and its funding, income and reserve lines.
 */
export async function verantwoordingXlsx(account: Verantwoording, options: ReporterOptions): Promise<Uint8Array> {
  const { lang } = options;
  const w = verantwoordingWords[lang];
  const x = xlsxWords[lang];
  const l = labels[lang];
  const h = w.head;
  const plans = account.plans.map((p) => p.plan);
  const gemeente = gemeentenOf(plans);
  const title = w.title(account.year);
  const wb = newWorkbook({ title, gemeente, jaar: String(account.year), subject: x.subjectVerantwoording }, options);
  const taken = new Set<string>([x.summary.toLowerCase()]);
  const summary = wb.addWorksheet(x.summary);
  const unknown = { amount: x.allUnknown, spent: x.unknownSpent, diff: x.remainingUnknown, part: x.someUnknown };
  const notes = { allUnknown: x.allUnknown, someUnknown: x.someUnknown };
  const spentNotes = { allUnknown: x.unknownSpent, someUnknown: () => x.unknownSpent };

  // A sheet per plan: F budget, G spent, H difference, I difference %.
  const F = 6;
  const planTotals: { name: string; row: number; money: Money; titel: string; path: string; sheet: MoneySheet }[] = [];
  const sourceSheets: SourceSheet[] = [];
  for (const p of account.plans) {
    const name = sheetName(planSheetTitle(p.plan), taken);
    const ws = wb.addWorksheet(name);
    let row = 2;
    for (const a of p.activities) {
      const r = ws.getRow(row);
      r.getCell(1).value = a.onderdeel;
      r.getCell(2).value = a.nr;
      r.getCell(3).value = a.titel;
      r.getCell(4).value = a.status === undefined ? w.noStatus : w.status[a.status];
      r.getCell(5).value = w.light[a.light];
      if (a.reasons.length > 0) r.getCell(5).note = reasonsText(a, w);
      moneyColumns(ws, row, F, a, unknown);
      r.getCell(10).value = a.indicators
        .map(
          (i) =>
            `${i.naam}: ${numberText(i.nulmeting, lang)} → ${numberText(i.streefwaarde, lang)} / ${numberText(i.realisatie, lang)}${i.eenheid ? ` ${i.eenheid}` : ''}`,
        )
        .join('; ');
      r.getCell(11).value = a.resultaat ?? '';
      r.getCell(12).value = explanationText(a, w) ?? '';
      row++;
    }
    const { first, last, totalRow, row: t } = totalRowAfter(ws, row);
    t.getCell(1).value = x.total(p.budget.unknownLines, p.spent.unknownLines);
    t.getCell(5).value = w.counts(p.counts);
    sumCell(t.getCell(F), `SUM(${col(F)}${first}:${col(F)}${last})`, p.budget, notes);
    sumCell(t.getCell(F + 1), `SUM(${col(F + 1)}${first}:${col(F + 1)}${last})`, p.spent, spentNotes);
    differenceFormulas(t.getCell(F + 2), t.getCell(F + 3), totalRow, F, p, unknown.diff);
    headerRow(
      ws,
      1,
      [
        h.onderdeel,
        h.nr,
        h.activiteit,
        h.status,
        h.beoordeling,
        h.begroot,
        h.besteed,
        h.verschil,
        h.procent,
        h.indicatoren,
        h.resultaat,
        h.toelichting,
      ],
      last,
    );
    widths(ws, [22, 5, 36, 12, 12, 14, 14, 14, 11, 40, 50, 50]);
    // The plan's budget lines below its activities, which the summary's rows per source add up,
    // then its funding, income and reserve lines, for the per-saldo block.
    const lines = addLineRows(ws, p.plan, totalRow + 2, x);
    const moneyRanges = addMoneyRows(ws, p.plan, lines.next + 1, true, x);
    planTotals.push({
      name,
      row: totalRow,
      money: p,
      titel: p.plan.titel,
      path: p.plan.path,
      sheet: { name, plan: p.plan, totalRow, money: moneyRanges },
    });
    sourceSheets.push({ name, plan: p.plan, first: lines.first, last: lines.last, money: moneyRanges });
  }

  // The summary: B budget, C spent, D difference, E difference % (kind and name before where needed).
  summary.getCell('A1').value = title;
  summary.getCell('A1').font = { bold: true, size: 14 };
  summary.getCell('A2').value = `${gemeente} — ${w.counts(account.counts)}`;
  const table = (
    startRow: number,
    heading: string[],
    rows: { label: string[]; money: Money; refs?: { budget: string; spent: string } }[],
    filter: boolean,
  ): number => {
    const from = heading.length + 1;
    headerRow(
      summary,
      startRow,
      [...heading, h.begroot, h.besteed, h.verschil, h.procent],
      filter ? startRow + Math.max(rows.length, 1) : undefined,
    );
    let row = startRow + 1;
    for (const item of rows) {
      const r = summary.getRow(row);
      for (const [i, text] of item.label.entries()) r.getCell(i + 1).value = text;
      if (item.refs) {
        sumCell(r.getCell(from), item.refs.budget, item.money.budget, notes);
        sumCell(r.getCell(from + 1), item.refs.spent, item.money.spent, spentNotes);
        differenceFormulas(r.getCell(from + 2), r.getCell(from + 3), row, from, item.money, unknown.diff);
      } else moneyColumns(summary, row, from, item.money, unknown);
      row++;
    }
    const first = startRow + 1;
    const last = Math.max(row - 1, first);
    const t = summary.getRow(last + 1);
    t.font = { bold: true };
    t.getCell(1).value = x.total(account.budget.unknownLines, account.spent.unknownLines);
    sumCell(t.getCell(from), `SUM(${col(from)}${first}:${col(from)}${last})`, account.budget, notes);
    sumCell(t.getCell(from + 1), `SUM(${col(from + 1)}${first}:${col(from + 1)}${last})`, account.spent, spentNotes);
    differenceFormulas(t.getCell(from + 2), t.getCell(from + 3), last + 1, from, account, unknown.diff);
    return last + 3;
  };
  // The frozen header is that of the first table, per plan, with the autofilter.
  let next = table(
    4,
    [h.plan, x.headers.bestand],
    planTotals.map((p) => ({
      label: [p.titel, p.path],
      money: p.money,
      refs: { budget: `${sheetRef(p.name)}!${col(F)}${p.row}`, spent: `${sheetRef(p.name)}!${col(F + 1)}${p.row}` },
    })),
    true,
  );
  const views = summary.views;
  const filter = summary.autoFilter;
  // Per source a formula over the budget lines of every plan sheet (B budget in D, spent in E), as
  // the totals workbook's summary; per kind a formula over those source rows.
  const firstSource = next + 1;
  const lastSource = Math.max(next + account.sources.length, firstSource);
  next = table(
    next,
    [h.bron, h.naam, h.soort],
    account.sources.map((s, i) => ({
      label: [s.code, s.naam, l.soort[s.soort]],
      money: s,
      refs: {
        budget: sourceFormula(sourceSheets, s.code, LINE_COLUMNS.begroot, `$A${firstSource + i}`),
        spent: sourceFormula(sourceSheets, s.code, LINE_COLUMNS.besteed, `$A${firstSource + i}`),
      },
    })),
    false,
  );
  const firstKind = next + 1;
  next = table(
    next,
    [h.soort],
    account.soorten.map((s, i) => ({
      label: [l.soort[s.soort]],
      money: s,
      refs: {
        budget: kindFormula(3, 4, firstSource, lastSource, `$A${firstKind + i}`),
        spent: kindFormula(3, 5, firstSource, lastSource, `$A${firstKind + i}`),
      },
    })),
    false,
  );
  if (account.combined.perSaldo !== null)
    addPerSaldo(
      summary,
      next,
      planTotals.map((p) => p.sheet),
      account.combined.perSaldo,
      x,
    );
  summary.views = views;
  if (filter !== undefined) summary.autoFilter = filter;
  widths(summary, [28, 36, 16, 16, 16, 16, 12]);
  return workbookBytes(wb);
}

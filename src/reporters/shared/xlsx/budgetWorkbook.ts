import { computeTotals, type Totals } from '../../../core/computeTotals.js';
import { activitiesOf, type BudgetLine, type Plan, type Soort } from '../../../core/plan.js';
import { declaredSource, sourceKey } from '../../../core/planIdentity.js';
import { spending, type Sum } from '../../../core/sum.js';
import { xlsxWords, type XlsxWords } from '../../../i18n/xlsx.js';
import type { ReporterOptions } from '../options.js';
import { addMoneyRows, addPerSaldo, type MoneyRanges } from './moneyRows.js';
import {
  amountCell,
  col,
  formulaCell,
  headerRow,
  sheetName,
  sheetRef,
  sumCell,
  widths,
  type Workbook,
  type Worksheet,
} from './workbook.js';

// The budget as a workbook: a sheet per plan with its budget lines (the figures as the plan gives
// them) and a summary sheet whose every figure is a formula over those lines. Whoever audits it can
// follow each total to the lines it adds up.

/** Where a plan's sheet keeps its lines, for the formulas of the summary. */
export interface PlanSheet {
  plan: Plan;
  name: string;
  /** The rows of the lines (first to last; last < first when the plan has none). */
  first: number;
  last: number;
  /** The row of the plan's total. */
  totalRow: number;
  /** The plan's own totals. */
  totals: Totals;
  /** Its funding, income and reserve lines, below the budget lines, where the plan has them. */
  money: MoneyRanges;
}

/** The columns of a plan sheet. */
const C = { onderdeel: 1, nr: 2, activiteit: 3, bron: 4, soort: 5, begroot: 6, besteed: 7, over: 8 } as const;

/** The plan's name as a sheet name wants it: its year and wijk (or municipality). */
export function planSheetTitle(plan: Plan): string {
  return `${plan.jaar} ${plan.wijk ?? plan.gemeente}`;
}

/** Writes one sheet per plan, with a row per budget line and a total row of formulas. */
export function addPlanSheets(wb: Workbook, plans: Plan[], withSpent: boolean, words: XlsxWords, taken: Set<string>): PlanSheet[] {
  const h = words.headers;
  return plans.map((plan) => {
    const name = sheetName(planSheetTitle(plan), taken);
    const ws = wb.addWorksheet(name);
    const headers = [h.onderdeel, h.nr, h.activiteit, h.bron, h.soort, h.begroot, ...(withSpent ? [h.besteed, h.over] : [])];
    let row = 2;
    for (const { section, activity } of activitiesOf(plan)) {
      for (const line of activity.dekking) {
        lineRow(ws, row, plan, { section, activity, line }, words, withSpent);
        row++;
      }
    }
    const first = 2;
    const last = row - 1;
    // A plan without lines keeps one empty row, so its total is a sum over nothing, not over itself.
    const totalRow = Math.max(last, first) + 1;
    const totals = computeTotals([plan]);
    writeTotalRow(ws, totalRow, first, Math.max(last, first), totals.total, withSpent ? totals.spent : null, words);
    const money = addMoneyRows(ws, plan, totalRow + 2, withSpent, words);
    headerRow(ws, 1, headers, Math.max(last, first));
    widths(ws, [24, 5, 40, 14, 16, 16, ...(withSpent ? [16, 16] : [])]);
    return { plan, name, first, last, totalRow, totals, money };
  });
}

function writeTotalRow(ws: Worksheet, row: number, first: number, last: number, budget: Sum, spent: Sum | null, words: XlsxWords): void {
  const r = ws.getRow(row);
  r.font = { bold: true };
  r.getCell(1).value = words.total(budget.unknownLines, spent?.unknownLines ?? 0);
  const range = (c: number) => `${col(c)}${first}:${col(c)}${last}`;
  const notes = { allUnknown: words.allUnknown, someUnknown: words.someUnknown };
  sumCell(r.getCell(C.begroot), `SUM(${range(C.begroot)})`, budget, notes);
  if (spent !== null) {
    sumCell(r.getCell(C.besteed), `SUM(${range(C.besteed)})`, spent, { ...notes, someUnknown: () => words.unknownSpent });
    if (spending(budget, spent).remaining !== null) formulaCell(r.getCell(C.over), `${col(C.begroot)}${row}-${col(C.besteed)}${row}`);
    else amountCell(r.getCell(C.over), null, words.remainingUnknown);
  }
}

/** What a per-source formula needs of a plan sheet: its budget lines' rows (in the columns of `C`) and its funding lines. */
export interface SourceSheet {
  plan: Plan;
  name: string;
  /** The rows of the budget lines (last < first when there are none). */
  first: number;
  last: number;
  money: MoneyRanges;
}

/**
 * A source's figure as a formula over the plan sheets: per sheet that uses the code, the sum of a
 * column (`C.begroot` or `C.besteed`) over the lines whose source matches exactly (`criterion`, the
 * cell holding the code); a plan with a funding table gives its figures per source from its funding
 * lines, as totals does. "0" when no sheet uses it.
 */
export function sourceFormula(sheets: SourceSheet[], code: string, column: number, criterion: string): string {
  const rangeOf = (s: SourceSheet) => s.money.funding ?? { first: s.first, last: s.last };
  const key = sourceKey(code);
  const uses = (s: SourceSheet) =>
    s.money.funding !== undefined
      ? s.plan.financiering.some((l) => sourceKey(l.bron) === key)
      : s.last >= s.first &&
        s.plan.onderdelen.some((o) => o.activiteiten.some((a) => a.dekking.some((l) => l.bron !== null && sourceKey(l.bron) === key)));
  // A plan that declares the code in another form (`isv` beside `ISV`) has that form in its lines.
  const match = (s: SourceSheet) => {
    const spelled = declaredSource(s.plan.bronnen, code)?.code ?? code;
    return spelled === code ? criterion : `"${spelled.replace(/"/g, '""')}"`;
  };
  return (
    sheets
      .filter(uses)
      .map((s) => {
        const { first, last } = rangeOf(s);
        const at = (c: number) => `${sheetRef(s.name)}!$${col(c)}$${first}:$${col(c)}$${last}`;
        return `SUMPRODUCT(--EXACT(${at(C.bron)},${match(s)}),${at(column)})`;
      })
      .join('+') || '0'
  );
}

/** The columns of a plan sheet's budget lines, for the formulas that read them. */
export const LINE_COLUMNS = C;

/**
 * A kind's figure as a formula over the rows of a table of sources: the sum of `column` over the
 * rows `first`–`last` whose kind (in column `kindColumn`) is exactly the text in `criterion`.
 */
export function kindFormula(kindColumn: number, column: number, first: number, last: number, criterion: string): string {
  const k = col(kindColumn);
  const c = col(column);
  return `SUMPRODUCT(--EXACT($${k}$${first}:$${k}$${last},${criterion}),${c}$${first}:${c}$${last})`;
}

/** Where the summary keeps its rows, for tests and for the account's workbook. */
export interface SummaryLayout {
  /** The header row of the sources. */
  header: number;
  /** The row of each source, by code. */
  sources: Map<string, number>;
  /** The row of each kind of source. */
  soorten: Map<Soort, number>;
  /** The row of the total. */
  total: number;
  /** The row of each plan in the table of plans, by path. */
  plans: Map<string, number>;
}

/**
 * The summary: per source a formula over the lines of every plan sheet that uses it (an exact match
 * of the code), per kind of source a formula over the source rows, the total as the sum of the
 * source rows, and a row per plan referring to its sheet's total.
 */
export function addSummary(
  ws: Worksheet,
  title: string,
  subtitle: string,
  totals: Totals,
  sheets: PlanSheet[],
  words: XlsxWords,
): SummaryLayout {
  const h = words.headers;
  const withSpent = totals.hasSpent;
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = subtitle;
  const header = 4;
  const D = 4; // budget column of the summary; spent E, remaining F
  const notes = { allUnknown: words.allUnknown, someUnknown: words.someUnknown };
  const spentNotes = { allUnknown: words.unknownSpent, someUnknown: () => words.unknownSpent };
  const sourceRows = new Map<string, number>();
  let row = header + 1;
  for (const source of totals.sources) {
    const r = ws.getRow(row);
    r.getCell(1).value = source.code;
    r.getCell(2).value = source.naam;
    r.getCell(3).value = source.soort;
    const over = (column: number) => sourceFormula(sheets, source.code, column, `$A${row}`);
    sumCell(r.getCell(D), over(C.begroot), source.sum, notes);
    if (withSpent) {
      sumCell(r.getCell(D + 1), over(C.besteed), source.spent, spentNotes);
      remainingCell(r.getCell(D + 2), row, source.sum, source.spent, words);
    }
    sourceRows.set(source.code, row);
    row++;
  }
  const firstSource = header + 1;
  const lastSource = Math.max(row - 1, firstSource);
  if (totals.sources.length === 0) row++;
  const totalRow = row;
  const t = ws.getRow(totalRow);
  t.font = { bold: true };
  t.getCell(1).value = words.total(totals.total.unknownLines, withSpent ? totals.spent.unknownLines : 0);
  sumCell(t.getCell(D), `SUM(${col(D)}${firstSource}:${col(D)}${lastSource})`, totals.total, notes);
  if (withSpent) {
    sumCell(t.getCell(D + 1), `SUM(${col(D + 1)}${firstSource}:${col(D + 1)}${lastSource})`, totals.spent, spentNotes);
    remainingCell(t.getCell(D + 2), totalRow, totals.total, totals.spent, words);
  }
  headerRow(ws, header, [h.bron, h.naam, h.soort, h.begroot, ...(withSpent ? [h.besteed, h.over] : [])], lastSource);

  row = totalRow + 2;
  ws.getCell(`A${row}`).value = words.byKind;
  ws.getCell(`A${row}`).font = { bold: true };
  row++;
  const soortRows = new Map<Soort, number>();
  for (const soort of ['eigen', 'cofinanciering'] as const) {
    const r = ws.getRow(row);
    r.getCell(1).value = soort;
    const over = (c: number) => kindFormula(3, c, firstSource, lastSource, `$A${row}`);
    sumCell(r.getCell(D), over(D), totals.bySoort[soort], notes);
    if (withSpent) {
      sumCell(r.getCell(D + 1), over(D + 1), totals.spentBySoort[soort], spentNotes);
      remainingCell(r.getCell(D + 2), row, totals.bySoort[soort], totals.spentBySoort[soort], words);
    }
    soortRows.set(soort, row);
    row++;
  }

  row++;
  const planHeader = ws.getRow(row);
  [h.plan, h.bestand, '', h.begroot, ...(withSpent ? [h.besteed, h.over] : [])].forEach((text, i) => {
    planHeader.getCell(i + 1).value = text;
    planHeader.getCell(i + 1).font = { bold: true };
  });
  row++;
  const planRows = new Map<string, number>();
  const firstPlan = row;
  for (const s of sheets) {
    const r = ws.getRow(row);
    r.getCell(1).value = s.plan.titel;
    r.getCell(2).value = s.plan.path;
    sumCell(r.getCell(D), `${sheetRef(s.name)}!${col(C.begroot)}${s.totalRow}`, s.totals.total, notes);
    if (withSpent) {
      sumCell(r.getCell(D + 1), `${sheetRef(s.name)}!${col(C.besteed)}${s.totalRow}`, s.totals.spent, spentNotes);
      remainingCell(r.getCell(D + 2), row, s.totals.total, s.totals.spent, words);
    }
    planRows.set(s.plan.path, row);
    row++;
  }
  const p = ws.getRow(row);
  p.font = { bold: true };
  p.getCell(1).value = words.total(totals.total.unknownLines, withSpent ? totals.spent.unknownLines : 0);
  sumCell(p.getCell(D), `SUM(${col(D)}${firstPlan}:${col(D)}${row - 1})`, totals.total, notes);
  if (withSpent) {
    sumCell(p.getCell(D + 1), `SUM(${col(D + 1)}${firstPlan}:${col(D + 1)}${row - 1})`, totals.spent, spentNotes);
    remainingCell(p.getCell(D + 2), row, totals.total, totals.spent, words);
  }
  if (totals.perSaldo !== null) row = addPerSaldo(ws, row + 2, sheets, totals.perSaldo, words);
  widths(ws, [
    36,
    40,
    16,
    16,
    ...(withSpent || totals.perSaldo?.hasRekening ? [16, 16] : []),
    ...(totals.perSaldo?.hasRekening ? [8] : []),
  ]);
  return { header, sources: sourceRows, soorten: soortRows, total: totalRow, plans: planRows };
}

/** Budget minus spent as a formula, or an empty cell with a note when either has unknown lines. */
function remainingCell(cell: import('exceljs').Cell, row: number, budget: Sum, spent: Sum, words: XlsxWords): void {
  if (spending(budget, spent).remaining !== null) formulaCell(cell, `D${row}-E${row}`);
  else amountCell(cell, null, words.remainingUnknown);
}

/** The words of a language. */
export function wordsOf(options: ReporterOptions): XlsxWords {
  return xlsxWords[options.lang];
}

/** The municipalities of plans, named once each. */
export function gemeentenOf(plans: Plan[]): string {
  return [...new Set(plans.map((p) => p.gemeente))].join(', ');
}

/** The years of plans: one, or first–last. */
export function yearsOf(plans: Plan[]): string {
  const years = plans.map((p) => p.jaar);
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * One budget line as a row of a plan's sheet (LINE_COLUMNS): its section, activity and source (the
 * code as the plan declares it, which the summary's formulas match exactly), its amount and, with
 * `withSpent`, what was spent and the remainder as a formula. The sheets of `totals`, `report` and
 * `verantwoording` write their lines with it.
 */
export function lineRow(
  ws: Worksheet,
  row: number,
  plan: Plan,
  { section, activity, line }: { section: { titel: string }; activity: { nr: number; titel: string }; line: BudgetLine },
  words: XlsxWords,
  withSpent: boolean,
): void {
  const C = LINE_COLUMNS;
  const r = ws.getRow(row);
  r.getCell(C.onderdeel).value = section.titel;
  r.getCell(C.nr).value = activity.nr;
  r.getCell(C.activiteit).value = activity.titel;
  const source = declaredSource(plan.bronnen, line.bron);
  r.getCell(C.bron).value = source?.code ?? line.bron ?? '';
  r.getCell(C.soort).value = source?.soort ?? '';
  amountCell(r.getCell(C.begroot), line.bedrag, words.unknownAmount);
  if (!withSpent) return;
  amountCell(r.getCell(C.besteed), line.besteed ?? null, words.unknownSpent);
  const over = r.getCell(C.over);
  if (line.bedrag !== null && line.besteed !== undefined) formulaCell(over, `${col(C.begroot)}${row}-${col(C.besteed)}${row}`);
  else amountCell(over, null, words.remainingUnknown);
}

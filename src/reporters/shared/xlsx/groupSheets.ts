import type { YearComparison } from '../../../core/compareYears.js';
import type { Totals } from '../../../core/computeTotals.js';
import type { GroupTotals } from '../../../core/groupTotals.js';
import type { Plan } from '../../../core/plan.js';
import type { Sum } from '../../../core/sum.js';
import type { XlsxWords } from '../../../i18n/xlsx.js';
import type { ReporterOptions } from '../options.js';
import { seriesYears } from '../../totalsBy/tables.js';
import { addPlanSheets, addSummary, gemeentenOf, type PlanSheet } from './budgetWorkbook.js';
import {
  amountCell,
  col,
  headerRow,
  newWorkbook,
  sheetName,
  sheetRef,
  sumCell,
  totalRowAfter,
  widths,
  workbookBytes,
  type Workbook,
} from './workbook.js';

// Grouped totals (`--by`) and years side by side (`--years`) as a sheet beside the budget workbook.
// A group's figure is the sum the command computed; the total row is a formula: the sum of the rows
// where every line is in one group, and, by theme (where an activity with two themes is in both),
// the sum of the plan sheets' totals, so it is never a line counted twice.

const notesOf = (words: XlsxWords) => ({ allUnknown: words.allUnknown, someUnknown: words.someUnknown });

/** The plan sheets' total cells of some plans, added up as a formula (`0` when there are none). */
function planTotals(sheets: PlanSheet[], column: 'F' | 'G', plans: (p: Plan) => boolean): string {
  const refs = sheets.filter((s) => plans(s.plan)).map((s) => `${sheetRef(s.name)}!${column}${s.totalRow}`);
  return refs.length === 0 ? '0' : refs.join('+');
}

/** A workbook of the budget of `plans` with extra sheets added by `extra`. */
export async function groupedWorkbook(
  plans: Plan[],
  title: string,
  years: string,
  words: XlsxWords,
  summaryOf: () => Totals,
  extra: (wb: Workbook, sheets: PlanSheet[], taken: Set<string>) => void,
  options?: Pick<ReporterOptions, 'lang' | 'findings'>,
): Promise<Uint8Array> {
  const gemeente = gemeentenOf(plans);
  const wb = newWorkbook({ title, gemeente, jaar: years, subject: words.subjectTotals }, options);
  const taken = new Set<string>([words.summary.toLowerCase()]);
  const summary = wb.addWorksheet(words.summary);
  const totals = summaryOf();
  const sheets = addPlanSheets(wb, plans, totals.hasSpent, words, taken);
  addSummary(summary, title, gemeente, totals, sheets, words);
  extra(wb, sheets, taken);
  return workbookBytes(wb);
}

/** A sheet of grouped totals: a row per group, and a total row of formulas. */
export function addGroupSheet(
  wb: Workbook,
  wanted: string,
  groups: GroupTotals,
  sheets: PlanSheet[],
  words: XlsxWords,
  taken: Set<string>,
): void {
  const ws = wb.addWorksheet(sheetName(wanted, taken));
  const h = words.headers;
  const withSpent = groups.hasSpent;
  // By taakveld, the years of each code, after the amounts so the formulas keep their columns.
  const yearsCol = groups.by === 'taakveld' ? (withSpent ? 5 : 4) : null;
  let row = 2;
  for (const g of groups.groups) {
    const r = ws.getRow(row);
    r.getCell(1).value = g.key ?? '—';
    r.getCell(2).value = g.naam ?? '';
    sumValue(r.getCell(3), g.sum, words);
    if (withSpent) sumValue(r.getCell(4), g.spent, words);
    if (yearsCol !== null) r.getCell(yearsCol).value = seriesYears(g.taakveld?.years ?? []);
    row++;
  }
  const { first, last, row: t } = totalRowAfter(ws, row);
  t.getCell(1).value = words.total(groups.total.unknownLines, withSpent ? groups.spent.unknownLines : 0);
  const overlap = groups.by === 'thema';
  sumCell(t.getCell(3), overlap ? planTotals(sheets, 'F', () => true) : `SUM(C${first}:C${last})`, groups.total, notesOf(words));
  if (withSpent)
    sumCell(t.getCell(4), overlap ? planTotals(sheets, 'G', () => true) : `SUM(D${first}:D${last})`, groups.spent, notesOf(words));
  headerRow(ws, 1, [groups.by, h.naam, h.begroot, ...(withSpent ? [h.besteed] : []), ...(yearsCol === null ? [] : [h.jaren])], last);
  widths(ws, yearsCol === 5 ? [24, 40, 16, 16, 16] : [24, 40, 16, 16]);
}

/** A sheet of years side by side: a column per year and a total column, a total row of formulas. */
export function addYearsSheet(
  wb: Workbook,
  wanted: string,
  c: YearComparison,
  sheets: PlanSheet[],
  words: XlsxWords,
  taken: Set<string>,
): void {
  const ws = wb.addWorksheet(sheetName(wanted, taken));
  const h = words.headers;
  const yearCol = (i: number) => 3 + i;
  const totalCol = yearCol(c.years.length);
  let row = 2;
  for (const y of c.rows) {
    const r = ws.getRow(row);
    r.getCell(1).value = y.key ?? '—';
    r.getCell(2).value = y.naam ?? '';
    c.years.forEach((year, i) => {
      if (c.missing.includes(year)) amountCell(r.getCell(yearCol(i)), null, words.allUnknown);
      else sumValue(r.getCell(yearCol(i)), y.perYear[i]!, words);
    });
    sumCell(r.getCell(totalCol), `SUM(${col(yearCol(0))}${row}:${col(totalCol - 1)}${row})`, y.total, notesOf(words));
    row++;
  }
  const { first, last, totalRow, row: t } = totalRowAfter(ws, row);
  t.getCell(1).value = words.total(c.total.total.unknownLines, 0);
  c.years.forEach((year, i) => {
    const cell = t.getCell(yearCol(i));
    if (c.missing.includes(year)) amountCell(cell, null, words.allUnknown);
    else {
      const formula =
        c.by === 'thema' ? planTotals(sheets, 'F', (p) => p.jaar === year) : `SUM(${col(yearCol(i))}${first}:${col(yearCol(i))}${last})`;
      sumCell(cell, formula, c.total.perYear[i]!, notesOf(words));
    }
  });
  sumCell(t.getCell(totalCol), `SUM(${col(yearCol(0))}${totalRow}:${col(totalCol - 1)}${totalRow})`, c.total.total, notesOf(words));
  headerRow(ws, 1, [c.by, h.naam, ...c.years.map(String), words.total(0, 0)], last);
  widths(ws, [24, 40, ...c.years.map(() => 16), 16]);
}

/** A group's sum as a number (the command's own figure), an empty cell with a note when unknown. */
function sumValue(cell: import('exceljs').Cell, sum: Sum, words: XlsxWords): void {
  const allUnknown = sum.lines > 0 && sum.unknownLines === sum.lines;
  amountCell(cell, allUnknown ? null : sum.known, words.allUnknown);
  if (!allUnknown && sum.unknownLines > 0) cell.note = words.someUnknown(sum.unknownLines);
}

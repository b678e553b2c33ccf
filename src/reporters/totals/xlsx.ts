import type { Totals } from '../../core/computeTotals.js';
import type { ReporterOptions } from '../shared/options.js';
import { addPlanSheets, addSummary, gemeentenOf, wordsOf, yearsOf } from '../shared/xlsx/budgetWorkbook.js';
import { newWorkbook, workbookBytes } from '../shared/xlsx/workbook.js';

/** `totals --format xlsx`: a summary sheet of formulas over one sheet per plan. */
export async function totalsXlsx(totals: Totals, options: ReporterOptions): Promise<Uint8Array> {
  const words = wordsOf(options);
  const years = yearsOf(totals.plans);
  const gemeente = gemeentenOf(totals.plans);
  const title = words.totalsTitle(years);
  const wb = newWorkbook({ title, gemeente, jaar: years, subject: words.subjectTotals }, options);
  const taken = new Set<string>();
  const summary = wb.addWorksheet(words.summary);
  taken.add(words.summary.toLowerCase());
  const sheets = addPlanSheets(wb, totals.plans, totals.hasSpent, words, taken);
  addSummary(summary, title, gemeente, totals, sheets, words);
  return workbookBytes(wb);
}

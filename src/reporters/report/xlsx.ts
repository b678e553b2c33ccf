import type { Report } from '../../core/buildReport.js';
import { messageOf } from '../../i18n/messages.js';
import type { ReporterOptions } from '../shared/options.js';
import { addPlanSheets, addSummary, gemeentenOf, wordsOf } from '../shared/xlsx/budgetWorkbook.js';
import { headerRow, newWorkbook, widths, workbookBytes } from '../shared/xlsx/workbook.js';

/** `report --format xlsx`: the year's budget as a workbook, and the points of attention on a sheet of their own. */
export async function reportXlsx(report: Report, options: ReporterOptions): Promise<Uint8Array> {
  const words = wordsOf(options);
  const plans = report.entries.map((e) => e.plan);
  const gemeente = gemeentenOf(plans);
  const title = words.reportTitle(report.year);
  const wb = newWorkbook({ title, gemeente, jaar: String(report.year), subject: words.subjectReport }, options);
  const taken = new Set<string>([words.summary.toLowerCase(), words.attention.toLowerCase()]);
  const summary = wb.addWorksheet(words.summary);
  const sheets = addPlanSheets(wb, plans, report.combined.hasSpent, words, taken);
  addSummary(summary, title, gemeente, report.combined, sheets, words);
  const attention = wb.addWorksheet(words.attention);
  const h = words.headers;
  let row = 2;
  for (const entry of report.entries) {
    for (const d of entry.diagnostics) {
      const r = attention.getRow(row++);
      r.getCell(1).value = entry.plan.path;
      r.getCell(2).value = d.line;
      r.getCell(3).value = d.code;
      r.getCell(4).value = messageOf(d, options.lang);
    }
  }
  headerRow(attention, 1, [h.bestand, h.regel, h.code, h.melding], Math.max(row - 1, 1));
  widths(attention, [28, 7, 24, 100]);
  return workbookBytes(wb);
}

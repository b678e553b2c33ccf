import type { Diagnostic } from '../../../core/diagnostic.js';
import { findingsWords } from '../../../i18n/findings.js';
import { messageOf } from '../../../i18n/messages.js';
import type { ReporterOptions } from '../options.js';
import type ExcelJS from 'exceljs';

const RED = 'FFA61B1B';
const PALE_RED = 'FFFDF0F0';

/**
 * The workbook's first sheet when a counted plan has errors: a title and what the figures are, then
 * a marked row (red, on pale red) per error with its file, line, column, code and message. It is the
 * sheet the workbook opens on; the other sheets and their formulas are as without it.
 */
export function addFindingsSheet(wb: ExcelJS.Workbook, findings: Diagnostic[], options: Pick<ReporterOptions, 'lang'>): void {
  const w = findingsWords[options.lang];
  const ws = wb.addWorksheet(w.sheet, { properties: { tabColor: { argb: RED } } });
  const title = ws.getCell('A1');
  title.value = `${w.title(findings.length)}.`;
  title.font = { bold: true, size: 14, color: { argb: RED } };
  ws.getCell('A2').value = w.sheetExplanation;
  const h = w.headers;
  const first = 4;
  findings.forEach((d, i) => {
    const row = ws.getRow(first + 1 + i);
    [d.file, d.line, d.column, d.code, messageOf(d, options.lang)].forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      cell.font = { color: { argb: RED } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: PALE_RED } };
    });
  });
  // As workbook.ts's headerRow does, which this file cannot import without a cycle.
  const headers = [h.bestand, h.regel, h.kolom, h.code, h.melding];
  headers.forEach((text, c) => {
    const cell = ws.getRow(first).getCell(c + 1);
    cell.value = text;
    cell.font = { bold: true };
  });
  ws.views = [{ state: 'frozen', ySplit: first, xSplit: 0 }];
  ws.autoFilter = { from: { row: first, column: 1 }, to: { row: first + findings.length, column: headers.length } };
  for (const [c, width] of [32, 8, 8, 22, 100].entries()) ws.getColumn(c + 1).width = width;
}

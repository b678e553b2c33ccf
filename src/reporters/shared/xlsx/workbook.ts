import ExcelJS from 'exceljs';
import { centsToEuros } from '../../../core/amount.js';
import { isUnknown, type Sum } from '../../../core/sum.js';
import type { ReporterOptions } from '../options.js';
import { addFindingsSheet } from './findingsSheet.js';

// What every workbook shares: sheet names Excel accepts, the Dutch euro format, amounts as numbers
// (an unknown one an empty cell with a note), totals as formulas without a cached value (so that
// whoever opens the file sees figures the spreadsheet computed from the cells above), a frozen
// header, an autofilter, and document properties.

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

/** Euros with the euro sign in front, two decimals, minus before the number (nl-NL, LCID 0x413). */
export const EURO_FORMAT = '[$€-413] #,##0.00;[$€-413] -#,##0.00';
/** A percentage with one decimal. */
export const PERCENT_FORMAT = '0.0%';

/** What a workbook says about itself in its document properties. */
export interface WorkbookInfo {
  /** The title, such as "Begroting 2014". */
  title: string;
  /** The municipality (or municipalities) the plans are of. */
  gemeente: string;
  /** The year or years. */
  jaar: string;
  /** What kind of document: totals, report, account. */
  subject: string;
}

/**
 * A new workbook with its properties set; when `options` has findings (errors of plans counted all
 * the same), its first sheet lists them.
 */
export function newWorkbook(info: WorkbookInfo, options?: Pick<ReporterOptions, 'lang' | 'findings'>): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jaarplan';
  wb.title = info.title;
  wb.subject = info.subject;
  wb.company = info.gemeente;
  wb.keywords = `${info.gemeente}; ${info.jaar}; jaarplan`;
  wb.description = `${info.title} (${info.gemeente}, ${info.jaar})`;
  wb.calcProperties.fullCalcOnLoad = true;
  if (options?.findings !== undefined && options.findings.length > 0) addFindingsSheet(wb, options.findings, options);
  return wb;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Excel refuses these in a sheet name. */
const REFUSED = /[[\]:*?/\\]/g;

/**
 * A sheet name Excel accepts: the refused characters replaced, no apostrophe at either end, at most
 * 31 characters, not "History", and unique (without regard to case) among `taken`, which it joins.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  let base =
    wanted
      .replace(REFUSED, '-')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Blad';
  if (base.toLowerCase() === 'history') base = 'History-';
  base = [...base].slice(0, 31).join('');
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = [...base].slice(0, 31 - suffix.length).join('') + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** A sheet name as a formula refers to it: quoted, an apostrophe doubled. */
export function sheetRef(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** A column letter for a 1-based column number. */
export function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Puts an amount in a cell: euros as a number, or, when unknown, an empty cell with a note. */
export function amountCell(cell: ExcelJS.Cell, cents: number | null, unknownNote: string): void {
  if (cents === null) {
    cell.value = null;
    cell.note = unknownNote;
  } else {
    cell.value = centsToEuros(cents);
  }
  cell.numFmt = EURO_FORMAT;
}

/**
 * Puts a sum in a cell as a formula (no cached value): an empty cell with a note when every line
 * of it is unknown, a note saying how many lines are missing when some are.
 */
export function sumCell(
  cell: ExcelJS.Cell,
  formula: string,
  sum: Sum,
  notes: { allUnknown: string; someUnknown: (n: number) => string },
): void {
  cell.numFmt = EURO_FORMAT;
  if (isUnknown(sum)) {
    cell.value = null;
    cell.note = notes.allUnknown;
    return;
  }
  cell.value = { formula } as ExcelJS.CellFormulaValue;
  if (sum.unknownLines > 0) cell.note = notes.someUnknown(sum.unknownLines);
}

/** A formula cell without a cached value, in a number format. */
export function formulaCell(cell: ExcelJS.Cell, formula: string, numFmt = EURO_FORMAT): void {
  cell.value = { formula } as ExcelJS.CellFormulaValue;
  cell.numFmt = numFmt;
}

/** A header row in bold, frozen above the rows below it, with an autofilter over its columns. */
export function headerRow(ws: Worksheet, row: number, headers: string[], autoFilterTo?: number): void {
  const r = ws.getRow(row);
  headers.forEach((h, i) => {
    const cell = r.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
  });
  ws.views = [{ state: 'frozen', ySplit: row, xSplit: 0 }];
  // Printed as a controller prints it: landscape, every column on the page's width.
  ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (autoFilterTo !== undefined) ws.autoFilter = { from: { row, column: 1 }, to: { row: autoFilterTo, column: headers.length } };
}

/** Column widths, in characters. */
export function widths(ws: Worksheet, list: number[]): void {
  for (const [i, w] of list.entries()) ws.getColumn(i + 1).width = w;
}

/**
 * The total row under data rows that start at row 2 and end before `next`, in bold. A sheet without
 * data keeps one empty row, so its total is a sum over nothing, not over itself.
 */
export function totalRowAfter(ws: Worksheet, next: number): { first: number; last: number; totalRow: number; row: ExcelJS.Row } {
  const first = 2;
  const last = Math.max(next - 1, first);
  const totalRow = last + 1;
  const row = ws.getRow(totalRow);
  row.font = { bold: true };
  return { first, last, totalRow, row };
}

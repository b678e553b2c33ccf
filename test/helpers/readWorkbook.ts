import * as XLSX from '@e965/xlsx';
import { XMLParser } from 'fast-xml-parser';

// A workbook as SheetJS reads it: a reader of its own, not the one that wrote it (exceljs), so what
// the tests find in a workbook is in the file, not in the writer's idea of it. SheetJS's community
// edition does not read frozen panes; those are read from each sheet's XML, found through the
// workbook's relationships, in the zip as SheetJS's own container reader opens it.

/** A cell as read back: its value or formula, whether a formula has a value cached, its number format and note. */
export interface CellRead {
  /** The value of a cell that is not a formula; absent for an empty cell. */
  value?: string | number | boolean;
  /** The formula, without its `=`. */
  formula?: string;
  /** Whether the file holds a value computed for the formula (the workbooks hold none). */
  cached?: boolean;
  /** The number format, when not General. */
  format?: string;
  /** The note (comment) on the cell. */
  note?: string;
}

/** A sheet as read back. */
export interface SheetRead {
  /** Its cells by address (A1), empty cells without a note or format left out. */
  cells: Record<string, CellRead>;
  /** The frozen rows and columns, or null when nothing is frozen. */
  frozen: { rows: number; columns: number } | null;
  /** The autofilter's range, or null. */
  autofilter: string | null;
}

/** A workbook as read back: its sheets in order and its document properties. */
export interface WorkbookRead {
  sheets: [name: string, sheet: SheetRead][];
  props: { title?: string; subject?: string; author?: string; company?: string; keywords?: string; comments?: string };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

/** Reads a workbook's bytes with SheetJS. */
export function readWorkbook(bytes: Uint8Array): WorkbookRead {
  const wb = XLSX.read(bytes, { type: 'buffer', cellFormula: true, cellNF: true, sheetStubs: true });
  const zip = XLSX.CFB.read(bytes as Buffer, { type: 'buffer' });
  const part = (path: string): string => {
    const entry = XLSX.CFB.find(zip, path);
    if (!entry) throw new Error(`the workbook has no ${path}`);
    return Buffer.from(entry.content as Uint8Array).toString('utf8');
  };
  const rels = [xml.parse(part('/xl/_rels/workbook.xml.rels')).Relationships.Relationship].flat() as { Id: string; Target: string }[];
  const sheets = (wb.Workbook?.Sheets ?? []).map((info): [string, SheetRead] => {
    const name = info.name!;
    const ws = wb.Sheets[name]!;
    const cells: Record<string, CellRead> = {};
    for (const [address, cell] of Object.entries(ws)) {
      if (address.startsWith('!')) continue;
      const c = cell as XLSX.CellObject;
      const read: CellRead = {};
      if (c.f !== undefined) {
        read.formula = c.f;
        // A formula without a value in the file is a stub to SheetJS.
        read.cached = c.t !== 'z';
      } else if (c.t !== 'z' && c.v !== undefined) read.value = c.v as string | number | boolean;
      if (c.z !== undefined && c.z !== 'General') read.format = String(c.z);
      if (c.c !== undefined && c.c.length > 0) read.note = c.c.map((n) => n.t).join('\n');
      if (Object.keys(read).length > 0) cells[address] = read;
    }
    // SheetJS keeps each sheet's relationship id, which its types do not declare.
    const target = rels.find((r) => r.Id === (info as { id?: string }).id)?.Target;
    if (target === undefined) throw new Error(`no part for the sheet ${name}`);
    const sheetXml = xml.parse(part(target.startsWith('/') ? target : `/xl/${target}`)) as {
      worksheet: { sheetViews?: { sheetView?: { pane?: { state?: string; xSplit?: string; ySplit?: string } } } };
    };
    const pane = sheetXml.worksheet.sheetViews?.sheetView?.pane;
    const frozen = pane?.state === 'frozen' ? { rows: Number(pane.ySplit ?? 0), columns: Number(pane.xSplit ?? 0) } : null;
    return [name, { cells, frozen, autofilter: (ws['!autofilter'] as { ref?: string } | undefined)?.ref ?? null }];
  });
  const p = wb.Props ?? {};
  return {
    sheets,
    props: { title: p.Title, subject: p.Subject, author: p.Author, company: p.Company, keywords: p.Keywords, comments: p.Comments },
  };
}

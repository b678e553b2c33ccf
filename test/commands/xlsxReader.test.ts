import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxWords } from '../../src/i18n/xlsx.js';
import { EURO_FORMAT, PERCENT_FORMAT } from '../../src/reporters/shared/xlsx/workbook.js';
import { root } from '../helpers/paths.js';
import { readWorkbook, type CellRead, type WorkbookRead } from '../helpers/readWorkbook.js';
import { runCli } from '../helpers/runCli.js';

// The workbooks read back by a second reader, SheetJS (test/helpers/readWorkbook.ts), beside the
// writer's own (exceljs) and LibreOffice (test/e2e/xlsxLibreOffice.test.ts): each feature the workbooks
// promise is found in the file by SheetJS, and SheetJS and exceljs read every cell's formula,
// number format and note, and every sheet's frozen panes and autofilter, alike.

/** A workbook of each kind the command line writes. */
const runs = {
  totals: ['totals', 'test/fixtures/cycle'],
  'totals --by': ['totals', '--by', 'thema', 'test/fixtures/cycle'],
  'totals --years': ['totals', '--years', '2014-2016', 'test/fixtures/cycle'],
  report: ['report', '--year', '2014', '--plans', 'test/fixtures/cycle'],
  'report --years': ['report', '--years', '2014-2016', '--plans', 'test/fixtures/cycle'],
  verantwoording: ['verantwoording', '--year', '2015', '--plans', 'test/fixtures/cycle', '--lang', 'en'],
  'verantwoording --years': ['verantwoording', '--years', '2014-2016', '--plans', 'test/fixtures/cycle'],
} as const;
type Run = keyof typeof runs;

let dir: string;
const files = {} as Record<Run, string>;
const books = {} as Record<Run, WorkbookRead>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jaarplan-xlsx-read-'));
  for (const [name, argv] of Object.entries(runs) as [Run, readonly string[]][]) {
    files[name] = join(dir, `${name.replaceAll(' ', '')}.xlsx`);
    const r = await runCli([...argv, '--format', 'xlsx', '--out', files[name]], root);
    expect(r.code, r.stderr).toBe(0);
    books[name] = readWorkbook(readFileSync(files[name]));
  }
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const sheet = (run: Run, name: string) => books[run].sheets.find(([n]) => n === name)![1];
const allCells = (run: Run): [string, CellRead][] =>
  books[run].sheets.flatMap(([name, s]) => Object.entries(s.cells).map(([a, c]): [string, CellRead] => [`${name}!${a}`, c]));

describe('a workbook as SheetJS reads it', () => {
  it('holds its totals as formulas without a cached value', () => {
    for (const run of Object.keys(runs) as Run[]) {
      const formulas = allCells(run).filter(([, c]) => c.formula !== undefined);
      expect(formulas.length, run).toBeGreaterThan(2);
      expect(
        formulas.filter(([, c]) => c.cached),
        run,
      ).toEqual([]);
    }
    const total = Object.entries(sheet('totals', 'Samenvatting').cells).find(([a]) => a === 'D9')![1];
    expect(total.formula).toBe('SUM(D5:D8)');
    expect(sheet('totals', 'Samenvatting').cells['A9']!.value).toMatch(/^Totaal/);
  });

  it('gives every amount the euro format, and percentages their own', () => {
    // Columns A to C hold names, codes and activity numbers; amounts are from D on.
    const money = allCells('totals').filter(([at, c]) => c.formula !== undefined || (typeof c.value === 'number' && /![D-Z]\d+$/.test(at)));
    expect(money.length).toBeGreaterThan(30);
    for (const [at, c] of money) expect(c.format, at).toBe(EURO_FORMAT);
    const formats = new Set(allCells('verantwoording').flatMap(([, c]) => (c.format === undefined ? [] : [c.format])));
    expect([...formats].sort()).toEqual([EURO_FORMAT, PERCENT_FORMAT].sort());
  });

  it('leaves an unknown amount empty, with a note that says so', () => {
    const unknown = sheet('totals', '2014 Oosterpoort').cells['F4']!;
    expect(unknown).toEqual({ format: EURO_FORMAT, note: xlsxWords.nl.unknownAmount });
    const notes = allCells('totals').filter(([, c]) => c.note !== undefined);
    expect(notes.length).toBeGreaterThan(3);
    // A note sits on an empty cell, or on a total that misses some lines.
    for (const [at, c] of notes) expect(c.value, at).toBeUndefined();
  });

  it("freezes each sheet's header and filters its rows", () => {
    expect(sheet('totals', 'Samenvatting').frozen).toEqual({ rows: 4, columns: 0 });
    expect(sheet('totals', '2014 Oosterpoort')).toMatchObject({ frozen: { rows: 1, columns: 0 }, autofilter: 'A1:H4' });
    for (const run of Object.keys(runs) as Run[])
      for (const [name, s] of books[run].sheets) expect(s.frozen, `${run}: ${name}`).not.toBeNull();
  });

  it('names its sheets and says what it is in its properties', () => {
    expect(books.totals.sheets.map(([n]) => n)).toEqual([
      'Samenvatting',
      '2014 Lindewaard',
      '2014 Oosterpoort',
      '2015 Lindewaard',
      '2015 Oosterpoort',
      '2016 Lindewaard',
    ]);
    expect(books.verantwoording.sheets.map(([n]) => n)).toEqual(['Summary', '2015 Lindewaard', '2015 Oosterpoort']);
    expect(books.totals.props).toEqual({
      title: 'Begroting 2014–2016',
      subject: xlsxWords.nl.subjectTotals,
      author: 'jaarplan',
      company: 'Lindewaard',
      keywords: 'Lindewaard; 2014–2016; jaarplan',
      comments: 'Begroting 2014–2016 (Lindewaard, 2014–2016)',
    });
  });
});

/** A workbook as exceljs reads it, in the shape of readWorkbook's. */
async function readWithExceljs(file: string): Promise<WorkbookRead> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = wb.worksheets.map((ws): [string, WorkbookRead['sheets'][number][1]] => {
    const cells: Record<string, CellRead> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const read: CellRead = {};
        if (cell.formula) {
          read.formula = cell.formula;
          read.cached = cell.result !== undefined;
        } else if (cell.value !== null && cell.value !== undefined) read.value = cell.value as string | number | boolean;
        if (cell.numFmt && cell.numFmt !== 'General') read.format = cell.numFmt;
        const note = cell.note as string | { texts?: { text: string }[] } | undefined;
        if (note !== undefined) read.note = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
        if (Object.keys(read).length > 0) cells[cell.address] = read;
      }),
    );
    const view = ws.views[0];
    const frozen = view?.state === 'frozen' ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null;
    return [ws.name, { cells, frozen, autofilter: typeof ws.autoFilter === 'string' ? ws.autoFilter : null }];
  });
  return {
    sheets,
    props: {
      title: wb.title,
      subject: wb.subject,
      author: wb.creator,
      company: wb.company,
      keywords: wb.keywords,
      comments: wb.description,
    },
  };
}

describe('SheetJS and exceljs', () => {
  it.each(Object.keys(runs) as Run[])('read %s alike: every formula, number format, note, frozen pane and filter', async (run) => {
    const other = await readWithExceljs(files[run]);
    expect(books[run].sheets.length).toBeGreaterThan(1);
    expect(books[run]).toEqual(other);
  });
});

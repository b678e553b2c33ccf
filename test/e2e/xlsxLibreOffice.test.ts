import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { moneyWords } from '../../src/i18n/money.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerantwoordingJson } from '../../src/reporters/jsonContract.js';
import { sheetName, sheetRef } from '../../src/reporters/shared/xlsx/workbook.js';
import type { TotalsJson } from '../../src/reporters/jsonContract.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// The workbooks as a controller opens them: written by the CLI, opened by LibreOffice (Debian's
// libreoffice-calc, headless), recalculated and saved as CSV, one file per sheet. The figures
// LibreOffice computes must equal `totals --format json` to the cent. The workbooks hold formulas
// without a cached value, and a control shows that LibreOffice shows a cached value when there is
// one: so the figures below were computed from the formulas, not copied from the file.

const SOFFICE = '/usr/bin/soffice';
const available = existsSync(SOFFICE);
if (!available) {
  // CI installs the package (.ci/run), so there a missing LibreOffice is a failure, not a skip.
  if (process.env.CI) throw new Error(`${SOFFICE} is missing: install the Debian package "libreoffice-calc".`);
  console.warn(`Skipping the LibreOffice tests: ${SOFFICE} is missing; install the Debian package "libreoffice-calc".`);
}

let dir: string;
type Sheets = Record<string, string[][]>;
const sheets: Record<string, Sheets> = {};
const json: Record<string, unknown> = {};

/** The runs: a workbook and the JSON it must agree with. */
const runs = {
  // The bundled plan.
  'totals-2013': { argv: ['totals', '--year', '2013', 'plans'], json: ['totals', '--year', '2013', 'plans'] },
  // Several plans over three years, with spending, unknown amounts and unknown spending.
  'totals-cycle': { argv: ['totals', 'test/fixtures/cycle'], json: ['totals', 'test/fixtures/cycle'] },
  'totals-2015': { argv: ['totals', '--year', '2015', 'test/fixtures/cycle'], json: ['totals', '--year', '2015', 'test/fixtures/cycle'] },
  'report-2014': {
    argv: ['report', '--year', '2014', '--plans', 'test/fixtures/cycle'],
    json: ['totals', '--year', '2014', 'test/fixtures/cycle'],
  },
  'account-2015': {
    argv: ['verantwoording', '--year', '2015', '--plans', 'test/fixtures/cycle'],
    json: ['verantwoording', '--year', '2015', '--plans', 'test/fixtures/cycle'],
  },
  'account-2016-en': {
    argv: ['verantwoording', '--year', '2016', '--plans', 'test/fixtures/cycle', '--lang', 'en'],
    json: ['verantwoording', '--year', '2016', '--plans', 'test/fixtures/cycle'],
  },
  // The years side by side; its total over the years must be that of all plans of those years.
  'account-years': {
    argv: ['verantwoording', '--years', '2014-2016', '--plans', 'test/fixtures/cycle'],
    json: ['totals', 'test/fixtures/cycle'],
  },
  // A funding table, income, reserves and a plan in thousands (test/fixtures/money).
  'totals-money': { argv: ['totals', 'test/fixtures/money'], json: ['totals', 'test/fixtures/money'] },
  'account-money': {
    argv: ['verantwoording', '--year', '2024', '--plans', 'test/fixtures/money'],
    json: ['verantwoording', '--year', '2024', '--plans', 'test/fixtures/money'],
  },
} as const;
type Run = keyof typeof runs;

/** Every sheet of the converted workbook, as rows of cells (raw values, not as shown). */
function readSheets(base: string): Sheets {
  const out: Sheets = {};
  for (const file of readdirSync(dir).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.csv'))) {
    out[file.slice(base.length + 1, -4)] = parseCsv(readFileSync(join(dir, file), 'utf8'), { relax_column_count: true }) as string[][];
  }
  return out;
}

/** LibreOffice converts every workbook given, each sheet to its own CSV file (the filter's last option, -1). */
function convert(files: string[]): void {
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      // Comma, double quote, UTF-8, from row 1, default column formats, …, "as shown" off (raw values), …, every sheet.
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      ...files,
    ],
    { cwd: dir, stdio: 'ignore', timeout: 180_000 },
  );
}

beforeAll(async () => {
  if (!available) return;
  dir = mkdtempSync(join(tmpdir(), 'jaarplan-xlsx-'));
  for (const [name, run] of Object.entries(runs)) {
    const r = await runCli([...run.argv, '--format', 'xlsx', '--out', join(dir, `${name}.xlsx`)], root);
    expect(r.code, r.stderr).toBe(0);
    const j = await runCli([...run.json, '--format', 'json'], root);
    expect(j.code, j.stderr).toBe(0);
    json[name] = JSON.parse(j.stdout);
  }
  // The control: one workbook with a deliberately wrong cached value for its grand total.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'totals-cycle.xlsx'));
  const cell = totalCell(wb.getWorksheet('Samenvatting')!);
  cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula, result: 999_999 } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(join(dir, 'control.xlsx'));
  convert([...Object.keys(runs).map((n) => `${n}.xlsx`), 'control.xlsx']);
  for (const name of [...Object.keys(runs), 'control']) sheets[name] = readSheets(name);
}, 240_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

/** The budget cell of the summary's first total row. */
function totalCell(ws: ExcelJS.Worksheet): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(`A${r}`).value).startsWith('Totaal')) return ws.getCell(`D${r}`);
  throw new Error('no total row');
}

/** Euros as LibreOffice wrote them, in cents; an empty cell is null (unknown). */
const cents = (cell: string | undefined): number | null => (cell === undefined || cell === '' ? null : Math.round(Number(cell) * 100));
const jsonCents = (euros: number | null): number | null => (euros === null ? null : Math.round(euros * 100));

/** The rows of a sheet whose first cell is `key`. */
const rowOf = (s: string[][], key: string) => s.find((r) => r[0] === key);
const totalRows = (s: string[][], word: string) => s.filter((r) => r[0]?.startsWith(word));

describe.runIf(available)('workbooks recalculated by LibreOffice', () => {
  it('writes a CSV for every sheet: the summary and one per plan', () => {
    expect(Object.keys(sheets['totals-2013']!).sort()).toEqual(['2013 Harderwijk', 'Samenvatting']);
    expect(Object.keys(sheets['totals-cycle']!).sort()).toEqual([
      '2014 Lindewaard',
      '2014 Oosterpoort',
      '2015 Lindewaard',
      '2015 Oosterpoort',
      '2016 Lindewaard',
      'Samenvatting',
    ]);
    expect(Object.keys(sheets['report-2014']!).sort()).toEqual(['2014 Lindewaard', '2014 Oosterpoort', 'Aandachtspunten', 'Samenvatting']);
    expect(Object.keys(sheets['account-2016-en']!).sort()).toEqual(['2016 Lindewaard', 'Summary']);
    expect(Object.keys(sheets['account-years']!).sort()).toEqual(['Indicatoren door de jaren', 'Per jaar']);
  });

  it.each(['totals-money', 'account-money'] as Run[])(
    '%s: the per-saldo block equals perSaldo of the JSON, verschil and V/N included',
    (name) => {
      const s = sheets[name]!['Samenvatting']!;
      const rows = (
        json[name] as {
          perSaldo: {
            rows: {
              figure: string;
              begroting: { amount: number };
              rekening: { amount: number };
              verschil: number;
              richting: string | null;
            }[];
          };
        }
      ).perSaldo.rows;
      const words: Record<string, string> = moneyWords.nl.figure;
      expect(rows).toHaveLength(6);
      for (const r of rows) {
        const row = rowOf(s, words[r.figure]!)!;
        expect(row, r.figure).toBeDefined();
        expect(cents(row[3]), `${r.figure} begroting`).toBe(jsonCents(r.begroting.amount));
        expect(cents(row[4]), `${r.figure} rekening`).toBe(jsonCents(r.rekening.amount));
        expect(cents(row[5]), `${r.figure} verschil`).toBe(jsonCents(r.verschil));
        expect(row[6] ?? '', `${r.figure} V/N`).toBe(r.richting ?? '');
      }
    },
  );

  it('totals-money: every source comes from the funding where a plan has it, to the cent', () => {
    const s = sheets['totals-money']!['Samenvatting']!;
    const t = json['totals-money'] as TotalsJson;
    expect(t.sourcesFrom).toBe('beide');
    for (const source of t.sources) {
      const row = rowOf(s, source.code)!;
      expect(cents(row[3]), `${source.code} budget`).toBe(jsonCents(source.amount));
      expect(cents(row[4]), `${source.code} spent`).toBe(jsonCents(source.spent!.amount));
    }
  });

  it.each(['totals-2013', 'totals-cycle', 'totals-2015', 'report-2014'] as Run[])(
    '%s: every source, kind and the total equal totals --format json to the cent',
    (name) => {
      const s = sheets[name]!['Samenvatting']!;
      const t = json[name] as TotalsJson;
      expect(t.sources.length).toBeGreaterThan(0);
      for (const source of t.sources) {
        const row = rowOf(s, source.code)!;
        expect(row, source.code).toBeDefined();
        expect(cents(row[3]), `${source.code} budget`).toBe(jsonCents(source.amount));
        if (source.spent) expect(cents(row[4]), `${source.code} spent`).toBe(jsonCents(source.spent.amount));
        if (source.spent) expect(cents(row[5]), `${source.code} remaining`).toBe(jsonCents(source.spent.remaining));
      }
      for (const soort of t.soorten) {
        const row = rowOf(s, soort.soort)!;
        expect(cents(row[3]), soort.soort).toBe(jsonCents(soort.amount));
        if (soort.spent) expect(cents(row[4]), `${soort.soort} spent`).toBe(jsonCents(soort.spent.amount));
      }
      // The total under the sources and the total under the plans both.
      const totals = totalRows(s, 'Totaal');
      expect(totals).toHaveLength(2);
      for (const row of totals) {
        expect(cents(row[3])).toBe(jsonCents(t.total));
        if (t.spent) expect(cents(row[4])).toBe(jsonCents(t.spent.amount));
        // The total row says how many lines have no amount.
        if (t.unknownLines > 0) expect(row[0]).toContain(`(${t.unknownLines} ${t.unknownLines === 1 ? 'regel' : 'regels'} zonder bedrag`);
        else expect(row[0]).not.toContain('zonder bedrag');
      }
    },
  );

  it('each plan sheet adds up to its plan, and the summary refers to it', () => {
    const s = sheets['totals-cycle']!;
    const plansTable = s['Samenvatting']!.slice(s['Samenvatting']!.findIndex((r) => r[0] === 'Plan') + 1);
    const perPlan = plansTable.slice(0, 5).map((r) => cents(r[3]));
    const sheetTotals = ['2014 Lindewaard', '2014 Oosterpoort', '2015 Lindewaard', '2015 Oosterpoort', '2016 Lindewaard'].map((n) =>
      cents(totalRows(s[n]!, 'Totaal')[0]![5]),
    );
    expect(perPlan).toEqual(sheetTotals);
    // Hand arithmetic: 2014 Lindewaard is 8000 + 10000 + 12000.
    expect(sheetTotals[0]).toBe(3_000_000);
  });

  it('shows an unknown amount as an empty cell, never as 0', () => {
    const lines = sheets['totals-2015']!['2015 Lindewaard']!;
    const dk = lines.find((r) => r[3] === 'D+K')!;
    expect(dk[5]).toBe('');
    const total = totalRows(lines, 'Totaal')[0]!;
    expect(total[0]).toBe('Totaal (1 regel zonder bedrag, 1 zonder besteed)');
  });

  it.each(['account-2015', 'account-2016-en'] as Run[])(
    '%s: the account agrees with its JSON, per plan, source, kind and activity',
    (name) => {
      const a = json[name] as VerantwoordingJson;
      const book = sheets[name]!;
      const summary = book[name.endsWith('-en') ? 'Summary' : 'Samenvatting']!;
      for (const p of a.plans) {
        const row = summary.find((r) => r[1] === p.path)!;
        expect(cents(row[2]), p.path).toBe(jsonCents(p.budget.amount));
        expect(cents(row[3]), p.path).toBe(jsonCents(p.spent.amount));
        expect(cents(row[4]), p.path).toBe(jsonCents(p.difference));
        const sheet = book[`${a.year} ${p.wijk ?? p.gemeente}`]!;
        for (const act of p.activities) {
          const r = sheet.find((x) => x[1] === String(act.nr))!;
          expect(cents(r[5]), `${p.path} ${act.nr} budget`).toBe(jsonCents(act.budget.amount));
          expect(cents(r[6]), `${p.path} ${act.nr} spent`).toBe(jsonCents(act.spent.amount));
          expect(cents(r[7]), `${p.path} ${act.nr} difference`).toBe(jsonCents(act.difference));
          // A percentage comes out as shown in the cell's format: -4.70588235294118%.
          if (act.differencePercent !== null) expect(Math.round(parseFloat(r[8]!) * 10) / 10).toBe(act.differencePercent);
        }
      }
      for (const s of a.sources) {
        const row = summary.find((r) => r[0] === s.code)!;
        expect(cents(row[3]), s.code).toBe(jsonCents(s.budget.amount));
        expect(cents(row[4]), s.code).toBe(jsonCents(s.spent.amount));
      }
      const totals = totalRows(summary, name.endsWith('-en') ? 'Total' : 'Totaal');
      expect(totals).toHaveLength(3);
      for (const row of totals) {
        const budget = row.slice(1).find((c) => c !== '');
        expect(cents(budget)).toBe(jsonCents(a.budget.amount));
      }
    },
  );

  it('account-years: each year equals its own account, the total over the years equals totals of all their plans', async () => {
    const s = sheets['account-years']!['Per jaar']!;
    for (const year of [2014, 2015, 2016]) {
      const one = await runCli(['verantwoording', '--year', String(year), '--plans', 'test/fixtures/cycle', '--format', 'json'], root);
      const a = JSON.parse(one.stdout) as VerantwoordingJson;
      const row = s.find((r) => r[0] === String(year))!;
      expect([cents(row[2]), cents(row[3]), cents(row[4])], String(year)).toEqual([
        jsonCents(a.budget.amount),
        jsonCents(a.spent.amount),
        jsonCents(a.difference),
      ]);
    }
    const t = json['account-years'] as TotalsJson;
    const total = totalRows(s, 'Totaal')[0]!;
    expect([cents(total[2]), cents(total[3])]).toEqual([jsonCents(t.total), jsonCents(t.spent!.amount)]);
  });

  it('the control: a cached value in the file is what LibreOffice shows, so the figures above were computed', () => {
    const control = totalRows(sheets['control']!['Samenvatting']!, 'Totaal')[0]!;
    expect(cents(control[3])).toBe(99_999_900);
    const real = totalRows(sheets['totals-cycle']!['Samenvatting']!, 'Totaal')[0]!;
    expect(cents(real[3])).toBe(jsonCents((json['totals-cycle'] as TotalsJson).total));
  });
});

describe('the workbook itself', () => {
  const open = async (argv: string[]) => {
    const out = join(mkdtempSync(join(tmpdir(), 'jaarplan-xlsx-file-')), 'book.xlsx');
    const r = await runCli([...argv, '--format', 'xlsx', '--out', out], root);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    return wb;
  };

  it('holds totals as formulas without a cached value, amounts as numbers in the euro format, a frozen header and an autofilter', async () => {
    const wb = await open(['totals', 'test/fixtures/cycle']);
    const formulas: ExcelJS.Cell[] = [];
    const numbers: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value) formulas.push(cell);
          else if (typeof cell.value === 'number' && Number(cell.col) >= 6) numbers.push(cell);
        }),
      ),
    );
    expect(formulas.length).toBeGreaterThan(30);
    for (const f of formulas) expect((f.value as ExcelJS.CellFormulaValue).result, f.address).toBeUndefined();
    for (const c of [...formulas, ...numbers]) expect(c.numFmt, c.address).toBe('[$€-413] #,##0.00;[$€-413] -#,##0.00');
    const summary = wb.getWorksheet('Samenvatting')!;
    const totalFormulas = formulas.filter(
      (f) => f.worksheet === summary && String(summary.getCell(`A${f.row}`).value).startsWith('Totaal'),
    );
    expect(totalFormulas.map((f) => (f.value as ExcelJS.CellFormulaValue).formula)).toContain('SUM(D5:D8)');
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(summary.autoFilter).toBeDefined();
    const plan = wb.getWorksheet('2014 Oosterpoort')!;
    expect(plan.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(plan.autoFilter).toBe('A1:H4');
    // The unknown amount: an empty cell with a note saying so.
    const unknown = plan.getCell('F4');
    expect(unknown.value).toBeNull();
    expect(unknown.note).toBe('Het plan noemt deze bron zonder bedrag: onbekend, niet nul.');
  });

  it('names sheets as Excel accepts them: no refused characters, at most 31 characters, unique without regard to case', () => {
    const taken = new Set<string>(['samenvatting']);
    expect(sheetName('2015 Noord/Zuid [oud]: *?', taken)).toBe('2015 Noord-Zuid -oud-- --');
    expect(sheetName("'2015 Binnenstad'", taken)).toBe('2015 Binnenstad');
    expect(sheetName('2015 binnenstad', taken)).toBe('2015 binnenstad (2)');
    const long = sheetName('2015 Wijkaanpak Stadsdeel Noord-Oost en Omstreken', taken);
    expect(long).toBe('2015 Wijkaanpak Stadsdeel Noord');
    expect([...long]).toHaveLength(31);
    expect(sheetName('2015 Wijkaanpak Stadsdeel Noord-West', taken)).toBe('2015 Wijkaanpak Stadsdeel N (2)');
    expect(sheetName('Samenvatting', taken)).toBe('Samenvatting (2)');
    expect(sheetName('History', taken)).toBe('History-');
    expect(sheetRef("2015 Sint-Jan's"), 'a quote in a name is doubled in a formula').toBe("'2015 Sint-Jan''s'");
  });

  it('says what it is in its document properties', async () => {
    const wb = await open(['verantwoording', '--year', '2015', '--plans', 'test/fixtures/cycle']);
    expect([wb.title, wb.company, wb.keywords]).toEqual(['Verantwoording 2015', 'Lindewaard', 'Lindewaard; 2015; jaarplan']);
  });

  it('is written only to a file: without --out it is a usage error and nothing is written', async () => {
    for (const argv of [
      ['totals', 'plans', '--format', 'xlsx'],
      ['report', '--year', '2013', '--format', 'xlsx'],
      ['verantwoording', '--year', '2013', '--format', 'xlsx'],
    ]) {
      const r = await runCli(argv, root);
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr: 'jaarplan: Een werkmap (xlsx) gaat naar een bestand: geef --out, zoals --out begroting.xlsx.\n',
      });
    }
  });
});

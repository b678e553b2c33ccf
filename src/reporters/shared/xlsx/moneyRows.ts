import type { PerSaldo } from '../../../core/perSaldo.js';
import type { Plan } from '../../../core/plan.js';
import { declaredSource } from '../../../core/planIdentity.js';
import { emptySum, addAmount, lessIsFavourable, type FigureKind, type Sum } from '../../../core/sum.js';
import type { XlsxWords } from '../../../i18n/xlsx.js';
import { amountCell, col, formulaCell, sheetRef, sumCell, type Worksheet } from './workbook.js';

// The money model in a workbook: a plan's funding lines, income and reserve movements below its
// budget lines, and the summary's per-saldo block, every figure a formula over those rows.

/** Rows of a plan sheet, first to last. */
export interface RowRange {
  first: number;
  last: number;
}

/** Where a plan sheet keeps its funding lines and its income and reserve lines. */
export interface MoneyRanges {
  /** The funding lines (`financiering`), when the plan has them. */
  funding?: RowRange;
  /** The income and reserve lines, each with its kind in the first column, when the plan has them. */
  side?: RowRange;
}

/** The columns the plan sheet shares with the budget lines: source, kind, budgeted, spent (or realised), remaining. */
const C = { kind: 1, omschrijving: 3, bron: 4, soort: 5, begroot: 6, besteed: 7, over: 8 } as const;

/**
 * Writes a plan's funding lines and its income and reserve lines on its sheet from `row` on, below
 * its budget lines, and returns where they are. The first column names what each row is.
 */
export function addMoneyRows(ws: Worksheet, plan: Plan, row: number, withVerantwoording: boolean, words: XlsxWords): MoneyRanges {
  const m = words.money;
  const ranges: MoneyRanges = {};
  const line = (kind: string, text: string, bron: string | undefined, bedrag: number | null, account: number | undefined) => {
    const r = ws.getRow(row);
    r.getCell(C.kind).value = kind;
    r.getCell(C.omschrijving).value = text;
    r.getCell(C.bron).value = declaredSource(plan.bronnen, bron)?.code ?? bron ?? '';
    r.getCell(C.soort).value = declaredSource(plan.bronnen, bron)?.soort ?? '';
    amountCell(r.getCell(C.begroot), bedrag, words.unknownAmount);
    if (withVerantwoording) {
      amountCell(r.getCell(C.besteed), account ?? null, words.unknownSpent);
      if (bedrag !== null && account !== undefined) formulaCell(r.getCell(C.over), `${col(C.begroot)}${row}-${col(C.besteed)}${row}`);
      else amountCell(r.getCell(C.over), null, words.remainingUnknown);
    }
    row++;
  };
  if (plan.financiering.length > 0) {
    const first = row;
    for (const l of plan.financiering) line(m.lineKind.financiering, l.toelichting ?? '', l.bron, l.bedrag, l.besteed);
    ranges.funding = { first, last: row - 1 };
    row++;
  }
  if (plan.baten.length > 0 || plan.reserves.length > 0) {
    const first = row;
    for (const l of plan.baten) line(m.lineKind.baten, l.omschrijving, l.bron, l.bedrag, l.realisatie);
    for (const l of plan.reserves) line(m.lineKind[l.mutatie], l.omschrijving, undefined, l.bedrag, l.realisatie);
    ranges.side = { first, last: row - 1 };
  }
  return ranges;
}

/** What the summary's formulas need of a plan sheet. */
export interface MoneySheet {
  name: string;
  plan: Plan;
  /** The row of the budget lines' total (the lasten). */
  totalRow: number;
  money: MoneyRanges;
}

/**
 * The per-saldo block of the summary from `row` on: lasten (the plan sheets' totals), baten,
 * saldo, additions, withdrawals and result in the budget (column D) and the account (E), the
 * verschil begroting minus rekening (F) and V or N (G), each a formula; a row whose lines are
 * unknown in part says so in a note, as every sum does. Returns the next free row.
 */
export function addPerSaldo(ws: Worksheet, row: number, sheets: MoneySheet[], saldo: PerSaldo, words: XlsxWords): number {
  const m = words.money;
  const D = 4;
  ws.getCell(`A${row}`).value = m.titles.perSaldo;
  ws.getCell(`A${row}`).font = { bold: true };
  const head = ws.getRow(row + 1);
  ['', '', '', m.heads.begroting, ...(saldo.hasRekening ? [m.heads.rekening, m.heads.verschil, m.directionHead] : [])].forEach(
    (text, i) => {
      head.getCell(i + 1).value = text;
      head.getCell(i + 1).font = { bold: true };
    },
  );
  const at: Partial<Record<FigureKind, number>> = {};
  let r = row + 2;
  for (const figure of ['lasten', 'baten', 'saldo', 'toevoegingen', 'onttrekkingen', 'resultaat'] as const) at[figure] = r++;
  const notes = { allUnknown: words.allUnknown, someUnknown: words.someUnknown };
  const over = (kind: string, column: number) =>
    sheets
      .filter((s) => s.money.side !== undefined)
      .map((s) => {
        const range = (c: number) => `${sheetRef(s.name)}!$${col(c)}$${s.money.side!.first}:$${col(c)}$${s.money.side!.last}`;
        return `SUMPRODUCT(--EXACT(${range(C.kind)},"${kind}"),${range(column)})`;
      })
      .join('+') || '0';
  const formulas = (c: number): Record<FigureKind, string> => {
    const cell = (figure: FigureKind) => `${col(c)}${at[figure]}`;
    return {
      lasten: sheets.map((s) => `${sheetRef(s.name)}!${col(C.begroot + c - D)}${s.totalRow}`).join('+') || '0',
      baten: over(m.lineKind.baten, C.begroot + c - D),
      saldo: `${cell('baten')}-${cell('lasten')}`,
      toevoegingen: over(m.lineKind.toevoeging, C.begroot + c - D),
      onttrekkingen: over(m.lineKind.onttrekking, C.begroot + c - D),
      resultaat: `${cell('saldo')}+${cell('onttrekkingen')}-${cell('toevoegingen')}`,
    };
  };
  const sides: [number, Record<FigureKind, Sum>][] = [
    [D, saldo.begroting],
    ...(saldo.hasRekening ? [[D + 1, saldo.rekening] as [number, Record<FigureKind, Sum>]] : []),
  ];
  for (const [figure, rowOf] of Object.entries(at) as [FigureKind, number][]) {
    const line = ws.getRow(rowOf);
    line.getCell(1).value = m.figure[figure];
    for (const [c, sums] of sides) sumCell(line.getCell(c), formulas(c)[figure], nonEmpty(sums[figure]), notes);
    if (!saldo.hasRekening) continue;
    const v = saldo.verschil[figure];
    if (v === null) {
      amountCell(line.getCell(D + 2), null, words.remainingUnknown);
      continue;
    }
    formulaCell(line.getCell(D + 2), `${col(D)}${rowOf}-${col(D + 1)}${rowOf}`);
    // V when less is favourable and the verschil is positive, or more is favourable and it is negative.
    const [pos, neg] = lessIsFavourable[figure] ? [m.direction.V, m.direction.N] : [m.direction.N, m.direction.V];
    formulaCell(line.getCell(D + 3), `IF(${col(D + 2)}${rowOf}>0,"${pos}",IF(${col(D + 2)}${rowOf}<0,"${neg}",""))`, '@');
  }
  return r + 1;
}

/** A sum over no lines is a zero in the workbook (a formula of nothing), not an unknown. */
function nonEmpty(sum: Sum): Sum {
  if (sum.lines > 0) return sum;
  const zero = emptySum();
  addAmount(zero, 0);
  return zero;
}

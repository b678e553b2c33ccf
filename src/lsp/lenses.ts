import type { CodeLens, InlayHint, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatMoney, type Lang } from '../i18n/lang.js';
import { sourceKey } from '../core/planIdentity.js';
import { differenceKind, type FigureKind, type Sum } from '../core/sum.js';
import { lspWords } from '../i18n/lsp.js';
import { formatSum } from '../reporters/shared/formatSum.js';
import type { Analysis } from './analysis.js';
import { pairAt, type Path } from './yamlNodes.js';

/** One piece of money to show beside a line: where, and the words. */
export interface MoneyNote {
  /** The key the money belongs to (`totaal_budget`, a section's or an activity's first key). */
  range: Range;
  /** The end of that line's value, where an inlay hint goes. */
  end: Range['end'];
  text: string;
}

/**
 * The money of a plan as it is typed: at `totaal_budget` what is allocated, how many lines have no
 * amount and what is left or over; at `financiering` the funding, the division and whether they
 * agree; at `baten` and `reserves` the plan per saldo; at each section and activity its sum.
 */
export function moneyNotes(analysis: Analysis, document: TextDocument, lang: Lang): MoneyNote[] {
  if (analysis.precomputed) return analysis.precomputed.notes[lang];
  const { doc, plan, totals } = analysis;
  if (!doc || !plan || !totals) return [];
  const w = lspWords[lang];
  const notes: MoneyNote[] = [];
  const at = (path: Path, text: string) => {
    const pair = pairAt(doc, path);
    const key = pair?.key as { range?: [number, number, number] } | undefined;
    if (!key?.range) return;
    const value = pair?.value as { range?: [number, number, number] } | null | undefined;
    const start = document.positionAt(key.range[0]);
    const lineEnd = document.positionAt(
      value?.range && document.positionAt(value.range[1]).line === start.line ? value.range[1] : key.range[1],
    );
    notes.push({ range: { start, end: document.positionAt(key.range[1]) }, end: lineEnd, text });
  };

  const total = totals.total;
  const parts = [w.allocated(formatMoney(total.known, lang))];
  if (total.unknownLines > 0) parts.push(w.unknownLines(total.unknownLines));
  if (totals.difference !== null) {
    const kind = differenceKind(totals.difference);
    parts.push(
      kind === 'unallocated'
        ? w.unallocated(formatMoney(totals.difference, lang))
        : kind === 'over'
          ? w.overBudget(formatMoney(Math.abs(totals.difference), lang))
          : w.exact,
    );
    at(['totaal_budget'], parts.join(', '));
  }
  // A plan with a funding table: both sides at its key, and whether they agree (as not-balanced checks).
  const agreement = (d: number | null) =>
    d === null
      ? w.notComparable
      : d === 0
        ? w.balanced
        : d > 0
          ? w.moreFunding(formatMoney(d, lang))
          : w.moreDivision(formatMoney(-d, lang));
  const balance = totals.balances[0];
  if (balance) {
    const sides = w.fundingAndDivision(formatSum(balance.funding, lang), formatSum(balance.division, lang));
    const verdict = agreement(balance.difference);
    at(['financiering'], `${sides}: ${verdict}`);
    // Per source that the division's lines name, at its first funding line, as not-balanced checks it.
    for (const source of balance.perSource) {
      const line = plan.financiering.findIndex((l) => sourceKey(l.bron) === sourceKey(source.code));
      if (line === -1) continue;
      at(
        ['financiering', line, 'bron'],
        `${w.sourceBalance(formatSum(source.funding, lang), formatSum(source.division, lang))}: ${agreement(source.difference)}`,
      );
    }
  }
  // A plan with income or reserve movements: the per-saldo view, the costs and income at `baten`,
  // the reserves and the result at `reserves`; the account beside it when the plan gives one.
  const saldo = totals.perSaldo;
  if (saldo) {
    const figures = (side: 'begroting' | 'rekening', rows: FigureKind[]) =>
      w.perSaldo(side, rows.map((r) => w.figure[r](formatSum(saldo[side][r], lang))).join(', '));
    for (const [key, rows] of [
      ['baten', ['lasten', 'baten', 'saldo']],
      ['reserves', ['onttrekkingen', 'toevoegingen', 'resultaat']],
    ] as const) {
      at([key], figures('begroting', [...rows]));
      if (saldo.hasRekening) at([key], figures('rekening', [...rows]));
    }
  }

  const sumText = (sum: Sum) => (sum.lines === 0 ? w.noBudgetLines : formatSum(sum, lang));
  // Sections and activities are in plan order in the totals, as in the plan.
  let activity = 0;
  plan.onderdelen.forEach((section, s) => {
    const sectionTotal = totals.sections[s];
    if (sectionTotal) at(['onderdelen', s, 'titel'], w.sectionTotal(sumText(sectionTotal.sum)));
    section.activiteiten.forEach((_, a) => {
      const activityTotal = totals.activities[activity++];
      if (activityTotal) at(['onderdelen', s, 'activiteiten', a, 'nr'], w.activityTotal(sumText(activityTotal.sum)));
    });
  });
  return notes;
}

/** The money as code lenses, which every client shows. */
export function codeLenses(notes: MoneyNote[]): CodeLens[] {
  // A lens without a command is only shown; `title` is what a client displays.
  return notes.map((n) => ({ range: n.range, command: { title: n.text, command: '' } }));
}

/** The money as inlay hints at the end of each line, for clients that show them. */
export function inlayHints(notes: MoneyNote[], range: Range): InlayHint[] {
  return notes
    .filter((n) => n.range.start.line >= range.start.line && n.range.start.line <= range.end.line)
    .map((n) => ({ position: n.end, label: n.text, paddingLeft: true }));
}

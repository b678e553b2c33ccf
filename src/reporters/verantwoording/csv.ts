import type { Lang } from '../../i18n/lang.js';
import { moneyWords } from '../../i18n/money.js';
import { spendingDirection } from '../../core/sum.js';
import { saldoRows } from '../../core/perSaldo.js';
import { centsToEuros } from '../../core/amount.js';
import type { Verantwoording } from '../../core/buildVerantwoording.js';
import { isUnknown, type Sum } from '../../core/sum.js';
import { verantwoordingWords } from '../../i18n/verantwoording.js';
import type { ReporterOptions } from '../shared/options.js';
import { toCsv, type CsvCell } from '../shared/toCsv.js';
import { deviatingLinesText, explanationText, numberText, reasonsText } from './blocks.js';

const euros = (sum: Sum): CsvCell => (sum.lines === 0 || isUnknown(sum) ? null : centsToEuros(sum.known));

/**
 * The account as CSV: one row per activity with its plan, status, assessment and why, the money
 * columns (an unknown amount an empty cell; beside the budget and the spending how many lines have
 * no amount or no `besteed`, so a sum known in part is never read as the whole), the lines that
 * deviate, its indicators in one cell, result and every explanation (the activity's and its lines').
 */
export function verantwoordingCsv(account: Verantwoording, options: ReporterOptions): string {
  const { lang } = options;
  const w = verantwoordingWords[lang];
  const h = w.head;
  const rows: CsvCell[][] = [
    [
      h.plan,
      h.onderdeel,
      h.nr,
      h.activiteit,
      h.status,
      h.beoordeling,
      h.redenen,
      h.begroot,
      h.begrootOnbekend,
      h.besteed,
      h.besteedOnbekend,
      h.verschil,
      moneyWords[lang].directionHead,
      h.procent,
      h.afwijkendeRegels,
      h.indicatoren,
      h.resultaat,
      h.toelichting,
    ],
  ];
  for (const p of account.plans) {
    for (const a of p.activities) {
      rows.push([
        p.plan.path,
        a.onderdeel,
        String(a.nr),
        a.titel,
        a.status === undefined ? '' : w.status[a.status],
        w.light[a.light],
        reasonsText(a, w),
        euros(a.budget),
        String(a.budget.unknownLines),
        euros(a.spent),
        String(a.spent.unknownLines),
        a.deviation === null ? null : centsToEuros(a.deviation.difference),
        directionOf(a.deviation?.difference ?? null, lang),
        a.deviation === null ? null : a.deviation.percent,
        deviatingLinesText(a, lang),
        a.indicators
          .map(
            (i) =>
              `${i.naam}: ${numberText(i.nulmeting, lang)} → ${numberText(i.streefwaarde, lang)} / ${numberText(i.realisatie, lang)}${i.eenheid ? ` ${i.eenheid}` : ''}`,
          )
          .join('; '),
        a.resultaat ?? '',
        explanationText(a, w) ?? '',
      ]);
    }
  }
  // The plans per saldo, after the activities, where the plans have income or reserves: the same
  // verschil (begroting minus rekening) and V/N as every other format.
  const saldo = account.combined.perSaldo;
  if (saldo !== null) {
    const m = moneyWords[lang];
    for (const figure of saldoRows) {
      const v = saldo.hasRekening ? saldo.verschil[figure] : null;
      rows.push([
        '',
        m.titles.perSaldo,
        '',
        m.figure[figure],
        '',
        '',
        '',
        euros(saldo.begroting[figure]),
        String(saldo.begroting[figure].unknownLines),
        saldo.hasRekening ? euros(saldo.rekening[figure]) : null,
        saldo.hasRekening ? String(saldo.rekening[figure].unknownLines) : null,
        v === null ? null : centsToEuros(v.amount),
        v === null || v.direction === null ? '' : m.direction[v.direction],
        null,
        '',
        '',
        '',
        '',
      ]);
    }
  }
  return toCsv(rows, lang);
}

/** V or N (favourable or adverse in English) of a verschil, or empty. */
function directionOf(difference: number | null, lang: Lang): string {
  const direction = spendingDirection(difference);
  return direction === null ? '' : moneyWords[lang].direction[direction];
}

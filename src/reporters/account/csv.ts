import { centsToEuros } from '../../core/amount.js';
import type { Account } from '../../core/buildAccount.js';
import { isUnknown, type Sum } from '../../core/sum.js';
import { accountWords } from '../../i18n/account.js';
import type { ReporterOptions } from '../shared/options.js';
import { toCsv, type CsvCell } from '../shared/toCsv.js';
import { numberText, reasonsText } from './blocks.js';

const euros = (sum: Sum): CsvCell => (sum.lines === 0 || isUnknown(sum) ? null : centsToEuros(sum.known));

/**
 * The account as CSV: one row per activity with its plan, status, assessment, the money columns
 * (an unknown amount an empty cell), its indicators in one cell, result and explanation.
 */
export function accountCsv(account: Account, options: ReporterOptions): string {
  const { lang } = options;
  const w = accountWords[lang];
  const h = w.head;
  const rows: CsvCell[][] = [
    [h.plan, h.onderdeel, h.nr, h.activiteit, h.status, h.beoordeling, h.redenen, h.begroot, h.besteed, h.verschil, h.procent, h.indicatoren, h.resultaat, h.toelichting],
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
        euros(a.spent),
        a.deviation === null ? null : centsToEuros(a.deviation.difference),
        a.deviation === null ? null : a.deviation.percent,
        a.indicators
          .map((i) => `${i.naam}: ${numberText(i.nulmeting, lang)} → ${numberText(i.streefwaarde, lang)} / ${numberText(i.realisatie, lang)}${i.eenheid ? ` ${i.eenheid}` : ''}`)
          .join('; '),
        a.resultaat ?? '',
        a.toelichting ?? '',
      ]);
    }
  }
  return toCsv(rows, lang);
}

import { formatMoney, type Lang } from '../../i18n/lang.js';
import { spending, type Sum } from '../../core/sum.js';
import { spentPercent } from '../../core/spentPercent.js';
import { dataLabels } from '../../i18n/data.js';
import { labels } from '../../i18n/labels.js';
import { formatSum, sumCell } from './formatSum.js';
import type { Align } from './markdownTable.js';
import type { Cell } from './tableSpec.js';

/** The headers of the spending columns: spent, budget minus spent, and the share spent. */
export function spendingHead(lang: Lang): string[] {
  const d = dataLabels[lang];
  return [d.spent, d.remaining, d.percent];
}

/** The alignment of the spending columns. */
export const spendingAlign: Align[] = ['right', 'right', 'right'];

/**
 * The spending cells of a row, next to its budget: what was spent (with its unknown lines), what is
 * left, and the share spent. Overspending is marked; what cannot be known is shown as unknown; a
 * row over no lines at all is a dash in each.
 */
export function spendingCells(budget: Sum, spent: Sum, lang: Lang): Cell[] {
  // A row over no lines at all (no co-funding, say) has nothing left and no share: a dash, as its
  // amounts, not "€ 0" beside an unknown share.
  if (budget.lines === 0 && spent.lines === 0) return [sumCell(spent, lang), sumCell(budget, lang), sumCell(budget, lang)];
  const { remaining, percent } = spending(budget, spent);
  const unknown = labels[lang].unknown;
  const over = remaining !== null && remaining < 0;
  const remainingText = remaining === null ? unknown : formatMoney(remaining, lang);
  const percentText = percent === null ? unknown : dataLabels[lang].percentOf(percent);
  return [
    formatSum(spent, lang),
    over ? { text: remainingText, tone: 'bad' } : remainingText,
    over ? { text: percentText, tone: 'bad' } : percentText,
  ];
}

/** One budget line with its spending, hledger-style: `€ 4.250 besteed [85% van € 5.000]`. */
export function lineSpending(bedrag: number | null, besteed: number, lang: Lang): string {
  const d = dataLabels[lang];
  const budget = bedrag === null ? labels[lang].unknown : formatMoney(bedrag, lang);
  const share = bedrag === null ? null : spentPercent(bedrag, besteed);
  const percent = share === null ? null : d.percentOf(share);
  return d.lineSpent(formatMoney(besteed, lang), percent, budget);
}

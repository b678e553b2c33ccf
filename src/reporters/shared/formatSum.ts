import { formatMoney, type Lang } from '../../i18n/lang.js';
import { isUnknown, type Sum } from '../../core/sum.js';
import { labels } from '../../i18n/labels.js';
import type { Cell } from './tableSpec.js';

/**
 * A sum for people: `€ 5.000`, `€ 5.000 + 1 onbekend` when some lines have no amount, `onbekend`
 * when none has, and `–` when there are no lines at all. Never a zero that is really unknown.
 */
export function formatSum(sum: Sum, lang: Lang): string {
  const l = labels[lang];
  if (sum.lines === 0) return l.noLines;
  if (isUnknown(sum)) return sum.unknownLines === 1 ? l.unknown : l.unknownOf(sum.unknownLines);
  const known = formatMoney(sum.known, lang);
  return sum.unknownLines > 0 ? `${known} ${l.plusUnknown(sum.unknownLines)}` : known;
}

/** A sum as a table cell: as `formatSum` writes it, and marked empty when there are no lines at all. */
export function sumCell(sum: Sum, lang: Lang): Cell {
  return sum.lines === 0 ? { text: labels[lang].noLines, empty: true } : formatSum(sum, lang);
}

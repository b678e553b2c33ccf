import { centsToEuros } from '../../core/amount.js';
import { formatMoney, type Lang } from '../../i18n/lang.js';
import type { Totals } from '../../core/computeTotals.js';
import { chartLabels } from '../../i18n/html.js';
import { labels } from '../../i18n/labels.js';
import { formatSum } from '../shared/formatSum.js';
import { escapeMarkdown } from '../shared/markdownTable.js';

/**
 * Mermaid has no escape for a double quote inside a quoted label, and a line break ends the
 * statement; both are replaced so plan text cannot break out of the chart.
 */
const mermaidLabel = (text: string) => text.replaceAll('"', "'").replace(/\s+/g, ' ').trim();

/**
 * Money per source as a Mermaid pie under a heading (GitHub and GitLab draw it in place; the tables
 * stay for other readers). Only known amounts are drawn: a source with unknown lines is listed below
 * the chart as unknown, never drawn as a zero slice.
 */
export function mermaidSources(totals: Totals, lang: Lang): string {
  const c = chartLabels[lang];
  const l = labels[lang];
  const drawn = totals.sources.filter((s) => s.sum.known > 0);
  const missing = totals.sources.filter((s) => s.sum.unknownLines > 0);
  const parts = [`### ${escapeMarkdown(c.perSource)}`];
  if (drawn.length === 0) {
    parts.push(c.nothingToDraw);
  } else {
    const slices = drawn.map(
      (s) => `    "${mermaidLabel(`${s.naam} (${l.soort[s.soort]}): ${formatMoney(s.sum.known, lang)}`)}" : ${centsToEuros(s.sum.known)}`,
    );
    parts.push(['```mermaid', `pie title ${c.pieTitle}`, ...slices, '```'].join('\n'));
  }
  if (missing.length > 0) {
    parts.push(
      `${escapeMarkdown(c.notDrawn)}\n\n` +
        missing.map((s) => `- ${escapeMarkdown(`${s.naam} (${s.code}, ${l.soort[s.soort]}): ${formatSum(s.sum, lang)}`)}`).join('\n'),
    );
  }
  return parts.join('\n\n');
}

import type { Totals } from '../core/computeTotals.js';
import type { ReporterOptions } from './options.js';
import { renderMarkdown } from './tableSpec.js';
import { totalsTables } from './totalsTables.js';

/** Totals as Markdown tables under level-2 headings. */
export function totalsMarkdown(totals: Totals, options: ReporterOptions): string {
  return totalsTables(totals, options.lang).map((t) => renderMarkdown(t, 2)).join('\n\n') + '\n';
}

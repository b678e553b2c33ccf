import type { Totals } from '../../core/computeTotals.js';
import type { ReporterOptions } from '../shared/options.js';
import { renderMarkdown } from '../shared/tableSpec.js';
import { totalsTables } from './tables.js';

/** Totals as Markdown tables under level-2 headings. */
export function totalsMarkdown(totals: Totals, options: ReporterOptions): string {
  return (
    totalsTables(totals, options.lang)
      .map((t) => renderMarkdown(t, 2))
      .join('\n\n') + '\n'
  );
}

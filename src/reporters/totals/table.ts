import type { Totals } from '../../core/computeTotals.js';
import type { ReporterOptions } from '../shared/options.js';
import { renderTerminal } from '../shared/tableSpec.js';
import { totalsTables } from './tables.js';

/** Totals as terminal tables. */
export function totalsTable(totals: Totals, options: ReporterOptions): string {
  return (
    totalsTables(totals, options.lang)
      .map((t) => renderTerminal(t, options.color))
      .join('\n\n') + '\n'
  );
}

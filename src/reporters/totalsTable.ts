import type { Totals } from '../core/computeTotals.js';
import type { ReporterOptions } from './options.js';
import { renderTerminal } from './tableSpec.js';
import { totalsTables } from './totalsTables.js';

/** Totals as terminal tables. */
export function totalsTable(totals: Totals, options: ReporterOptions): string {
  return totalsTables(totals, options.lang).map((t) => renderTerminal(t, options.color)).join('\n\n') + '\n';
}

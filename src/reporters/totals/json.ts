import type { Totals } from '../../core/computeTotals.js';
import { toTotalsJson } from '../jsonContract.js';
import type { ReporterOptions } from '../shared/options.js';

/** Totals as the documented JSON contract. */
export function totalsJson(totals: Totals, _options: ReporterOptions): string {
  return JSON.stringify(toTotalsJson(totals), null, 2) + '\n';
}

import type { Totals } from '../../core/computeTotals.js';
import { textFormat, binaryFormat, type Registry } from '../registry.js';

/** The formats of `jaarplan totals`; `--by` (groups/) and `--years` (years/) offer the same. */
export const totalsFormats = {
  table: textFormat(async () => (await import('./table.js')).totalsTable),
  markdown: textFormat(async () => (await import('./markdown.js')).totalsMarkdown),
  json: textFormat(async () => (await import('./json.js')).totalsJson),
  csv: textFormat(async () => (await import('../shared/budgetLinesCsv.js')).totalsCsv),
  xlsx: binaryFormat(async () => (await import('./xlsx.js')).totalsXlsx),
} satisfies Registry<Totals>;

/** A format of `totals`. */
export type TotalsFormat = keyof typeof totalsFormats;

import type { Totals } from '../../core/computeTotals.js';
import type { Registry } from '../registry.js';

/** The formats of `jaarplan totals`; `--by` (groups/) and `--years` (years/) offer the same. */
export const totalsFormats = {
  table: async () => (await import('./table.js')).totalsTable,
  markdown: async () => (await import('./markdown.js')).totalsMarkdown,
  json: async () => (await import('./json.js')).totalsJson,
  csv: async () => (await import('../shared/budgetLinesCsv.js')).totalsCsv,
  xlsx: async () => (await import('./xlsx.js')).totalsXlsx,
} satisfies Registry<Totals>;

/** A format of `totals`. */
export type TotalsFormat = keyof typeof totalsFormats;

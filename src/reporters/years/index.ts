import type { YearComparison } from '../../core/compareYears.js';
import type { Registry } from '../registry.js';
import type { TotalsFormat } from '../totals/index.js';

/** The formats of `jaarplan totals --years A-B`: the same as those of `totals`. */
export const yearsFormats = {
  table: async () => (await import('./reporters.js')).yearsTable,
  markdown: async () => (await import('./reporters.js')).yearsMarkdown,
  json: async () => (await import('./reporters.js')).yearsJson,
  csv: async () => (await import('../shared/groupsCsv.js')).yearsCsv,
  xlsx: async () => (await import('./xlsx.js')).yearsXlsx,
} satisfies Record<TotalsFormat, Registry<YearComparison>[string]>;

import type { YearComparison } from '../../core/compareYears.js';
import { textFormat, binaryFormat, type Registry } from '../registry.js';
import type { TotalsFormat } from '../totals/index.js';

/** The formats of `jaarplan totals --years A-B`: the same as those of `totals`. */
export const totalsYearsFormats = {
  table: textFormat(async () => (await import('./reporters.js')).yearsTable),
  markdown: textFormat(async () => (await import('./reporters.js')).yearsMarkdown),
  json: textFormat(async () => (await import('./reporters.js')).yearsJson),
  csv: textFormat(async () => (await import('../shared/totalsByCsv.js')).yearsCsv),
  xlsx: binaryFormat(async () => (await import('./xlsx.js')).yearsXlsx),
} satisfies Record<TotalsFormat, Registry<YearComparison>[string]>;
